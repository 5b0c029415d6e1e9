/**
 * How text is written through Range.values so that it stays text.
 *
 * Excel treats a string written into a cell like typed input: "=…", "+…", "-…" and "@…" become
 * formulas; "12", " +0", "1e5", "83%", "TRUE", "#N/A" and dates become numbers, booleans,
 * errors or dates; a leading apostrophe is consumed as the "text" prefix. A string that Excel
 * would read as any of these is written with a leading apostrophe, which Excel stores as the
 * text after it.
 */
import type { CellScalar } from '../../workbook/port/types';

const STARTS_AS_INPUT = /^[=+\-@']/;
/** A number as Excel reads typed input: spaces, a sign, a currency, digits, an exponent, a %. */
const NUMBER_LIKE = /^\s*[+-]?\s*[$¥€£]?\s*[\d.,]+(?:[eE][+-]?\d+)?\s*%?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}\s*[-/.年:月]\s*\d/;
const LITERAL = /^\s*(true|false|#[A-Z0-9/_!?]+)\s*$/i;

/** Whether Excel would turn this text into something else than the same text. */
export function needsTextPrefix(text: string): boolean {
  return (
    STARTS_AS_INPUT.test(text) ||
    NUMBER_LIKE.test(text) ||
    DATE_LIKE.test(text) ||
    LITERAL.test(text)
  );
}

/**
 * A value as it must be written through Range.values so that text stays text. In a cell
 * formatted as text ("@") Excel keeps any string as typed, except that a leading apostrophe is
 * still taken as the prefix: only that case needs one there.
 */
export function excelInputValue(value: CellScalar, textFormat = false): CellScalar {
  if (typeof value !== 'string' || value === '') return value;
  const prefix = textFormat ? value.startsWith("'") : needsTextPrefix(value);
  return prefix ? `'${value}` : value;
}
