/**
 * The pane's backend on the fake Excel through the Office host: recalculation, annotation
 * (one read, ONE write), selection, 插入模板 into an empty or clashing workbook, the rule
 * settings in the 评分规则 range, and hand-typed output values.
 */
import { fakeWorkbookFromTemplateSpec } from '../../src/preview/template-workbook';
import { createFakeWorkbook } from '../../src/preview/fake-excel/workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { OperationQueue } from '../../src/hosts/office/queue';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { RecalcEvents } from '../../src/hosts/office/events';
import { recalculateInWorkbook } from '../../src/hosts/office/recalculate-in-workbook';
import { buildTemplateSpec } from '../../src/workbook/template/build';
import type { RecalcOutcome } from '../../src/workbook/port/types';
import type { RecalcView } from '../../src/taskpane/backend';
import { createWorkbookBackend } from '../../src/taskpane/workbook-backend';
import { SHEET, address, cell, col, row, scored, setup, setupOn, spec } from './pane-setup';

test('recalculate scores the sample: 99.26 优, written into the sheet', async () => {
  const { fake, backend } = await setup();
  const view = scored(await backend.recalculate('refuse'));
  expect(view.result.total).toBe(99.26);
  expect(view.result.grade).toBe('优');
  expect(view.budgetReason).toBe('');
  expect(cell(fake, address('Result_Total'))?.value).toBe(99.26);
  expect(cell(fake, address('Result_Grade'))?.value).toBe('优');
});

test('an annotation is one read and ONE write of text into that row, formulas stay text', async () => {
  const { fake, backend, applied } = await setup();
  await backend.recalculate('refuse');
  applied.length = 0;
  const syncs = fake.syncCount;
  await backend.annotate(5, '=SUM(A1)', '@进一步梳理');
  expect(fake.syncCount - syncs).toBe(2);
  expect(applied).toHaveLength(1);
  const reason = cell(fake, `${col('reason')}${row(5)}`);
  expect(reason?.value).toBe('=SUM(A1)');
  expect(reason?.formula).toBeUndefined();
  expect(cell(fake, `${col('measures')}${row(5)}`)?.value).toBe('@进一步梳理');
  // Nothing else changed: the score of that row is still the recalculation's.
  expect(cell(fake, `${col('score')}${row(5)}`)?.value).toBe(9.46);
});

test('the budget explanation goes to Budget_Reason and comes back with the next recalculation', async () => {
  const { fake, backend } = await setup();
  await backend.annotate('budget', '年中调减预算 24.81 万元', '');
  expect(cell(fake, address('Budget_Reason'))?.value).toBe('年中调减预算 24.81 万元');
  const view = scored(await backend.recalculate('refuse'));
  expect(view.budgetReason).toBe('年中调减预算 24.81 万元');
  expect(view.result.execution.status).toBe('explained');
  expect(view.result.openCount).toBe(0);
  expect(view.budgetReasonCell).toBe(true);
});

test('a workbook without a cell for the budget explanation says so with the scores', async () => {
  const { fake, backend } = await setup();
  fake.model.names.delete('budget_reason');
  const view = scored(await backend.recalculate('refuse'));
  expect(view.budgetReasonCell).toBe(false);
  expect(view.budgetReason).toBe('');
  expect(view.result.total).toBe(99.26);
});

test('select finds the row of an indicator and the budget block', async () => {
  const { backend, selected } = await setup();
  await backend.select(5);
  await backend.select('budget');
  expect(selected[0]).toEqual({
    sheet: SHEET,
    address: `A${row(5)}:P${row(5)}`,
    firstRowIndex: row(5) - 1,
    lastRowIndex: row(5) - 1,
  });
  expect(selected[1].sheet).toBe(SHEET);
  expect(selected[1].firstRowIndex).toBe(3);
});

test('a workbook without the names gives the empty state; 插入模板 creates sheets and names', async () => {
  const fake = createFakeWorkbook();
  fake.model.addSheet('Sheet1');
  const { backend, applied } = setupOn(fake);
  const view = await backend.recalculate('refuse');
  expect(view.kind).toBe('missingNames');
  if (view.kind === 'missingNames') {
    expect(view.missing.join(' ')).toMatch(/Indicators/);
    expect(view.missing.join(' ')).toMatch(/Budget_Final/);
  }
  expect((await backend.checkTemplate()).existingSheets).toEqual([]);
  await backend.insertTemplate();
  expect(applied).toHaveLength(1);
  expect(fake.sheetNames()).toEqual(['Sheet1', '绩效自评表', '预算明细', '评分规则', '评分记录']);
  const names = [...fake.model.names.values()].map((n) => n.name);
  for (const name of ['Indicators', 'Budget_Final', 'Budget_Spent', 'Rules', 'Result_Total']) {
    expect(names).toContain(name);
  }
  // The form looks like the template: merged title and level cells, styled header, widths.
  const blank = buildTemplateSpec({ sample: false, locale: 'zh-CN' });
  const form = blank.sheets.find((s) => s.name === SHEET)!;
  expect(fake.sheetMerges(SHEET)).toHaveLength(form.merges.length);
  expect(fake.sheetMerges(SHEET)).toContainEqual({ top: 0, left: 0, bottom: 0, right: 15 });
  const level1 = form.merges.find((m) => m.startsWith(`A${blank.layout.firstDataRow}:`))!;
  const levelRows = Number(level1.split(':')[1].slice(1)) - blank.layout.firstDataRow + 1;
  expect(fake.sheetMerges(SHEET)).toContainEqual({
    top: blank.layout.firstDataRow - 1,
    left: 0,
    bottom: blank.layout.firstDataRow - 2 + levelRows,
    right: 0,
  });
  expect(fake.cellFormat(SHEET, `C${blank.layout.headerRow}`)).toMatchObject({
    bold: true,
    fill: '#D9E1F2',
  });
  expect(fake.columnWidths(SHEET)).toHaveLength(form.columnWidths.length);
  expect(fake.columnWidths(SHEET)[2]).toBeGreaterThan(fake.columnWidths(SHEET)[3]);
  expect(fake.rowHeight(SHEET, 1)).toBe(form.rowHeights[1]);
  // Now the contract is there: the blank template has no indicator rows yet, which is said.
  await expect(backend.recalculate('refuse')).rejects.toThrow(/Indicators/);
});

test('插入模板 names the sheets it would replace, and keeps names that exist', async () => {
  const fake = createFakeWorkbook();
  fake.model.addSheet('评分规则');
  fake.model.setCell('评分规则', 'Z9', { value: 'old' });
  const { backend } = setupOn(fake);
  expect((await backend.checkTemplate()).existingSheets).toEqual(['评分规则']);
  await backend.insertTemplate();
  expect(fake.sheetNames()).toEqual(['评分规则', '绩效自评表', '预算明细', '评分记录']);
  expect(cell(fake, 'A1', '评分规则')?.value).not.toBe('');
});

test('settings: read from and saved into the 评分规则 range, used by the next recalculation', async () => {
  const { fake, backend } = await setup();
  const settings = await backend.readSettings();
  expect(settings.rows).not.toBeNull();
  const rows = settings.rows!;
  expect(rows[0]).toEqual({ key: 'profile', value: 'mof-2020' });
  const threshold = rows.find((r) => r.key === 'overAchievementThreshold');
  expect(threshold).toEqual({ key: 'overAchievementThreshold', value: '' });
  await backend.saveSettings(
    rows.map((r) => (r.key === 'overAchievementThreshold' ? { ...r, value: '200%' } : r)),
  );
  const again = await backend.readSettings();
  expect(again.rows!.find((r) => r.key === 'overAchievementThreshold')!.value).toBe('200%');
  const view = scored(await backend.recalculate('refuse'));
  // 180.75% is no longer over-achievement at a 200% threshold.
  expect(view.result.indicators[4].flags.map((f) => f.code)).not.toContain('overAchievement');
  expect(fake.model.getCell('评分规则', 'A3')?.value).toBe('profile');
});

test('hand-typed output values: refused first, then moved to 人工得分 on request', async () => {
  const { fake, backend } = await setup();
  fake.model.setCell(SHEET, `${col('score')}${row(0)}`, { value: 7 });
  const view = await backend.recalculate('refuse');
  expect(view.kind).toBe('conflicts');
  if (view.kind === 'conflicts') {
    expect(view.conflicts).toEqual([{ where: `${SHEET}!${col('score')}${row(0)}`, value: '7' }]);
  }
  expect(cell(fake, address('Result_Total'))?.value ?? '').toBe('');
  const moved = scored(await backend.recalculate('moveToManual'));
  expect(cell(fake, `${col('manualScore')}${row(0)}`)?.value).toBe(7);
  expect(moved.result.indicators[0].score).toBe(7);
});

test('a recalculation started elsewhere (the ribbon) reaches the pane as a view', async () => {
  const fake = await fakeWorkbookFromTemplateSpec(spec);
  const office = new OfficeHost(runOnFakeWorkbook(fake));
  const events = new RecalcEvents<RecalcOutcome>();
  const queue = new OperationQueue();
  const backend = createWorkbookBackend({
    host: office,
    queue,
    locale: 'zh-CN',
    selectCells: async () => undefined,
    subscribe: (listener) =>
      events.subscribe((event) => {
        if (event.type === 'finished' && event.source !== 'pane') listener(event.outcome);
      }),
  });
  const views: RecalcView[] = [];
  const stop = backend.onExternalRecalc!((view) => views.push(view));
  await recalculateInWorkbook(office, {
    source: 'ribbon',
    conflictPolicy: 'refuse',
    queue,
    events,
  });
  stop();
  expect(views).toHaveLength(1);
  expect(scored(views[0]).result.total).toBe(99.26);
});
