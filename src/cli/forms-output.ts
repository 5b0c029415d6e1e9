/**
 * What `perfscore score` prints for a workbook without names: each recognised form, the cells
 * it used, its result, and the department's own scores beside the rule's where it typed them.
 */
import { formatFixed } from '../engine/format';
import type { FormBinding, ScoredForm } from '../workbook/forms';
import { formParts } from '../workbook/forms/parts';
import { renderAuditLines } from './audit-lines';
import type { Console } from './io';

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
      budget: formParts(binding).find((p) => p.key === 'budget')?.where ?? '—',
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
