/**
 * A sheet the product writes (自评报告, 评价结果) carries its own proof of being untouched: a
 * last line (the stamp) with a check code, the first 8 hex digits of the SHA-256 of the sheet's
 * values above it. Writing again replaces a sheet whose code still matches (or an empty one); a
 * sheet the user edited, or one that is not ours, is never touched: the new content goes to the
 * first free "<name>(2)", "<name>(3)"… One implementation for every such sheet.
 */
import type { Locale } from '../engine/types';
import { t } from '../i18n/catalog';
import { localTime } from './plan';
import { sha256Hex } from './sha256';
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from './types';

/**
 * A cell as the check code sees it: "" for an empty cell; a number with Excel's 15 significant
 * digits (what is written and what Excel gives back have the same text), anything else as text.
 */
export function stampCellText(value: CellScalar | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : String(value);
  }
  return String(value);
}

/** One row's cells as texts, trailing empty cells dropped. */
function rowTexts(row: readonly (CellScalar | undefined)[]): string[] {
  const cells = row.map(stampCellText);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The check code of a sheet's rows (from row 1, column A): each row's cells as texts with
 * trailing empty cells dropped, joined by tabs; rows joined by newlines; the first 8 hex
 * digits of the SHA-256 of that text. The same for the rows written and the values read back.
 */
export function sheetCode(rows: readonly (readonly (CellScalar | undefined)[])[]): string {
  const text = rows.map((row) => rowTexts(row).join('\t')).join('\n');
  return sha256Hex(text).slice(0, 8);
}

/** The stamp line: the catalog message `key` with {time} (to the minute) and {code}. */
export function stampText(key: string, code: string, now: Date, locale: Locale): string {
  return t(key, { time: localTime(now).slice(0, 16), code }, locale);
}

const STAMP_LOCALES: Locale[] = ['zh-CN', 'en-US'];
const stampPatterns = new Map<string, RegExp>();

function stampPattern(key: string, locale: Locale): RegExp {
  const id = `${key}\u0000${locale}`;
  let pattern = stampPatterns.get(id);
  if (!pattern) {
    const template = t(key, { time: '\u0001', code: '\u0002' }, locale);
    const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(
      `^${escaped.replace('\u0001', '[^\\n]+?').replace('\u0002', '([0-9a-f]{8})')}$`,
    );
    stampPatterns.set(id, pattern);
  }
  return pattern;
}

/** The code a stamp of message `key` (either language) carries; null when it is none. */
export function stampCodeOf(key: string, text: string): string | null {
  for (const locale of STAMP_LOCALES) {
    const match = stampPattern(key, locale).exec(text);
    if (match) return match[1];
  }
  return null;
}

export type StampedSheetState = 'empty' | 'untouched' | 'edited';

/**
 * What a sheet holds, as read: 'empty'; 'untouched' (its last line is a stamp of message `key`
 * whose code matches the values above it); 'edited' (anything else: edited since it was
 * written, or not ours at all).
 */
export function stampedSheetState(sheet: SheetSnapshot, key: string): StampedSheetState {
  const used = sheet.used;
  const rows: string[][] = [];
  if (used) {
    for (let r = 0; r < used.rowIndex + used.values.length; r++) {
      const values = used.values[r - used.rowIndex];
      rows.push(values ? rowTexts([...Array<string>(used.columnIndex).fill(''), ...values]) : []);
    }
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  if (rows.length === 0) return 'empty';
  const last = rows[rows.length - 1];
  const code = last.length === 1 ? stampCodeOf(key, last[0]) : null;
  return code !== null && code === sheetCode(rows.slice(0, -1)) ? 'untouched' : 'edited';
}

/** The first of "<base>(2)", "<base>(3)"… that no sheet has (names compared case-insensitively). */
export function freeSheetName(base: string, sheetNames: string[]): string {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  let n = 2;
  while (taken.has(`${base}(${n})`.toLowerCase())) n += 1;
  return `${base}(${n})`;
}

/** Where a stamped sheet is written, decided from the workbook as read. */
export interface StampedSheetTarget {
  /** The sheet to write. */
  sheet: string;
  /** The existing sheet to delete first (empty or untouched), in the same plan. */
  replace: string | null;
  /** The existing sheet left as it was because it holds the user's edits; null when none. */
  kept: string | null;
}

/**
 * Absent → `base` is created; empty or untouched → deleted and created again in the same plan;
 * edited or not ours (or not read: it cannot be proven untouched) → kept as it is, and the
 * content goes to the first free "<base>(n)". The snapshot's sheets must include `base`.
 */
export function stampedSheetTarget(
  base: string,
  key: string,
  snapshot: Pick<WorkbookSnapshot, 'sheets' | 'sheetNames'>,
): StampedSheetTarget {
  const same = (name: string) => name.toLowerCase() === base.toLowerCase();
  const present = snapshot.sheetNames.find(same);
  if (!present) return { sheet: base, replace: null, kept: null };
  const existing = snapshot.sheets.find((s) => same(s.name));
  const state = existing ? stampedSheetState(existing, key) : 'edited';
  if (state === 'edited') {
    return { sheet: freeSheetName(base, snapshot.sheetNames), replace: null, kept: present };
  }
  return { sheet: base, replace: present, kept: null };
}
