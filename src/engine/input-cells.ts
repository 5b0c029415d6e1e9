/**
 * Reading input values (bare JSON values, or values with their cell): the one place that
 * unwraps an `InputValue` and the one blank test of the project.
 */
import type { CellInput, CellScalar, InputValue } from './types';
import { formatClass, serialToDate } from './values/dates';

/**
 * A value with its number format and where it is: the cell ("绩效指标!H7") or, for JSON
 * input, the JSON path ("indicators[3].actual"), built only when a message needs it.
 */
export class Cell {
  constructor(
    readonly raw: CellScalar,
    readonly numberFormat: string | undefined,
    private readonly cellAddress: string | undefined,
    private readonly parent: string,
    private readonly field: string,
  ) {}

  get where(): string {
    return this.cellAddress ?? `${this.parent}.${this.field}`;
  }
}

function isCellInput(value: InputValue): value is CellInput {
  return value !== null && typeof value === 'object';
}

/** The value of `parent.field` (e.g. indicators[3] . actual), with its cell when known. */
export function cellOf(value: InputValue, parent: string, field: string): Cell {
  if (isCellInput(value)) {
    return new Cell(value.value ?? null, value.numberFormat, value.where, parent, field);
  }
  return new Cell(value === undefined ? null : value, undefined, undefined, parent, field);
}

/** The bare value of an input value; null when there is none. */
export function valueOf(value: InputValue): CellScalar {
  if (isCellInput(value)) return value.value ?? null;
  return value === undefined ? null : value;
}

/** An input value as trimmed display text ("" for blank). */
export function inputText(value: InputValue): string {
  return textOf(valueOf(value));
}

/** The value as trimmed display text ("" for blank). */
export function textOf(raw: CellScalar): string {
  if (raw === null) return '';
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
