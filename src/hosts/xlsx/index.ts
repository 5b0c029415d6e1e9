/**
 * The .xlsx host of the command line: PackageHost edits a workbook file as the package it is
 * (score, batch, report) and makes new workbooks from a blank package and a write plan
 * (template). exceljs writes the batch summary (file-io.ts).
 */
export { PackageHost } from './package-host';
export {
  isLegacyName,
  openWorkbookBuffer,
  openWorkbookFile,
  saveBytesAtomic,
  savePackageAtomic,
  type OpenedWorkbook,
} from './workbook-file';
export { saveXlsxAtomic } from './file-io';
export { newWorkbookFromPlan, templateWorkbook, templateWorkbookBytes } from './new-workbook';
export { XlsxError, isXlsxError } from './errors';
