/**
 * parseValue: a cell's value (number, text, boolean or nothing) read the way accountants type
 * it. Never throws: anything it cannot read becomes { kind: 'unreadable', problem: <catalog key> }.
 *
 * Texts repeat a lot in a workbook ("≥95%", "有效", "无发生额"), so what a text says is
 * remembered (a bounded cache); the results are shared and must be treated as read-only.
 */
import Decimal from 'decimal.js';
import type { MessageKey } from '../../i18n/catalog';
import { ZERO, amountOf, decimalOf } from './amounts';
import { DATE_WITHOUT_YEAR, formatClass, readDateText, serialToDate } from './dates';
import { fold } from './fold';
import { takePrefix, takeSuffix, type Affixes } from './operators';
import { errorCode, isNoOccurrence, isNotApplicable } from './special';
import { MAGNIFIERS, ONE, PERCENT, magnifiedUnit, parseUnit } from './units';
import type { CellScalar } from '../types';
import type { Operator, ParseContext, ParsedValue, UnitInfo } from './types';

const BLANK: ParsedValue = { kind: 'blank' };
const YES: ParsedValue = { kind: 'text', operator: null, text: '是' };
const NO: ParsedValue = { kind: 'text', operator: null, text: '否' };

/** Catalog keys of the reasons a value cannot be read (messages in src/i18n/messages/values.ts). */
export const PROBLEMS = {
  notFinite: 'values.unreadable.notFinite',
  operatorOnly: 'values.unreadable.operatorOnly',
  noValue: 'values.unreadable.noValue',
  operatorConflict: 'values.unreadable.operatorConflict',
  badDate: 'values.unreadable.badDate',
  dateSerial: 'values.unreadable.dateSerial',
  dateWithoutYear: 'values.unreadable.dateWithoutYear',
  textWithNumber: 'values.unreadable.textWithNumber',
  badNumber: 'values.unreadable.badNumber',
  severalNumbers: 'values.unreadable.severalNumbers',
  unit: 'values.unreadable.unit',
  internal: 'values.unreadable.internal',
} as const;

const DIGIT = /\d/;
const LETTER = /\p{L}/u;
/** sign, digits (with thousands separators in groups of three), exponent. */
const NUMBER_RE =
  /^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?/;
/** A unit after the number: letters, %, ‰, degrees, slashes and middle dots ("元/人·次"). */
const UNIT_RE = /^[\p{L}%‰°℃/·²³]{1,10}$/u;
/** Remarks and punctuation at the end that do not change the value: "(含)", "?", "。". */
const TRAILING_NOISE = /(?:\([^()]*\)|【[^【】]*】|[?。])+$/;
const MAGNIFIER_MAP = new Map(MAGNIFIERS);

/**
 * A number written without a unit of its own ("≥100", "72.3万"): its amount and unit depend on
 * the row's unit, so the text's reading is kept and the last result remembered.
 */
export interface RowDependent {
  kind: 'rowDependent';
  operator: Operator | null;
  /** The number as written, sign included, separators removed: "-1234.5". */
  mantissa: string;
  exp: number;
  /** A bare magnifier after the number ("万"), or ''. */
  magnifier: string;
  lastUnit: UnitInfo | null | undefined;
  lastResult: ParsedValue | null;
}

export type Reading = ParsedValue | RowDependent;

function unreadable(text: string, problem: MessageKey): ParsedValue {
  return { kind: 'unreadable', text, problem };
}

function quantity(operator: Operator | null, amount: Decimal, unit: UnitInfo | null): ParsedValue {
  return { kind: 'quantity', operator, quantity: { amount, unit } };
}

/** A JS number: points in a % row, a fraction in a percent-formatted cell, a serial in a date cell. */
function parseNumber(n: number, ctx: ParseContext): ParsedValue {
  if (!Number.isFinite(n)) return unreadable(String(n), PROBLEMS.notFinite);
  const format = ctx.numberFormat ? formatClass(ctx.numberFormat) : 'number';
  if (format === 'date') {
    const date = serialToDate(n);
    return date === null
      ? unreadable(String(n), PROBLEMS.dateSerial)
      : { kind: 'date', operator: null, date };
  }
  const rowUnit = ctx.rowUnit;
  if (format === 'percent') {
    const unit = rowUnit !== null && rowUnit.base === '%' ? rowUnit : PERCENT;
    return quantity(null, n === 0 ? ZERO : decimalOf(n), unit);
  }
  if (n === 0) return quantity(null, ZERO, rowUnit);
  if (rowUnit === null || rowUnit.factor === ONE) return quantity(null, decimalOf(n), rowUnit);
  // String(n) is the shortest text that reads back as n: the number the user sees.
  const text = String(n);
  return quantity(
    null,
    text.includes('e') ? new Decimal(n).times(rowUnit.factor) : amountOf(text, 0, rowUnit.factor),
    rowUnit,
  );
}

function withoutNoise(a: Affixes): Affixes {
  const rest = a.rest.replace(TRAILING_NOISE, '');
  return rest === a.rest ? a : { ...a, rest };
}

function readNumberText(trimmed: string, prefix: Affixes): Reading {
  const a = withoutNoise(takeSuffix(withoutNoise(prefix), false));
  const m = NUMBER_RE.exec(a.rest);
  if (m === null) {
    return unreadable(
      trimmed,
      /^[+\-.,]/.test(a.rest) ? PROBLEMS.badNumber : PROBLEMS.textWithNumber,
    );
  }
  const after = a.rest.slice(m[0].length);
  if (DIGIT.test(after)) {
    return unreadable(
      trimmed,
      /^[\d.,]/.test(after) ? PROBLEMS.badNumber : PROBLEMS.severalNumbers,
    );
  }
  if (a.conflict) return unreadable(trimmed, PROBLEMS.operatorConflict);
  const digits = m[2].includes(',') ? m[2].replace(/,/g, '') : m[2];
  const mantissa = m[1] === '-' ? `-${digits}` : digits;
  const exp = m[3] === undefined ? 0 : Number(m[3]);
  if (after === '' || MAGNIFIER_MAP.has(after)) {
    return {
      kind: 'rowDependent',
      operator: a.operator,
      mantissa,
      exp,
      magnifier: after,
      lastUnit: undefined,
      lastResult: null,
    };
  }
  if (!UNIT_RE.test(after)) {
    return unreadable(trimmed, after.startsWith('.') ? PROBLEMS.badNumber : PROBLEMS.unit);
  }
  const unit = parseUnit(after) as UnitInfo;
  return quantity(a.operator, amountOf(mantissa, exp, unit.factor), unit);
}

/**
 * The most common forms ("≥88%", "72.3万件", "100", "<=5天"), read without the general path:
 * an ASCII operator, a plain number, and % or up to four Chinese characters none of which could
 * start or end something else (年 月 日 … dates, 以上 以下 以内 前 后 … operator words,
 * 无 未 不 … special values). Must agree with the general path (tested).
 */
const FAST_RE =
  /^(>=|<=|≥|≤|>|<|=)?(\d+(?:\.\d+)?)(%|‰|(?:(?![年月日号底末份上下内右前后成无未没不])[\u4e00-\u9fff]){0,4})$/;
const FAST_OPERATORS: Record<string, Operator> = {
  '>=': '≥',
  '≥': '≥',
  '<=': '≤',
  '≤': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
};

function readFast(m: RegExpExecArray): Reading {
  const operator = m[1] === undefined ? null : FAST_OPERATORS[m[1]];
  const after = m[3];
  if (after === '' || MAGNIFIER_MAP.has(after)) {
    return {
      kind: 'rowDependent',
      operator,
      mantissa: m[2],
      exp: 0,
      magnifier: after,
      lastUnit: undefined,
      lastResult: null,
    };
  }
  const unit = parseUnit(after) as UnitInfo;
  return quantity(operator, amountOf(m[2], 0, unit.factor), unit);
}

/** What a (non-blank, trimmed) text says, before the row's unit is applied. */
export function readText(trimmed: string, qualitative: boolean, fast = true): Reading {
  if (fast && !qualitative) {
    const m = FAST_RE.exec(trimmed);
    if (m !== null) return readFast(m);
  }
  const s = fold(trimmed);
  const code = errorCode(s);
  if (code !== null) return { kind: 'error', code };
  if (isNotApplicable(s)) return { kind: 'notApplicable', text: trimmed };
  if (isNoOccurrence(s)) return { kind: 'noOccurrence', text: trimmed };
  if (qualitative) return { kind: 'text', operator: null, text: trimmed };

  const prefix = takePrefix(s);
  if (!DIGIT.test(s)) {
    if (prefix.found && prefix.rest === '') return unreadable(trimmed, PROBLEMS.operatorOnly);
    if (!LETTER.test(s)) return unreadable(trimmed, PROBLEMS.noValue);
    return { kind: 'text', operator: prefix.found ? prefix.operator : null, text: trimmed };
  }

  // A date (时效指标), with its operator words before or after it.
  const d = withoutNoise(takeSuffix(withoutNoise(prefix), true));
  const date = readDateText(d.rest);
  if (date !== null) {
    if (!date.ok) return unreadable(trimmed, PROBLEMS.badDate);
    if (d.conflict) return unreadable(trimmed, PROBLEMS.operatorConflict);
    return { kind: 'date', operator: d.operator, date: date.date };
  }
  if (DATE_WITHOUT_YEAR.test(d.rest)) return unreadable(trimmed, PROBLEMS.dateWithoutYear);

  return readNumberText(trimmed, prefix);
}

/** A number without its own unit takes the row's: "≥100" in a 万元 row is ≥ 1000000 元. */
export function resolve(reading: Reading, rowUnit: UnitInfo | null): ParsedValue {
  if (reading.kind !== 'rowDependent') return reading;
  if (reading.lastUnit === rowUnit && reading.lastResult !== null) return reading.lastResult;
  const magnifier = reading.magnifier === '' ? undefined : MAGNIFIER_MAP.get(reading.magnifier);
  const unit =
    magnifier === undefined ? rowUnit : magnifiedUnit(reading.magnifier, magnifier, rowUnit);
  const result = quantity(
    reading.operator,
    amountOf(reading.mantissa, reading.exp, unit === null ? null : unit.factor),
    unit,
  );
  reading.lastUnit = rowUnit;
  reading.lastResult = result;
  return result;
}

const CACHE_LIMIT = 8192;
const readings = new Map<string, Reading>();

function parseText(raw: string, ctx: ParseContext): ParsedValue {
  if (ctx.qualitative) {
    const trimmed = raw.trim();
    return trimmed === '' ? BLANK : resolve(readText(trimmed, true), ctx.rowUnit);
  }
  let reading = readings.get(raw);
  if (reading === undefined) {
    const trimmed = raw.trim();
    reading = trimmed === '' ? BLANK : readText(trimmed, false);
    if (readings.size >= CACHE_LIMIT) readings.clear();
    readings.set(raw, reading);
  }
  return resolve(reading, ctx.rowUnit);
}

function safeText(raw: unknown): string {
  try {
    return String(raw);
  } catch {
    return '';
  }
}

/**
 * Reads a cell value. Numbers take the row's unit (a % row's numbers are percent points, unless
 * the cell is percent-formatted: then they are fractions; in a date-formatted cell they are
 * Excel serial dates). Texts may carry an operator, a number with thousands separators, a
 * magnifier and a unit ("≥40万件", "大于等于88%", "１，２３４.５"), or be a date, a special value
 * (无发生额, /, #N/A) or plain words (定性). A value's own unit is kept even when it differs
 * from the row's: the scorer reports the mismatch. The result is shared: do not modify it.
 */
export function parseValue(raw: CellScalar, ctx: ParseContext): ParsedValue {
  try {
    if (typeof raw === 'number') return parseNumber(raw, ctx);
    if (typeof raw === 'string') return parseText(raw, ctx);
    if (typeof raw === 'boolean') return raw ? YES : NO;
    if (raw === null || raw === undefined) return BLANK;
    return unreadable(safeText(raw), PROBLEMS.noValue);
  } catch {
    return unreadable(safeText(raw), PROBLEMS.internal);
  }
}
