/**
 * One performance indicator: its completion rate, score, flags and status
 * (scoring-rules.md §2–§5 and §8). The row is read (read-row.ts), handed to the scoring of its
 * kind (quantitative, grades, deadline; not applicable and incomplete rows score nothing),
 * given points (points.ts) and flags (flags.ts).
 */
import { Decimal, ZERO, rate4 } from '../decimal';
import { textOf } from '../input-cells';
import { makeFlag, makeProblem } from '../messages';
import type { RuleProfile } from '../profiles';
import type { Flag, IndicatorInput, IndicatorResult, Problem, RowStatus } from '../types';
import type { ParsedValue } from '../values/types';
import { deadlineScoring } from './deadline';
import { displayOf, targetDisplayOf } from './display';
import { scoredRow } from './flags';
import { gradeScoring } from './grades';
import { manualBand, readManualScore, ruleScore } from './points';
import { midYearCompletion, quantitativeScoring } from './quantitative';
import { readIndicatorRow, type IndicatorRow, type Levels } from './read-row';
import { addProblem, reportUnusable, unitText } from './row-context';
import { noOccurrence, type Scoring } from './scoring';

export type { Levels } from './read-row';
export { statusFromFlags } from './flags';

export interface IndicatorOutcome {
  result: IndicatorResult;
  /** Input errors: the evaluation cannot be final, and the command line writes nothing. */
  problems: Problem[];
  /** Reasons (other than errors) why the composite is provisional. */
  pending: Problem[];
  /** The score before rounding (the manual score when one is given); null without a score. */
  unroundedScore: Decimal | null;
  /** The score as rounded for the report (the manual score when one is given). */
  roundedScore: Decimal | null;
  /** The weight, when it could be read. */
  weight: Decimal | null;
}

/** What the row's target and actual allow: scoring of its kind, or why there is none. */
type RowCase =
  { case: 'notApplicable' } | { case: 'incomplete' } | { case: 'scored'; scoring: Scoring | null };

const isBlankOrNa = (v: ParsedValue) => v.kind === 'notApplicable' || v.kind === 'blank';

/** The dispatcher: the scoring of the row's kind, after the checks every kind shares. */
function rowCase(row: IndicatorRow, profile: RuleProfile): RowCase {
  const { ctx, kind, target, actual, targetCell, actualCell } = row;
  if (target.kind === 'notApplicable' || actual.kind === 'notApplicable') {
    if (!isBlankOrNa(target) || !isBlankOrNa(actual)) {
      const cell = target.kind === 'notApplicable' ? actualCell : targetCell;
      addProblem(ctx, cell, 'engine.row.notApplicableMismatch');
    }
    return { case: 'notApplicable' };
  }
  const none: RowCase = { case: 'scored', scoring: null };
  if (target.kind === 'blank') {
    addProblem(ctx, targetCell, 'engine.row.targetMissing');
    return none;
  }
  if (reportUnusable(ctx, targetCell, target)) return none;
  if (target.kind === 'noOccurrence') {
    addProblem(ctx, targetCell, 'engine.row.targetNotValue');
    return none;
  }
  if (actual.kind === 'blank') return { case: 'incomplete' };
  if (reportUnusable(ctx, actualCell, actual)) return none;
  if (kind === '定性' || (kind === null && target.kind === 'text'))
    return { case: 'scored', scoring: gradeScoring(target, actual, profile) };
  if (kind === null) return none;
  if (target.kind === 'text') {
    addProblem(ctx, targetCell, 'engine.row.targetNotNumber', { operator: kind });
    return none;
  }
  if (target.kind === 'quantity') {
    const quantity = { amount: target.quantity.amount, unit: row.targetUnit, cell: targetCell };
    return {
      case: 'scored',
      scoring: quantitativeScoring(ctx, kind, quantity, actual, actualCell, profile),
    };
  }
  if (target.kind === 'date') {
    if (actual.kind === 'date')
      return { case: 'scored', scoring: deadlineScoring(kind, target.date, actual.date) };
    if (actual.kind === 'noOccurrence') return { case: 'scored', scoring: noOccurrence(profile) };
    addProblem(ctx, actualCell, 'engine.row.actualNotDate');
  }
  return none;
}

/** The mid-year value's completion (quantitative rows), compared later with the year end. */
function rowMidYear(row: IndicatorRow, applicable: boolean, profile: RuleProfile): Decimal | null {
  const { ctx, kind, target, midYear, midYearCell } = row;
  if (!applicable || midYear.kind === 'blank' || reportUnusable(ctx, midYearCell, midYear))
    return null;
  if (kind === null || kind === '定性' || target.kind !== 'quantity') return null;
  const quantity = { amount: target.quantity.amount, unit: row.targetUnit, cell: row.targetCell };
  return midYearCompletion(ctx, kind, quantity, midYear, midYearCell, profile);
}

const d = (n: Decimal | null): number | null => (n === null ? null : n.toNumber());

export function scoreIndicator(
  input: IndicatorInput,
  index: number,
  above: Levels,
  profile: RuleProfile,
): IndicatorOutcome {
  const row = readIndicatorRow(input, index, above, profile);
  const { ctx, weight, weightCell, cell } = row;
  const found = rowCase(row, profile);
  const scoring = found.case === 'scored' ? found.scoring : null;
  const midYear = rowMidYear(row, found.case !== 'notApplicable', profile);
  const rule = ruleScore(weight, scoring, profile);
  const band = manualBand(weight, scoring, profile);
  const manualCell = cell('manualScore');
  const reason = textOf(cell('reason').raw);
  const manual = readManualScore(ctx, manualCell, weight, band, scoring, profile);

  let score: Decimal | null = null;
  let unroundedScore: Decimal | null = null;
  let status: RowStatus;
  let flags: Flag[] = [];
  let pending: Problem[] = [];
  if (ctx.problems.length > 0) {
    status = 'invalid';
  } else if (found.case === 'incomplete') {
    status = 'invalid';
    flags = [makeFlag('incomplete', { name: ctx.name })];
    pending = [makeProblem(row.actualCell.where, 'engine.pending.actualBlank', { name: ctx.name })];
  } else if (found.case === 'notApplicable') {
    status = 'notApplicable';
    if (profile.notApplicable === 'zero') {
      score = ZERO;
      unroundedScore = ZERO;
    }
  } else {
    const outcome = scoredRow(
      {
        ctx,
        kind: row.kind,
        weight,
        scoring,
        rule,
        manual,
        band,
        manualCell,
        midYearCompletion: midYear,
        hasReason: reason !== '',
      },
      profile,
    );
    ({ score, unroundedScore, status, flags, pending } = outcome);
  }

  const completion = scoring?.completion ?? null;
  const completionRate = completion ? rate4(completion.uncapped) : null;
  const weightNumber =
    weight === null ? 0 : typeof weightCell.raw === 'number' ? weightCell.raw : weight.toNumber();
  const ruleRounded = rule?.rounded ?? null;
  const unit = unitText(row.rowUnit) || unitText(row.targetUnit);
  const shownOperator = row.kind && row.kind !== '定性' ? row.kind : '';
  const [targetOperator, targetFigure] = targetDisplayOf(row.targetCell, unit, shownOperator);
  const result: IndicatorResult = {
    index,
    level1: row.level1,
    level2: row.level2,
    name: row.name,
    operator: row.kind,
    targetDisplay: targetOperator + targetFigure,
    targetFigure,
    midYearDisplay: displayOf(row.midYearCell, unit),
    actualDisplay: displayOf(row.actualCell, unit),
    actualIsValue: row.actual.kind === 'quantity' || row.actual.kind === 'date',
    unit,
    cumulative: row.cumulative,
    completion: completionRate,
    // The scored completion is the uncapped one, capped at 1 (the same fraction, see completion.ts).
    scoredCompletion:
      completion?.scored && completionRate !== null ? Math.min(completionRate, 1) : null,
    midYearCompletion: rate4(midYear),
    weight: weightNumber,
    ruleScore: ruleRounded === weight ? weightNumber : d(ruleRounded),
    manualScore: d(manual),
    score: score === weight ? weightNumber : d(score),
    status,
    flags,
    manualBand: band
      ? { min: band.min.toNumber(), max: band.max.toNumber(), maxInclusive: band.maxInclusive }
      : null,
    reason,
    measures: textOf(cell('measures').raw),
  };
  return { result, problems: ctx.problems, pending, unroundedScore, roundedScore: score, weight };
}
