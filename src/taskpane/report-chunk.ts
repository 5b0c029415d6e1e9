/**
 * What 生成报告文字 needs, loaded on demand (import()) so that the report drafting code and its
 * texts stay out of the pane's first load.
 */
export { draftReport } from '../report/draft';
export { REPORT_SHEET, reportSheetPlan, reportText } from '../report/sheet';
export { readForStampedSheet } from '../workbook/sheets/sheet-stamp';
