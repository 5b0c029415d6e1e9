/** Reading the two shapes of input values (bare JSON values, or values with their cell). */
import type { CellInput, CellScalar, InputValue } from './types';

export interface Cell {
  raw: CellScalar;
  numberFormat?: string;
  /** The cell ("绩效指标!H7") or, for JSON input, the JSON path ("indicators[3].actual"). */
  where: string;
}

function isCellInput(value: InputValue): value is CellInput {
  return value !== null && typeof value === 'object';
}

/** The value, its number format and where it is; `path` names it when no cell is known. */
export function cellOf(value: InputValue, path: string): Cell {
  if (isCellInput(value)) {
    return {
      raw: value.value ?? null,
      numberFormat: value.numberFormat,
      where: value.where ?? path,
    };
  }
  return { raw: value === undefined ? null : value, where: path };
}

/** The value as trimmed display text ("" for blank). */
export function textOf(raw: CellScalar): string {
  if (raw === null) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  return raw ? 'TRUE' : 'FALSE';
}

export function isBlank(raw: CellScalar): boolean {
  return raw === null || (typeof raw === 'string' && raw.trim() === '');
}
