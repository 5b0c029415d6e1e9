/**
 * One performance indicator: its completion rate, score, flags and status
 * (scoring-rules.md §2–§5 and §8).
 */
import { Decimal, ONE, ZERO, rate4, roundHalfUp } from './decimal';
import { MET, quantitativeCompletion, ratioValue, type Completion } from './completion';
import { cumulativeByDefault, readCumulative } from './cumulative';
import { cellOf, displayTextOf, isBlank, textOf, type Cell } from './input-cells';
import { makeFlag, makeProblem } from './messages';
import type { RuleProfile } from './profiles';
import { qualitativeTier, type QualitativeTier } from './qualitative';
import type {
  Flag,
  IndicatorInput,
  IndicatorResult,
  Locale,
  MessageParams,
  Problem,
  RowStatus,
} from './types';
import { parseKind, parseUnit, parseValue, unitsCompatible } from './values';
import type { IndicatorKind, Operator, ParsedValue, UnitInfo } from './values/types';
import { formatPercent } from './format';

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

/** Levels carried down from the rows above (blank level cells, as in merged cells). */
export interface Levels {
  level1: string;
  level2: string;
}

const d = (n: Decimal | null): number | null => (n === null ? null : n.toNumber());

interface RowContext {
  index: number;
  name: string;
  locale: Locale;
  problems: Problem[];
}

function addProblem(ctx: RowContext, cell: Cell, key: string, params: MessageParams = {}): void {
  ctx.problems.push(
    makeProblem(cell.where, key, ctx.locale, { name: ctx.name, text: textOf(cell.raw), ...params }),
  );
}

/** Reports a value that cannot be used at all (error value, unreadable text); true if so. */
function reportUnusable(ctx: RowContext, cell: Cell, value: ParsedValue): boolean {
  if (value.kind === 'error') {
    addProblem(ctx, cell, 'engine.cell.errorValue', { code: value.code });
    return true;
  }
  if (value.kind === 'unreadable') {
    addProblem(ctx, cell, 'engine.cell.unreadable', { problem: tText(value.problem, ctx.locale) });
    return true;
  }
  return false;
}

/** A non-negative number (weights, manual scores): numbers, or text such as "15" / "15分". */
function readPoints(ctx: RowContext, cell: Cell, what: 'weight' | 'manualScore'): Decimal | null {
  const value = parseValue(cell.raw, { rowUnit: null, numberFormat: cell.numberFormat });
  if (value.kind === 'blank') return null;
  if (reportUnusable(ctx, cell, value)) return null;
  if (
    value.kind !== 'quantity' ||
    value.operator !== null ||
    (value.quantity.unit !== null && value.quantity.unit.base !== '分')
  ) {
    addProblem(ctx, cell, `engine.row.${what}NotNumber`);
    return null;
  }
  if (value.quantity.amount.isNegative()) {
    addProblem(ctx, cell, `engine.row.${what}Negative`);
    return null;
  }
  return value.quantity.amount;
}

function unitText(unit: UnitInfo | null): string {
  return unit ? unit.text : '';
}

interface Scoring {
  completion: Completion | null;
  /** Set when the rule leaves the score to the evaluator; the band the manual score must be in. */
  manual: { reasonKey: string; band: QualitativeTier['band'] | null } | null;
  tier: QualitativeTier | null;
  noOccurrence: boolean;
}

const FULL_BAND = { min: ZERO, max: ONE, maxInclusive: true };

function manualNeeded(
  reasonKey: string,
  band: QualitativeTier['band'] | null = FULL_BAND,
): Scoring {
  return { completion: null, manual: { reasonKey, band }, tier: null, noOccurrence: false };
}

function scored(completion: Completion): Scoring {
  return {
    completion,
    manual:
      completion.scored === null ? { reasonKey: 'engine.manual.profile', band: FULL_BAND } : null,
    tier: null,
    noOccurrence: false,
  };
}

function noOccurrence(profile: RuleProfile): Scoring {
  if (!profile.noOccurrenceMet) return manualNeeded('engine.manual.noOccurrence');
  return { completion: MET, manual: null, tier: null, noOccurrence: true };
}

/** Dates (时效指标): met when the actual date is on the right side of the target date. */
function dateCompletion(operator: Operator, target: string, actual: string): Scoring {
  const met =
    operator === '≥' || operator === '>'
      ? actual >= target
      : operator === '='
        ? actual === target
        : actual <= target;
  return met ? scored(MET) : manualNeeded('engine.manual.late');
}

export function scoreIndicator(
  row: IndicatorInput,
  index: number,
  above: Levels,
  profile: RuleProfile,
  locale: Locale,
): IndicatorOutcome {
  const path = `indicators[${index}]`;
  const cell = (field: keyof IndicatorInput): Cell =>
    cellOf(row[field] as IndicatorInput['name'], path, field);
  const nameCell = cell('name');
  const name = textOf(nameCell.raw);
  const ctx: RowContext = { index, name: name || `#${index + 1}`, locale, problems: [] };
  const pending: Problem[] = [];
  const flags: Flag[] = [];

  const ownLevel1 = textOf(cell('level1').raw);
  const ownLevel2 = textOf(cell('level2').raw);
  const level1 = ownLevel1 || above.level1;
  const level2 = ownLevel1 && !ownLevel2 ? '' : ownLevel2 || above.level2;

  if (!name) addProblem(ctx, nameCell, 'engine.row.nameMissing');

  const weightCell = cell('weight');
  const weight = readPoints(ctx, weightCell, 'weight');
  if (weight === null && isBlank(weightCell.raw))
    addProblem(ctx, weightCell, 'engine.row.weightMissing');

  // Operator column, unit column, target (the adjusted target when there is one).
  const operatorCell = cell('operator');
  let explicitKind: IndicatorKind | null = null;
  // 定量 says only "quantitative": the comparison comes from the target text.
  const quantitativeOnly = /^定量(指标)?$/.test(textOf(operatorCell.raw));
  if (!isBlank(operatorCell.raw) && !quantitativeOnly) {
    explicitKind = parseKind(operatorCell.raw);
    if (explicitKind === null) addProblem(ctx, operatorCell, 'engine.row.operatorUnknown');
  }
  const unitCell = cell('unit');
  const rowUnit = isBlank(unitCell.raw) ? null : parseUnit(unitCell.raw);
  const adjustedCell = cell('adjustedTarget');
  const targetCell = isBlank(adjustedCell.raw) ? cell('target') : adjustedCell;
  const qualitative = explicitKind === '定性';
  const target = parseValue(targetCell.raw, {
    rowUnit,
    numberFormat: targetCell.numberFormat,
    qualitative,
  });
  const targetUnit = target.kind === 'quantity' ? (target.quantity.unit ?? rowUnit) : rowUnit;

  const actualCell = cell('actual');
  const actual = parseValue(actualCell.raw, {
    rowUnit: targetUnit,
    numberFormat: actualCell.numberFormat,
    qualitative,
  });
  // Whether the figure adds up over the year: the row's 是否累计 cell, else the profile's default.
  const cumulativeCell = cell('cumulative');
  const ownCumulative = readCumulative(cumulativeCell.raw);
  if (ownCumulative === 'bad') addProblem(ctx, cumulativeCell, 'engine.row.cumulativeBad');
  const cumulative =
    typeof ownCumulative === 'boolean'
      ? ownCumulative
      : cumulativeByDefault(name, unitText(rowUnit) ? rowUnit : targetUnit, profile);
  const midYearCell = cell('midYear');
  const midYear = parseValue(midYearCell.raw, {
    rowUnit: targetUnit,
    numberFormat: midYearCell.numberFormat,
  });

  // The kind of indicator: the operator column, else what the target text says.
  let kind: IndicatorKind | null = explicitKind;
  const targetOperator =
    target.kind === 'quantity' || target.kind === 'date' || target.kind === 'text'
      ? target.operator
      : null;
  if (kind === null && (isBlank(operatorCell.raw) || quantitativeOnly)) {
    if (target.kind === 'quantity') kind = target.operator ?? '≥';
    else if (target.kind === 'date') kind = target.operator ?? '≤';
    else if (target.kind === 'text') kind = quantitativeOnly ? '≥' : '定性';
  }
  if (
    explicitKind !== null &&
    explicitKind !== '定性' &&
    targetOperator !== null &&
    targetOperator !== explicitKind
  ) {
    addProblem(ctx, targetCell, 'engine.row.operatorConflict', {
      operator: explicitKind,
      targetOperator,
    });
  }

  // The target text's own unit wins over the unit column: they must at least be comparable.
  if (
    target.kind === 'quantity' &&
    rowUnit !== null &&
    !unitsCompatible(rowUnit, target.quantity.unit)
  ) {
    addProblem(ctx, targetCell, 'engine.row.targetUnitConflict', { unit: unitText(rowUnit) });
  }

  const notApplicable = target.kind === 'notApplicable' || actual.kind === 'notApplicable';
  let scoring: Scoring | null = null;
  let incomplete = false;

  if (notApplicable) {
    const otherBlankOrNa = (v: ParsedValue) => v.kind === 'notApplicable' || v.kind === 'blank';
    if (!otherBlankOrNa(target) || !otherBlankOrNa(actual)) {
      addProblem(
        ctx,
        target.kind === 'notApplicable' ? actualCell : targetCell,
        'engine.row.notApplicableMismatch',
      );
    }
  } else if (target.kind === 'blank') {
    addProblem(ctx, targetCell, 'engine.row.targetMissing');
  } else if (reportUnusable(ctx, targetCell, target)) {
    // reported
  } else if (target.kind === 'noOccurrence') {
    addProblem(ctx, targetCell, 'engine.row.targetNotValue');
  } else if (actual.kind === 'blank') {
    incomplete = true;
  } else if (reportUnusable(ctx, actualCell, actual)) {
    // reported
  } else if (kind === '定性' || (kind === null && target.kind === 'text')) {
    scoring = qualitativeScoring(target, actual, profile);
  } else if (kind !== null && target.kind === 'text') {
    addProblem(ctx, targetCell, 'engine.row.targetNotNumber', { operator: kind });
  } else if (kind !== null && target.kind === 'quantity') {
    scoring = quantitativeScoring(
      ctx,
      kind,
      target.quantity.amount,
      targetUnit,
      targetCell,
      actual,
      actualCell,
      profile,
    );
  } else if (kind !== null && target.kind === 'date') {
    if (actual.kind === 'date') scoring = dateCompletion(kind, target.date, actual.date);
    else if (actual.kind === 'noOccurrence') scoring = noOccurrence(profile);
    else addProblem(ctx, actualCell, 'engine.row.actualNotDate');
  }

  // Mid-year value: reported, and compared with the year-end completion.
  let midYearCompletion: Decimal | null = null;
  if (!notApplicable && midYear.kind !== 'blank' && !reportUnusable(ctx, midYearCell, midYear)) {
    if (
      kind !== null &&
      kind !== '定性' &&
      target.kind === 'quantity' &&
      midYear.kind === 'quantity'
    ) {
      if (!unitsCompatible(targetUnit, midYear.quantity.unit)) {
        addProblem(ctx, midYearCell, 'engine.row.unitMismatch', { unit: unitText(targetUnit) });
      } else if (!midYear.quantity.amount.isNegative()) {
        midYearCompletion = quantitativeCompletion(
          kind,
          target.quantity.amount,
          midYear.quantity.amount,
          profile,
        ).uncapped;
      }
    }
  }

  // Scores: the rule's, and the evaluator's manual score.
  const tier = scoring?.tier ?? null;
  let ruleUnrounded: Decimal | null = null;
  let ruleScore: Decimal | null = null;
  const scoredRatio = scoring?.completion?.scored ?? null;
  if (weight !== null && scoredRatio) {
    if (scoredRatio.num === scoredRatio.den) ruleUnrounded = weight;
    else if (profile.roundCompletionFirst)
      ruleUnrounded = weight.times(roundHalfUp(ratioValue(scoredRatio), 4));
    else ruleUnrounded = weight.times(scoredRatio.num).dividedBy(scoredRatio.den);
    ruleScore =
      ruleUnrounded.decimalPlaces() <= profile.scoreDecimals
        ? ruleUnrounded
        : roundHalfUp(ruleUnrounded, profile.scoreDecimals);
  }
  const bandFraction = scoring?.manual?.band ?? tier?.band ?? null;
  const manualBand =
    weight !== null && bandFraction
      ? {
          min: roundHalfUp(weight.times(bandFraction.min), profile.scoreDecimals),
          max: roundHalfUp(weight.times(bandFraction.max), profile.scoreDecimals),
          maxInclusive: bandFraction.maxInclusive,
        }
      : null;

  const manualCell = cell('manualScore');
  const reason = textOf(cell('reason').raw);
  let manual = readPoints(ctx, manualCell, 'manualScore');
  if (manual !== null && weight !== null) {
    if (manual.greaterThan(weight)) {
      addProblem(ctx, manualCell, 'engine.row.manualAboveWeight', { weight: weight.toString() });
      manual = null;
    } else if (
      manualBand &&
      (manual.lessThan(manualBand.min) ||
        (manualBand.maxInclusive
          ? manual.greaterThan(manualBand.max)
          : manual.greaterThanOrEqualTo(manualBand.max)))
    ) {
      addProblem(ctx, manualCell, 'engine.row.manualOutsideBand', {
        min: manualBand.min.toFixed(profile.scoreDecimals),
        max: manualBand.max.toFixed(profile.scoreDecimals),
        close: manualBand.maxInclusive ? ']' : ')',
        tier: tier ? tier.label : '',
      });
      manual = null;
    }
  }

  const invalid = ctx.problems.length > 0;
  let score: Decimal | null = null;
  let unroundedScore: Decimal | null = null;
  let status: RowStatus;

  if (invalid) {
    status = 'invalid';
  } else if (incomplete) {
    status = 'invalid';
    flags.push(makeFlag('incomplete', locale, { name: ctx.name }));
    pending.push(
      makeProblem(actualCell.where, 'engine.pending.actualBlank', locale, { name: ctx.name }),
    );
  } else if (notApplicable) {
    status = 'notApplicable';
    if (profile.notApplicable === 'zero') {
      score = ZERO;
      unroundedScore = ZERO;
    }
  } else {
    score = manual ?? ruleScore;
    unroundedScore = manual ?? ruleUnrounded;
    if (scoring?.noOccurrence) flags.push(makeFlag('noOccurrence', locale, { name: ctx.name }));
    if (score === null) {
      const band = manualBand
        ? {
            min: manualBand.min.toFixed(profile.scoreDecimals),
            max: manualBand.max.toFixed(profile.scoreDecimals),
            close: manualBand.maxInclusive ? ']' : ')',
          }
        : { min: '0', max: weight ? weight.toString() : '', close: ']' };
      const why = scoring?.manual ? scoring.manual.reasonKey : 'engine.manual.profile';
      flags.push(
        makeFlag('needsManualScore', locale, { name: ctx.name, ...band, why: tText(why, locale) }),
      );
      pending.push(
        makeProblem(manualCell.where, 'engine.pending.manualScore', locale, {
          name: ctx.name,
          ...band,
        }),
      );
    }
    if (weight !== null && score !== null && score.lessThan(weight) && profile.shortfall) {
      // The rule gives full marks and a manual score takes points off: the target was met,
      // the shortfall is the evaluator's deduction (cause: manualScore).
      const fullByRule = manual !== null && ruleScore !== null && !ruleScore.lessThan(weight);
      const params = {
        name: ctx.name,
        score: score.toFixed(profile.scoreDecimals),
        weight: weight.toString(),
      };
      flags.push(
        fullByRule
          ? makeFlag(
              'shortfall',
              locale,
              { ...params, rule: weight.toFixed(profile.scoreDecimals), cause: 'manualScore' },
              'manualScore',
            )
          : makeFlag('shortfall', locale, params),
      );
    }
    const uncapped = scoring?.completion?.uncapped ?? null;
    if (
      profile.overAchievement &&
      uncapped !== null &&
      !scoring?.noOccurrence &&
      kind !== '定性' &&
      uncapped.greaterThanOrEqualTo(profile.overAchievementThreshold)
    ) {
      flags.push(
        makeFlag('overAchievement', locale, {
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
        makeFlag('overrideDiffers', locale, {
          name: ctx.name,
          manual: manual.toFixed(profile.scoreDecimals),
          rule: ruleScore.toFixed(profile.scoreDecimals),
        }),
      );
    }
    if (
      profile.midYearRegression &&
      midYearCompletion !== null &&
      uncapped !== null &&
      !scoring?.noOccurrence &&
      uncapped.lessThan(midYearCompletion)
    ) {
      flags.push(
        makeFlag('midYearRegression', locale, {
          name: ctx.name,
          midYear: formatPercent(midYearCompletion),
          completion: formatPercent(uncapped),
        }),
      );
    }
    status = statusFromFlags(flags, score === null, reason !== '');
  }

  const completion = scoring?.completion ?? null;
  const completionRate = completion ? rate4(completion.uncapped) : null;
  const weightNumber =
    weight === null ? 0 : typeof weightCell.raw === 'number' ? weightCell.raw : weight.toNumber();
  const result: IndicatorResult = {
    index,
    level1,
    level2,
    name,
    operator: kind,
    targetText: displayTextOf(targetCell),
    actualText: displayTextOf(actualCell),
    unit: unitText(rowUnit) || unitText(targetUnit),
    cumulative,
    completion: completionRate,
    // The scored completion is the uncapped one, capped at 1 (the same fraction, see completion.ts).
    scoredCompletion:
      completion?.scored && completionRate !== null ? Math.min(completionRate, 1) : null,
    midYearCompletion: rate4(midYearCompletion),
    weight: weightNumber,
    ruleScore: ruleScore === weight ? weightNumber : d(ruleScore),
    manualScore: d(manual),
    score: score === weight ? weightNumber : d(score),
    status,
    flags,
    manualBand: manualBand
      ? {
          min: manualBand.min.toNumber(),
          max: manualBand.max.toNumber(),
          maxInclusive: manualBand.maxInclusive,
        }
      : null,
    reason,
    measures: textOf(cell('measures').raw),
  };
  return { result, problems: ctx.problems, pending, unroundedScore, roundedScore: score, weight };
}

function tText(key: string, locale: Locale): string {
  return makeProblem('', key, locale).message;
}

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

/**
 * 0.8322 typed in a General cell of a % row whose target is 88%: read as 0.8322% it would
 * score almost nothing; it is far more likely 83.22% typed as a fraction. Asked, not scored.
 */
function percentTypedAsFraction(
  cell: Cell,
  amount: Decimal,
  targetAmount: Decimal,
  targetUnit: UnitInfo | null,
): boolean {
  const raw = cell.raw;
  if (typeof raw !== 'number' || !(raw > 0 && raw < 1)) return false;
  if (targetUnit?.base !== '%' || (cell.numberFormat ?? '').includes('%')) return false;
  // The target in the same percent points as the typed number.
  const targetPoints = targetAmount.times(raw).dividedBy(amount);
  return targetPoints.greaterThanOrEqualTo(ONE);
}

function quantitativeScoring(
  ctx: RowContext,
  operator: Operator | '定性',
  targetAmount: Decimal,
  targetUnit: UnitInfo | null,
  targetCell: Cell,
  actual: ParsedValue,
  actualCell: Cell,
  profile: RuleProfile,
): Scoring | null {
  if (operator === '定性') return null;
  if (actual.kind === 'noOccurrence') return noOccurrence(profile);
  if (actual.kind !== 'quantity') {
    addProblem(ctx, actualCell, 'engine.row.actualNotNumber');
    return null;
  }
  if (!unitsCompatible(targetUnit, actual.quantity.unit)) {
    addProblem(ctx, actualCell, 'engine.row.unitMismatch', { unit: unitText(targetUnit) });
    return null;
  }
  if (targetAmount.isNegative()) {
    addProblem(ctx, targetCell, 'engine.row.targetNegative');
    return null;
  }
  if (actual.quantity.amount.isNegative()) {
    addProblem(ctx, actualCell, 'engine.row.actualNegative');
    return null;
  }
  if (percentTypedAsFraction(actualCell, actual.quantity.amount, targetAmount, targetUnit)) {
    const percent = `${new Decimal(actualCell.raw as number).times(100).toString()}%`;
    addProblem(ctx, actualCell, 'engine.row.percentAsFraction', { percent });
    return null;
  }
  return scored(quantitativeCompletion(operator, targetAmount, actual.quantity.amount, profile));
}

function qualitativeScoring(
  target: ParsedValue,
  actual: ParsedValue,
  profile: RuleProfile,
): Scoring {
  if (actual.kind === 'noOccurrence') return noOccurrence(profile);
  const targetText = target.kind === 'text' ? target.text : '';
  const actualText = actual.kind === 'text' ? actual.text : '';
  const tier = qualitativeTier(targetText, actualText, profile);
  if (tier === null) return manualNeeded('engine.manual.qualitativeUnknown');
  if (tier.fullMarks) return { completion: MET, manual: null, tier, noOccurrence: false };
  return {
    completion: null,
    manual: { reasonKey: tier.manualReasonKey, band: tier.band },
    tier,
    noOccurrence: false,
  };
}
