/**
 * A1 addressing as Excel writes and reads it. Pure: shared by the Office host and the fake Excel.
 *
 * Excel quotes a sheet name in an address ("'My Sheet'!A1") when it contains anything but
 * letters (any script, so 绩效指标 stays bare), digits, "_" and "."; when it starts with a digit;
 * or when it could be read as a cell reference ("A1", "R1C1", "R", "C"). A quote inside a
 * quoted name is doubled ("'Jenny''s'!A1").
 */
import { cellAddress, columnIndexOf, columnLetter } from '../workbook/a1';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 0-based, inclusive size. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Whether two rectangles share at least one cell. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/**
 * "A1:B2", or "A1" for a single cell (no sheet, no $), as Excel's Range.address does; whole
 * rows as "3:5" (the whole sheet as "1:1048576") and whole columns as "A:C".
 */
export function rectAddress(rect: Rect): string {
  if (rect.column === 0 && rect.columnCount === MAX_COLUMNS) {
    return `${rect.row + 1}:${rect.row + rect.rowCount}`;
  }
  if (rect.row === 0 && rect.rowCount === MAX_ROWS) {
    return `${columnLetter(rect.column)}:${columnLetter(rect.column + rect.columnCount - 1)}`;
  }
  const first = cellAddress(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function inBounds(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}

/**
 * Parses "A1", "$A$1:$B$2", "A:C" (whole columns) or "3:5" (whole rows), without a sheet.
 * Returns null for anything else or for a reference outside the grid.
 */
export function parseRect(address: string): Rect | null {
  const parts = address.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const [a, b = a] = parts;
  let rect: Rect | null = null;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndexOf(ca[1]);
    const c2 = columnIndexOf(cb[1]);
    rect = {
      row: Math.min(r1, r2),
      column: Math.min(c1, c2),
      rowCount: Math.abs(r2 - r1) + 1,
      columnCount: Math.abs(c2 - c1) + 1,
    };
  } else if (parts.length === 2 && COLUMN.test(a) && COLUMN.test(b)) {
    const c1 = columnIndexOf(COLUMN.exec(a)![1]);
    const c2 = columnIndexOf(COLUMN.exec(b)![1]);
    rect = {
      row: 0,
      column: Math.min(c1, c2),
      rowCount: MAX_ROWS,
      columnCount: Math.abs(c2 - c1) + 1,
    };
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    const r1 = Number(ROW.exec(a)![1]) - 1;
    const r2 = Number(ROW.exec(b)![1]) - 1;
    rect = {
      row: Math.min(r1, r2),
      column: 0,
      rowCount: Math.abs(r2 - r1) + 1,
      columnCount: MAX_COLUMNS,
    };
  }
  return rect && inBounds(rect) ? rect : null;
}

const BARE_SHEET = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^(R\d*C?\d*|C\d*)$/i;

/** Whether Excel writes this sheet name in quotes inside an address. */
export function sheetNeedsQuotes(sheet: string): boolean {
  return !BARE_SHEET.test(sheet) || LOOKS_LIKE_A1.test(sheet) || LOOKS_LIKE_R1C1.test(sheet);
}

/** "绩效指标" → "绩效指标", "My Sheet" → "'My Sheet'", "Jenny's" → "'Jenny''s'". */
export function quoteSheet(sheet: string): string {
  return sheetNeedsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/** "'My Sheet'!A1:B2" → { sheet: "My Sheet", address: "A1:B2" }; no sheet → sheet null. */
export function splitSheetAddress(address: string): { sheet: string | null; address: string } {
  const text = address.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), address: quoted[2] };
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, address: text };
  return { sheet: text.slice(0, bang), address: text.slice(bang + 1) };
}

/** "Sheet1!A1:B2" with the sheet quoted when Excel would quote it. */
export function qualifiedAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect)}`;
}

/** "$A$1:$B$2" (absolute), as a defined name's formula holds it. */
export function absoluteAddress(rect: Rect): string {
  const cell = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  const first = cell(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${cell(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}
