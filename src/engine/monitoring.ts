/**
 * Mid-year monitoring (年中监控, the 双监控 convention): traffic lights for budget execution
 * against the elapsed share of the year, and for each indicator's mid-year value (cumulative
 * counts and amounts against the elapsed share of the target, rates against the target).
 */
import { amountOf } from './audit';
import { quantitativeCompletion } from './completion';
import { Decimal, ONE, rate4 } from './decimal';
import { formatPercent } from './format';
import { cellOf, isBlank, textOf } from './input-cells';
import { catalog } from '../i18n/catalog';
import { makeProblem, ProblemError, textParam } from './messages';
import { resolveRules, type RuleProfile } from './profiles';
import type {
  EvaluateOptions,
  EvaluationInput,
  EvaluationResult,
  MonitorCategory,
  MonitorItem,
  MonitorLight,
  MonitoringResult,
} from './types';
import { parseUnit } from './values';
import type { Operator } from './values/types';

const LIKELIHOOD = { green: 'likely', yellow: 'atRisk', red: 'unlikely' } as const;

/** How many lines (the budget execution and the indicators) have each traffic light. */
function lightCounts(
  execution: MonitorItem | null,
  indicators: readonly MonitorItem[],
): Record<MonitorLight, number> {
  const counts: Record<MonitorLight, number> = { red: 0, yellow: 0, green: 0 };
  for (const item of [...(execution ? [execution] : []), ...indicators]) counts[item.light] += 1;
  return counts;
}

/** Keywords of the monitoring deviation categories; a reason matching none is 其他. */
const CATEGORY_WORDS: [MonitorCategory, RegExp][] = [
  ['funding', /经费|资金|预算|拨付/],
  ['system', /制度|政策|流程|办法|规定|机制/],
  ['staff', /人员|人手|编制|人力/],
  ['hardware', /设备|硬件|场地|网络|平台|系统/],
];

const CATEGORY_CODES: MonitorCategory[] = ['funding', 'system', 'staff', 'hardware', 'other'];

/** The category whose label (in any language) starts the reason, as the pane's chips write it. */
function labelledCategory(reason: string): MonitorCategory | null {
  const head = reason.trimStart().toLowerCase();
  for (const code of CATEGORY_CODES) {
    for (const text of Object.values(catalog[`monitor.category.${code}`])) {
      const label = text.toLowerCase();
      if (head.startsWith(label) && /^\s*[：:]/.test(head.slice(label.length))) return code;
    }
  }
  return null;
}

/** A reason's category: the label it starts with (经费保障：…) decides, else its keywords. */
export function reasonCategory(reason: string): MonitorCategory | null {
  if (!reason) return null;
  return (
    labelledCategory(reason) ?? CATEGORY_WORDS.find(([, re]) => re.test(reason))?.[0] ?? 'other'
  );
}

/** Every actual blank and some mid-year value given: the input is a mid-year monitoring. */
export function isMidYearInput(input: EvaluationInput): boolean {
  const rows = Array.isArray(input.indicators) ? input.indicators : [];
  let midYear = false;
  for (const row of rows) {
    if (!isBlank(row?.actual?.value)) return false;
    midYear ||= !isBlank(row?.midYear?.value);
  }
  return midYear;
}

/** An elapsed share of the year given as an option; null when not in (0, 1]. (The default is
 * the profile's `elapsed` key.) */
export function elapsedShare(value: number): Decimal | null {
  return Number.isFinite(value) && value > 0 && value <= 1 ? new Decimal(value) : null;
}

/** The elapsed share in force: the option when given (null when invalid), else the profile's. */
export function elapsedFor(option: number | undefined, profile: RuleProfile): Decimal | null {
  return option === undefined ? profile.elapsed : elapsedShare(option);
}

export function monitorWith(
  input: EvaluationInput,
  result: EvaluationResult,
  profile: RuleProfile,
  elapsed: Decimal,
): MonitoringResult {
  const item = (
    base: Pick<MonitorItem, 'index' | 'name' | 'where' | 'cumulative' | 'category'>,
    completion: Decimal,
    progress: Decimal,
  ): MonitorItem => {
    const light: MonitorLight = progress.lessThan(profile.monitoringRed)
      ? 'red'
      : progress.lessThan(profile.monitoringYellow)
        ? 'yellow'
        : 'green';
    const likelihood = LIKELIHOOD[light];
    const params = {
      name: base.index === null ? textParam('monitor.execution') : base.name,
      completion: formatPercent(completion),
      elapsed: formatPercent(elapsed),
      progress: formatPercent(progress),
      light: textParam(`monitor.light.${light}`),
      likelihood: textParam(`monitor.likelihood.${likelihood}`),
    };
    return {
      ...base,
      completion: rate4(completion) ?? 0,
      progress: rate4(progress) ?? 0,
      light,
      likelihood,
      key: 'monitor.item',
      params,
    };
  };

  // Budget: spent so far ÷ the year's budget, against the elapsed share of the year.
  const unit = input.unit ? parseUnit(input.unit) : null;
  const spentCell = cellOf(input.budget?.spent, 'budget', 'spent');
  const spent = amountOf(spentCell, unit);
  const final = amountOf(cellOf(input.budget?.final, 'budget', 'final'), unit);
  let execution: MonitorItem | null = null;
  if (spent && final && final.greaterThan(0)) {
    const share = spent.dividedBy(final);
    const base = { index: null, name: '', where: spentCell.where, cumulative: true };
    const category = reasonCategory(textOf(input.budget?.reason?.value));
    execution = item({ ...base, category }, share, share.dividedBy(elapsed));
  }

  const indicators: MonitorItem[] = [];
  result.indicators.forEach((row, index) => {
    const op = row.operator;
    if (op === null || op === '定性' || row.status === 'notApplicable') return;
    const inputRow = input.indicators[index] ?? {};
    const path = `indicators[${index}]`;
    const rowUnit = parseUnit(row.unit);
    const adjusted = cellOf(inputRow.adjustedTarget, path, 'adjustedTarget');
    const target = amountOf(
      isBlank(adjusted.raw) ? cellOf(inputRow.target, path, 'target') : adjusted,
      rowUnit,
    );
    const midCell = cellOf(inputRow.midYear, path, 'midYear');
    const mid = amountOf(midCell, rowUnit);
    if (target === null || mid === null || target.isNegative() || mid.isNegative()) return;
    const cumulative = row.cumulative;
    const completion = target.isZero() ? ONE : mid.dividedBy(target);
    // Cumulative figures are projected to the year end at the pace so far.
    const projected = cumulative ? mid.dividedBy(elapsed) : mid;
    const progress = quantitativeCompletion(op as Operator, target, projected, profile).uncapped;
    const base = { index, name: row.name, where: midCell.where, cumulative };
    const category = reasonCategory(row.reason);
    indicators.push(item({ ...base, category }, completion, progress));
  });

  return {
    elapsed: elapsed.toNumber(),
    lights: lightCounts(execution, indicators),
    execution,
    indicators,
    categories: CATEGORY_CODES,
  };
}

/**
 * Mid-year monitoring of an evaluated input (`elapsed`: share of the year; default the rules'
 * elapsed, ½ unless set).
 */
export function monitor(
  input: EvaluationInput,
  result: EvaluationResult,
  options: EvaluateOptions = {},
): MonitoringResult {
  const { profile } = resolveRules(input.rules, options.profile);
  const elapsed = elapsedFor(options.elapsed, profile);
  if (elapsed === null)
    throw new ProblemError(
      makeProblem('elapsed', 'monitor.badElapsed', { value: String(options.elapsed) }),
    );
  return monitorWith(input, result, profile, elapsed);
}
