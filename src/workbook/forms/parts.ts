/**
 * A recognised form as a person checks it: its parts (预算, 绩效指标, 总分, 等级), each with
 * the cells it covers ("项目支出绩效自评表!D6:I6"), and one part moved onto a range the person
 * selected (用所选区域) when the recognizer chose the wrong cells.
 */
import { blockAddress, cellAddress, parseBlock, whereOf } from '../a1';
import type { BoundName, FormBinding } from './recognize';

export type FormPartKey = 'budget' | 'indicators' | 'total' | 'grade';

export interface FormPart {
  key: FormPartKey;
  /** "项目支出绩效自评表!D6:I6" */
  where: string;
  /** The indicator rows found (绩效指标 only). */
  rowCount?: number;
}

/** The names read from the budget row: they move together. */
const BUDGET_ROW = new Set([
  'Budget_Initial',
  'Budget_Final',
  'Budget_Spent',
  'Budget_Weight',
  'Budget_Reason',
  'Result_ExecutionRate',
  'Result_ExecutionScore',
]);

const SINGLE: Record<'indicators' | 'total' | 'grade', string> = {
  indicators: 'Indicators',
  total: 'Result_Total',
  grade: 'Result_Grade',
};

function budgetNames(binding: FormBinding): BoundName[] {
  return binding.names.filter((n) => BUDGET_ROW.has(n.name));
}

/** The block covering the names (0-based), null when none is an A1 address. */
function blockOf(names: BoundName[]) {
  const blocks = names.map((n) => parseBlock(n.address)).filter((b) => b !== null);
  if (blocks.length === 0) return null;
  return {
    top: Math.min(...blocks.map((b) => b.top)),
    bottom: Math.max(...blocks.map((b) => b.bottom)),
    left: Math.min(...blocks.map((b) => b.left)),
    right: Math.max(...blocks.map((b) => b.right)),
  };
}

/** The parts of the form that were found, in the order a person reads them. */
export function formParts(binding: FormBinding): FormPart[] {
  const parts: FormPart[] = [];
  const budget = budgetNames(binding);
  const block = blockOf(budget);
  if (block && budget.length > 0) {
    const sheet = budget[0].sheet;
    parts.push({
      key: 'budget',
      where: whereOf(sheet, blockAddress(block)),
    });
  }
  parts.push({
    key: 'indicators',
    where: binding.indicators.where,
    rowCount: binding.indicators.rowCount,
  });
  for (const key of ['total', 'grade'] as const) {
    const name = binding.names.find((n) => n.name === SINGLE[key]);
    if (name) parts.push({ key, where: name.where });
  }
  return parts;
}

function moved(name: BoundName, sheet: string, address: string): BoundName {
  return { ...name, sheet, address, where: whereOf(sheet, address), evidence: [] };
}

/**
 * The binding with one part on the selected range (`sheet`, `address` as "B12:J24"): 绩效指标
 * takes the whole range; 总分 and 等级 its first cell; 预算 moves the budget row's cells to the
 * range's first row (and, when the range is as wide as the budget row, to its columns). Null
 * when the range is not an A1 range.
 */
export function withPart(
  binding: FormBinding,
  key: FormPartKey,
  sheet: string,
  address: string,
): FormBinding | null {
  const range = parseBlock(address);
  if (!range) return null;
  if (key === 'indicators') {
    const local = blockAddress(range);
    const headerRows = binding.indicators.headerRows;
    return {
      ...binding,
      names: binding.names.map((n) => (n.name === 'Indicators' ? moved(n, sheet, local) : n)),
      indicators: {
        ...binding.indicators,
        address: local,
        where: whereOf(sheet, local),
        rowCount: Math.max(0, range.bottom - range.top + 1 - headerRows),
      },
    };
  }
  if (key === 'total' || key === 'grade') {
    const cell = cellAddress(range.top, range.left);
    const name = SINGLE[key];
    const known = binding.names.some((n) => n.name === name);
    const names = known
      ? binding.names.map((n) => (n.name === name ? moved(n, sheet, cell) : n))
      : [
          ...binding.names,
          { name, sheet, address: cell, where: whereOf(sheet, cell), evidence: [] },
        ];
    return { ...binding, names };
  }
  const block = blockOf(budgetNames(binding));
  if (!block) return null;
  const sameWidth = range.right - range.left === block.right - block.left;
  const shift = sameWidth ? range.left - block.left : 0;
  return {
    ...binding,
    names: binding.names.map((n) => {
      const cell = BUDGET_ROW.has(n.name) ? parseBlock(n.address) : null;
      if (!cell) return n;
      return moved(n, sheet, cellAddress(range.top, cell.left + shift));
    }),
  };
}
