/**
 * Reading input cells (a workbook's cells, or a JSON file's values with their place in the
 * file): the engine's view of a cell, and the one blank test of the project.
 */
import type { CellScalar, InputValue } from './types';
import { formatClass, serialToDate } from './values/dates';

/**
 * A value with its number format and where it is: the cell ("绩效指标!H7"), the JSON path
 * ("indicators[3].actual"), or for an absent value the field it would be, built only when a
 * message needs it.
 */
export class Cell {
  readonly raw: CellScalar;
  readonly numberFormat: string | undefined;

  constructor(
    private readonly source: InputValue,
    private readonly parent: string,
    private readonly field: string,
  ) {
    this.raw = source?.value ?? null;
    this.numberFormat = source?.numberFormat;
  }

  get where(): string {
    return this.source?.where ?? `${this.parent}.${this.field}`;
  }
}

/** The cell of `parent.field` (e.g. indicators[3] . actual); a blank one when it is absent. */
export function cellOf(value: InputValue, parent: string, field: string): Cell {
  return new Cell(value, parent, field);
}

/** The value as trimmed display text ("" for blank or absent). */
export function textOf(raw: CellScalar | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  return raw ? 'TRUE' : 'FALSE';
}

/**
 * The value as a person reads it in its cell: a number in a date-formatted cell is the date
 * ("2023-12-31", not the serial 45291); anything else as textOf.
 */
export function displayTextOf(cell: Cell): string {
  const raw = cell.raw;
  if (typeof raw === 'number' && cell.numberFormat && formatClass(cell.numberFormat) === 'date') {
    return serialToDate(raw) ?? textOf(raw);
  }
  return textOf(raw);
}

/** Blank: no value, or text of spaces only (a 0 or FALSE is a value). */
export function isBlank(raw: CellScalar | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}
