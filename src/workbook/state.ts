/**
 * The state sheet (STATE_SHEET, veryHidden): what the last recalculation wrote into each output
 * block. Each column holds one block: row 1 its address ("绩效指标!J7:J14", "汇总!C3"), the rows
 * below it the JSON array of the values written there, cut into pieces that fit in a cell. A
 * few cells record a whole table, however long. A cell whose value differs from what the state
 * says was written there holds the user's value.
 */
import { blockAddress, cellAddress, parseBlock, splitWhere, whereOf } from './a1';
import { STATE_SHEET } from './contract';
import type { CellScalar, CellWrite, ContractLayout, WorkbookSnapshot } from './types';

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

export function readState(snapshot: WorkbookSnapshot): WrittenState {
  const state: WrittenState = new Map();
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === STATE_SHEET.toLowerCase());
  const used = sheet?.used;
  if (!used || used.rowIndex !== 0 || used.columnIndex !== 0) return state;
  const width = used.values[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const header = used.values[0][c];
    if (typeof header !== 'string' || !header.includes('!')) continue;
    const { sheet: target, address } = splitWhere(header);
    const block = parseBlock(address);
    if (!block || block.left !== block.right) continue;
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

/**
 * The state sheet's content after `writes` (single-column blocks), as one block at A1 that
 * also blanks whatever the previous state held beyond it.
 */
export function stateWrite(writes: CellWrite[], previous: ContractLayout['state']): CellWrite {
  const columns = writes.map((w) => {
    const json = JSON.stringify(w.values.map((row) => row[0]));
    const pieces: string[] = [];
    for (let i = 0; i < json.length; i += PIECE) pieces.push(json.slice(i, i + PIECE));
    return pieces;
  });
  const height = Math.max(
    1 + Math.max(0, ...columns.map((c) => c.length)),
    previous ? previous.lastRowIndex + 1 : 0,
  );
  const width = Math.max(writes.length, previous ? previous.lastColumnIndex + 1 : 0, 1);
  const values: CellScalar[][] = Array.from({ length: height }, () =>
    new Array<CellScalar>(width).fill(''),
  );
  writes.forEach((w, c) => {
    const block = parseBlock(w.address);
    if (!block) return;
    values[0][c] = whereOf(
      w.sheet,
      blockAddress(block.top, block.left, block.top + w.values.length - 1, block.left),
    );
    columns[c].forEach((piece, r) => {
      values[1 + r][c] = piece;
    });
  });
  return {
    sheet: STATE_SHEET,
    address: blockAddress(0, 0, height - 1, width - 1),
    values,
    numberFormats: values.map((row) => row.map(() => '@')),
  };
}
