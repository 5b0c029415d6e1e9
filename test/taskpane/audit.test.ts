/**
 * 核对提示 in the pane: the audit of the seed with its published scores lists 预算经费
 * (published 11.76, rule 12.00) with the cell to look at, and the link selects that cell.
 */
import { evaluate } from '../../src/engine';
import { buildAuditEntries, isSheetReference } from '../../src/taskpane/audit-model';
import { cellLocation } from '../../src/taskpane/workbook-backend';
import { SEED_MANUAL, loadInput } from '../report/helpers';
import { SHEET, col, row, scored, setup } from './pane-setup';

test('the seed with its published scores: 预算经费 11.76 against the rule’s 12.00', () => {
  const entries = buildAuditEntries(evaluate(loadInput(SEED_MANUAL)), 'zh-CN');
  const budget = entries.filter((e) => e.code === 'manualDiffers');
  expect(budget).toHaveLength(1);
  expect(budget[0].message).toBe('预算经费：人工得分 11.76 与规则得分 12.00 不一致');
  // A JSON file names a path, not a cell: no link.
  expect(budget[0].where).toBe('indicators[1].manualScore');
  expect(budget[0].inSheet).toBe(false);
});

test('the seed as filled in (no manual scores) has nothing to check', () => {
  expect(buildAuditEntries(evaluate(loadInput()), 'zh-CN')).toEqual([]);
});

test('errors come before warnings, each kind in the engine’s order', () => {
  const result = evaluate(loadInput(SEED_MANUAL));
  const item = (code: string, severity: 'error' | 'warning' | 'info') => ({
    code,
    where: 'x',
    key: 'audit.manualDiffers' as const,
    params: {},
    severity,
  });
  result.audit = [
    item('a', 'info'),
    item('b', 'warning'),
    item('c', 'error'),
    item('d', 'warning'),
  ];
  expect(buildAuditEntries(result, 'zh-CN').map((e) => e.code)).toEqual(['c', 'b', 'd', 'a']);
});

test('sheet references and JSON paths', () => {
  expect(isSheetReference('绩效自评表!K8')).toBe(true);
  expect(isSheetReference('绩效自评表!J5:J12')).toBe(true);
  expect(isSheetReference("'My sheet'!$A$1")).toBe(true);
  expect(isSheetReference('indicators[1].manualScore')).toBe(false);
  expect(isSheetReference('budget.spent')).toBe(false);
  expect(cellLocation('绩效自评表!J5:J12', ['绩效自评表'])).toEqual({
    sheet: '绩效自评表',
    address: 'J5:J12',
    firstRowIndex: 4,
    lastRowIndex: 11,
  });
  expect(cellLocation('其他表!A1', ['绩效自评表'])).toBeNull();
  expect(cellLocation('indicators[1].manualScore', ['绩效自评表'])).toBeNull();
});

describe('on the preview’s sample with the published scores typed into 人工得分', () => {
  test('the audit names the 人工得分 cell of 预算经费, and its link selects that cell', async () => {
    const { backend, selected } = await setup('published');
    const view = scored(await backend.recalculate('refuse'));
    const entries = buildAuditEntries(view.result, 'zh-CN');
    const budget = entries.find((e) => e.code === 'manualDiffers')!;
    const index = view.result.indicators.findIndex((r) => r.name === '预算经费');
    const where = `${SHEET}!${col('manualScore')}${row(index)}`;
    expect(budget.message).toBe('预算经费：人工得分 11.76 与规则得分 12.00 不一致');
    expect(budget.where).toBe(where);
    expect(budget.inSheet).toBe(true);
    expect(await backend.selectCell(budget.where)).toBe(true);
    expect(selected).toEqual([
      {
        sheet: SHEET,
        address: `${col('manualScore')}${row(index)}`,
        firstRowIndex: row(index) - 1,
        lastRowIndex: row(index) - 1,
      },
    ]);
    // The published composite: 99.02 with the manual scores.
    expect(view.result.total).toBe(99.02);
  });

  test('a JSON path selects nothing', async () => {
    const { backend, selected } = await setup('seed');
    expect(await backend.selectCell('indicators[1].manualScore')).toBe(false);
    expect(selected).toEqual([]);
  });
});
