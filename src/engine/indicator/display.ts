/**
 * An indicator's target, actual and mid-year value as every view prints them (the pane, the
 * command line's table, the 年中监控 lines): the cell as the sheet shows it, with the row's unit
 * after a bare number and, for the target, the operator before it.
 *   "≥88%" typed as text            → "≥88%"
 *   0.88 in a percent-formatted cell → "≥88%"   (operator ≥ from the row)
 *   40 with the unit 万件            → "≥40万件"
 *   45291 in a date-formatted cell   → "≤2023-12-31"
 */
import { Decimal } from '../decimal';
import { formatPercentShort } from '../format';
import { displayTextOf, isBlank, type Cell } from '../input-cells';
import { formatClass } from '../values/dates';

const PLAIN_NUMBER = /^[+-]?[\d,]*\.?\d+$/;
/** A figure and the operator typed before it, if any: "≥88%", "2023-12-31", "40万件" (not 明显改善). */
const FIGURE = /^([≥>≤<=]?)[+-]?\.?\d/;

const withUnit = (text: string, unit: string) => (PLAIN_NUMBER.test(text) ? text + unit : text);

/** The value as printed, the unit after a bare number ("40" → "40万件"); "" when blank. */
export function displayOf(cell: Cell, unit: string): string {
  const raw = cell.raw;
  if (isBlank(raw)) return '';
  let text = displayTextOf(cell);
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const kind = cell.numberFormat ? formatClass(cell.numberFormat) : 'number';
    if (kind === 'percent') text = formatPercentShort(raw);
    else if (kind === 'number') text = new Decimal(raw).toFixed();
  }
  return withUnit(text, unit);
}

/**
 * The target as printed, in two parts: the operator (the one typed before the figure, else
 * `operator`; "" when the target is not a figure: 明显改善) and the figure with the row's unit
 * ("≥13" with the unit 万件 → "≥", "13万件").
 */
export function targetDisplayOf(
  cell: Cell,
  unit: string,
  operator: string,
): [operator: string, figure: string] {
  const text = displayOf(cell, unit);
  const typed = FIGURE.exec(text);
  return typed ? [typed[1] || operator, withUnit(text.slice(typed[1].length), unit)] : ['', text];
}
