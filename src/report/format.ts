/** Figures and cell values as the report writes them: "97.95%", "212.65万元", "大于等于5%". */
import { Decimal } from 'decimal.js';
import type { Locale, MessageParams, SaidParams } from '../engine/types';
import { t, type MessageKey } from '../i18n/catalog';
import { messageOf, paramText, type Said } from '../i18n/said';
// Report texts are not part of the task pane's core catalog: they arrive with this module.
import './messages';

/** A bound message function for one locale. */
export interface Say {
  (key: MessageKey, params?: MessageParams): string;
  /** The message of a flag, problem or monitoring line (src/i18n/said.ts), in the locale. */
  said(said: Said): string;
  /** One of their parameters as text (a monitoring line's name). */
  param(value: SaidParams[string] | undefined): string;
}

export function sayer(locale: Locale): Say {
  const say = (key: MessageKey, params: MessageParams = {}) => t(key, params, locale);
  return Object.assign(say, {
    said: (said: Said) => messageOf(said, locale),
    param: (value: SaidParams[string] | undefined) => paramText(value, locale),
  });
}

/** A number as written, without exponent or padding zeros (12 → "12", 9.8 → "9.8"). */
export function plainNumber(value: number): string {
  return new Decimal(value).toFixed();
}

/** A fraction as a percentage, at most two decimals, half-up (1.8075 → "180.75%", 1 → "100%"). */
export { formatPercentShort as percentText } from '../engine/format';

/** The sum of some numbers, exactly. */
export function sum(values: number[]): number {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0)).toNumber();
}

const OPERATORS = ['≥', '>', '≤', '<', '='] as const;

/** The operator in words ("≥" → "大于等于", "at least "); "" for none or 定性. */
export function operatorWords(operator: string | null, say: Say): string {
  const known = OPERATORS.find((o) => o === operator);
  return known ? say(`report.operator.${known}`) : '';
}

/** 1 → 一, 12 → 十二, 25 → 二十五 (the seed numbers its indicators （一）（二）…). */
export function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}
