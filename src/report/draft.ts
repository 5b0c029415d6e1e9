/**
 * Drafting the self-evaluation report from an evaluation: the budget
 * paragraphs of 一（三）, one paragraph per indicator as in the seed's section 三, the
 * conclusion of section 四 and the indicator table, with the figures of the scoring rules.
 * A mid-year evaluation (result.monitoring) gives the mid-year monitoring draft instead
 * (./monitoring): the traffic lights, never a score, composite or grade.
 *
 * Pure: no Node, DOM or Office imports, so the task pane can draft the same text. The result
 * should have been evaluated in the same locale (its flag texts are quoted as they are).
 */
import type { EvaluationInput, EvaluationResult, Locale } from '../engine/types';
import { conclusionSection } from './conclusion';
import { percentText, sayer, type Say } from './format';
import { analysisSection, indicatorTable, indicatorTexts } from './indicators';
import { monitoringAnalysisSection, monitoringConclusion, monitoringTable } from './monitoring';
import { budgetTexts, overviewSection } from './overview';
import type { ReportDraft } from './types';

function titleOf(input: EvaluationInput, say: Say, monitoring: boolean): string {
  const department = (input.department ?? '').trim();
  const y = input.year === undefined || input.year === null ? '' : String(input.year).trim();
  const year = y ? say('report.title.year', { year: y }) : '';
  const subject = department || year ? say('report.title.subject', { department, year }) : '';
  return say(monitoring ? 'report.monitoring.title' : 'report.title', { subject });
}

export function draftReport(
  input: EvaluationInput,
  result: EvaluationResult,
  locale: Locale,
): ReportDraft {
  const say = sayer(locale);
  const budget = budgetTexts(input, result, say);
  const texts = result.indicators.map((row) => indicatorTexts(row, say));
  const overview = overviewSection(input, result, say);
  const monitoring = result.monitoring;
  if (monitoring) {
    return {
      locale,
      title: titleOf(input, say, true),
      provisional: true,
      monitoring: true,
      notice: say('report.monitoring.notice', { elapsed: percentText(monitoring.elapsed) }),
      overview,
      analysis: monitoringAnalysisSection(input, result, monitoring, texts, budget, say, locale),
      table: monitoringTable(result, monitoring, texts, budget, say),
      conclusion: monitoringConclusion(input, result, monitoring, say),
    };
  }
  return {
    locale,
    title: titleOf(input, say, false),
    provisional: result.provisional,
    monitoring: false,
    notice: result.provisional ? say('report.provisionalNotice') : null,
    overview,
    analysis: analysisSection(input, result, texts, budget, say, locale),
    table: indicatorTable(result, texts, budget, say),
    conclusion: conclusionSection(input, result, say),
  };
}
