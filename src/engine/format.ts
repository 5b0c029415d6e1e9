/**
 * Figures as the product shows them, in one place for the engine's messages, the command line,
 * the task pane and the drafted report. Half-up rounding, exact decimals.
 */
import { Decimal } from './decimal';

/** A fraction as a percentage with two decimals: 0.9457 → "94.57%", 1 → "100.00%". */
export function formatPercent(fraction: Decimal | number): string {
  return `${new Decimal(fraction).times(100).toFixed(2, Decimal.ROUND_HALF_UP)}%`;
}

/** As the report's prose writes it: at most two decimals, 1 → "100%", 1.8075 → "180.75%". */
export function formatPercentShort(fraction: Decimal | number): string {
  return `${new Decimal(fraction).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()}%`;
}

/** A score with exactly `decimals` places: (9.8, 2) → "9.80". */
export function formatFixed(value: Decimal | number, decimals: number): string {
  return new Decimal(value).toFixed(decimals, Decimal.ROUND_HALF_UP);
}
