/** 三、绩效指标完成情况: one paragraph per indicator in the seed's words, and the indicator table. */
import type { EvaluationInput, EvaluationResult, IndicatorResult, Locale } from '../engine/types';
import { chineseNumeral, operatorWords, percentText, plainNumber, type Say } from './format';
import type { BudgetTexts } from './overview';
import type { ReportSection, ReportTable } from './types';

/** The row's values as the report writes them: the engine's texts, as the pane shows them. */
export interface IndicatorTexts {
  /** The target in words: "大于等于5%" / "at least 5%"; qualitative targets as written. */
  targetWords: string;
  /** The target with its operator sign: "≥5%". */
  targetShort: string;
  /** null when blank. */
  midYear: string | null;
  /** null when blank. */
  actual: string | null;
  /** True when the actual is a number or date (else a text such as 无发生额). */
  actualIsValue: boolean;
}

export function indicatorTexts(row: IndicatorResult, say: Say): IndicatorTexts {
  const { targetDisplay: shown, targetFigure: figure } = row;
  // The engine's targetDisplay is the operator ("≥", or none) followed by targetFigure.
  const operator = shown.slice(0, shown.length - figure.length);
  return {
    targetWords: operatorWords(operator, say) + figure,
    targetShort: row.targetDisplay,
    midYear: row.midYearDisplay || null,
    actual: row.actualDisplay || null,
    actualIsValue: row.actualIsValue,
  };
}

function scoreSentence(row: IndicatorResult, say: Say): string {
  const weight = plainNumber(row.weight);
  if (row.score === null) return say('report.indicator.scorePending', { weight });
  const score = plainNumber(row.score);
  if (row.manualScore !== null && row.ruleScore !== null && row.manualScore !== row.ruleScore) {
    return say('report.indicator.scoreManual', {
      weight,
      score,
      ruleScore: plainNumber(row.ruleScore),
    });
  }
  return say('report.indicator.score', { weight, score });
}

/** "培训费下降率：该指标预期指标值为大于等于5%，年中监控实际完成值为0%，…自评得分8分。" */
export function indicatorParagraph(row: IndicatorResult, texts: IndicatorTexts, say: Say): string {
  let text = say('report.indicator.target', { name: row.name, target: texts.targetWords });
  if (texts.midYear !== null) text += say('report.indicator.midYear', { midYear: texts.midYear });
  if (texts.actual === null) text += say('report.indicator.actualBlank');
  else if (texts.actualIsValue) {
    text += say('report.indicator.actual', { name: row.name, actual: texts.actual });
  } else text += say('report.indicator.actualSpecial', { actual: texts.actual });
  if (row.completion !== null) {
    text += say('report.indicator.completion', { completion: percentText(row.completion) });
  }
  text += say('report.indicator.end');
  const reason = row.reason.trim();
  const measures = row.measures.trim();
  if (reason && measures) text += say('report.indicator.reasonAndMeasures', { reason, measures });
  else if (reason) text += say('report.indicator.reason', { reason });
  else if (measures) text += say('report.indicator.measures', { measures });
  return text + scoreSentence(row, say);
}

function yearText(year: EvaluationInput['year'], say: Say): string {
  const y = year === undefined || year === null ? '' : String(year).trim();
  return y ? say('report.analysis.yearOf', { year: y }) : say('report.analysis.thisYear');
}

function executionParagraph(
  input: EvaluationInput,
  result: EvaluationResult,
  budget: BudgetTexts,
  say: Say,
): string {
  const { rate, score } = result.execution;
  const params = { year: yearText(input.year, say), final: budget.final, spent: budget.spent };
  if (rate === null || score === null) return say('report.analysis.executionPending', params);
  return say('report.analysis.execution', {
    ...params,
    rate: percentText(rate),
    score: plainNumber(score),
  });
}

export function analysisSection(
  input: EvaluationInput,
  result: EvaluationResult,
  texts: IndicatorTexts[],
  budget: BudgetTexts,
  say: Say,
  locale: Locale,
): ReportSection {
  return analysisWith(
    say('report.analysis.heading'),
    executionParagraph(input, result, budget, say),
    result,
    say,
    locale,
    (row, i) => indicatorParagraph(row, texts[i], say),
  );
}

/**
 * An analysis section: its heading, the budget's paragraph, then one numbered subsection
 * (（一）, （二）… or 1, 2…) per indicator with its paragraph (the year-end and the mid-year
 * reports alike).
 */
export function analysisWith(
  heading: string,
  executionText: string,
  result: EvaluationResult,
  say: Say,
  locale: Locale,
  paragraph: (row: IndicatorResult, index: number) => string,
): ReportSection {
  return {
    heading,
    paragraphs: [executionText],
    subsections: result.indicators.map((row, i) => ({
      heading: say('report.analysis.indicatorHeading', {
        ordinal: locale === 'zh-CN' ? chineseNumeral(i + 1) : String(i + 1),
      }),
      paragraphs: [paragraph(row, i)],
    })),
  };
}

export function indicatorTable(
  result: EvaluationResult,
  texts: IndicatorTexts[],
  budget: BudgetTexts,
  say: Say,
): ReportTable {
  const none = say('report.table.none');
  const pending = say('report.table.pending');
  const score = (value: number | null): string => (value === null ? pending : plainNumber(value));
  const { execution } = result;
  const rows: string[][] = [
    [
      say('report.table.executionRow'),
      budget.final,
      budget.spent,
      execution.rate === null ? none : percentText(execution.rate),
      plainNumber(execution.weight),
      score(execution.score),
    ],
  ];
  result.indicators.forEach((row, i) => {
    rows.push([
      row.name,
      texts[i].targetShort || none,
      texts[i].actual ?? pending,
      row.completion === null ? none : percentText(row.completion),
      plainNumber(row.weight),
      score(row.score),
    ]);
  });
  const total = plainNumber(result.total);
  rows.push([
    say('report.table.totalRow'),
    none,
    none,
    none,
    plainNumber(result.maxTotal),
    result.provisional ? say('report.table.provisionalTotal', { total }) : total,
  ]);
  return {
    caption: say('report.table.caption'),
    header: (['name', 'target', 'actual', 'completion', 'weight', 'score'] as const).map((key) =>
      say(`report.table.${key}`),
    ),
    rows,
    numeric: [false, false, false, true, true, true],
  };
}
