/**
 * The budget block of a form: a header row naming 全年执行数 and a budget (全年预算数,
 * 调整后预算数, 年初预算数…), and under it the 年度资金总额 / 总额 row (never a 其中 row).
 */
import { printedPoints, printedUnit } from '../contract/printed';
import type { Grid } from './grid';
import { budgetColumnOf, isBudgetTotalLabel, isPartLabel, type BudgetColumn } from './words';

export interface BudgetBlock {
  headerRow: number;
  totalRow: number;
  columns: Map<string, { column: BudgetColumn; c: number; header: string }>;
  label?: { r: number; c: number };
}

function budgetHeaderAt(grid: Grid, r: number): BudgetBlock['columns'] | null {
  const columns: BudgetBlock['columns'] = new Map();
  for (let c = grid.left; c <= grid.right; c++) {
    const column = budgetColumnOf(grid.value(r, c));
    if (!column || columns.has(column.key)) continue;
    columns.set(column.key, { column, c, header: grid.text(r, c) });
  }
  const hasBudget = columns.has('final') || columns.has('initial');
  return columns.has('spent') && hasBudget ? columns : null;
}

/** The budget block's total row: 年度资金总额 / 总额 / 合计, else the first row with money. */
function budgetTotalRow(grid: Grid, headerRow: number, spentColumn: number): number | null {
  const last = Math.min(grid.bottom, headerRow + 8);
  for (let r = headerRow + 1; r <= last; r++) {
    for (let c = grid.left; c < spentColumn; c++)
      if (isBudgetTotalLabel(grid.value(r, c))) return r;
  }
  for (let r = headerRow + 1; r <= last; r++) {
    let part = false;
    for (let c = grid.left; c < spentColumn; c++) part ||= isPartLabel(grid.value(r, c));
    if (!part && !grid.blank(r, spentColumn)) return r;
  }
  return null;
}

/** Every budget block of the sheet outside the table's header rows (one is expected). */
export function findBudget(grid: Grid, headerRows: { top: number; count: number }): BudgetBlock[] {
  const blocks: BudgetBlock[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (r >= headerRows.top && r < headerRows.top + headerRows.count) continue;
    const columns = budgetHeaderAt(grid, r);
    if (!columns) continue;
    const spent = columns.get('spent');
    if (!spent) continue;
    const totalRow = budgetTotalRow(grid, r, spent.c);
    if (totalRow === null) continue;
    let label: BudgetBlock['label'];
    for (let rr = r; rr <= totalRow && !label; rr++)
      for (let c = grid.left; c < spent.c && !label; c++)
        if (printedPoints(grid.value(rr, c)) !== null || printedUnit(grid.value(rr, c)) !== null)
          label = { r: rr, c };
    blocks.push({ headerRow: r, totalRow, columns, label });
    r = totalRow;
  }
  return blocks;
}

/** A label printing the money unit in the budget block's rows ("年度预算数（万元）"). */
export function findUnitLabel(grid: Grid, budget: BudgetBlock): { r: number; c: number } | null {
  for (let r = budget.headerRow; r <= budget.totalRow; r++)
    for (let c = grid.left; c <= grid.right; c++)
      if (printedUnit(grid.value(r, c)) !== null) return { r, c };
  return null;
}
