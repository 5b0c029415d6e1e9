/**
 * Amounts as exact decimals: numbers as written, scaled by a unit's factor without binary
 * floating point (a power-of-ten factor only shifts the exponent of the written number).
 */
import Decimal from 'decimal.js';
import { ONE } from './units';

export const ZERO = new Decimal(0);

const powers = new WeakMap<Decimal, number | null>();

/** k when the factor is 10^k (万 → 4, % → −2): scaling is then a shift of the exponent. */
function powerOfTen(factor: Decimal): number | null {
  let k = powers.get(factor);
  if (k === undefined) {
    const m = /^1(0*)$|^0\.(0*)1$|^1e([+-]\d+)$/.exec(factor.toString());
    if (m === null) k = null;
    else if (m[1] !== undefined) k = m[1].length;
    else if (m[2] !== undefined) k = -m[2].length - 1;
    else k = Number(m[3]);
    powers.set(factor, k);
  }
  return k;
}

/**
 * mantissa × 10^exp × factor, built from text in one step when the factor is a power of ten.
 * No binary floating point anywhere: the mantissa is the number as written.
 */
export function amountOf(mantissa: string, exp: number, factor: Decimal | null): Decimal {
  const k = factor === null || factor === ONE ? 0 : powerOfTen(factor);
  const amount =
    k === null
      ? new Decimal(exp === 0 ? mantissa : `${mantissa}e${exp}`).times(factor as Decimal)
      : new Decimal(exp + k === 0 ? mantissa : `${mantissa}e${exp + k}`);
  return amount.isZero() ? ZERO : amount;
}

const NUMBER_CACHE_LIMIT = 1024;
const decimals = new Map<number, Decimal>();

/**
 * new Decimal(n) (from the shortest text that reads back as n). Integers are cheap to build;
 * other numbers are remembered, the first 1024 of them only: weights and targets repeat, and a
 * cache that never evicts costs nothing on the numbers it does not hold.
 */
export function decimalOf(n: number): Decimal {
  if (Number.isInteger(n)) return new Decimal(n);
  let d = decimals.get(n);
  if (d === undefined) {
    d = new Decimal(n);
    if (decimals.size < NUMBER_CACHE_LIMIT) decimals.set(n, d);
  }
  return d;
}
