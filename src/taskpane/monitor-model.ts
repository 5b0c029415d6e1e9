/**
 * Mid-year monitoring (年中监控) as the pane shows it: a traffic light per line, never colour
 * alone (红灯 / 黄灯 / 绿灯 in words, and a shape), what the light compares (budget spent and
 * cumulative figures against the elapsed share of the year, rates against the target), the
 * likelihood of reaching the target, and the deviation reason with its monitoring category.
 * Red lines first, then yellow, then green; sheet order within each.
 */
import type {
  EvaluationResult,
  Locale,
  MonitorCategory,
  MonitorItem,
  MonitorLight,
} from '../engine/types';
import { formatPercentShort } from '../engine/format';
import { reasonCategory } from '../engine/monitoring';
import { t, type MessageKey } from '../i18n/catalog';
import type { AnnotationTarget } from './backend';
import type { DeviationItem } from './model';
import { monitorNameOf } from '../i18n/said';

export interface MonitorLine {
  key: string;
  target: AnnotationTarget;
  name: string;
  light: MonitorLight;
  /** 红灯 / 黄灯 / 绿灯 */
  lightText: string;
  likelihoodText: string;
  /** What the light compares, in words: "完成年度目标的 45.5%，时间进度 50%". */
  detail: string;
  /** The pace against what is due by now: "进度 91%". */
  progressText: string;
  /** The mid-year value already meets the year's target. */
  reached: boolean;
  /** The mid-year cell (budget: the spent cell), to select it. */
  where: string;
  reason: string;
  measures: string;
  /** The category of the reason (经费保障…), when it has one. */
  categoryText: string | null;
}

export interface MonitoringModel {
  /** "50%" */
  elapsedText: string;
  execution: MonitorLine | null;
  /** Red first, then yellow, then green. */
  indicators: MonitorLine[];
  counts: Record<MonitorLight, number>;
  /** The composite is provisional (a mid-year input): said beside the lights. */
  provisional: boolean;
  /** The monitoring reason categories (经费保障, 制度保障, 人员保障, 硬件条件保障, 其他). */
  categories: { code: MonitorCategory; label: string }[];
}

const LIGHT_ORDER: Record<MonitorLight, number> = { red: 0, yellow: 1, green: 2 };

export interface MonitorExtras {
  budgetReason: string;
}

function lineOf(
  item: MonitorItem,
  result: EvaluationResult,
  elapsedText: string,
  extras: MonitorExtras,
  locale: Locale,
): MonitorLine {
  const tr = (key: MessageKey, params = {}) => t(key, params, locale);
  const row = item.index === null ? null : result.indicators[item.index];
  const completion = formatPercentShort(item.completion);
  const larger = row === null || row.operator === '≥' || row.operator === '>';
  let detail: string;
  let reached: boolean;
  if (row === null) {
    detail = tr('pane.monitor.executionDetail', { completion, elapsed: elapsedText });
    reached = false;
  } else if (item.cumulative) {
    detail = tr('pane.monitor.cumulativeDetail', { completion, elapsed: elapsedText });
    reached = larger && item.completion >= 1;
  } else {
    detail = tr('pane.monitor.rateDetail', {
      midYear: row.midYearDisplay || completion,
      target: row.targetDisplay,
    });
    reached = item.progress >= 1;
  }
  const reason = row === null ? extras.budgetReason : row.reason;
  const code = reasonCategory(reason.trim());
  const category = result.monitoring?.categories.find((c) => c === code);
  return {
    key: row === null ? 'budget' : `row-${row.index}`,
    target: row === null ? 'budget' : row.index,
    name: monitorNameOf(item, locale),
    light: item.light,
    lightText: tr(`pane.monitor.light.${item.light}`),
    likelihoodText: tr(`pane.monitor.likelihood.${item.likelihood}`),
    detail,
    progressText: tr('pane.monitor.progress', { progress: formatPercentShort(item.progress) }),
    reached,
    where: item.where,
    reason,
    measures: row === null ? '' : row.measures,
    categoryText: category ? tr(`monitor.category.${category}`) : null,
  };
}

/** The monitoring view of a result; null when the result has no monitoring. */
export function buildMonitoringModel(
  result: EvaluationResult,
  locale: Locale,
  extras: MonitorExtras,
): MonitoringModel | null {
  const monitoring = result.monitoring;
  if (!monitoring) return null;
  const elapsedText = formatPercentShort(monitoring.elapsed);
  const indicators = monitoring.indicators
    .map((item, order) => ({ line: lineOf(item, result, elapsedText, extras, locale), order }))
    .sort((a, b) => LIGHT_ORDER[a.line.light] - LIGHT_ORDER[b.line.light] || a.order - b.order)
    .map(({ line }) => line);
  const execution = monitoring.execution
    ? lineOf(monitoring.execution, result, elapsedText, extras, locale)
    : null;
  return {
    elapsedText,
    execution,
    indicators,
    counts: monitoring.lights,
    provisional: result.provisional,
    categories: monitoring.categories.map((code) => ({
      code,
      label: t(`monitor.category.${code}`, {}, locale),
    })),
  };
}

/** The annotation editor's item for a monitoring line (reason and measures of that row). */
export function monitorEditorItem(line: MonitorLine): DeviationItem {
  return {
    target: line.target,
    key: `monitor-${line.key}`,
    name: line.name,
    group: '',
    targetText: '',
    actualText: '',
    completionText: '',
    scoreText: '',
    state: line.reason.trim() === '' ? 'open' : 'explained',
    flags: [],
    phraseKind: line.target === 'budget' ? 'budget' : 'shortfall',
    reason: line.reason,
    measures: line.measures,
    manualBand: null,
  };
}

/**
 * The reason with a monitoring category in front ("经费保障：…"): a category already in front
 * is replaced, the rest of the text is kept.
 */
export function withCategory(
  reason: string,
  label: string,
  labels: string[],
  locale: Locale,
): string {
  let rest = reason.trimStart();
  for (const known of labels) {
    const prefix = new RegExp(`^${known.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[：:]\\s*`);
    if (prefix.test(rest)) {
      rest = rest.replace(prefix, '');
      break;
    }
  }
  return t('pane.monitor.categoryPrefix', { label }, locale) + rest;
}
