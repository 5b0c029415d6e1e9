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
/** A figure without its operator: "88%", "2023-12-31", "40万件" (not "≥88%", not 明显改善). */
const BARE_FIGURE = /^[+-]?\.?\d/;

/**
 * The value as printed; `operator` ("≥", "" for none) goes before a figure typed without one
 * ("88%" → "≥88%"), the unit after a bare number ("40" → "40万件").
 */
export function displayOf(cell: Cell, unit: string, operator = ''): string {
  const raw = cell.raw;
  if (isBlank(raw)) return '';
  let text = displayTextOf(cell);
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const kind = cell.numberFormat ? formatClass(cell.numberFormat) : 'number';
    if (kind === 'percent') text = formatPercentShort(raw);
    else if (kind === 'number') text = new Decimal(raw).toFixed();
  }
  if (PLAIN_NUMBER.test(text)) text += unit;
  return BARE_FIGURE.test(text) ? `${operator}${text}` : text;
}
