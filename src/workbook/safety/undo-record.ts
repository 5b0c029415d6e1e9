/**
 * The undo record of the last recalculation, kept on the state sheet (state.ts) in the same
 * write as the recalculation: for every block it wrote, what the cells held before (values,
 * number formats, formulas), which of those values were not the product's own, and for blocks
 * outside the output columns (人工得分 cells receiving moved scores) what it wrote there.
 *
 * Compact JSON, so that 10,000-row tables stay cheap: formats run-length encoded, formulas and
 * hand-typed cells as sparse lists.
 */
import { blockAddress, cellAddress, parseBlock, splitSheet, whereOf, type Block } from '../a1';
import { blankCell, SnapshotCells, writeBlock } from '../port/snapshot-cells';
import { isBlank } from '../../engine/input-cells';
import { sameValue } from '../port/same-value';
import type { CellScalar, CellWrite, WorkbookSnapshot } from '../port/types';
import type { WrittenState } from './state';

/** Row 1 of the state sheet's undo column (no sheet name contains "[" or "]"). */
export const UNDO_HEADER = '[undo]';

export interface UndoBlock {
  /** "绩效指标!J7:J14": the block written. */
  at: string;
  /** Values before, row by row. */
  v: CellScalar[];
  /** Number formats before, run-length encoded: [format, count]. */
  f: [string, number][];
  /** Formulas before: [index into v, "=…"]. */
  x?: [number, string][];
  /**
   * Indices of v whose value was not the product's (typed by hand, overwritten with the user's
   * consent): after an undo they hold the user's value again and count as the user's.
   */
  h?: number[];
  /** What the recalculation wrote, for blocks the written state does not record. */
  w?: CellScalar[];
}

export interface UndoRecord {
  /** When the recalculation ran, as its 评分记录 line shows it. */
  t: string;
  b: UndoBlock[];
}

/** One undo block, expanded. */
export interface UndoCells {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** The write restoring the block (values, formats and, when any, formulas). */
  restore: CellWrite;
  /** Flat indices (row-major) of cells whose restored value is the user's. */
  hand: Set<number>;
  /** What the recalculation wrote (only for blocks the written state does not record). */
  written?: CellScalar[];
}

/** Whether writing `writes` leaves every cell as it is (same value and format, no formula). */
function changesNothing(writes: CellWrite[], cells: SnapshotCells): boolean {
  const now = blankCell();
  for (const write of writes) {
    const rect = writeBlock(write);
    if (!rect) continue;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        cells.read(write.sheet, r, c, now);
        const value = write.values[r - rect.top][c - rect.left];
        const format = write.numberFormats?.[r - rect.top][c - rect.left];
        if (now.formula || !sameValue(now.value, value)) return false;
        if (format !== undefined && format !== now.format) return false;
      }
    }
  }
  return true;
}

/**
 * The undo block of one write, in one pass over its cells (row by row): what they held, their
 * formats run-length encoded, their formulas, and which values were the user's rather than
 * what the product had written (`state`). `keepWritten`: also what the write puts there.
 */
function undoBlockOf(
  write: CellWrite,
  rect: Block,
  cells: SnapshotCells,
  state: WrittenState,
  keepWritten: boolean,
): UndoBlock {
  const v: CellScalar[] = [];
  const f: [string, number][] = [];
  const x: [number, string][] = [];
  const h: number[] = [];
  const cell = blankCell();
  let i = 0;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++, i++) {
      cells.read(write.sheet, r, c, cell);
      const { value, format, formula } = cell;
      v.push(value);
      const run = f[f.length - 1];
      if (run && run[0] === format) run[1] += 1;
      else f.push([format, 1]);
      if (formula) x.push([i, formula]);
      if (formula) h.push(i);
      else if (!isBlank(value)) {
        const ours = state.get(whereOf(write.sheet, cellAddress(r, c)));
        if (ours === undefined || !sameValue(value, ours)) h.push(i);
      }
    }
  }
  const block: UndoBlock = { at: whereOf(write.sheet, blockAddress(rect)), v, f };
  if (x.length) block.x = x;
  if (h.length) block.h = h;
  if (keepWritten) {
    const w: CellScalar[] = [];
    for (const row of write.values) for (const value of row) w.push(value);
    block.w = w;
  }
  return block;
}

/**
 * The record of a recalculation writing `outputs` (output columns and Result_* cells, recorded
 * by the written state) and `others` (人工得分 cells), from the snapshot it was planned on.
 * `state`: what the product had written before (readState), to tell its values from the user's.
 * A recalculation that changes no cell keeps `previous` (recalculating twice changes nothing
 * the second time, and the undo still goes back to before the last one that changed anything).
 */
export function buildUndoRecord(
  time: string,
  outputs: CellWrite[],
  others: CellWrite[],
  snapshot: WorkbookSnapshot,
  state: WrittenState,
  previous: UndoRecord | null,
): UndoRecord | undefined {
  const cells = new SnapshotCells(snapshot);
  if (changesNothing([...outputs, ...others], cells)) return previous ?? undefined;
  const blocks: UndoBlock[] = [];
  const add = (write: CellWrite, keepWritten: boolean): void => {
    const rect = writeBlock(write);
    if (rect) blocks.push(undoBlockOf(write, rect, cells, state, keepWritten));
  };
  for (const write of outputs) add(write, false);
  for (const write of others) add(write, true);
  return { t: time, b: blocks };
}

function isUndoBlock(value: unknown): value is UndoBlock {
  const b = value as UndoBlock;
  return (
    typeof b === 'object' &&
    b !== null &&
    typeof b.at === 'string' &&
    Array.isArray(b.v) &&
    Array.isArray(b.f) &&
    (b.x === undefined || Array.isArray(b.x)) &&
    (b.h === undefined || Array.isArray(b.h)) &&
    (b.w === undefined || (Array.isArray(b.w) && b.w.length === b.v.length))
  );
}

/** The record as parsed JSON, or null when it is absent or damaged. */
export function parseUndoRecord(json: string): UndoRecord | null {
  try {
    const parsed = JSON.parse(json) as UndoRecord;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.t !== 'string') return null;
    if (!Array.isArray(parsed.b) || !parsed.b.every(isUndoBlock)) return null;
    return parsed;
  } catch {
    return null;
  }
}

/** One block expanded into the write restoring it; null when the block is damaged. */
export function undoCells(block: UndoBlock): UndoCells | null {
  const { sheet, address } = splitSheet(block.at);
  const rect = parseBlock(address);
  if (!sheet || !rect) return null;
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (block.v.length !== rows * columns) return null;
  const formats: string[] = [];
  for (const [format, count] of block.f) {
    for (let i = 0; i < count; i++) formats.push(String(format));
  }
  if (formats.length !== block.v.length) return null;
  const formulaAt = new Map<number, string>(block.x ?? []);
  const grid = <T>(at: (i: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => at(r * columns + c)),
    );
  const restore: CellWrite = {
    sheet,
    address: blockAddress(rect),
    values: grid((i) => block.v[i]),
    numberFormats: grid((i) => formats[i]),
  };
  if (formulaAt.size > 0) restore.formulas = grid((i) => formulaAt.get(i) ?? null);
  const out: UndoCells = {
    sheet,
    top: rect.top,
    left: rect.left,
    rows,
    columns,
    restore,
    hand: new Set(block.h ?? []),
  };
  if (block.w) out.written = block.w;
  return out;
}
