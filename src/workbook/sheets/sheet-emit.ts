/**
 * A SheetModel (sheet-model.ts) as the write plan's pieces: one CellWrite from A1 to its last
 * cell (values, number formats, formulas) and one SheetLayout (merges, widths, heights, styles
 * as few rectangles, drop-down lists, frozen panes, print setup). Every host applies these;
 * nothing else renders a sheet model.
 */
import { type Block, blockAddress, parseBlock } from '../a1';
import type { CellScalar, CellStyle, CellWrite, SheetLayout, StyledBlock } from '../port/types';
import type { SheetCell, SheetModel } from './sheet-model';

interface PlacedCell {
  cell: SheetCell;
  at: Block;
}

/** The cells with their places, and the block from A1 to the last row and column used. */
function placed(sheet: SheetModel): { cells: PlacedCell[]; bottom: number; right: number } {
  let bottom = -1;
  let right = -1;
  const cells: PlacedCell[] = [];
  for (const cell of sheet.cells) {
    const at = parseBlock(cell.address);
    if (!at) continue;
    cells.push({ cell, at });
    bottom = Math.max(bottom, at.top);
    right = Math.max(right, at.left);
  }
  return { cells, bottom, right };
}

function grid<T>(bottom: number, right: number, fill: T): T[][] {
  return Array.from({ length: bottom + 1 }, () => Array.from({ length: right + 1 }, () => fill));
}

/** The sheet's values from A1, a cell without value (null) being `blank`. */
export function sheetValues(sheet: SheetModel, blank: CellScalar): CellScalar[][] {
  return sheetWrite(sheet, blank)?.values ?? [];
}

/**
 * The sheet's cells as one block from A1: `blank` where a cell has no value (null leaves the
 * cell as it is, "" clears it), "General" where it has no number format; formulas only when
 * some cell has one.
 */
export function sheetWrite(sheet: SheetModel, blank: CellScalar): CellWrite | null {
  const { cells, bottom, right } = placed(sheet);
  if (bottom < 0) return null;
  const values = grid<CellScalar>(bottom, right, blank);
  const numberFormats = grid(bottom, right, 'General');
  let formulas: (string | null)[][] | undefined;
  for (const { cell, at } of cells) {
    values[at.top][at.left] = cell.value ?? blank;
    if (cell.numberFormat) numberFormats[at.top][at.left] = cell.numberFormat;
    if (cell.formula) {
      formulas ??= grid<string | null>(bottom, right, null);
      formulas[at.top][at.left] = cell.formula;
    }
  }
  return {
    sheet: sheet.name,
    address: blockAddress({ top: 0, left: 0, bottom, right }),
    values,
    numberFormats,
    ...(formulas ? { formulas } : {}),
  };
}

/** A style's identity, for grouping equal styles (absent and false/0 mean the same). */
function styleKey(style: CellStyle): string {
  return JSON.stringify([
    Boolean(style.bold),
    style.fontSize ?? 0,
    style.fill ?? '',
    style.horizontal ?? '',
    style.vertical ?? '',
    Boolean(style.wrap),
    Boolean(style.border),
  ]);
}

/**
 * The cells' styles as few rectangular blocks (runs of equal styles along each row, then equal
 * runs of consecutive rows joined: a table's columns share a style down the table), followed
 * by the blocks styled as a whole, in their order.
 */
export function styleBlocks(sheet: SheetModel): StyledBlock[] {
  const rows = new Map<number, Map<number, { key: string; style: CellStyle }>>();
  for (const { cell, at } of placed(sheet).cells) {
    if (!cell.style) continue;
    const key = styleKey(cell.style);
    if (key === styleKey({})) continue;
    if (!rows.has(at.top)) rows.set(at.top, new Map());
    rows.get(at.top)!.set(at.left, { key, style: cell.style });
  }
  type Run = Block & { key: string; style: CellStyle };
  const done: Run[] = [];
  // Blocks still growing downwards, by "left:right:key".
  let open = new Map<string, Run>();
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const line = rows.get(row)!;
    const next = new Map<string, Run>();
    const columns = [...line.keys()].sort((a, b) => a - b);
    for (let i = 0; i < columns.length;) {
      const left = columns[i];
      const { key, style } = line.get(left)!;
      let right = left;
      while (i + 1 < columns.length && columns[i + 1] === right + 1) {
        if (line.get(columns[i + 1])!.key !== key) break;
        right += 1;
        i += 1;
      }
      i += 1;
      const id = `${left}:${right}:${key}`;
      const above = open.get(id);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(id);
        next.set(id, above);
      } else {
        const block = { top: row, left, bottom: row, right, key, style };
        done.push(block);
        next.set(id, block);
      }
    }
    open = next;
  }
  const cellBlocks = done.map((b) => ({ address: blockAddress(b), style: b.style }));
  return [...cellBlocks, ...(sheet.styles ?? [])];
}

/**
 * The sheet's look. `reset`: the block whose old merges and formats are cleared before
 * anything is written (a sheet being replaced in place).
 */
export function sheetLayout(sheet: SheetModel, reset?: string): SheetLayout {
  const layout: SheetLayout = {
    sheet: sheet.name,
    merges: [...sheet.merges],
    columnWidths: [...sheet.columnWidths],
    rowHeights: { ...sheet.rowHeights },
    styles: styleBlocks(sheet),
  };
  if (sheet.validations.length) layout.validations = sheet.validations.map((v) => ({ ...v }));
  if (sheet.freeze) layout.freeze = { ...sheet.freeze };
  if (sheet.print) layout.print = { ...sheet.print };
  if (reset) layout.reset = reset;
  return layout;
}
