/**
 * 一、基本概况（三）: the budget paragraphs (年初预算, 预算调整, 全年预算执行). With a budget
 * breakdown (budget.lines), the 年初预算 and 执行 paragraphs name each line's share, the seed's
 * way: "…年初预算数为212.65万元，其中：基本支出年初预算数为182.65万元、项目支出年初预算数为30万元。"
 */
import { Decimal } from 'decimal.js';
import { SUM_ROW, moneyOf } from '../engine/budget-lines';
import { cellOf, displayTextOf, isBlank, textOf } from '../engine/input-cells';
import type { EvaluationInput, EvaluationResult, InputValue } from '../engine/types';
import { percentText, plainNumber, type Say } from './format';
import { monitoringExecutionBlock } from './monitoring';
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

export function budgetTexts(
  input: EvaluationInput,
  result: EvaluationResult,
  say: Say,
): BudgetTexts {
  const unitText = input.unit ?? '';
  const unit = unitText ? parseUnit(unitText) : null;
  // Read as the engine reads the budget (an amount in the workbook's unit), else as shown.
  const text = (value: InputValue, field: string): string | null => {
    const cell = cellOf(value, 'budget', field);
    const amount = moneyOf(cell, unit);
    if (amount === 'blank') return null;
    return amount === null ? displayTextOf(cell) : amount.toFixed() + unitText;
  };
  const notGiven = say('report.notGiven');
  const signed = result.execution.adjustment;
  let adjustment: string | null = null;
  if (!isBlank(input.budget.adjustment?.value))
    adjustment = text(input.budget.adjustment, 'adjustment');
  else if (signed !== null) adjustment = plainNumber(signed) + unitText;
  return {
    initial: text(input.budget.initial, 'initial'),
    final: text(input.budget.final, 'final') ?? notGiven,
    spent: text(input.budget.spent, 'spent') ?? notGiven,
    adjustment,
    direction: signed === null ? null : new Decimal(signed).comparedTo(0),
  };
}

/**
 * Each line's share of one column as the report says it ("基本支出年初预算数为182.65万元、
 * 项目支出年初预算数为30万元"), in the report's money unit; sum rows and blank cells left out.
 * Null when there is no breakdown, or when a line has no name or a figure that is not an
 * amount (the evaluation reports that; the paragraph then says only the total).
 */
export function lineShares(
  input: EvaluationInput,
  column: 'initial' | 'spent',
  say: Say,
): string | null {
  const lines = Array.isArray(input.budget.lines) ? input.budget.lines : [];
  const unitText = input.unit ?? '';
  const unit = unitText ? parseUnit(unitText) : null;
  const shares: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (line === null || typeof line !== 'object') return null;
    const path = `budget.lines[${i}]`;
    const name = textOf(line.name?.value);
    if (SUM_ROW.test(name)) continue;
    const amount = moneyOf(cellOf(line[column], path, column), unit);
    if (amount === 'blank') continue;
    if (amount === null || name === '') return null;
    shares.push(
      say(`report.overview.${column}Share`, { name, amount: amount.toFixed() + unitText }),
    );
  }
  return shares.length > 0 ? shares.join(say('report.overview.shareSeparator')) : null;
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

export function overviewSection(
  input: EvaluationInput,
  result: EvaluationResult,
  say: Say,
): ReportSection {
  const b = budgetTexts(input, result, say);
  const blocks: ReportBlock[] = [];
  if (b.initial !== null) {
    const shares = lineShares(input, 'initial', say);
    blocks.push({
      heading: say('report.overview.initialHeading'),
      paragraphs: [
        shares === null
          ? say('report.overview.initial', { initial: b.initial })
          : say('report.overview.initialLines', { initial: b.initial, lines: shares }),
      ],
    });
    const adjusted = adjustmentParagraph(b, result, say);
    if (adjusted !== null) {
      const paragraphs = [adjusted];
      // At mid-year the budget's reason explains the spending so far (section 三), not this.
      const reason = result.monitoring ? '' : textOf(input.budget.reason?.value);
      if (reason) paragraphs.push(say('report.overview.adjustmentReason', { reason }));
      blocks.push({ heading: say('report.overview.adjustmentHeading'), paragraphs });
    }
  }
  const rate = result.execution.rate;
  const spentShares = lineShares(input, 'spent', say);
  // "全年实际支出资金183.99万元，其中：基本支出为181.59万元、项目支出为2.4万元，…"
  const spent =
    spentShares === null
      ? b.spent
      : say('report.overview.spentLines', { spent: b.spent, lines: spentShares });
  if (result.monitoring) {
    blocks.push(monitoringExecutionBlock(b, spent, result.monitoring, say));
    return { heading: say('report.overview.heading'), paragraphs: [], subsections: blocks };
  }
  blocks.push({
    heading: say('report.overview.executionHeading'),
    paragraphs: [
      rate === null
        ? say('report.overview.executionNoRate', { final: b.final, spent })
        : say('report.overview.execution', {
            final: b.final,
            spent,
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
