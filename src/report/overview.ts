/** 一、基本概况（三）: the budget paragraphs (年初预算, 预算调整, 全年预算执行). */
import { Decimal } from 'decimal.js';
import type { EvaluationInput, EvaluationResult, InputValue } from '../engine/types';
import { parseInput, percentText, plainNumber, valueText, type Say } from './format';
import { parseUnit } from '../engine/values';
import type { ReportBlock, ReportSection } from './types';

/** The budget figures as the report writes them ("212.65万元"). */
export interface BudgetTexts {
  initial: string | null;
  final: string;
  spent: string;
  /** The signed adjustment ("-24.81万元"); null when unknown. */
  adjustment: string | null;
  /** −1, 0 or 1: reduced, unchanged, increased (null when unknown). */
  direction: number | null;
}

function isBlank(value: InputValue): boolean {
  const raw = value !== null && typeof value === 'object' ? value.value : value;
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

export function budgetTexts(
  input: EvaluationInput,
  result: EvaluationResult,
  say: Say,
): BudgetTexts {
  const unitText = input.unit ?? '';
  const unit = unitText ? parseUnit(unitText) : null;
  const text = (value: InputValue): string | null => valueText(parseInput(value, unit), unitText);
  const notGiven = say('report.notGiven');
  const signed = result.execution.adjustment;
  let adjustment: string | null = null;
  if (!isBlank(input.budget.adjustment)) adjustment = text(input.budget.adjustment);
  else if (signed !== null) adjustment = plainNumber(signed) + unitText;
  return {
    initial: isBlank(input.budget.initial) ? null : text(input.budget.initial),
    final: text(input.budget.final) ?? notGiven,
    spent: text(input.budget.spent) ?? notGiven,
    adjustment,
    direction: signed === null ? null : new Decimal(signed).comparedTo(0),
  };
}

function adjustmentParagraph(b: BudgetTexts, result: EvaluationResult, say: Say): string | null {
  const rate = result.execution.adjustmentRate;
  if (b.initial === null || rate === null) return null;
  const params = {
    initial: b.initial,
    final: b.final,
    adjustment: b.adjustment ?? '',
    rate: percentText(rate),
  };
  if (b.direction === null || b.direction === 0 || b.adjustment === null) {
    return say('report.overview.adjustmentNone', params);
  }
  return say(
    b.direction < 0 ? 'report.overview.adjustmentDown' : 'report.overview.adjustmentUp',
    params,
  );
}

function textOf(value: InputValue): string {
  const raw = value !== null && typeof value === 'object' ? value.value : value;
  return raw === null || raw === undefined ? '' : String(raw).trim();
}

export function overviewSection(
  input: EvaluationInput,
  result: EvaluationResult,
  say: Say,
): ReportSection {
  const b = budgetTexts(input, result, say);
  const blocks: ReportBlock[] = [];
  if (b.initial !== null) {
    blocks.push({
      heading: say('report.overview.initialHeading'),
      paragraphs: [say('report.overview.initial', { initial: b.initial })],
    });
    const adjusted = adjustmentParagraph(b, result, say);
    if (adjusted !== null) {
      const paragraphs = [adjusted];
      const reason = textOf(input.budget.reason);
      if (reason) paragraphs.push(say('report.overview.adjustmentReason', { reason }));
      blocks.push({ heading: say('report.overview.adjustmentHeading'), paragraphs });
    }
  }
  const rate = result.execution.rate;
  blocks.push({
    heading: say('report.overview.executionHeading'),
    paragraphs: [
      rate === null
        ? say('report.overview.executionNoRate', { final: b.final, spent: b.spent })
        : say('report.overview.execution', {
            final: b.final,
            spent: b.spent,
            rate: percentText(rate),
          }),
    ],
  });
  return {
    heading: say('report.overview.heading'),
    paragraphs: [],
    subsections: blocks,
  };
}
