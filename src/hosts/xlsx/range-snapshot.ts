/**
 * What the .xlsx host answers a read with, built from a package's scanned sheet: a block's
 * values, number formats and formulas row by row, and a sheet's used range grown cell by cell.
 */
import { blockAddress, cellAddress, type Block } from '../../workbook/a1';
import type { CellScalar, RangeSnapshot } from '../../workbook/port/types';

/** One cell as a host reads it (filled in by the host's reader, then copied). */
export interface CellRead {
  value: CellScalar;
  format: string;
  formula: string | null;
  /** A formula without a cached result (the workbook was never calculated). */
  uncalculated: boolean;
}

function sameRow<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * The range snapshot of `block` on `sheet` (0-based, as every block); `read` fills in each cell. A row of formats or
 * formulas like the one above it is that row again (a snapshot is read, never changed): a long
 * table's formats cost one row, not one per row.
 */
export function rangeSnapshot(
  sheet: string,
  block: Block,
  read: (row: number, column: number, cell: CellRead) => void,
): RangeSnapshot {
  const values: CellScalar[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const uncalculated: string[] = [];
  const cell: CellRead = { value: '', format: 'General', formula: null, uncalculated: false };
  for (let r = block.top; r <= block.bottom; r++) {
    const v: CellScalar[] = [];
    const f: string[] = [];
    const x: (string | null)[] = [];
    for (let c = block.left; c <= block.right; c++) {
      cell.uncalculated = false;
      read(r, c, cell);
      v.push(cell.value);
      f.push(cell.format);
      x.push(cell.formula);
      if (cell.uncalculated) uncalculated.push(cellAddress(r, c));
    }
    values.push(v);
    const above = numberFormats.length - 1;
    numberFormats.push(above >= 0 && sameRow(numberFormats[above], f) ? numberFormats[above] : f);
    formulas.push(above >= 0 && sameRow(formulas[above], x) ? formulas[above] : x);
  }
  const range: RangeSnapshot = {
    sheet,
    address: blockAddress(block),
    rowIndex: block.top,
    columnIndex: block.left,
    values,
    numberFormats,
    formulas,
  };
  if (uncalculated.length) range.uncalculated = uncalculated;
  return range;
}

/** `block` widened to cover the cell at (row, column); a new block when there was none. */
export function widen(block: Block | null, row: number, column: number): Block {
  if (!block) return { top: row, left: column, bottom: row, right: column };
  block.top = Math.min(block.top, row);
  block.left = Math.min(block.left, column);
  block.bottom = Math.max(block.bottom, row);
  block.right = Math.max(block.right, column);
  return block;
}
