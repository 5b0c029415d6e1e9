/**
 * evaluate(input) → result: the whole self-evaluation (workbook-contract.md §4), pure.
 */
import { Decimal, HUNDRED, ZERO, roundHalfUp } from './decimal';
import { scoreExecution } from './execution';
import { scoreIndicator, type IndicatorOutcome, type Levels } from './indicator';
import { makeFlag, makeProblem } from './messages';
import { resolveRules, type RuleProfile } from './profiles';
import type {
  EvaluateOptions,
  EvaluationInput,
  EvaluationResult,
  Flag,
  Locale,
  Problem,
} from './types';

const PROVISIONAL_GRADE = '待定';

/** The grade band a total falls in (bands from the best down; the last one starts at 0). */
export function gradeFor(total: Decimal, profile: RuleProfile): string {
  for (const band of profile.gradeBands)
    if (total.greaterThanOrEqualTo(band.min)) return band.grade;
  return profile.gradeBands[profile.gradeBands.length - 1].grade;
}

/** Level-1 weights against the standard split (execution first, then level-1 groups in order). */
function levelWeightFlag(
  outcomes: IndicatorOutcome[],
  executionWeight: Decimal,
  profile: RuleProfile,
  locale: Locale,
): Flag | null {
  if (outcomes.length === 0 || outcomes.some((o) => o.result.level1 === '' || o.weight === null))
    return null;
  const groups = new Map<string, Decimal>();
  for (const o of outcomes)
    groups.set(o.result.level1, (groups.get(o.result.level1) ?? ZERO).plus(o.weight as Decimal));
  const actual = [executionWeight, ...groups.values()];
  const standard = profile.standardLevelWeights;
  const same = actual.length === standard.length && actual.every((w, i) => w.equals(standard[i]));
  if (same) return null;
  return makeFlag('nonStandardLevelWeights', locale, {
    weights: [...groups.entries()].map(([k, v]) => `${k} ${v.toString()}`).join('、'),
    execution: executionWeight.toString(),
    standard: standard.map((d) => d.toString()).join('/'),
  });
}

export function evaluate(input: EvaluationInput, options: EvaluateOptions = {}): EvaluationResult {
  const locale: Locale = options.locale ?? 'zh-CN';
  const { profile, problems: ruleProblems } = resolveRules(input.rules, options.profile, locale);
  const errors: Problem[] = [...ruleProblems];
  const pending: Problem[] = [];

  const execution = scoreExecution(
    input.budget ?? { final: null, spent: null },
    input.unit,
    profile,
    locale,
  );
  errors.push(...execution.problems);

  const rows = Array.isArray(input.indicators) ? input.indicators : [];
  let levels: Levels = { level1: '', level2: '' };
  const outcomes: IndicatorOutcome[] = rows.map((row, index) => {
    const outcome = scoreIndicator(row ?? {}, index, levels, profile, locale);
    levels = { level1: outcome.result.level1, level2: outcome.result.level2 };
    errors.push(...outcome.problems);
    pending.push(...outcome.pending);
    return outcome;
  });
  if (rows.length === 0)
    errors.push(makeProblem('indicators', 'engine.input.noIndicators', locale));

  // Composite: execution + indicators; not-applicable rows rescale or score zero (profile).
  const byTotalFrom = (o: { unroundedScore: Decimal | null; roundedScore: Decimal | null }) =>
    profile.totalFrom === 'roundedRows' ? o.roundedScore : o.unroundedScore;
  let raw = byTotalFrom(execution) ?? ZERO;
  let allWeights = execution.weight;
  let applicableWeights = execution.weight;
  for (const o of outcomes) {
    const weight = o.weight ?? ZERO;
    allWeights = allWeights.plus(weight);
    if (o.result.status === 'notApplicable' && profile.notApplicable === 'rescale') continue;
    applicableWeights = applicableWeights.plus(weight);
    const score = byTotalFrom(o);
    if (score !== null) raw = raw.plus(score);
  }
  const rescaled =
    profile.notApplicable === 'rescale' &&
    outcomes.some((o) => o.result.status === 'notApplicable');
  if (rescaled)
    raw = applicableWeights.isZero() ? ZERO : raw.dividedBy(applicableWeights).times(HUNDRED);
  const total = roundHalfUp(raw, profile.scoreDecimals);

  const flags: Flag[] = [];
  if (rows.length > 0 && !allWeights.equals(HUNDRED)) {
    flags.push(makeFlag('weightsNot100', locale, { sum: allWeights.toString() }));
  }
  const levelFlag = levelWeightFlag(outcomes, execution.weight, profile, locale);
  if (levelFlag) flags.push(levelFlag);

  if (errors.length > 0)
    pending.unshift(makeProblem('', 'engine.pending.errors', locale, { count: errors.length }));
  const provisional = pending.length > 0 || errors.length > 0;
  const provisionalGrade = gradeFor(total, profile);
  const statuses = [execution.result.status, ...outcomes.map((o) => o.result.status)];
  const openCount = statuses.filter(
    (s) => s === 'needsExplanation' || s === 'needsManualScore',
  ).length;

  return {
    profile: profile.profile,
    execution: execution.result,
    indicators: outcomes.map((o) => o.result),
    total: total.toNumber(),
    maxTotal: rescaled ? 100 : allWeights.toNumber(),
    grade: provisional ? PROVISIONAL_GRADE : provisionalGrade,
    provisionalGrade,
    provisional,
    provisionalReasons: pending,
    flags,
    openCount,
    errors,
  };
}
