import fc from 'fast-check';
import Decimal from 'decimal.js';
import { evaluate } from '../../src/engine';
import { asCells } from '../../src/cli/json-input';
import type { EvaluationInput } from '../../src/engine/types';
import type { PlainRow } from './helpers';

// Amounts with two decimals, as accountants type them.
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
const positive = fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 100);
const weight = fc.integer({ min: 1, max: 3000 }).map((n) => n / 100);
const operator = fc.constantFrom('≥', '>', '≤', '<', '=');

const quantitativeRow = fc.record({
  operator,
  target: positive,
  actual: amount,
  weight,
  unit: fc.constantFrom('件', '万元', '%', '人次'),
});

const qualitativeRow = fc.record({
  operator: fc.constant('定性'),
  target: fc.constantFrom('有效', '明显提升'),
  actual: fc.constantFrom('达成', '达成年度指标', '有效', '部分达成', '未达成'),
  weight,
});

const anyRow: fc.Arbitrary<PlainRow> = fc.oneof(
  quantitativeRow,
  qualitativeRow,
  fc.record({ target: fc.constant('/'), actual: fc.constant('/'), weight }),
  fc.record({ target: fc.constant('≥5%'), actual: fc.constant('无发生额'), weight }),
);

function build(rows: PlainRow[], rules: Record<string, unknown> = {}): EvaluationInput {
  return asCells({
    unit: '万元',
    budget: { final: 100, spent: 97.3 },
    indicators: rows.map((r, i) => ({
      name: `指标${i + 1}`,
      target: null,
      actual: null,
      weight: 1,
      ...r,
    })),
    rules,
  });
}

describe('engine properties', () => {
  it('every score lies in [0, weight]', () => {
    fc.assert(
      fc.property(
        fc.array(anyRow, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('linear', 'ratio'),
        (rows, reverseFormula) => {
          const result = evaluate(build(rows, { reverseFormula }));
          for (const r of result.indicators) {
            if (r.score === null) continue;
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(r.weight);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a larger actual never lowers a ≥ score and never raises a ≤ score', () => {
    fc.assert(
      fc.property(
        positive,
        amount,
        amount,
        weight,
        fc.constantFrom('linear', 'ratio'),
        (target, a, b, w, reverseFormula) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const score = (op: string, actual: number) =>
            evaluate(
              build([{ operator: op, target, actual, weight: w, unit: '件' }], { reverseFormula }),
            ).indicators[0].score as number;
          expect(score('≥', hi)).toBeGreaterThanOrEqual(score('≥', lo));
          expect(score('≤', hi)).toBeLessThanOrEqual(score('≤', lo));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the total equals the sum of the printed row scores, or its rescaling over applicable rows', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { minLength: 1, maxLength: 12 }), (rows) => {
        const result = evaluate(build(rows));
        const scores = [result.execution.score, ...result.indicators.map((r) => r.score)].filter(
          (s): s is number => s !== null,
        );
        const sum = scores.reduce((acc, s) => acc.plus(s), new Decimal(0));
        const applicable = result.indicators.filter((r) => r.status !== 'notApplicable');
        if (applicable.length === result.indicators.length) {
          expect(result.total).toBe(sum.toNumber());
        } else {
          const weights = applicable.reduce(
            (acc, r) => acc.plus(r.weight),
            new Decimal(result.execution.weight),
          );
          const expected = sum
            .dividedBy(weights)
            .times(100)
            .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
            .toNumber();
          expect(result.total).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('results do not depend on row order', () => {
    fc.assert(
      fc.property(
        fc.array(anyRow, { minLength: 1, maxLength: 10 }).chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(
              rows.map((_, i) => i),
              { minLength: rows.length, maxLength: rows.length },
            ),
          ),
        ),
        ([rows, order]) => {
          const named = rows.map((r, i) => ({ ...r, name: `指标${i + 1}` }));
          const a = evaluate(build(named));
          const b = evaluate(build(order.map((i) => named[i])));
          expect(b.total).toBe(a.total);
          expect(b.grade).toBe(a.grade);
          expect(b.provisional).toBe(a.provisional);
          const byName = (res: typeof a) =>
            Object.fromEntries(
              res.indicators.map((r) => [
                r.name,
                [r.score, r.status, r.flags.map((f) => f.code).sort()],
              ]),
            );
          expect(byName(b)).toEqual(byName(a));
        },
      ),
      { numRuns: 200 },
    );
  });
});
