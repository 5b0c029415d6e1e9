/**
 * The flags of a scored row (scoring-rules.md §8) and the status they give it: a shortfall,
 * an over-achievement, a manual score that differs from the rule's, a mid-year figure above the
 * year-end one, a missing manual score; warnings need an explanation, info never does.
 */
import type { Decimal } from '../decimal';
import { formatPercent } from '../format';
import type { Cell } from '../input-cells';
import { makeFlag, makeProblem, textParam } from '../messages';
import type { RuleProfile } from '../profiles';
import type { Flag, Problem, RowStatus } from '../types';
import type { IndicatorKind } from '../values/types';
import { bandParams, type ManualBand, type RuleScore } from './points';
import type { RowContext } from './row-context';
import type { Scoring } from './scoring';

/** A row's status from its flags (warnings need an explanation; info never does). */
export function statusFromFlags(
  flags: Flag[],
  awaitingManualScore: boolean,
  hasReason: boolean,
): RowStatus {
  if (awaitingManualScore) return 'needsManualScore';
  if (flags.some((f) => f.severity === 'warning'))
    return hasReason ? 'explained' : 'needsExplanation';
  return 'ok';
}

export interface ScoredRow {
  ctx: RowContext;
  kind: IndicatorKind | null;
  weight: Decimal | null;
  scoring: Scoring | null;
  rule: RuleScore | null;
  manual: Decimal | null;
  band: ManualBand | null;
  manualCell: Cell;
  midYearCompletion: Decimal | null;
  hasReason: boolean;
}

export interface ScoredRowOutcome {
  score: Decimal | null;
  unroundedScore: Decimal | null;
  status: RowStatus;
  flags: Flag[];
  pending: Problem[];
}

/** The score that counts (the manual one when given, else the rule's), its flags and status. */
export function scoredRow(row: ScoredRow, profile: RuleProfile): ScoredRowOutcome {
  const { ctx, weight, scoring, manual } = row;
  const flags: Flag[] = [];
  const pending: Problem[] = [];
  const ruleScore = row.rule?.rounded ?? null;
  const score = manual ?? ruleScore;
  const unroundedScore = manual ?? row.rule?.unrounded ?? null;
  const decimals = profile.scoreDecimals;
  if (scoring?.noOccurrence) flags.push(makeFlag('noOccurrence', { name: ctx.name }));
  if (score === null) {
    const band = row.band
      ? bandParams(row.band, decimals)
      : { min: '0', max: weight ? weight.toString() : '', close: ']' };
    const why = scoring?.manual ? scoring.manual.reasonKey : 'engine.manual.profile';
    flags.push(
      makeFlag('needsManualScore', {
        name: ctx.name,
        ...band,
        why: textParam(why),
      }),
    );
    pending.push(
      makeProblem(row.manualCell.where, 'engine.pending.manualScore', {
        name: ctx.name,
        ...band,
      }),
    );
  }
  if (weight !== null && score !== null && score.lessThan(weight) && profile.shortfall) {
    // The rule gives full marks and a manual score takes points off: the target was met,
    // the shortfall is the evaluator's deduction (cause: manualScore).
    const fullByRule = manual !== null && ruleScore !== null && !ruleScore.lessThan(weight);
    const params = { name: ctx.name, score: score.toFixed(decimals), weight: weight.toString() };
    flags.push(
      fullByRule
        ? makeFlag(
            'shortfall',
            { ...params, rule: weight.toFixed(decimals), cause: 'manualScore' },
            'engine.flag.shortfall.manualScore',
          )
        : makeFlag('shortfall', params),
    );
  }
  const uncapped = scoring?.completion?.uncapped ?? null;
  if (
    profile.overAchievement &&
    uncapped !== null &&
    !scoring?.noOccurrence &&
    row.kind !== '定性' &&
    uncapped.greaterThanOrEqualTo(profile.overAchievementThreshold)
  ) {
    flags.push(
      makeFlag('overAchievement', {
        name: ctx.name,
        completion: formatPercent(uncapped),
        threshold: formatPercent(profile.overAchievementThreshold),
      }),
    );
  }
  if (
    profile.overrideDiffers &&
    manual !== null &&
    ruleScore !== null &&
    !manual.equals(ruleScore)
  ) {
    flags.push(
      makeFlag('overrideDiffers', {
        name: ctx.name,
        manual: manual.toFixed(decimals),
        rule: ruleScore.toFixed(decimals),
      }),
    );
  }
  if (
    profile.midYearRegression &&
    row.midYearCompletion !== null &&
    uncapped !== null &&
    !scoring?.noOccurrence &&
    uncapped.lessThan(row.midYearCompletion)
  ) {
    flags.push(
      makeFlag('midYearRegression', {
        name: ctx.name,
        midYear: formatPercent(row.midYearCompletion),
        completion: formatPercent(uncapped),
      }),
    );
  }
  const status = statusFromFlags(flags, score === null, row.hasReason);
  return { score, unroundedScore, status, flags, pending };
}
