/**
 * What the .xlsx file held that exceljs does not keep faithfully: its sheet list and its
 * defined names (see defined-names.ts). Remembered per workbook object, so that the save puts
 * the names back.
 */
import type * as ExcelJS from 'exceljs';
import type { DefinedNameRecord } from './defined-names';

export interface XlsxSource {
  /** The file the workbook was read from. */
  path?: string;
  /** Sheet names in the file's <sheets> order (chart and dialog sheets included). */
  sheets: string[];
  /** The file's <definedName> elements. */
  names: DefinedNameRecord[];
}

const sources = new WeakMap<ExcelJS.Workbook, XlsxSource>();

export function attachSource(workbook: ExcelJS.Workbook, source: XlsxSource): void {
  sources.set(workbook, source);
}

/** The source of a workbook read by loadXlsxFile/loadXlsxBuffer; undefined for a new one. */
export function sourceOf(workbook: ExcelJS.Workbook): XlsxSource | undefined {
  return sources.get(workbook);
}
