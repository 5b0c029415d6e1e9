/** The .xlsx host of the command line (exceljs). */
export { XlsxHost } from './host';
export {
  loadXlsxBuffer,
  loadXlsxFile,
  saveXlsxAtomic,
  writeXlsxBuffer,
  type LoadedXlsx,
} from './file-io';
export { writeTemplateXlsx } from './template-writer';
export { XlsxError, isXlsxError } from './errors';
export type { XlsxSource } from './source';
