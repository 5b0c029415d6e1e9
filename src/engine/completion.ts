/**
 * Completion rates of quantitative indicators (scoring-rules.md §2), in exact decimals.
 *
 * `uncapped` is what the report shows and what the over-achievement flag looks at. `scored`
 * (0…1) is what the score uses, kept as a fraction num ÷ den so that the score is computed as
 * weight × num ÷ den with a single division: a score that is exactly x.xx5 stays exactly that
 * and rounds half up as an accountant expects. It is null when the profile leaves the score to
 * the evaluator.
 */
import { Decimal, ONE, ZERO, maxDecimal } from './decimal';
import type { RuleProfile } from './profiles';
import type { Operator } from './values/types';

export interface Ratio {
  num: Decimal;
  den: Decimal;
}

export interface Completion {
  uncapped: Decimal;
  scored: Ratio | null;
}

const FULL: Ratio = { num: ONE, den: ONE };
const NONE: Ratio = { num: ZERO, den: ONE };

export function ratioValue(r: Ratio): Decimal {
  return r.num.dividedBy(r.den);
}

export const MET: Completion = { uncapped: ONE, scored: FULL };

function largerIsBetter(target: Decimal, actual: Decimal): Completion {
  if (target.isZero()) return MET;
  const uncapped = actual.dividedBy(target);
  return { uncapped, scored: actual.lessThan(target) ? { num: actual, den: target } : FULL };
}

function smallerIsBetter(target: Decimal, actual: Decimal, profile: RuleProfile): Completion {
  if (actual.lessThanOrEqualTo(target)) return MET;
  if (target.isZero()) return { uncapped: ZERO, scored: NONE };
  // 1 − (a − t) ÷ t = (2t − a) ÷ t, never below 0.
  const linearNum = maxDecimal(ZERO, target.times(2).minus(actual));
  const linear: Ratio = { num: linearNum, den: target };
  switch (profile.reverseFormula) {
    case 'linear':
      return { uncapped: ratioValue(linear), scored: linear };
    case 'ratio':
      return { uncapped: target.dividedBy(actual), scored: { num: target, den: actual } };
    case 'manual':
      return { uncapped: ratioValue(linear), scored: null };
  }
}

function equal(target: Decimal, actual: Decimal, profile: RuleProfile): Completion {
  if (profile.equalTreatment === 'asGreaterEqual') return largerIsBetter(target, actual);
  if (actual.equals(target)) return MET;
  return { uncapped: target.isZero() ? ZERO : actual.dividedBy(target), scored: null };
}

export function quantitativeCompletion(
  operator: Operator,
  target: Decimal,
  actual: Decimal,
  profile: RuleProfile,
): Completion {
  switch (operator) {
    case '≥':
    case '>':
      return largerIsBetter(target, actual);
    case '≤':
    case '<':
      return smallerIsBetter(target, actual, profile);
    case '=':
      return equal(target, actual, profile);
  }
}
