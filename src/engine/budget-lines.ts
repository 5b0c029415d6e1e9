/**
 * The budget breakdown (预算明细, `budget.lines`): its lines must add up to the totals. A row
 * named 合计 / 总计 / 小计 (Total / Grand total / Subtotal) is a sum, not a line: 合计 and 总计
 * sum every line, 小计 the lines since the previous sum row. Blank cells count as zero. Pure; read only.
 */
import { Decimal, ZERO, roundHalfUp } from './decimal';
import { cellOf, isBlank, textOf, type Cell } from './input-cells';
import { makeProblem } from './messages';
import type { BudgetLineInput, BudgetWithLines, Problem } from './types';
import { parseValue, unitsCompatible } from './values';
import type { UnitInfo } from './values/types';

/** The money columns of a line, each checked against its budget total when given. */
export const LINE_COLUMNS = ['final', 'spent', 'initial'] as const;
export type LineColumn = (typeof LINE_COLUMNS)[number];

/** Money is compared at 2 decimals, half-up (元 and 万元 figures of the report). */
const MONEY_DECIMALS = 2;

/**
 * A line name that marks a sum row, not a line: 合计 / 总计 / 小计 anywhere in it, or the
 * English Total / Grand total / Subtotal (Sub-total) as a whole word, in any case.
 */
export const SUM_ROW = /合计|总计|小计|\b(?:sub[-\s]?)?total\b/i;
const GRAND_TOTAL_ZH = /合计|总计/;
const SUBTOTAL_ZH = /小计/;
const TOTAL_EN = /\b(sub[-\s]?)?total\b/i;

/** A sum row's name sums every line (合计, 总计, Total, Grand total), not only its group. */
function isGrandTotal(name: string): boolean {
  if (GRAND_TOTAL_ZH.test(name)) return true;
  if (SUBTOTAL_ZH.test(name)) return false;
  const english = TOTAL_EN.exec(name);
  return english !== null && english[1] === undefined;
}

/** A money amount in the workbook's unit; 'blank', or null when it is not a plain amount. */
export function moneyOf(cell: Cell, unit: UnitInfo | null): Decimal | 'blank' | null {
  if (isBlank(cell.raw)) return 'blank';
  const v = parseValue(cell.raw, { rowUnit: unit, numberFormat: cell.numberFormat });
  if (v.kind !== 'quantity' || v.operator !== null || !unitsCompatible(unit, v.quantity.unit))
    return null;
  return unit ? v.quantity.amount.dividedBy(unit.factor) : v.quantity.amount;
}

/** A sum row (合计 / 小计) and, per column it fills, its figure against its lines' sum. */
export interface SumRow {
  name: string;
  cells: Partial<Record<LineColumn, { cell: Cell; amount: Decimal; sum: Decimal; span: string }>>;
}

export interface BudgetLinesReading {
  /** Per column with at least one figure given: the lines' sum and their span. */
  sums: Partial<Record<LineColumn, { sum: Decimal; span: string }>>;
  sumRows: SumRow[];
  /** Cells that hold something other than an amount of money (their column is not summed). */
  problems: Problem[];
}

/** "预算明细!C12:C15" when the cells are one column of a sheet; the JSON path otherwise. */
function spanOf(cells: Cell[], column: LineColumn): string {
  const re = /^(.*!)?([A-Z]+)(\d+)$/;
  const a = cells.length ? re.exec(cells[0].where) : null;
  const b = cells.length ? re.exec(cells[cells.length - 1].where) : null;
  if (a && b && a[1] === b[1] && a[2] === b[2])
    return a[0] === b[0] ? a[0] : `${a[0]}:${b[2]}${b[3]}`;
  return `budget.lines[*].${column}`;
}

/** The lines of `budget.lines`, or null when no breakdown is given. */
export function readBudgetLines(
  budget: Partial<BudgetWithLines>,
  unit: UnitInfo | null,
): BudgetLinesReading | null {
  const rows: BudgetLineInput[] = Array.isArray(budget.lines) ? budget.lines : [];
  if (rows.length === 0) return null;
  const problems: Problem[] = [];
  const bad = new Set<LineColumn>();
  const given = new Set<LineColumn>();
  const lineCells: Record<LineColumn, Cell[]> = { final: [], spent: [], initial: [] };
  const totals: Record<LineColumn, Decimal> = { final: ZERO, spent: ZERO, initial: ZERO };
  /** Per column: the cells and sum of the lines since the last sum row. */
  let group: Record<LineColumn, { cells: Cell[]; sum: Decimal }> = freshGroup();
  const pendingRows: { row: SumRow; grand: boolean; figures: [LineColumn, Cell, Decimal][] }[] = [];

  const money = (cell: Cell, column: LineColumn): Decimal | 'blank' | null => {
    const amount = moneyOf(cell, unit);
    if (amount === null) {
      bad.add(column);
      problems.push(
        makeProblem(cell.where, 'audit.budgetLines.notMoney', {
          text: textOf(cell.raw),
          unit: unit?.text ?? '',
        }),
      );
    }
    return amount;
  };

  rows.forEach((line, i) => {
    if (line === null || typeof line !== 'object') return;
    const path = `budget.lines[${i}]`;
    const name = textOf(line.name?.value);
    const sumRow = SUM_ROW.test(name);
    const figures: [LineColumn, Cell, Decimal][] = [];
    for (const column of LINE_COLUMNS) {
      const cell = cellOf(line[column], path, column);
      const amount = money(cell, column);
      if (amount === null || amount === 'blank') continue;
      if (sumRow) {
        figures.push([column, cell, amount]);
        continue;
      }
      given.add(column);
      totals[column] = totals[column].plus(amount);
      group[column].sum = group[column].sum.plus(amount);
    }
    if (sumRow) {
      const grand = isGrandTotal(name);
      const row: SumRow = { name, cells: {} };
      if (!grand) {
        // A 小计 (Subtotal) sums its group now; a 合计 (Total) waits for every line.
        for (const [column, cell, amount] of figures) {
          const g = group[column];
          row.cells[column] = { cell, amount, sum: g.sum, span: spanOf(g.cells, column) };
        }
        group = freshGroup();
      }
      pendingRows.push({ row, grand, figures });
      return;
    }
    for (const column of LINE_COLUMNS) {
      const cell = cellOf(line[column], path, column);
      lineCells[column].push(cell);
      group[column].cells.push(cell);
    }
  });

  const sums: BudgetLinesReading['sums'] = {};
  for (const column of LINE_COLUMNS) {
    if (given.has(column) && !bad.has(column))
      sums[column] = { sum: totals[column], span: spanOf(lineCells[column], column) };
  }
  const sumRows: SumRow[] = [];
  for (const { row, grand, figures } of pendingRows) {
    if (grand) {
      for (const [column, cell, amount] of figures)
        row.cells[column] = {
          cell,
          amount,
          sum: totals[column],
          span: spanOf(lineCells[column], column),
        };
    }
    for (const column of bad) delete row.cells[column];
    sumRows.push(row);
  }
  return { sums, sumRows, problems };
}

function freshGroup(): Record<LineColumn, { cells: Cell[]; sum: Decimal }> {
  return {
    final: { cells: [], sum: ZERO },
    spent: { cells: [], sum: ZERO },
    initial: { cells: [], sum: ZERO },
  };
}

/** An amount at the money's precision: 2 decimals, half-up. */
export function roundMoney(a: Decimal): Decimal {
  return roundHalfUp(a, MONEY_DECIMALS);
}

/** Two amounts equal at the money's precision. */
export function sameMoney(a: Decimal, b: Decimal): boolean {
  return roundMoney(a).equals(roundMoney(b));
}

/** An amount as the audit shows it: 2 decimals, half-up. */
export function moneyText(a: Decimal): string {
  return roundMoney(a).toFixed(MONEY_DECIMALS);
}

/**
 * The input problems of a breakdown: cells that are not amounts of money. Hosts report them
 * with the other reading problems (the workbook reader, the JSON reader).
 */
export function budgetLineProblems(
  budget: Partial<BudgetWithLines> | undefined,
  unit: UnitInfo | null,
): Problem[] {
  return readBudgetLines(budget ?? {}, unit)?.problems ?? [];
}
