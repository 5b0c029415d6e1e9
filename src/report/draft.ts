/**
 * Drafting the self-evaluation report from an evaluation (issue 5, deliver 1): the budget
 * paragraphs of 一（三）, one paragraph per indicator as in the seed's section 三, the
 * conclusion of section 四 and the indicator table, with the figures of the scoring rules.
 *
 * Pure: no Node, DOM or Office imports, so the task pane can draft the same text. The result
 * should have been evaluated in the same locale (its flag texts are quoted as they are).
 */
import type { EvaluationInput, EvaluationResult, Locale } from '../engine/types';
import { conclusionSection } from './conclusion';
import { sayer } from './format';
import { analysisSection, indicatorTable, indicatorTexts } from './indicators';
import { budgetTexts, overviewSection } from './overview';
import type { ReportDraft } from './types';

function titleOf(
  input: EvaluationInput,
  say: (k: string, p?: Record<string, string>) => string,
): string {
  const department = (input.department ?? '').trim();
  const y = input.year === undefined || input.year === null ? '' : String(input.year).trim();
  const year = y ? say('report.title.year', { year: y }) : '';
  const subject = department || year ? say('report.title.subject', { department, year }) : '';
  return say('report.title', { subject });
}

export function draftReport(
  input: EvaluationInput,
  result: EvaluationResult,
  locale: Locale,
): ReportDraft {
  const say = sayer(locale);
  const budget = budgetTexts(input, result, say);
  const texts = result.indicators.map((row) =>
    indicatorTexts(row, input.indicators[row.index], say),
  );
  return {
    locale,
    title: titleOf(input, say),
    provisional: result.provisional,
    notice: result.provisional ? say('report.provisionalNotice') : null,
    overview: overviewSection(input, result, say),
    analysis: analysisSection(input, result, texts, budget, say, locale),
    table: indicatorTable(result, texts, budget, say),
    conclusion: conclusionSection(input, result, say),
  };
}
