import { evaluate } from '../../src/engine';
import { asCells } from '../../src/cli/json-input';
import type {
  BudgetInput,
  EvaluationInput,
  EvaluationResult,
  IndicatorInput,
  IndicatorResult,
  PlainValue,
  PlainRules,
} from '../../src/engine/types';

/** A row as a JSON file writes it (bare values). */
export type PlainRow = Partial<IndicatorInput<PlainValue>>;
/** Budget fields as a JSON file writes them. */
export type PlainBudget = Partial<BudgetInput<PlainValue>>;

/** An input with a fully spent budget (10 points) and the given rows. */
export function input(
  rows: PlainRow[],
  extra: { rules?: PlainRules; budget?: PlainBudget } = {},
): EvaluationInput {
  return asCells({
    unit: '万元',
    budget: { final: 100, spent: 100, weight: 10, ...extra.budget },
    indicators: rows.map((r, i) => ({
      name: `指标${i + 1}`,
      target: null,
      actual: null,
      weight: 10,
      ...r,
    })),
    rules: extra.rules,
  });
}

export function run(
  rows: PlainRow[],
  extra: { rules?: PlainRules; budget?: PlainBudget } = {},
): EvaluationResult {
  return evaluate(input(rows, extra));
}

/** The single indicator of a one-row evaluation. */
export function row(r: PlainRow, rules?: PlainRules): IndicatorResult {
  return run([r], { rules }).indicators[0];
}

export function codes(r: { flags: { code: string }[] }): string[] {
  return r.flags.map((f) => f.code).sort();
}
