/**
 * What `perfscore score` prints for a workbook without names: each recognised form, the cells
 * it used, its result, and the department's own scores beside the rule's where it typed them.
 */
import { formatFixed } from '../engine/format';
import { parseBlock, blockAddress } from '../workbook/a1';
import type { FormBinding, ScoredForm } from '../workbook/forms';
import { renderAuditLines } from './audit-lines';
import type { Console } from './io';

const BUDGET_ROW = [
  'Budget_Initial',
  'Budget_Final',
  'Budget_Spent',
  'Budget_Weight',
  'Result_ExecutionRate',
  'Result_ExecutionScore',
];

/** "项目支出绩效自评表!D6:I6": the budget row's cells from the first to the last one used. */
function budgetBlock(binding: FormBinding): string {
  const cells = binding.names
    .filter((n) => BUDGET_ROW.includes(n.name))
    .map((n) => parseBlock(n.address))
    .filter((b) => b !== null);
  if (!cells.length) return '—';
  const top = Math.min(...cells.map((b) => b.top));
  const bottom = Math.max(...cells.map((b) => b.bottom));
  const left = Math.min(...cells.map((b) => b.left));
  const right = Math.max(...cells.map((b) => b.right));
  return `${binding.sheet}!${blockAddress(top, left, bottom, right)}`;
}

function address(binding: FormBinding, name: string): string {
  return binding.names.find((n) => n.name === name)?.address ?? '—';
}

/** The lines saying what was recognised: 预算：…；绩效指标：…，8 项；总分：H25. */
export function bindingLines(binding: FormBinding, c: Console): string[] {
  return [
    binding.title && binding.title !== binding.sheet
      ? c.msg('cli.forms.foundTitled', { sheet: binding.sheet, title: binding.title })
      : c.msg('cli.forms.found', { sheet: binding.sheet }),
    c.msg('cli.forms.cells', {
      budget: budgetBlock(binding),
      table: binding.indicators.where,
      count: binding.indicators.rowCount,
      total: address(binding, 'Result_Total'),
      grade: address(binding, 'Result_Grade'),
    }),
  ];
}

/** The department's own scores, left in place, beside the rule's, with the audit. */
export function typedLines(form: ScoredForm, decimals: number, c: Console): string[] {
  const typed = form.typed;
  const rule = form.outcome.result;
  if (!typed || !rule) return [];
  return [
    '',
    c.msg('cli.forms.typed', {
      rows: typed.rows,
      own: typed.total === null ? '—' : formatFixed(typed.total, decimals),
      where: typed.totalWhere ?? '—',
      rule: formatFixed(rule.total, decimals),
    }),
    ...renderAuditLines({ ...typed.result, monitoring: undefined }, c),
    c.msg('cli.forms.typedOptions'),
  ];
}
