/**
 * The mid-year monitoring draft (年中监控, result.monitoring set): before the year end the
 * engine's composite is only the spending's share of the execution points, so this draft
 * states no 自评得分, 综合得分 or grade. It gives the budget spent against the elapsed share of
 * the year, each indicator's mid-year value against the elapsed share or the target with its
 * traffic light and likelihood, the reasons (with their monitoring category), and sums up the
 * lights in the conclusion.
 */
import { textOf } from '../engine/input-cells';
import type {
  EvaluationInput,
  EvaluationResult,
  IndicatorResult,
  Locale,
  MonitorItem,
  MonitorLight,
  MonitoringResult,
} from '../engine/types';
import { percentText, type Say } from './format';
import { analysisWith, type IndicatorTexts } from './indicators';
import type { BudgetTexts } from './overview';
import type { ReportBlock, ReportSection, ReportTable } from './types';

const LIGHTS: MonitorLight[] = ['red', 'yellow', 'green'];

function yearText(year: EvaluationInput['year'], say: Say): string {
  const y = year === undefined || year === null ? '' : String(year).trim();
  return y ? say('report.analysis.yearOf', { year: y }) : say('report.analysis.thisYear');
}

/** The light and the likelihood in words: "绿灯，预计能完成". */
function lightWords(item: MonitorItem, say: Say): string {
  return say('report.monitoring.light', {
    light: say(`monitor.light.${item.light}`),
    likelihood: say(`monitor.likelihood.${item.likelihood}`),
  });
}

/**
 * A reason split from the monitoring category written in front of it ("经费保障：资金未拨付"
 * → 经费保障, 资金未拨付); category null when the reason does not start with one.
 */
export function splitCategory(
  reason: string,
  monitoring: MonitoringResult,
  say: Say,
): { category: string | null; reason: string } {
  const text = reason.trim();
  for (const label of monitoring.categories.map((code) => say(`monitor.category.${code}`))) {
    if (!label || !text.startsWith(label)) continue;
    const rest = text.slice(label.length).trimStart();
    if (/^[：:]/.test(rest)) return { category: label, reason: rest.slice(1).trim() };
  }
  return { category: null, reason: text };
}

/** "偏差原因（经费保障）：资金未拨付，改进措施：…。"; "" when neither is given. */
function reasonSentence(
  reasonText: string,
  measuresText: string,
  monitoring: MonitoringResult,
  say: Say,
): string {
  const { category, reason } = splitCategory(reasonText, monitoring, say);
  const measures = measuresText.trim();
  const label =
    category === null
      ? say('report.monitoring.reasonLabel')
      : say('report.monitoring.reasonLabelCategory', { category });
  if (reason && measures) {
    return say('report.monitoring.reasonAndMeasures', { label, reason, measures });
  }
  if (reason) return say('report.monitoring.reason', { label, reason });
  if (measures) return say('report.indicator.measures', { measures });
  return '';
}

/** The monitoring item of an indicator row, if the row has a light. */
function itemOf(monitoring: MonitoringResult, index: number): MonitorItem | null {
  return monitoring.indicators.find((item) => item.index === index) ?? null;
}

/** Progress of one indicator: against the elapsed share (cumulative) or the target (rates). */
function progressWords(item: MonitorItem, elapsed: string, say: Say): string {
  const progress = percentText(item.progress);
  if (item.cumulative) {
    return say('report.monitoring.cumulative', {
      completion: percentText(item.completion),
      elapsed,
      progress,
    });
  }
  return say(item.progress >= 1 ? 'report.monitoring.rateReached' : 'report.monitoring.rate', {
    progress,
  });
}

/** "全年办件数量：该指标预期指标值为大于等于40万件，年中监控值为18.2万件，为年度目标值的45.5%，…" */
export function monitoringIndicatorParagraph(
  row: IndicatorResult,
  texts: IndicatorTexts,
  monitoring: MonitoringResult,
  say: Say,
): string {
  const elapsed = percentText(monitoring.elapsed);
  let text = say('report.indicator.target', { name: row.name, target: texts.targetWords });
  const item = itemOf(monitoring, row.index);
  if (texts.midYear === null) text += say('report.monitoring.midYearBlank');
  else {
    text += say('report.monitoring.midYear', { midYear: texts.midYear });
    text +=
      item === null
        ? say('report.monitoring.noLight')
        : `${progressWords(item, elapsed, say)}${lightWords(item, say)}`;
  }
  text += say('report.indicator.end');
  return (text + reasonSentence(row.reason, row.measures, monitoring, say)).trimEnd();
}

/** 一（三）at mid-year: the budget spent so far against the elapsed share of the year. */
export function monitoringExecutionBlock(
  budget: BudgetTexts,
  spent: string,
  monitoring: MonitoringResult,
  say: Say,
): ReportBlock {
  const elapsed = percentText(monitoring.elapsed);
  const execution = monitoring.execution;
  return {
    heading: say('report.monitoring.overviewHeading'),
    paragraphs: [
      execution === null
        ? say('report.monitoring.overviewNoShare', { final: budget.final, spent, elapsed })
        : say('report.monitoring.overview', {
            final: budget.final,
            spent,
            completion: percentText(execution.completion),
            elapsed,
          }),
    ],
  };
}

function executionParagraph(
  input: EvaluationInput,
  budget: BudgetTexts,
  monitoring: MonitoringResult,
  say: Say,
): string {
  const execution = monitoring.execution;
  const params = {
    year: yearText(input.year, say),
    final: budget.final,
    spent: budget.spent,
    elapsed: percentText(monitoring.elapsed),
  };
  if (execution === null) return say('report.monitoring.executionPending', params).trimEnd();
  const text = say('report.monitoring.execution', {
    ...params,
    completion: percentText(execution.completion),
    progress: percentText(execution.progress),
    lightWords: lightWords(execution, say),
  });
  return (text + reasonSentence(textOf(input.budget.reason?.value), '', monitoring, say)).trimEnd();
}

/** 三、绩效指标年中完成情况: the budget's light, then one paragraph per indicator. */
export function monitoringAnalysisSection(
  input: EvaluationInput,
  result: EvaluationResult,
  monitoring: MonitoringResult,
  texts: IndicatorTexts[],
  budget: BudgetTexts,
  say: Say,
  locale: Locale,
): ReportSection {
  return analysisWith(
    say('report.monitoring.analysisHeading'),
    executionParagraph(input, budget, monitoring, say),
    result,
    say,
    locale,
    (row, i) => monitoringIndicatorParagraph(row, texts[i], monitoring, say),
  );
}

/** The mid-year table: mid-year value, progress, light and likelihood; no weights or scores. */
export function monitoringTable(
  result: EvaluationResult,
  monitoring: MonitoringResult,
  texts: IndicatorTexts[],
  budget: BudgetTexts,
  say: Say,
): ReportTable {
  const none = say('report.table.none');
  const cells = (item: MonitorItem | null): string[] =>
    item === null
      ? [none, none, none]
      : [
          percentText(item.progress),
          say(`monitor.light.${item.light}`),
          say(`monitor.likelihood.${item.likelihood}`),
        ];
  const rows: string[][] = [
    [say('monitor.execution'), budget.final, budget.spent, ...cells(monitoring.execution)],
  ];
  result.indicators.forEach((row, i) => {
    rows.push([
      row.name,
      texts[i].targetShort || none,
      texts[i].midYear ?? say('report.notGiven'),
      ...cells(itemOf(monitoring, row.index)),
    ]);
  });
  return {
    caption: say('report.monitoring.tableCaption', { elapsed: percentText(monitoring.elapsed) }),
    header: (['name', 'target', 'midYear', 'progress', 'light', 'likelihood'] as const).map((key) =>
      say(`report.monitoring.table.${key}`),
    ),
    rows,
    numeric: [false, false, false, true, false, false],
  };
}

/** 四、年中监控结论: the lights counted and named, what still needs a reason, input errors. */
export function monitoringConclusion(
  input: EvaluationInput,
  result: EvaluationResult,
  monitoring: MonitoringResult,
  say: Say,
): ReportSection {
  const sep = say('report.monitoring.nameSeparator');
  const counts = monitoring.lights;
  const paragraphs = [
    say('report.monitoring.summary', {
      elapsed: percentText(monitoring.elapsed),
      count: counts.red + counts.yellow + counts.green,
      ...counts,
    }),
  ];
  const items: { item: MonitorItem; reason: string }[] = [];
  if (monitoring.execution) {
    items.push({ item: monitoring.execution, reason: textOf(input.budget.reason?.value) });
  }
  for (const item of monitoring.indicators) {
    items.push({ item, reason: item.index === null ? '' : result.indicators[item.index].reason });
  }
  for (const light of LIGHTS) {
    const names = items
      .filter(({ item }) => item.light === light)
      .map(({ item }) => say.param(item.params.name));
    if (names.length) {
      paragraphs.push(
        say(`report.monitoring.lightList.${light}`, {
          count: names.length,
          names: names.join(sep),
        }),
      );
    }
  }
  const unexplained = items
    .filter(
      ({ item, reason }) =>
        item.light !== 'green' && !splitCategory(reason, monitoring, say).reason,
    )
    .map(({ item }) => say.param(item.params.name));
  if (unexplained.length) {
    paragraphs.push(say('report.monitoring.unexplained', { names: unexplained.join(sep) }));
  }
  if (result.errors.length) paragraphs.push(say('report.monitoring.errors'));
  result.errors.forEach((error, i) =>
    paragraphs.push(
      say('report.conclusion.openItem', {
        number: i + 1,
        subject: error.where,
        message: say.said(error),
      }),
    ),
  );
  paragraphs.push(say('report.monitoring.closing'));
  return { heading: say('report.monitoring.conclusionHeading'), paragraphs, subsections: [] };
}
