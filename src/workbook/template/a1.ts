/**
 * A1 addressing for the template and the .xlsx host (pure: no Node, no exceljs).
 * Rows and columns here are 1-based, as in A1 notation.
 */
import { columnIndexOf, columnLetter } from '../a1';

export interface CellRef {
  row: number;
  column: number;
}

export interface BlockRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  return columnLetter(column - 1);
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  return columnIndexOf(letters) + 1;
}

/** (3, 2) → "B3". */
export function cellName(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "B3:D7" (or "B3" for one cell). */
export function blockName(block: BlockRef): string {
  const first = cellName(block.top, block.left);
  if (block.top === block.bottom && block.left === block.right) return first;
  return `${first}:${cellName(block.bottom, block.right)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B3" or "$B$3" → { row: 3, column: 2 }; null when it is not a cell address. */
export function parseCell(text: string): CellRef | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const row = Number(m[2]);
  const column = columnNumber(m[1]);
  if (row < 1 || row > 1048576 || column < 1 || column > 16384) return null;
  return { row, column };
}

/** "B3:D7", "$B$3", "D7:B3" → the normalised block; null when it is not a block of cells. */
export function parseBlock(text: string): BlockRef | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/**
 * A sheet name as a formula writes it: bare when it is letters (any script), digits, "_" and
 * "." not starting with a digit and not looking like a cell; quoted otherwise ("'My Sheet'").
 */
export function quoteSheet(sheet: string): string {
  const bare =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^(R|C|RC|R\d+C\d+)$/i.test(sheet);
  return bare ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "评价结果", {B2} → "评价结果!$B$2" (absolute, as defined names hold references). */
export function absoluteReference(sheet: string, block: BlockRef): string {
  const abs = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
  const first = abs(block.top, block.left);
  const whole =
    block.top === block.bottom && block.left === block.right
      ? first
      : `${first}:${abs(block.bottom, block.right)}`;
  return `${quoteSheet(sheet)}!${whole}`;
}
