/**
 * The state sheet (STATE_SHEET, veryHidden): what the last recalculation wrote into each output
 * block. Each column holds one block: row 1 its address ("绩效指标!J7:J14", "汇总!C3"), the rows
 * below it the JSON array of the values written there, cut into pieces that fit in a cell. A
 * few cells record a whole table, however long. A cell whose value differs from what the state
 * says was written there holds the user's value.
 *
 * After those columns, one column headed UNDO_HEADER holds the undo record of the last
 * recalculation (undo-record.ts), cut into pieces the same way; an undo writes the state
 * without it, so that only one level can be undone.
 */
import { blockAddress, cellAddress, parseBlock, splitSheet, whereOf } from '../a1';
import { STATE_SHEET } from '../contract/contract';
import type { CellScalar, CellWrite, ContractLayout, WorkbookSnapshot } from '../port/types';
import { parseUndoRecord, UNDO_HEADER, type UndoRecord } from './undo-record';

/** Where ("绩效指标!J7") → the value last written there. */
export type WrittenState = Map<string, CellScalar>;

/** Characters of JSON per cell (Excel keeps at most 32,767 in a cell). */
const PIECE = 30000;

function parseValues(pieces: CellScalar[]): CellScalar[] | null {
  try {
    const parsed: unknown = JSON.parse(
      pieces.map((p) => (typeof p === 'string' ? p : '')).join(''),
    );
    return Array.isArray(parsed) ? (parsed as CellScalar[]) : null;
  } catch {
    return null; // damaged or foreign: no record, so nothing counts as written by us
  }
}

function stateRange(snapshot: WorkbookSnapshot) {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === STATE_SHEET.toLowerCase());
  const used = sheet?.used;
  return used && used.rowIndex === 0 && used.columnIndex === 0 ? used : null;
}

/** The JSON pieces of column c, from row 2 to the first empty cell, joined. */
function columnText(values: CellScalar[][], c: number): string {
  const pieces: string[] = [];
  for (let r = 1; r < values.length && values[r][c] !== ''; r++) {
    const piece = values[r][c];
    pieces.push(typeof piece === 'string' ? piece : '');
  }
  return pieces.join('');
}

/** The undo record of the last recalculation, or null (none, undone already, or damaged). */
export function readUndo(snapshot: WorkbookSnapshot): UndoRecord | null {
  const used = stateRange(snapshot);
  if (!used) return null;
  const c = used.values[0]?.indexOf(UNDO_HEADER) ?? -1;
  return c < 0 ? null : parseUndoRecord(columnText(used.values, c));
}

export function readState(snapshot: WorkbookSnapshot): WrittenState {
  const state: WrittenState = new Map();
  const used = stateRange(snapshot);
  if (!used) return state;
  const width = used.values[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const header = used.values[0][c];
    if (typeof header !== 'string' || !header.includes('!')) continue;
    const { sheet: target, address } = splitSheet(header);
    const block = parseBlock(address);
    if (target === null || !block || block.left !== block.right) continue;
    const pieces: CellScalar[] = [];
    for (let r = 1; r < used.values.length && used.values[r][c] !== ''; r++)
      pieces.push(used.values[r][c]);
    const values = parseValues(pieces);
    // A record of another length than its block is damaged: it is no record at all.
    if (!values || values.length !== block.bottom - block.top + 1) continue;
    values.forEach((value, i) => {
      state.set(whereOf(target, cellAddress(block.top + i, block.left)), value);
    });
  }
  return state;
}

function piecesOf(json: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < json.length; i += PIECE) pieces.push(json.slice(i, i + PIECE));
  return pieces;
}

/**
 * The state sheet's content after `writes` (single-column blocks), with the undo record of
 * that write when given, as one block at A1 that also blanks whatever the previous state held
 * beyond it.
 */
export function stateWrite(
  writes: CellWrite[],
  previous: ContractLayout['state'],
  undo?: UndoRecord,
): CellWrite {
  const headers: string[] = [];
  const columns: string[][] = [];
  for (const w of writes) {
    const block = parseBlock(w.address);
    if (!block) continue;
    headers.push(
      whereOf(
        w.sheet,
        blockAddress({
          top: block.top,
          left: block.left,
          bottom: block.top + w.values.length - 1,
          right: block.left,
        }),
      ),
    );
    columns.push(piecesOf(JSON.stringify(w.values.map((row) => row[0]))));
  }
  if (undo) {
    headers.push(UNDO_HEADER);
    columns.push(piecesOf(JSON.stringify(undo)));
  }
  const height = Math.max(
    1 + Math.max(0, ...columns.map((c) => c.length)),
    previous ? previous.lastRowIndex + 1 : 0,
  );
  const width = Math.max(columns.length, previous ? previous.lastColumnIndex + 1 : 0, 1);
  const values: CellScalar[][] = Array.from({ length: height }, () =>
    new Array<CellScalar>(width).fill(''),
  );
  columns.forEach((pieces, c) => {
    values[0][c] = headers[c];
    pieces.forEach((piece, r) => {
      values[1 + r][c] = piece;
    });
  });
  return {
    sheet: STATE_SHEET,
    address: blockAddress({ top: 0, left: 0, bottom: height - 1, right: width - 1 }),
    values,
    numberFormats: values.map((row) => row.map(() => '@')),
  };
}
