/** Budget execution (预算执行率) and adjustment (预算调整率): scoring-rules.md §1. */
import { Decimal, ONE, minDecimal, rate4, roundHalfUp } from './decimal';
import { formatPercent } from './format';
import { statusFromFlags } from './indicator/flags';
import { cellOf, isBlank, textOf, type Cell } from './input-cells';
import { makeFlag, makeProblem, textParam } from './messages';
import type { RuleProfile } from './profiles';
import type { BudgetInput, ExecutionResult, Flag, Problem } from './types';
import { parseUnit, parseValue, unitsCompatible } from './values';
import type { UnitInfo } from './values/types';

export interface ExecutionOutcome {
  result: ExecutionResult;
  problems: Problem[];
  unroundedScore: Decimal | null;
  roundedScore: Decimal | null;
  weight: Decimal;
}

/** Reads a money cell; null when blank. Problems are added for anything else unusable. */
function readMoney(
  cell: Cell,
  field: 'initial' | 'adjustment' | 'final' | 'spent',
  unit: UnitInfo | null,
  problems: Problem[],
  signed = false,
): Decimal | null {
  const value = parseValue(cell.raw, { rowUnit: unit, numberFormat: cell.numberFormat });
  const text = textOf(cell.raw);
  switch (value.kind) {
    case 'blank':
      return null;
    case 'quantity':
      if (value.operator === null && unitsCompatible(unit, value.quantity.unit)) {
        if (value.quantity.amount.isNegative() && !signed) {
          problems.push(makeProblem(cell.where, 'engine.budget.negative', { text }));
          return null;
        }
        // Amounts are compared in the workbook's unit: divide the base amount back.
        return unit ? value.quantity.amount.dividedBy(unit.factor) : value.quantity.amount;
      }
      problems.push(
        makeProblem(cell.where, 'engine.budget.notMoney', { text, unit: unit?.text ?? '' }),
      );
      return null;
    case 'error':
      problems.push(
        makeProblem(cell.where, 'engine.cell.errorValue', {
          name: textParam(`engine.budget.field.${field}`),
          text,
          code: value.code,
        }),
      );
      return null;
    default:
      problems.push(
        makeProblem(cell.where, 'engine.budget.notMoney', { text, unit: unit?.text ?? '' }),
      );
      return null;
  }
}

/**
 * Scores budget execution. At mid-year (midYear) a rate below the year-end threshold is
 * expected, so executionBelow is not raised; budgetAdjusted still is.
 */
export function scoreExecution(
  budget: BudgetInput,
  unitText: string | undefined,
  profile: RuleProfile,
  midYear = false,
): ExecutionOutcome {
  const problems: Problem[] = [];
  const unit = unitText ? parseUnit(unitText) : null;
  const cell = (field: keyof BudgetInput) => cellOf(budget[field], 'budget', field);
  const finalCell = cell('final');
  const spentCell = cell('spent');
  const initial = readMoney(cell('initial'), 'initial', unit, problems);
  const given = readMoney(cell('adjustment'), 'adjustment', unit, problems, true);
  const final = readMoney(finalCell, 'final', unit, problems);
  const spent = readMoney(spentCell, 'spent', unit, problems);
  if (final === null && isBlank(finalCell.raw))
    problems.push(makeProblem(finalCell.where, 'engine.budget.finalMissing'));
  if (spent === null && isBlank(spentCell.raw))
    problems.push(makeProblem(spentCell.where, 'engine.budget.spentMissing'));

  const weightCell = cell('weight');
  let weight = profile.executionWeight;
  if (!isBlank(weightCell.raw)) {
    const w = parseValue(weightCell.raw, { rowUnit: null, numberFormat: weightCell.numberFormat });
    if (
      w.kind === 'quantity' &&
      w.operator === null &&
      !w.quantity.amount.isNegative() &&
      (w.quantity.unit === null || w.quantity.unit.base === '分')
    ) {
      weight = w.quantity.amount;
    } else {
      const negative =
        w.kind === 'quantity' && w.operator === null && w.quantity.amount.isNegative();
      problems.push(
        makeProblem(
          weightCell.where,
          negative ? 'engine.budget.weightNegative' : 'engine.budget.weightNotNumber',
          { text: textOf(weightCell.raw) },
        ),
      );
    }
  }

  const adjustment = given ?? (initial !== null && final !== null ? final.minus(initial) : null);
  const denominator =
    profile.executionDenominator === 'final'
      ? final
      : profile.executionDenominator === 'initial'
        ? initial
        : initial !== null && adjustment !== null
          ? initial.plus(adjustment)
          : null;
  let rate: Decimal | null = null;
  if (final !== null && final.isZero()) {
    problems.push(makeProblem(finalCell.where, 'engine.budget.finalZero'));
  } else if (denominator === null && final !== null) {
    problems.push(
      makeProblem('budget.initial', 'engine.budget.denominatorMissing', {
        denominator: profile.executionDenominator,
      }),
    );
  } else if (denominator !== null && denominator.isZero()) {
    problems.push(makeProblem('budget.initial', 'engine.budget.finalZero'));
  } else if (denominator !== null && spent !== null) {
    rate = spent.dividedBy(denominator);
  }
  // The share of the year's budget spent: always against the final budget.
  const spentShare =
    spent !== null && final !== null && !final.isZero() ? spent.dividedBy(final) : null;
  const adjustmentRate =
    initial !== null && final !== null && !initial.isZero()
      ? final.minus(initial).abs().dividedBy(initial)
      : null;

  const flags: Flag[] = [];
  let unroundedScore: Decimal | null = null;
  let score: Decimal | null = null;
  if (rate !== null && problems.length === 0) {
    unroundedScore = weight.times(minDecimal(rate, ONE));
    score = roundHalfUp(unroundedScore, profile.scoreDecimals);
    if (!midYear && profile.executionBelow && rate.lessThan(profile.executionExplainBelow)) {
      flags.push(
        makeFlag('executionBelow', {
          rate: formatPercent(rate),
          threshold: formatPercent(profile.executionExplainBelow),
        }),
      );
    }
  }
  if (profile.budgetAdjusted && adjustment !== null && !adjustment.isZero()) {
    flags.push(
      makeFlag('budgetAdjusted', {
        adjustment: adjustment.toString(),
        rate: adjustmentRate ? formatPercent(adjustmentRate) : '—',
        unit: unit?.text ?? '',
      }),
    );
  }
  const status =
    problems.length > 0
      ? 'invalid'
      : statusFromFlags(flags, false, textOf(cell('reason').raw) !== '');
  return {
    result: {
      rate: rate4(rate),
      spentShare: rate4(spentShare),
      weight: weight.toNumber(),
      score: score === null ? null : score.toNumber(),
      adjustmentRate: rate4(adjustmentRate),
      adjustment: adjustment === null ? null : adjustment.toNumber(),
      status,
      flags,
    },
    problems,
    unroundedScore,
    roundedScore: score,
    weight,
  };
}
