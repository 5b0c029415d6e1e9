/** Exact decimal helpers: every number the engine computes goes through decimal.js. */
import Decimal from 'decimal.js';

export { Decimal };

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** Half-up rounding (四舍五入) to a number of decimals. */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** A rate as the contract reports it: a fraction rounded half-up to 4 decimals. */
export function rate4(value: Decimal | null): number | null {
  if (value === null) return null;
  if (value.isZero()) return 0;
  if (value.eq(ONE)) return 1;
  return roundHalfUp(value, 4).toNumber();
}

export function minDecimal(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function maxDecimal(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
