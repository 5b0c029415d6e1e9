/** A1 addresses with 0-based, sheet-absolute indices (as in RangeSnapshot). */
import type { CellLocation } from './port/types';

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

/** "H7:H12" for a block, "H7" for one cell. */
export function blockAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

/** "绩效指标!H7". */
export function whereOf(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

export function locate(sheet: string, rowIndex: number, columnIndex: number): CellLocation {
  const address = cellAddress(rowIndex, columnIndex);
  return { sheet, address, rowIndex, columnIndex, where: whereOf(sheet, address) };
}

export interface ParsedBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; column: number } | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, column: columnIndexOf(m[1]) };
}

/** "H7:J12" or "H7" (optionally "Sheet!H7", $ allowed) → 0-based block; null if not A1. */
export function parseBlock(address: string): ParsedBlock | null {
  const bang = address.lastIndexOf('!');
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b] = local.split(':');
  const first = parseCell(a);
  const second = b === undefined ? first : parseCell(b);
  if (!first || !second) return null;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  };
}

/** "绩效指标!H7:H12" → { sheet: "绩效指标", address: "H7:H12" } (quotes removed). */
export function splitWhere(where: string): { sheet: string; address: string } {
  const bang = where.lastIndexOf('!');
  if (bang < 0) return { sheet: '', address: where };
  let sheet = where.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: where.slice(bang + 1) };
}
