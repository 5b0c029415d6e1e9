/**
 * Cells of a snapshot as they were read (value, number format, formula), looked up by
 * position, and the blocks of a write: what the inverse of a plan (inverse.ts) and the undo
 * record (undo-record.ts) are made of.
 */
import { blockAddress, parseBlock, whereOf } from '../a1';
import type { CellScalar, CellWrite, RangeSnapshot, WorkbookSnapshot, WritePlan } from './types';

/** What one cell held when the snapshot was read. */
export interface CellBefore {
  value: CellScalar;
  format: string;
  formula: string | null;
}

/** A blank cell outside every range read: nothing in it, Excel's default format. */
const BLANK: CellBefore = { value: '', format: 'General', formula: null };

/** A cell to fill in with SnapshotCells.read (blank to begin with). */
export function blankCell(): CellBefore {
  return { ...BLANK };
}

/** Looks cells up in the ranges of a snapshot (names' ranges and the sheets' used ranges). */
export class SnapshotCells {
  private readonly ranges = new Map<string, RangeSnapshot[]>();

  constructor(snapshot: WorkbookSnapshot) {
    const add = (range: RangeSnapshot | null | undefined): void => {
      if (!range) return;
      const key = range.sheet.toLowerCase();
      const list = this.ranges.get(key) ?? [];
      list.push(range);
      this.ranges.set(key, list);
    };
    for (const name of snapshot.names) add(name.range);
    for (const sheet of snapshot.sheets) add(sheet.used);
  }

  /** The first range read on `sheet` that covers the cell, or null. */
  private rangeAt(sheet: string, rowIndex: number, columnIndex: number): RangeSnapshot | null {
    for (const range of this.ranges.get(sheet.toLowerCase()) ?? []) {
      const r = rowIndex - range.rowIndex;
      const c = columnIndex - range.columnIndex;
      const row = range.values[r];
      if (r < 0 || c < 0 || row === undefined || c >= row.length) continue;
      return range;
    }
    return null;
  }

  /**
   * Fills `out` with the cell as read (blank, Excel's default format, outside every range
   * read) and returns whether a range covers it: one object for a whole block, not one per
   * cell.
   */
  read(sheet: string, rowIndex: number, columnIndex: number, out: CellBefore): boolean {
    const range = this.rangeAt(sheet, rowIndex, columnIndex);
    if (!range) {
      out.value = BLANK.value;
      out.format = BLANK.format;
      out.formula = BLANK.formula;
      return false;
    }
    const r = rowIndex - range.rowIndex;
    const c = columnIndex - range.columnIndex;
    out.value = range.values[r][c] ?? '';
    out.format = range.numberFormats[r]?.[c] ?? 'General';
    out.formula = range.formulas[r]?.[c] ?? null;
    return true;
  }

  /**
   * The cell as read, or null when no range of the snapshot covers it (the caller decides
   * whether a cell outside what was read is blank).
   */
  find(sheet: string, rowIndex: number, columnIndex: number): CellBefore | null {
    const cell = blankCell();
    return this.read(sheet, rowIndex, columnIndex, cell) ? cell : null;
  }

  /** The cell as read; a cell outside every range read was blank (used ranges cover values). */
  get(sheet: string, rowIndex: number, columnIndex: number): CellBefore {
    return this.find(sheet, rowIndex, columnIndex) ?? BLANK;
  }
}

/** The block a write covers: its address's top-left and the values' shape. */
export function writeBlock(
  write: CellWrite,
): { top: number; left: number; bottom: number; right: number } | null {
  const block = parseBlock(write.address);
  const rows = write.values.length;
  const columns = write.values[0]?.length ?? 0;
  if (!block || rows === 0 || columns === 0) return null;
  return {
    top: block.top,
    left: block.left,
    bottom: block.top + rows - 1,
    right: block.left + columns - 1,
  };
}

/** "绩效指标!J7:J14" for each write of a plan. */
export function writtenBlocks(plan: WritePlan): string[] {
  const out: string[] = [];
  for (const write of plan.writes) {
    const b = writeBlock(write);
    if (b) out.push(whereOf(write.sheet, blockAddress(b)));
  }
  return out;
}

/** One block as it was before: values, formats and (when any) formulas. */
export function beforeWrite(
  cells: SnapshotCells,
  sheet: string,
  block: { top: number; left: number; bottom: number; right: number },
): CellWrite {
  const values: CellScalar[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const cell = blankCell();
  let anyFormula = false;
  for (let r = block.top; r <= block.bottom; r++) {
    const v: CellScalar[] = [];
    const f: string[] = [];
    const x: (string | null)[] = [];
    for (let c = block.left; c <= block.right; c++) {
      cells.read(sheet, r, c, cell);
      v.push(cell.value);
      f.push(cell.format);
      x.push(cell.formula);
      if (cell.formula) anyFormula = true;
    }
    values.push(v);
    numberFormats.push(f);
    formulas.push(x);
  }
  const write: CellWrite = {
    sheet,
    address: blockAddress(block),
    values,
    numberFormats,
  };
  if (anyFormula) write.formulas = formulas;
  return write;
}
