/**
 * exceljs cells → what Excel's own API (Range.values, numberFormat, formulas) would report.
 */
import * as ExcelJS from 'exceljs';
import type { CellScalar } from '../../workbook/port/types';

const MS_PER_DAY = 86400000;

/** A JS date (as exceljs gives date cells, in UTC) → Excel serial number. */
export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + 25569 - (date1904 ? 1462 : 0);
  return Number(serial.toFixed(9));
}

function richTextOf(value: unknown): string | null {
  if (value !== null && typeof value === 'object' && 'richText' in value) {
    const runs = (value as ExcelJS.CellRichTextValue).richText ?? [];
    return runs.map((run) => run.text ?? '').join('');
  }
  return null;
}

/** Any value exceljs may hold (also a formula's result) → a cell scalar. */
function scalarOf(value: unknown, date1904: boolean): CellScalar {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return dateToSerial(value, date1904);
  const rich = richTextOf(value);
  if (rich !== null) return rich;
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if ('text' in o) {
      const text = o.text;
      return typeof text === 'string' ? text : (richTextOf(text) ?? '');
    }
    if ('formula' in o || 'sharedFormula' in o) return scalarOf(o.result, date1904);
  }
  return '';
}

/** True for the cells of a merged area other than its top-left (master) cell. */
export function isMergedSlave(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Merge && cell.master !== cell;
}

/**
 * The value Excel reports: "" for empty and for the non-master cells of a merged area; the
 * RESULT of a formula (cell.result, since cell.value hides a result of 0); rich text flattened;
 * errors as their text ("#N/A"); dates as serial numbers.
 */
export function cellValue(cell: ExcelJS.Cell | undefined, date1904: boolean): CellScalar {
  if (!cell) return '';
  if (isMergedSlave(cell)) return '';
  if (cell.type === ExcelJS.ValueType.Formula) return scalarOf(cell.result, date1904);
  return scalarOf(cell.value, date1904);
}

export function cellNumberFormat(cell: ExcelJS.Cell | undefined): string {
  const fmt = cell?.numFmt;
  return typeof fmt === 'string' && fmt !== '' ? fmt : 'General';
}

export function cellFormula(cell: ExcelJS.Cell | undefined): string | null {
  if (!cell || isMergedSlave(cell) || cell.type !== ExcelJS.ValueType.Formula) return null;
  const formula = cell.formula;
  return formula ? `=${formula}` : null;
}
