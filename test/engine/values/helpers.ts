import { parseUnit, parseValue } from '../../../src/engine/values';
import type { ParseContext, ParsedValue } from '../../../src/engine/values';
import type { CellScalar } from '../../../src/engine/types';

/** A parsed value as plain data a reader can check: amounts as exact decimal strings. */
export function plain(v: ParsedValue): Record<string, unknown> {
  if (v.kind !== 'quantity') return { ...v };
  const { amount, unit } = v.quantity;
  return {
    kind: v.kind,
    operator: v.operator,
    amount: amount.toFixed(),
    unit: unit && { text: unit.text, base: unit.base, factor: unit.factor.toFixed() },
  };
}

/** Parses with a row unit given as text ("万元") and an optional number format. */
export function read(
  raw: CellScalar,
  rowUnit?: string,
  numberFormat?: string,
): Record<string, unknown> {
  const ctx: ParseContext = { rowUnit: rowUnit === undefined ? null : parseUnit(rowUnit) };
  if (numberFormat !== undefined) ctx.numberFormat = numberFormat;
  return plain(parseValue(raw, ctx));
}

/** The expected reading of a quantity: amount in the base unit, unit as [text, base, factor]. */
export function qty(
  operator: string | null,
  amount: string,
  unit: [string, string, string] | null,
): Record<string, unknown> {
  return {
    kind: 'quantity',
    operator,
    amount,
    unit: unit && { text: unit[0], base: unit[1], factor: unit[2] },
  };
}
