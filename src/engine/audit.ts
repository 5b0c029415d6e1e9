/**
 * The audit: manual scores that differ from the rule's, and inconsistencies in the
 * inputs (年初 + 调整 ≠ 全年, budget lines not adding up to the totals, weights, level-1
 * weights, a cumulative figure that went down),
 * each with the cell to look at. Pure: reads the input and the evaluation's result.
 */
import {
  LINE_COLUMNS,
  type LineColumn,
  moneyOf,
  moneyText,
  readBudgetLines,
  roundMoney,
  sameMoney,
} from './budget-lines';
import type { KeysUnder } from '../i18n/catalog';
import { Decimal } from './decimal';
import { cellOf, textOf, type Cell } from './input-cells';
import type { RuleProfile } from './profiles';
import { textParam } from './messages';
import type {
  AuditItem,
  BudgetWithLines,
  EvaluationInput,
  EvaluationResult,
  SaidParams,
} from './types';
import { parseUnit, parseValue, unitsCompatible } from './values';
import type { UnitInfo } from './values/types';

/** A plain number in the unit's base (18.2万件 → 182000); null when it is anything else. */
export function amountOf(cell: Cell, unit: UnitInfo | null): Decimal | null {
  const v = parseValue(cell.raw, { rowUnit: unit, numberFormat: cell.numberFormat });
  return v.kind === 'quantity' && unitsCompatible(unit, v.quantity.unit) ? v.quantity.amount : null;
}

/** "绩效指标!J5:J12" for the weight column of a sheet; the JSON path otherwise. */
function weightSpan(input: EvaluationInput): string {
  const rows = input.indicators;
  const cell = (i: number) => cellOf(rows[i]?.weight, `indicators[${i}]`, 'weight').where;
  const re = /^(.*!)?([A-Z]+)(\d+)$/;
  const a = re.exec(cell(0));
  const b = re.exec(cell(rows.length - 1));
  if (a && b && a[1] === b[1] && a[2] === b[2]) return `${a[0]}:${b[2]}${b[3]}`;
  return 'indicators[*].weight';
}

type AddItem = (code: KeysUnder<'audit.'>, where: string, params: SaidParams) => void;

/**
 * The budget breakdown against Budget_Final / Budget_Spent / Budget_Initial (each when both
 * are given), and each 合计 / 小计 row against its lines, at the money's precision. Lines that
 * are not amounts are input problems (see budget-lines.ts), and their column is not summed.
 */
function auditBudgetLines(
  budget: Partial<BudgetWithLines>,
  unit: UnitInfo | null,
  add: AddItem,
): void {
  const lines = readBudgetLines(budget, unit);
  if (!lines) return;
  const label = (column: LineColumn) => textParam(`audit.budgetLines.column.${column}`);
  const figures = (sum: Decimal, total: Decimal) => ({
    sum: moneyText(sum),
    total: moneyText(total),
    // The difference of the figures as shown, so that it never reads 0.00.
    difference: moneyText(roundMoney(sum).minus(roundMoney(total))),
  });
  for (const column of LINE_COLUMNS) {
    const lineSum = lines.sums[column];
    if (!lineSum) continue;
    const cell = cellOf(budget[column], 'budget', column);
    const total = moneyOf(cell, unit);
    if (total === null || total === 'blank' || sameMoney(lineSum.sum, total)) continue;
    add('budgetLinesMismatch', cell.where, {
      column,
      label: label(column),
      span: lineSum.span,
      ...figures(lineSum.sum, total),
    });
  }
  for (const row of lines.sumRows) {
    for (const column of LINE_COLUMNS) {
      const c = row.cells[column];
      if (!c || sameMoney(c.sum, c.amount)) continue;
      add('budgetLinesSubtotal', c.cell.where, {
        name: row.name,
        column,
        label: label(column),
        span: c.span,
        ...figures(c.sum, c.amount),
      });
    }
  }
}

export function auditEvaluation(
  input: EvaluationInput,
  result: EvaluationResult,
  profile: RuleProfile,
): AuditItem[] {
  const items: AuditItem[] = [];
  const add: AddItem = (code, where, params) => {
    items.push({ code, where, key: `audit.${code}`, params, severity: 'warning' });
  };
  const fixed = (n: number) => new Decimal(n).toFixed(profile.scoreDecimals);

  // 年初 + 调整 = 全年, when all three are given.
  const budget: Partial<BudgetWithLines> = input.budget ?? {};
  const unit = input.unit ? parseUnit(input.unit) : null;
  const money = (field: 'initial' | 'adjustment' | 'final') => {
    const cell = cellOf(budget[field], 'budget', field);
    return { cell, amount: amountOf(cell, unit) };
  };
  const [initial, adjustment, final] = [money('initial'), money('adjustment'), money('final')];
  if (initial.amount && adjustment.amount && final.amount) {
    const sum = initial.amount.plus(adjustment.amount);
    if (!sum.equals(final.amount)) {
      add('budgetMismatch', adjustment.cell.where, {
        initial: textOf(initial.cell.raw),
        adjustment: textOf(adjustment.cell.raw),
        final: textOf(final.cell.raw),
        sum: (unit ? sum.dividedBy(unit.factor) : sum).toString(),
      });
    }
  }

  auditBudgetLines(budget, unit, add);

  // Weights: the evaluation's own flags (and their texts), pointed at the weight column.
  for (const flag of result.flags) {
    const code = flag.code === 'nonStandardLevelWeights' ? 'levelWeights' : flag.code;
    if (code === 'weightsNot100' || code === 'levelWeights') {
      const { key, params, severity } = flag;
      items.push({ code, where: weightSpan(input), key, params, severity });
    }
  }

  result.indicators.forEach((row, i) => {
    const inputRow = input.indicators[i] ?? {};
    const path = `indicators[${i}]`;
    if (row.manualScore !== null && row.ruleScore !== null && row.manualScore !== row.ruleScore) {
      add('manualDiffers', cellOf(inputRow.manualScore, path, 'manualScore').where, {
        name: row.name,
        manual: fixed(row.manualScore),
        rule: fixed(row.ruleScore),
      });
    }
    // A cumulative larger-is-better figure cannot be lower at year end than at mid-year. The
    // rounded completions rule most rows out before anything is parsed again.
    if (
      (row.operator === '≥' || row.operator === '>') &&
      row.midYearCompletion !== null &&
      row.completion !== null &&
      row.midYearCompletion >= row.completion
    ) {
      if (!row.cumulative) return;
      const rowUnit = parseUnit(row.unit);
      const midCell = cellOf(inputRow.midYear, path, 'midYear');
      const actualCell = cellOf(inputRow.actual, path, 'actual');
      const mid = amountOf(midCell, rowUnit);
      const actual = amountOf(actualCell, rowUnit);
      if (mid && actual && mid.greaterThan(actual)) {
        add('midYearAboveYearEnd', midCell.where, {
          name: row.name,
          midYear: textOf(midCell.raw),
          actual: textOf(actualCell.raw),
        });
      }
    }
  });
  return items;
}
