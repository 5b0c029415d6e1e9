/**
 * The fake Excel: an in-memory workbook with the subset of the Excel JavaScript API that
 * PerfScore's Office host uses, behaving like Excel (deferred errors, PropertyNotLoaded,
 * shape checks, typed-input conversion). For tests (Node) and the browser preview; it uses
 * no DOM, Office or Node globals.
 */
export { type CellValue, type FakeCell, ERROR_VALUES, displayText } from './cells';
export { ErrorCodes, FakeExcelError, type FakeDebugInfo } from './errors';
export {
  type BorderLine,
  type CellFormat,
  type CellSide,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type NameModel,
  type NamedItemType,
  type SheetVisibility,
  SheetModel,
  WorkbookModel,
  isValidDefinedName,
  isValidSheetName,
} from './model';
export {
  FakeNamedItem,
  FakeNamedItemCollection,
  FakeRange,
  FakeWorkbookObject,
  FakeWorksheet,
  FakeWorksheetCollection,
} from './objects';
export {
  FakeRangeBorder,
  FakeRangeBorderCollection,
  FakeRangeFill,
  FakeRangeFont,
  FakeRangeFormat,
} from './format';
export {
  type ChartModel,
  type ChartSeriesModel,
  FakeChart,
  FakeChartCollection,
  FakeChartSeries,
} from './charts';
export {
  type ConditionalFormatModel,
  FakeConditionalFormat,
  FakeConditionalFormatCollection,
  matchRule,
} from './conditional-formats';
export { FakeRequestContext, type LoadOption } from './proxy';
export {
  FakeContext,
  FakeWorkbook,
  type FaultInjection,
  type GridCell,
  createFakeWorkbook,
} from './workbook';
export { fakeWorkbookFromExceljs, excelSerial } from './from-exceljs';
