/**
 * evaluate(input) → result: the whole self-evaluation (workbook-contract.md §4), pure.
 */
import { Decimal, HUNDRED, ZERO, roundHalfUp } from './decimal';
import { auditEvaluation } from './audit';
import { budgetLineProblems } from './budget-lines';
import { parseUnit } from './values';
import { scoreExecution } from './execution';
import { scoreIndicator, type Levels } from './indicator';
import { levelScores, lineCounts, withLevelLights } from './levels';
import { makeFlag, makeProblem } from './messages';
import { elapsedFor, isMidYearInput, monitorWith } from './monitoring';
import { resolveRules, type RuleProfile } from './profiles';
import type {
  EvaluateOptions,
  EvaluationInput,
  EvaluationResult,
  Flag,
  IndicatorResult,
  Problem,
} from './types';

const PROVISIONAL_GRADE = '待定';

/** The grade band a total falls in (bands from the best down; the last one starts at 0). */
export function gradeFor(total: Decimal, profile: RuleProfile): string {
  for (const band of profile.gradeBands)
    if (total.greaterThanOrEqualTo(band.min)) return band.grade;
  return profile.gradeBands[profile.gradeBands.length - 1].grade;
}

/**
 * Level-1 weights against the standard split (execution first, then the level-1 groups in the
 * order they appear); `groups` is null when some row has no level 1 or no weight.
 */
function levelWeightFlag(
  groups: Map<string, Decimal> | null,
  executionWeight: Decimal,
  profile: RuleProfile,
): Flag | null {
  if (groups === null || groups.size === 0) return null;
  const actual = [executionWeight, ...groups.values()];
  const standard = profile.standardLevelWeights;
  const same = actual.length === standard.length && actual.every((w, i) => w.equals(standard[i]));
  if (same) return null;
  return makeFlag('nonStandardLevelWeights', {
    weights: [...groups.entries()].map(([k, v]) => `${k} ${v.toString()}`).join('、'),
    execution: executionWeight.toString(),
    standard: standard.map((d) => d.toString()).join('/'),
  });
}

export function evaluate(input: EvaluationInput, options: EvaluateOptions = {}): EvaluationResult {
  const { profile, problems: ruleProblems, applied } = resolveRules(input.rules, options.profile);
  const errors: Problem[] = [...ruleProblems];
  let pending: Problem[] = [];
  // Mid-year monitoring: the options (the command line's --monitor / --elapsed), else the
  // rules (monitor: on, off, or auto = every actual blank with mid-year values given).
  const mode =
    options.mode ??
    (profile.monitor === 'on' ? 'monitoring' : profile.monitor === 'off' ? 'final' : undefined);
  const monitoring = mode === 'monitoring' || (mode === undefined && isMidYearInput(input));
  const elapsed = monitoring ? elapsedFor(options.elapsed, profile) : null;
  if (monitoring && elapsed === null)
    errors.push(makeProblem('elapsed', 'monitor.badElapsed', { value: String(options.elapsed) }));

  const execution = scoreExecution(
    input.budget ?? { final: undefined, spent: undefined },
    input.unit,
    profile,
    monitoring,
  );
  errors.push(...execution.problems);
  // A breakdown line that is not an amount: an input error like the other bad budget values.
  errors.push(...budgetLineProblems(input.budget, input.unit ? parseUnit(input.unit) : null));

  // One pass over the rows: score each, and add up the composite as we go (no per-row state
  // is kept beyond the result, which keeps large evaluations light on memory).
  const rows = Array.isArray(input.indicators) ? input.indicators : [];
  const byTotalFrom = (o: { unroundedScore: Decimal | null; roundedScore: Decimal | null }) =>
    profile.totalFrom === 'roundedRows' ? o.roundedScore : o.unroundedScore;
  const indicators: IndicatorResult[] = new Array(rows.length);
  let raw = byTotalFrom(execution) ?? ZERO;
  let allWeights = execution.weight;
  let excludedWeights = ZERO;
  let notApplicableRows = 0;
  let levelGroups: Map<string, Decimal> | null = new Map();
  let levels: Levels = { level1: '', level2: '' };
  for (let index = 0; index < rows.length; index += 1) {
    const outcome = scoreIndicator(rows[index] ?? {}, index, levels, profile);
    const { result } = outcome;
    indicators[index] = result;
    levels = result;
    if (outcome.problems.length > 0) errors.push(...outcome.problems);
    if (outcome.pending.length > 0) pending.push(...outcome.pending);
    const weight = outcome.weight ?? ZERO;
    allWeights = allWeights.plus(weight);
    if (levelGroups !== null) {
      if (result.level1 === '' || outcome.weight === null) levelGroups = null;
      else levelGroups.set(result.level1, (levelGroups.get(result.level1) ?? ZERO).plus(weight));
    }
    if (result.status === 'notApplicable') {
      notApplicableRows += 1;
      if (profile.notApplicable === 'rescale') {
        excludedWeights = excludedWeights.plus(weight);
        continue;
      }
    }
    const score = byTotalFrom(outcome);
    if (score !== null) raw = raw.plus(score);
  }
  if (rows.length === 0) errors.push(makeProblem('indicators', 'engine.input.noIndicators'));

  // Not-applicable rows: rescale over the applicable weights, or score zero (profile).
  const rescaled = profile.notApplicable === 'rescale' && notApplicableRows > 0;
  const applicableWeights = allWeights.minus(excludedWeights);
  if (rescaled)
    raw = applicableWeights.isZero() ? ZERO : raw.dividedBy(applicableWeights).times(HUNDRED);
  const total = roundHalfUp(raw, profile.scoreDecimals);

  const flags: Flag[] = [];
  if (rows.length > 0 && !allWeights.equals(HUNDRED)) {
    flags.push(makeFlag('weightsNot100', { sum: allWeights.toString() }));
  }
  const levelFlag = levelWeightFlag(
    rows.length > 0 ? levelGroups : null,
    execution.weight,
    profile,
  );
  if (levelFlag) flags.push(levelFlag);

  if (monitoring) {
    pending = pending.filter((p) => p.code !== 'engine.pending.actualBlank');
    pending.unshift(makeProblem('', 'monitor.provisional'));
  }
  if (errors.length > 0)
    pending.unshift(makeProblem('', 'engine.pending.errors', { count: errors.length }));
  const provisional = pending.length > 0 || errors.length > 0;
  const provisionalGrade = gradeFor(total, profile);
  const counts = lineCounts(execution.result, indicators);

  const result: EvaluationResult = {
    profile: profile.profile,
    rules: applied,
    execution: execution.result,
    indicators,
    levels: levelScores(indicators),
    total: total.toNumber(),
    maxTotal: rescaled ? 100 : allWeights.toNumber(),
    grade: provisional ? PROVISIONAL_GRADE : provisionalGrade,
    provisionalGrade,
    scoreDecimals: profile.scoreDecimals,
    provisional,
    provisionalReasons: pending,
    flags,
    openCount: counts.open,
    explainedCount: counts.explained,
    // Whole-evaluation warnings stand beside the composite; they do not make it provisional.
    warnings: flags.filter((f) => f.severity === 'warning'),
    errors,
    audit: [],
  };
  result.audit = auditEvaluation(input, result, profile);
  if (elapsed !== null) {
    result.monitoring = monitorWith(input, result, profile, elapsed);
    result.levels = withLevelLights(result.levels, indicators, result.monitoring);
  }
  return result;
}
