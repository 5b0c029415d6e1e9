/** 四、自评结论: the composite and grade (never as final while provisional), execution, open items. */
import type { EvaluationInput, EvaluationResult, Flag, RowStatus } from '../engine/types';
import { percentText, plainNumber, sum, type Say } from './format';
import type { ReportSection } from './types';

const OPEN: ReadonlySet<RowStatus> = new Set(['needsExplanation', 'needsManualScore', 'invalid']);

function needsAction(flag: Flag): boolean {
  return flag.severity !== 'info';
}

/**
 * What still needs an explanation, a manual score or a correction, each with its subject: the
 * lines of result.openCount (and invalid ones) and the input errors.
 */
export function openItems(
  result: EvaluationResult,
  say: Say,
): { subject: string; message: string }[] {
  const items: { subject: string; message: string }[] = [];
  const sep = say('report.conclusion.separator');
  const add = (subject: string, flags: Flag[]): void => {
    const messages = flags.filter(needsAction).map((f) => say.said(f));
    if (messages.length) items.push({ subject, message: messages.join(sep) });
  };
  if (OPEN.has(result.execution.status)) {
    add(say('report.conclusion.executionSubject'), result.execution.flags);
  }
  for (const row of result.indicators) if (OPEN.has(row.status)) add(row.name, row.flags);
  // Whole-evaluation warnings are not open items: the conclusion states them beside the
  // composite (report.conclusion.warning).
  for (const error of result.errors) items.push({ subject: error.where, message: say.said(error) });
  return items;
}

/**
 * 分一级指标: each level-1 subtotal of the engine (result.levels), partial ones marked; null
 * when no indicator has a level 1 (the composite says it all).
 */
export function levelsParagraph(result: EvaluationResult, say: Say): string | null {
  if (result.levels.every((level) => level.name === '')) return null;
  const texts = result.levels.map((level) => {
    const params = {
      name: level.name || say('report.conclusion.noLevel'),
      weight: plainNumber(level.weight),
      unscored: level.unscored,
    };
    if (level.score === null) return say('report.conclusion.levelNone', params);
    const key = level.unscored > 0 ? 'report.conclusion.levelPartial' : 'report.conclusion.level';
    return say(key, { ...params, score: plainNumber(level.score) });
  });
  return say('report.conclusion.levels', {
    levels: texts.join(say('report.conclusion.levelSeparator')),
  });
}

function yearText(year: EvaluationInput['year'], say: Say): string {
  const y = year === undefined || year === null ? '' : String(year).trim();
  return y ? say('report.conclusion.yearOf', { year: y }) : say('report.conclusion.thisYear');
}

export function conclusionSection(
  input: EvaluationInput,
  result: EvaluationResult,
  say: Say,
): ReportSection {
  const paragraphs: string[] = [];
  const composite = {
    year: yearText(input.year, say),
    total: plainNumber(result.total),
  };
  if (result.provisional) {
    paragraphs.push(say('report.conclusion.provisional', composite));
    const reasons = result.provisionalReasons.map((p) => say.said(p));
    if (reasons.length) {
      paragraphs.push(
        say('report.conclusion.pendingBecause', {
          reasons: reasons.join(say('report.conclusion.separator')),
        }),
      );
    }
  } else {
    paragraphs.push(say('report.conclusion.final', { ...composite, grade: result.grade }));
  }
  // Warnings about the whole evaluation stand beside the composite (it stays final).
  for (const warning of result.warnings) {
    paragraphs.push(say('report.conclusion.warning', { message: say.said(warning) }));
  }

  const { execution } = result;
  paragraphs.push(
    execution.rate === null || execution.score === null
      ? say('report.conclusion.executionPending', { weight: plainNumber(execution.weight) })
      : say('report.conclusion.execution', {
          rate: percentText(execution.rate),
          score: plainNumber(execution.score),
          weight: plainNumber(execution.weight),
        }),
  );
  const scores = result.indicators.map((row) => row.score);
  if (scores.length && scores.every((s): s is number => s !== null)) {
    paragraphs.push(
      say('report.conclusion.indicators', {
        count: scores.length,
        weight: plainNumber(sum(result.indicators.map((row) => row.weight))),
        score: plainNumber(sum(scores)),
      }),
    );
  }

  const levels = levelsParagraph(result, say);
  if (levels !== null) paragraphs.push(levels);

  const items = openItems(result, say);
  if (!items.length) paragraphs.push(say('report.conclusion.noOpenItems'));
  else {
    paragraphs.push(say('report.conclusion.openItems', { count: items.length }));
    items.forEach((item, i) =>
      paragraphs.push(say('report.conclusion.openItem', { number: i + 1, ...item })),
    );
  }
  return { heading: say('report.conclusion.heading'), paragraphs, subsections: [] };
}
