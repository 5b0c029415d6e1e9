/**
 * Dates of 时效 indicators: ISO and Chinese forms ("2023-12-31", "2023/12/31", "2023.12.31",
 * "2023年12月31日", "2023年12月底", "2023年底") and Excel serial numbers in date-formatted cells.
 */

/** Folded date text, operator words already taken off. Groups: y, m, d | y, m, 底 | y, 底. */
const DATE_RE =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})(?:[T]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?|年(\d{1,2})月(?:(\d{1,2})[日号]?|(底|末|份)?)|年(?:度)?(底|末))$/;

/** "12月31日" without a year: named as its own problem. */
export const DATE_WITHOUT_YEAR = /^\d{1,2}月(?:\d{1,2}[日号]?|底|末)?$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export type DateReading = { ok: true; date: string } | { ok: false } | null;

/**
 * Reads a folded date text. Null when it does not look like a date at all; { ok: false } when
 * it does but the day does not exist ("2023-02-30"). A month without a day ("2023年6月") means
 * the last day of that month, as does "月底"; "2023年底" is 31 December.
 */
export function readDateText(text: string): DateReading {
  const m = DATE_RE.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  let date: string | null;
  if (m[3] !== undefined) {
    date = iso(year, Number(m[3]), Number(m[4]));
  } else if (m[5] !== undefined) {
    const month = Number(m[5]);
    const day =
      m[6] !== undefined ? Number(m[6]) : month >= 1 && month <= 12 ? daysInMonth(year, month) : 0;
    date = iso(year, month, day);
  } else {
    date = iso(year, 12, 31);
  }
  return date === null ? { ok: false } : { ok: true, date };
}

/** The last serial Excel shows as a date: 9999-12-31. */
const MAX_SERIAL = 2958465;
const DAY_MS = 86400000;
/** 1899-12-30: serial 0 in the 1900 system once the fictitious 1900-02-29 (serial 60) is passed. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * An Excel serial date (1900 system) as ISO text; the time of day is ignored. Serial 60 is
 * Excel's fictitious 29 February 1900 and is refused, as are serials outside 1..2958465.
 */
export function serialToDate(serial: number): string | null {
  const day = Math.floor(serial);
  if (!(day >= 1 && day <= MAX_SERIAL) || day === 60) return null;
  // Before 1 March 1900 Excel counts from 1899-12-31 (it believes 1900 was a leap year).
  const ms = EPOCH_MS + (day < 60 ? day + 1 : day) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Quoted literals, [bracketed] sections (colours, language codes, conditions) and \escaped characters. */
const FORMAT_LITERALS = /"[^"]*"|\[[^\]]*\]|\\./g;
const formatCache = new Map<string, 'percent' | 'date' | 'number'>();

/**
 * What an Excel number format says about a number in its cell: 'percent' when it has a % outside
 * quotes, 'date' when it has year, month or day codes (and no hour or second codes around a
 * lone m), 'number' otherwise (General, 0.00, text "@").
 */
export function formatClass(format: string): 'percent' | 'date' | 'number' {
  const hit = formatCache.get(format);
  if (hit !== undefined) return hit;
  const bare = format.replace(FORMAT_LITERALS, '');
  const lower = bare.toLowerCase();
  let result: 'percent' | 'date' | 'number' = 'number';
  if (lower === 'general' || lower === 'standard' || lower === '@') result = 'number';
  else if (bare.includes('%')) result = 'percent';
  else if (/[yd]/.test(lower) || (/m/.test(lower) && !/[hs]/.test(lower))) result = 'date';
  if (formatCache.size >= 256) formatCache.clear();
  formatCache.set(format, result);
  return result;
}
