/**
 * The .xlsx hosts of the command line: PackageHost edits an existing workbook file as the
 * package it is (score, batch, report); the exceljs host and writer create new workbooks
 * (template, batch summary).
 */
export { XlsxHost } from './host';
export { PackageHost } from './package-host';
export {
  isLegacyName,
  openWorkbookBuffer,
  openWorkbookFile,
  saveBytesAtomic,
  savePackageAtomic,
  type OpenedWorkbook,
} from './workbook-file';
export {
  loadXlsxBuffer,
  loadXlsxFile,
  saveXlsxAtomic,
  writeXlsxBuffer,
  type LoadedXlsx,
} from './file-io';
export { newWorkbookFromPlan, templateWorkbook, templateWorkbookBytes } from './new-workbook';
export { XlsxError, isXlsxError } from './errors';
export type { XlsxSource } from './source';
