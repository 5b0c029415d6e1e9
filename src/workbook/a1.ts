/**
 * A1 addresses: the one way the project reads and writes them, for the contract, the template,
 * the recogniser, both .xlsx hosts, the Office host and the fake Excel.
 *
 * Rows and columns are 0-based (as in RangeSnapshot and Excel's API) and a rectangle of cells
 * is a `Block` (inclusive corners). The .xlsx file and exceljs count from 1: those hosts add
 * one where they meet the file, nowhere else.
 *
 * Excel quotes a sheet name in an address ("'My Sheet'!A1") when it is not a plain identifier:
 * anything but letters (any script, so 绩效指标 stays bare), digits, "_" and "."; a leading
 * digit or "."; a name that could be read as a cell ("A1", "R1C1", "R1C", "R", "C") or as a
 * boolean ("TRUE"). A quote inside a quoted name is doubled ("'O''Brien'!A1").
 */
import type { CellLocation } from './port/types';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells: 0-based, corners included. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → "A", 26 → "AA". */
export function columnLetter(columnIndex: number): string {
  let n = columnIndex + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "AA" → 26. */
export function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (6, 7) → "H7". */
export function cellAddress(rowIndex: number, columnIndex: number): string {
  return `${columnLetter(columnIndex)}${rowIndex + 1}`;
}

/** The block of one cell. */
export function cellBlock(rowIndex: number, columnIndex: number): Block {
  return { top: rowIndex, left: columnIndex, bottom: rowIndex, right: columnIndex };
}

/** How many rows the block spans. */
export function heightOf(block: Block): number {
  return block.bottom - block.top + 1;
}

/** How many columns the block spans. */
export function widthOf(block: Block): number {
  return block.right - block.left + 1;
}

/** Whether two blocks share at least one cell. */
export function blocksOverlap(a: Block, b: Block): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Whether the cell lies inside the block. */
export function blockHolds(block: Block, rowIndex: number, columnIndex: number): boolean {
  return (
    rowIndex >= block.top &&
    rowIndex <= block.bottom &&
    columnIndex >= block.left &&
    columnIndex <= block.right
  );
}

/**
 * "H7:J12", or "H7" for one cell (no sheet, no $), as Excel's Range.address writes it; whole
 * rows as "3:5" (the whole sheet as "1:1048576") and whole columns as "A:C".
 */
export function blockAddress(block: Block): string {
  if (block.left === 0 && block.right === MAX_COLUMNS - 1) {
    return `${block.top + 1}:${block.bottom + 1}`;
  }
  if (block.top === 0 && block.bottom === MAX_ROWS - 1) {
    return `${columnLetter(block.left)}:${columnLetter(block.right)}`;
  }
  const first = cellAddress(block.top, block.left);
  if (block.top === block.bottom && block.left === block.right) return first;
  return `${first}:${cellAddress(block.bottom, block.right)}`;
}

/** "$A$1:$B$2" (or "$A$1"), as a defined name's formula holds a block. */
export function absoluteAddress(block: Block): string {
  const cell = (r: number, c: number): string => `$${columnLetter(c)}$${r + 1}`;
  const first = cell(block.top, block.left);
  if (block.top === block.bottom && block.left === block.right) return first;
  return `${first}:${cell(block.bottom, block.right)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function spanning(first: number, second: number): [number, number] {
  return [Math.min(first, second), Math.max(first, second)];
}

function inGrid(block: Block): boolean {
  return (
    block.top >= 0 &&
    block.left >= 0 &&
    block.bottom < MAX_ROWS &&
    block.right < MAX_COLUMNS &&
    block.top <= block.bottom &&
    block.left <= block.right
  );
}

/**
 * "H7", "$H$7:$J$12", "J12:H7", "A:C" (whole columns) or "3:5" (whole rows), without a sheet
 * (splitSheet takes it off) → the block; null for anything else (a sheet included) and for a
 * reference outside the grid.
 */
export function parseBlock(address: string): Block | null {
  const parts = address.trim().split(':');
  if (parts.length > 2) return null;
  const [a, b = a] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  let block: Block | null = null;
  if (ca && cb) {
    const [top, bottom] = spanning(Number(ca[2]) - 1, Number(cb[2]) - 1);
    const [left, right] = spanning(columnIndexOf(ca[1]), columnIndexOf(cb[1]));
    block = { top, left, bottom, right };
  } else if (parts.length === 2 && COLUMN.test(a) && COLUMN.test(b)) {
    const [left, right] = spanning(
      columnIndexOf(COLUMN.exec(a)![1]),
      columnIndexOf(COLUMN.exec(b)![1]),
    );
    block = { top: 0, left, bottom: MAX_ROWS - 1, right };
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    const [top, bottom] = spanning(Number(ROW.exec(a)![1]) - 1, Number(ROW.exec(b)![1]) - 1);
    block = { top, left: 0, bottom, right: MAX_COLUMNS - 1 };
  }
  return block && inGrid(block) ? block : null;
}

const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^(R\d*C?\d*|C\d*)$/i;
const LOOKS_LIKE_BOOLEAN = /^(TRUE|FALSE)$/i;

/** Whether Excel writes this sheet name in quotes inside an address. */
export function sheetNeedsQuotes(sheet: string): boolean {
  return (
    !PLAIN_SHEET.test(sheet) ||
    LOOKS_LIKE_A1.test(sheet) ||
    LOOKS_LIKE_R1C1.test(sheet) ||
    LOOKS_LIKE_BOOLEAN.test(sheet)
  );
}

/** "绩效指标" → "绩效指标", "My Sheet" → "'My Sheet'", "O'Brien" → "'O''Brien'". */
export function quoteSheet(sheet: string): string {
  return sheetNeedsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/** "绩效指标!H7" or "'My Sheet'!H7": the sheet quoted when Excel would quote it. */
export function whereOf(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/** "'My Sheet'!A1:B2" → { sheet: "My Sheet", address: "A1:B2" }; no sheet → sheet null. */
export function splitSheet(text: string): { sheet: string | null; address: string } {
  const trimmed = text.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(trimmed);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), address: quoted[2] };
  const bang = trimmed.lastIndexOf('!');
  if (bang < 0) return { sheet: null, address: trimmed };
  return { sheet: trimmed.slice(0, bang), address: trimmed.slice(bang + 1) };
}

export function locate(sheet: string, rowIndex: number, columnIndex: number): CellLocation {
  const address = cellAddress(rowIndex, columnIndex);
  return { sheet, address, rowIndex, columnIndex, where: whereOf(sheet, address) };
}
