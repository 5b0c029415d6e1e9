/**
 * The state sheet (STATE_SHEET, veryHidden): what the last recalculation wrote into each output
 * cell. Row 1 holds one block address per column ("绩效指标!J7:J14", "汇总!C3"); the values
 * written to that block run down the column below it. A cell whose value differs from what
 * the state says was written there holds the user's value.
 */
import { blockAddress, cellAddress, parseBlock, splitWhere, whereOf } from './a1';
import { STATE_SHEET } from './contract';
import type { CellScalar, CellWrite, ContractLayout, WorkbookSnapshot } from './types';

/** Where ("绩效指标!J7") → the value last written there. */
export type WrittenState = Map<string, CellScalar>;

export function readState(snapshot: WorkbookSnapshot): WrittenState {
  const state: WrittenState = new Map();
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === STATE_SHEET.toLowerCase());
  const used = sheet?.used;
  if (!used || used.rowIndex !== 0) return state;
  const width = used.values[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const header = used.values[0][c];
    if (typeof header !== 'string' || !header.includes('!')) continue;
    const { sheet: target, address } = splitWhere(header);
    const block = parseBlock(address);
    if (!block || block.left !== block.right) continue;
    for (let r = block.top; r <= block.bottom; r++) {
      const value = used.values[1 + r - block.top]?.[c] ?? '';
      state.set(whereOf(target, cellAddress(r, block.left)), value);
    }
  }
  return state;
}

/**
 * The state sheet's content after `writes` (single-column blocks), as one block at A1 that
 * also blanks whatever the previous state held beyond it.
 */
export function stateWrite(writes: CellWrite[], previous: ContractLayout['state']): CellWrite {
  const height = Math.max(
    1 + Math.max(0, ...writes.map((w) => w.values.length)),
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
    w.values.forEach((row, r) => {
      values[1 + r][c] = row[0];
    });
  });
  return {
    sheet: STATE_SHEET,
    address: blockAddress(0, 0, height - 1, width - 1),
    values,
    numberFormats: values.map((row) => row.map(() => 'General')),
  };
}
