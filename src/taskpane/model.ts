/**
 * The task pane's view model: what the summary card and the deviations list show, computed
 * from an EvaluationResult as plain data (tested without a DOM). Numbers are formatted with
 * decimal.js, half-up; a provisional composite is labelled as such, never as final.
 */
import Decimal from 'decimal.js';
import type {
  EvaluationResult,
  Flag,
  FlagCode,
  IndicatorResult,
  InputValue,
  Locale,
  MonitorLight,
  RowStatus,
} from '../engine/types';
import { t, type MessageKey } from '../i18n/catalog';
import type { AnnotationTarget } from './backend';
import { formatFixed, formatPercent, formatPercentShort } from '../engine/format';
import { isBlank } from '../engine/input-cells';
import { lineCounts } from '../engine/levels';
import { messageOf } from '../i18n/said';

export type DeviationState = 'open' | 'manual' | 'explained';

/** The family of quick phrases that fits an item. */
export type PhraseKind = 'shortfall' | 'overAchievement' | 'budget' | 'manual' | 'general';

export interface DeviationItem {
  target: AnnotationTarget;
  /** Stable React key. */
  key: string;
  name: string;
  /** "产出指标 / 数量指标" */
  group: string;
  targetText: string;
  actualText: string;
  completionText: string;
  scoreText: string;
  state: DeviationState;
  flags: { code: FlagCode; message: string; severity: Flag['severity'] }[];
  phraseKind: PhraseKind;
  reason: string;
  measures: string;
  manualBand: { min: string; max: string } | null;
}

export interface Subtotal {
  level1: string;
  scoreText: string;
  weightText: string;
  /** Some rows of the level have no score yet: the subtotal is partial, never final. */
  partial: boolean;
  /** score ÷ weight, 0..1, for the bar (null when not scorable). */
  fraction: number | null;
}

/** The summary card's headline at mid-year (年中监控): no composite, the lights instead. */
export interface MonitoringSummary {
  /** "50%" */
  elapsedText: string;
  /** The elapsed share, 0..1, for the marker on the spending bar. */
  elapsed: number;
  /** Lines (budget execution and indicators) with each light. */
  counts: Record<MonitorLight, number>;
  /** The share of the year's budget spent so far: "69.03%" ("—" when unknown). */
  spentText: string;
  /** The same share, 0..1 (capped), for the bar; null when unknown. */
  spent: number | null;
}

export interface PaneModel {
  totalText: string;
  maxText: string;
  /** 优 / 良 / 中 / 差 / 待定 as the engine gives it (the colour follows it). */
  grade: string;
  /** The grade in the pane's language (Excellent…; the sheet keeps 优). */
  gradeText: string;
  provisional: boolean;
  /** The grade the total would have if final (shown only as a hint while provisional). */
  provisionalGrade: string;
  /** Mid-year monitoring: no composite is shown, no grade is hinted at. */
  monitoring: boolean;
  /** At mid-year: the monitoring headline that takes the composite's place. */
  monitoringSummary: MonitoringSummary | null;
  provisionalReasons: string[];
  /**
   * Warnings about the whole evaluation (weights not adding up to 100), shown beside the
   * composite; they do not make it provisional (scoring-rules.md §7).
   */
  warnings: string[];
  executionRateText: string;
  executionScoreText: string;
  executionWeightText: string;
  subtotals: Subtotal[];
  /** Open items first (then manual-score items), explained last, each in sheet order. */
  deviations: DeviationItem[];
  openCount: number;
  explainedCount: number;
  errors: { where: string; message: string }[];
  statusLine: string;
}

const DASH = '—';

function fixed(value: number | null, decimals = 2): string {
  return value === null ? DASH : formatFixed(value, decimals);
}

/** 0.9795 → "97.95%" (rates are fractions rounded to 4 decimals). */
export function percentText(rate: number | null): string {
  return rate === null ? DASH : formatPercent(rate);
}

/** "88" with unit "%" → "88%"; text that carries its own unit stays as it is. */
export function withUnit(text: string, unit: string): string {
  return unit && /^[-+]?[\d,]*\.?\d+$/.test(text.trim()) ? `${text.trim()}${unit}` : text;
}

/**
 * A cell's value as the sheet shows it: a number in a percent-formatted cell as a percentage
 * (0.9424 → "94.24%"), another number with the row's unit ("18.2" → "18.2万件"), text as
 * written; "" when blank.
 */
export function displayValue(cell: InputValue, unit: string): string {
  if (cell === undefined || isBlank(cell.value)) return '';
  const raw = cell.value;
  if (typeof raw === 'number') {
    if (cell.numberFormat?.includes('%')) return formatPercentShort(raw);
    return withUnit(new Decimal(raw).toFixed(), unit);
  }
  return withUnit(String(raw).trim(), unit);
}

function stateOf(status: RowStatus): DeviationState | null {
  switch (status) {
    case 'needsExplanation':
      return 'open';
    case 'needsManualScore':
      return 'manual';
    case 'explained':
      return 'explained';
    default:
      return null;
  }
}

const STATE_ORDER: Record<DeviationState, number> = { open: 0, manual: 1, explained: 2 };

function phraseKindOf(flags: Flag[], budget: boolean): PhraseKind {
  if (budget) return 'budget';
  const codes = flags.map((f) => f.code);
  if (codes.includes('needsManualScore') || codes.includes('overrideDiffers')) return 'manual';
  if (codes.includes('shortfall')) return 'shortfall';
  if (codes.includes('overAchievement')) return 'overAchievement';
  return 'general';
}

function flagViews(flags: Flag[], locale: Locale): DeviationItem['flags'] {
  return flags.map((f) => ({ code: f.code, message: messageOf(f, locale), severity: f.severity }));
}

function indicatorItem(row: IndicatorResult, locale: Locale): DeviationItem | null {
  const state = stateOf(row.status);
  if (!state) return null;
  return {
    target: row.index,
    key: `row-${row.index}`,
    name: row.name,
    group: [row.level1, row.level2].filter((s) => s !== '').join(' / '),
    targetText: withUnit(row.targetText, row.unit),
    actualText: withUnit(row.actualText, row.unit),
    completionText: percentText(row.completion),
    scoreText: `${fixed(row.score)} / ${fixed(row.weight)}`,
    state,
    flags: flagViews(row.flags, locale),
    phraseKind: phraseKindOf(row.flags, false),
    reason: row.reason,
    measures: row.measures,
    manualBand: row.manualBand
      ? { min: fixed(row.manualBand.min), max: fixed(row.manualBand.max) }
      : null,
  };
}

function budgetItem(
  result: EvaluationResult,
  locale: Locale,
  budgetReason: string,
): DeviationItem | null {
  const execution = result.execution;
  const state = stateOf(execution.status);
  if (!state) return null;
  return {
    target: 'budget',
    key: 'budget',
    name: t('pane.deviations.budgetName', {}, locale),
    group: '',
    // The budget has no target/actual pair: its figures are the execution rate and score
    // (no score at mid-year: the execution so far is not scored against the year).
    targetText: '',
    actualText: '',
    completionText: percentText(execution.rate),
    scoreText: result.monitoring ? '' : `${fixed(execution.score)} / ${fixed(execution.weight)}`,
    state,
    flags: flagViews(execution.flags, locale),
    phraseKind: 'budget',
    reason: budgetReason,
    measures: '',
    manualBand: null,
  };
}

/** The engine's level subtotals (result.levels), formatted; "" names rows without a level 1. */
function subtotalsOf(result: EvaluationResult, locale: Locale): Subtotal[] {
  return result.levels.map((level) => ({
    level1: level.name || t('pane.summary.noLevel', {}, locale),
    scoreText: fixed(level.score, Math.max(2, result.scoreDecimals)),
    weightText: fixed(level.weight),
    partial: level.unscored > 0,
    fraction:
      level.score === null || level.weight === 0
        ? null
        : Decimal.min(
            1,
            Decimal.max(0, new Decimal(level.score).dividedBy(level.weight)),
          ).toNumber(),
  }));
}

function monitoringSummaryOf(result: EvaluationResult): MonitoringSummary | null {
  const monitoring = result.monitoring;
  if (!monitoring) return null;
  // Spent ÷ final budget: the share the budget light compares with the time share (not the
  // execution rate, whose denominator follows executionDenominator).
  const share = result.execution.spentShare;
  return {
    elapsedText: formatPercentShort(monitoring.elapsed),
    elapsed: monitoring.elapsed,
    counts: monitoring.lights,
    spentText: percentText(share),
    spent: share === null ? null : Math.min(1, Math.max(0, share)),
  };
}

/** What the workbook holds beside the result: the budget's explanation (预算偏差说明). */
export interface PaneExtras {
  budgetReason?: string;
}

const GRADES = ['优', '良', '中', '差'] as const;

/** A grade in the pane's language: 优 → Excellent, 待定 → Pending in English. */
export function gradeLabel(grade: string, locale: Locale): string {
  const known = GRADES.find((g) => g === grade);
  if (known) return t(`pane.grade.${known}`, {}, locale);
  return grade === '待定' ? t('pane.summary.gradePending', {}, locale) : grade;
}

export function buildPaneModel(
  result: EvaluationResult,
  locale: Locale,
  extras: PaneExtras = {},
): PaneModel {
  const items: DeviationItem[] = [];
  const budget = budgetItem(result, locale, extras.budgetReason ?? '');
  if (budget) items.push(budget);
  for (const row of result.indicators) {
    const item = indicatorItem(row, locale);
    if (item) items.push(item);
  }
  // Stable sort: open first, then manual, explained last; sheet order within each group.
  const deviations = items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => STATE_ORDER[a.item.state] - STATE_ORDER[b.item.state] || a.order - b.order)
    .map(({ item }) => item);
  const { openCount, explainedCount } = result;
  const errors = result.errors.map((e) => ({ where: e.where, message: messageOf(e, locale) }));
  const statusLine =
    errors.length > 0
      ? t('pane.summary.errors', { count: errors.length }, locale)
      : openCount > 0
        ? t('pane.summary.openCount', { count: openCount }, locale)
        : t('pane.summary.allExplained', {}, locale);
  return {
    // Scores at the profile's scoreDecimals (at least 2), as the sheet shows them.
    totalText: fixed(result.total, Math.max(2, result.scoreDecimals)),
    maxText: fixed(result.maxTotal, 0),
    grade: result.grade,
    gradeText: gradeLabel(result.grade, locale),
    provisional: result.provisional,
    provisionalGrade: gradeLabel(result.provisionalGrade, locale),
    monitoring: result.monitoring !== undefined,
    monitoringSummary: monitoringSummaryOf(result),
    // At mid-year the headline itself says why nothing is final: its reason is not repeated.
    provisionalReasons: result.provisionalReasons
      .filter((p) => !(result.monitoring && p.code === 'monitor.provisional'))
      .map((p) => (p.where ? `${p.where}：${messageOf(p, locale)}` : messageOf(p, locale))),
    warnings: result.warnings.map((w) => messageOf(w, locale)),
    executionRateText: percentText(result.execution.rate),
    executionScoreText: fixed(result.execution.score, Math.max(2, result.scoreDecimals)),
    executionWeightText: fixed(result.execution.weight),
    subtotals: subtotalsOf(result, locale),
    deviations,
    openCount,
    explainedCount,
    errors,
    statusLine,
  };
}

/**
 * The result after an annotation was saved: the row carries the new texts and, when it was
 * waiting for an explanation and now has a reason, counts as explained at once (the next
 * recalculation confirms it from the sheet).
 */
export function withAnnotation(
  result: EvaluationResult,
  target: AnnotationTarget,
  reason: string,
  measures: string,
): EvaluationResult {
  const explained = !isBlank(reason);
  const closes = (status: RowStatus) => status === 'needsExplanation' && explained;
  let { execution, indicators } = result;
  if (target === 'budget') {
    if (!closes(execution.status)) return result;
    execution = { ...execution, status: 'explained' };
  } else {
    indicators = indicators.map((row) =>
      row.index !== target
        ? row
        : {
            ...row,
            reason,
            measures,
            status: closes(row.status) ? ('explained' as const) : row.status,
          },
    );
  }
  const counts = lineCounts(execution, indicators);
  return {
    ...result,
    execution,
    indicators,
    openCount: counts.open,
    explainedCount: counts.explained,
  };
}

/** The quick phrases of an item: reason phrases and measures phrases. */
export interface PhraseKeys {
  reason: readonly MessageKey[];
  measures: readonly MessageKey[];
}

const PHRASES: Record<PhraseKind, PhraseKeys> = {
  shortfall: {
    reason: ['pane.phrase.shortfall.reason.1', 'pane.phrase.shortfall.reason.2'],
    measures: ['pane.phrase.shortfall.measures.1', 'pane.phrase.shortfall.measures.2'],
  },
  overAchievement: {
    reason: ['pane.phrase.overAchievement.reason.1', 'pane.phrase.overAchievement.reason.2'],
    measures: ['pane.phrase.overAchievement.measures.1'],
  },
  budget: {
    reason: ['pane.phrase.budget.reason.1', 'pane.phrase.budget.reason.2'],
    measures: ['pane.phrase.budget.measures.1'],
  },
  manual: {
    reason: ['pane.phrase.manual.reason.1', 'pane.phrase.manual.reason.2'],
    measures: ['pane.phrase.manual.measures.1'],
  },
  general: {
    reason: ['pane.phrase.general.reason.1'],
    measures: ['pane.phrase.general.measures.1'],
  },
};

/** Quick phrase keys for an item: reason phrases and measures phrases. */
export function phraseKeys(kind: PhraseKind): PhraseKeys {
  return PHRASES[kind];
}
