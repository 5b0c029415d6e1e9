/**
 * Points of a row: the rule's score (weight × scored completion, rounded as the profile says),
 * the band a manual score must fall in, and the manual score itself checked against both.
 */
import { Decimal, roundHalfUp } from '../decimal';
import { ratioValue } from '../completion';
import type { Cell } from '../input-cells';
import type { RuleProfile } from '../profiles';
import { addProblem, readPoints, type RowContext } from './row-context';
import type { Scoring } from './scoring';

export interface RuleScore {
  /** weight × completion before rounding (the composite may add these up). */
  unrounded: Decimal;
  /** Rounded to the profile's decimals (unchanged when it has no more than those). */
  rounded: Decimal;
}

export interface ManualBand {
  min: Decimal;
  max: Decimal;
  maxInclusive: boolean;
}

export function ruleScore(
  weight: Decimal | null,
  scoring: Scoring | null,
  profile: RuleProfile,
): RuleScore | null {
  const ratio = scoring?.completion?.scored ?? null;
  if (weight === null || !ratio) return null;
  let unrounded: Decimal;
  if (ratio.num === ratio.den) unrounded = weight;
  else if (profile.roundCompletionFirst)
    unrounded = weight.times(roundHalfUp(ratioValue(ratio), 4));
  else unrounded = weight.times(ratio.num).dividedBy(ratio.den);
  const rounded =
    unrounded.decimalPlaces() <= profile.scoreDecimals
      ? unrounded
      : roundHalfUp(unrounded, profile.scoreDecimals);
  return { unrounded, rounded };
}

/** The band of a manual score in points: the scoring's (or the grade tier's) fractions × weight. */
export function manualBand(
  weight: Decimal | null,
  scoring: Scoring | null,
  profile: RuleProfile,
): ManualBand | null {
  const fraction = scoring?.manual?.band ?? scoring?.tier?.band ?? null;
  if (weight === null || !fraction) return null;
  return {
    min: roundHalfUp(weight.times(fraction.min), profile.scoreDecimals),
    max: roundHalfUp(weight.times(fraction.max), profile.scoreDecimals),
    maxInclusive: fraction.maxInclusive,
  };
}

/** The band as message parameters: "[min, max]" or "[min, max)". */
export function bandParams(band: ManualBand, decimals: number): Record<string, string> {
  return {
    min: band.min.toFixed(decimals),
    max: band.max.toFixed(decimals),
    close: band.maxInclusive ? ']' : ')',
  };
}

/** The evaluator's score when it is a number within the weight and the band; null otherwise. */
export function readManualScore(
  ctx: RowContext,
  cell: Cell,
  weight: Decimal | null,
  band: ManualBand | null,
  scoring: Scoring | null,
  profile: RuleProfile,
): Decimal | null {
  const manual = readPoints(ctx, cell, 'manualScore');
  if (manual === null || weight === null) return manual;
  if (manual.greaterThan(weight)) {
    addProblem(ctx, cell, 'engine.row.manualAboveWeight', { weight: weight.toString() });
    return null;
  }
  if (
    band &&
    (manual.lessThan(band.min) ||
      (band.maxInclusive ? manual.greaterThan(band.max) : manual.greaterThanOrEqualTo(band.max)))
  ) {
    addProblem(ctx, cell, 'engine.row.manualOutsideBand', {
      ...bandParams(band, profile.scoreDecimals),
      tier: scoring?.tier ? scoring.tier.label : '',
    });
    return null;
  }
  return manual;
}
