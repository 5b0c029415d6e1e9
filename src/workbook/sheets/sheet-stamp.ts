/**
 * A sheet the product writes (自评报告, 评价结果) carries its own proof of being untouched: a
 * last line (the stamp) with a check code, the first 8 hex digits of the SHA-256 of the sheet's
 * values above it. Writing again replaces a sheet whose code still matches (or an empty one); a
 * sheet the user edited, or one that is not ours, is never touched: the new content goes to the
 * newest "<name>(n)" still untouched, else to the first free "<name>(2)", "<name>(3)"… (so an
 * edited sheet does not make a new sheet at every click). One implementation for every such
 * sheet: read with readForStampedSheet, placed with stampedSheetTarget.
 */
import type { Locale } from '../../engine/types';
import { t, type MessageKey } from '../../i18n/catalog';
import { localTime } from '../local-time';
import { sha256Hex } from '../safety/sha256';
import type {
  CellScalar,
  SheetSnapshot,
  SnapshotRequest,
  WorkbookHost,
  WorkbookSnapshot,
} from '../port/types';

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
export function stampText(key: MessageKey, code: string, now: Date, locale: Locale): string {
  return t(key, { time: localTime(now).slice(0, 16), code }, locale);
}

const STAMP_LOCALES: Locale[] = ['zh-CN', 'en-US'];
const stampPatterns = new Map<string, RegExp>();

function stampPattern(key: MessageKey, locale: Locale): RegExp {
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
export function stampCodeOf(key: MessageKey, text: string): string | null {
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
export function stampedSheetState(sheet: SheetSnapshot, key: MessageKey): StampedSheetState {
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

/**
 * The number of a sheet of the base's family: 1 for `base` itself, n for "<base>(n)" (n ≥ 2);
 * null for any other name. Compared case-insensitively, as Excel compares sheet names.
 */
function siblingNumber(base: string, name: string): number | null {
  const lower = name.toLowerCase();
  const stem = base.toLowerCase();
  if (lower === stem) return 1;
  if (!lower.startsWith(`${stem}(`) || !lower.endsWith(')')) return null;
  const digits = lower.slice(stem.length + 1, -1);
  if (!/^[1-9][0-9]*$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 2 ? n : null;
}

/**
 * The sheets of the workbook that belong to `base`'s family: `base` and every "<base>(n)", as
 * the workbook spells them, oldest (`base`) first, then by number.
 */
export function stampedSheetFamily(base: string, sheetNames: readonly string[]): string[] {
  return sheetNames
    .map((name) => ({ name, n: siblingNumber(base, name) }))
    .filter((s): s is { name: string; n: number } => s.n !== null)
    .sort((a, b) => a.n - b.n)
    .map((s) => s.name);
}

/**
 * Reads the workbook for writing a stamped sheet: `request` plus `base`, and then, when the
 * workbook also has "<base>(n)" sheets (known only from the first read's sheet names), those
 * sheets in a second read, merged into the snapshot returned. The snapshot thus holds every
 * sheet stampedSheetTarget may replace (and applyAllOrNone may have to put back).
 */
export async function readForStampedSheet(
  host: WorkbookHost,
  request: SnapshotRequest,
  base: string,
): Promise<WorkbookSnapshot> {
  const snapshot = await host.read({ ...request, sheets: [...request.sheets, base] });
  const read = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  const missing = stampedSheetFamily(base, snapshot.sheetNames).filter(
    (name) => !read.has(name.toLowerCase()),
  );
  if (missing.length === 0) return snapshot;
  const siblings = await host.read({ names: [], sheets: missing });
  return { ...snapshot, sheets: [...snapshot.sheets, ...siblings.sheets] };
}

/** Where a stamped sheet is written, decided from the workbook as read. */
export interface StampedSheetTarget {
  /** The sheet to write. */
  sheet: string;
  /** The existing sheet to delete first (empty or untouched), in the same plan. */
  replace: string | null;
  /** The newest sheet of the family left as it was because it holds the user's edits. */
  kept: string | null;
}

/**
 * Where `base` is written, from the workbook as read. The family is `base` and its
 * "<base>(n)" sheets: the newest of them that is empty or untouched is deleted and created
 * again in the same plan; when every one holds the user's edits (or is not ours, or was not
 * read: it cannot be proven untouched), all are kept as they are and the content goes to
 * `base` when it is absent, else to the first free "<base>(n)". So drafting again and again
 * over an edited `base` keeps replacing the one "<base>(2)" written before, and only an edit
 * there too makes a "<base>(3)". The snapshot's sheets must include the family (as
 * readForStampedSheet reads it).
 */
export function stampedSheetTarget(
  base: string,
  key: MessageKey,
  snapshot: Pick<WorkbookSnapshot, 'sheets' | 'sheetNames'>,
): StampedSheetTarget {
  const family = stampedSheetFamily(base, snapshot.sheetNames);
  const stateOf = (name: string): StampedSheetState => {
    const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    return sheet ? stampedSheetState(sheet, key) : 'edited';
  };
  const states = family.map((name) => ({ name, state: stateOf(name) }));
  const reusable = [...states].reverse().find((s) => s.state !== 'edited');
  const kept = [...states].reverse().find((s) => s.state === 'edited')?.name ?? null;
  if (reusable) return { sheet: reusable.name, replace: reusable.name, kept };
  const hasBase = family.some((name) => siblingNumber(base, name) === 1);
  return { sheet: hasBase ? freeSheetName(base, snapshot.sheetNames) : base, replace: null, kept };
}
