import { evaluate } from '../../src/engine';
import type {
  BudgetInput,
  EvaluationInput,
  EvaluationResult,
  IndicatorInput,
  IndicatorResult,
  RulesInput,
} from '../../src/engine/types';

/** An input with a fully spent budget (10 points) and the given rows. */
export function input(
  rows: Partial<IndicatorInput>[],
  extra: { rules?: RulesInput; budget?: Partial<BudgetInput> } = {},
): EvaluationInput {
  return {
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
  };
}

export function run(
  rows: Partial<IndicatorInput>[],
  extra: { rules?: RulesInput; budget?: Partial<BudgetInput> } = {},
): EvaluationResult {
  return evaluate(input(rows, extra));
}

/** The single indicator of a one-row evaluation. */
export function row(r: Partial<IndicatorInput>, rules?: RulesInput): IndicatorResult {
  return run([r], { rules }).indicators[0];
}

export function codes(r: { flags: { code: string }[] }): string[] {
  return r.flags.map((f) => f.code).sort();
}
