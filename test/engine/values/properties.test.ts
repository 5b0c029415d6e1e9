import fc from 'fast-check';
import Decimal from 'decimal.js';
import { parseUnit, parseValue } from '../../../src/engine/values';
import { readText, resolve } from '../../../src/engine/values/parse';
import type { CellScalar } from '../../../src/engine/types';
import { plain } from './helpers';

const units = [null, '件', '万元', '%', '人次', '万', '万件'];
const contexts = fc.record({
  rowUnit: fc.constantFrom(...units).map((u) => (u === null ? null : parseUnit(u))),
  numberFormat: fc.option(fc.constantFrom('General', '0.00%', 'yyyy-mm-dd', '0.00', '@', '"%"0'), {
    nil: undefined,
  }),
});

/** Characters that make values: digits, signs, separators, operators, units, magnifiers, words. */
const valueChars = fc.constantFrom(
  ...'0123456789.,+-%≥≤<>=/# 万亿千件元人次个年月日前后以上下内约无未发生不适用定性有效'.split(''),
);
const valueLike = fc.string({ unit: valueChars, maxLength: 12 });

const scalar: fc.Arbitrary<CellScalar> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  valueLike,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

describe('parseValue properties', () => {
  it('never throws, whatever the cell holds and whatever the context', () => {
    fc.assert(
      fc.property(scalar, contexts, (raw, ctx) => {
        const v = parseValue(raw, ctx);
        expect(typeof v.kind).toBe('string');
        if (v.kind === 'unreadable') expect(v.problem).toMatch(/^values\.unreadable\./);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads "N万X" as N × 10000 X', () => {
    const amount = fc.integer({ min: 0, max: 99_999_999 }).map((n) => new Decimal(n).div(100));
    fc.assert(
      fc.property(amount, fc.constantFrom('件', '元', '人次', '户'), (n, unit) => {
        const magnified = parseValue(`${n.toFixed()}万${unit}`, { rowUnit: null });
        const plainValue = parseValue(`${n.times(10000).toFixed()}${unit}`, { rowUnit: null });
        expect(magnified.kind).toBe('quantity');
        if (magnified.kind !== 'quantity' || plainValue.kind !== 'quantity') return;
        expect(magnified.quantity.amount.equals(plainValue.quantity.amount)).toBe(true);
        expect(magnified.quantity.unit?.base).toBe(unit);
        expect(plainValue.quantity.unit?.base).toBe(unit);
      }),
    );
  });

  it('reads a number and its text the same way in any row', () => {
    const n = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((i) => i / 100);
    fc.assert(
      fc.property(n, contexts, (value, ctx) => {
        const rowOnly = { rowUnit: ctx.rowUnit };
        expect(plain(parseValue(String(value), rowOnly))).toEqual(
          plain(parseValue(value, rowOnly)),
        );
      }),
    );
  });

  it('reads full-width forms exactly like their half-width forms', () => {
    const toFullWidth = (s: string) =>
      s
        .replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
        .replace(/ /g, '\u3000');
    const withoutText = (v: Record<string, unknown>) => ({ ...v, text: undefined });
    fc.assert(
      fc.property(valueLike, contexts, (s, ctx) => {
        expect(withoutText(plain(parseValue(toFullWidth(s), ctx)))).toEqual(
          withoutText(plain(parseValue(s, ctx))),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the common forms on its fast path exactly as on the general path', () => {
    const common = fc
      .tuple(
        fc.constantFrom('', '≥', '≤', '>', '<', '=', '>=', '<='),
        fc.integer({ min: 0, max: 10_000_000 }).map((i) => String(i / 100)),
        fc.string({
          unit: fc.constantFrom(...'%万亿千件元人次个年月日前后以上下内无未天项'.split('')),
          maxLength: 4,
        }),
      )
      .map(([op, n, unit]) => op + n + unit);
    fc.assert(
      fc.property(fc.oneof(common, valueLike), fc.constantFrom(...units), (s, u) => {
        const trimmed = s.trim();
        if (trimmed === '') return;
        const rowUnit = u === null ? null : parseUnit(u);
        expect(plain(resolve(readText(trimmed, false, true), rowUnit))).toEqual(
          plain(resolve(readText(trimmed, false, false), rowUnit)),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
