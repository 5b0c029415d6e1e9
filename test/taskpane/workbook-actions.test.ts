/**
 * 撤销上次计算 and 生成评价结果 from the pane (src/workbook's undoLastRecalculation and
 * writeResultsSheet through the backend and its queue), and a recalculation whose write fails:
 * the pane's error is the message saying whether the write was rolled back.
 */
import { OfficeHost } from '../../src/hosts/office/office-host';
import { OperationQueue } from '../../src/hosts/office/queue';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { createWorkbookBackend } from '../../src/taskpane/workbook-backend';
import { address, cell, col, row, scored, setup } from './pane-setup';

const RESULTS = '评价结果';

test('recalc, change an input, recalc, undo: the outputs are the first recalculation’s again', async () => {
  const { fake, backend } = await setup('seed');
  scored(await backend.recalculate('refuse'));
  const total = address('Result_Total');
  const score = `${col('score')}${row(4)}`;
  const before = { total: cell(fake, total)?.value, score: cell(fake, score)?.value };
  expect(before.total).toBe(99.26);
  // 全年办件数量 falls to 30 (万件): its score and the composite drop.
  fake.model.sheet('绩效自评表')!.setCell(row(4) - 1, 7, { value: 30 });
  const second = scored(await backend.recalculate('refuse'));
  expect(second.result.total).toBeLessThan(99.26);
  expect(cell(fake, total)?.value).not.toBe(99.26);

  const undone = await backend.undoLastRecalculation();
  expect(undone.undone).toBe(true);
  expect(undone.message).toContain('已撤销');
  expect(undone.problems).toEqual([]);
  expect({ total: cell(fake, total)?.value, score: cell(fake, score)?.value }).toEqual(before);

  // One level only: a second undo says there is nothing to undo.
  const again = await backend.undoLastRecalculation();
  expect(again.undone).toBe(false);
  expect(again.message).toContain('没有可撤销的计算');
});

test('undo refuses, naming the cell, when an output was changed by hand since', async () => {
  const { fake, backend } = await setup('seed');
  await backend.recalculate('refuse');
  await backend.recalculate('refuse');
  const total = address('Result_Total');
  const [sheet, a1] = ['绩效自评表', total];
  const at = fake.model.getCell(sheet, a1);
  expect(at).toBeDefined();
  // Typed over the composite.
  const rc = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const column = rc[1].charCodeAt(0) - 65;
  fake.model.sheet(sheet)!.setCell(Number(rc[2]) - 1, column, { value: 95 });
  const view = await backend.undoLastRecalculation();
  expect(view.undone).toBe(false);
  expect(view.problems.map((p) => p.where)).toContain(`${sheet}!${a1}`);
  expect(cell(fake, total)?.value).toBe(95);
});

test('生成评价结果 writes the 评价结果 sheet', async () => {
  const { fake, backend } = await setup('seed');
  const view = await backend.writeResultsSheet();
  expect(view).toEqual({ written: true, sheet: RESULTS, problems: [] });
  expect(fake.sheetNames()).toContain(RESULTS);
});

test('a recalculation whose write fails rejects with the rolled-back message', async () => {
  const { fake } = await setup('seed');
  const office = new OfficeHost(runOnFakeWorkbook(fake));
  let writes = 0;
  const backend = createWorkbookBackend({
    host: {
      read: (request) => office.read(request),
      apply: (plan) => {
        // The recalculation's write fails part-way (the operations before it applied, as
        // Excel does); the rollback after it goes through.
        if (writes++ === 0) fake.injectFault({ operation: 5, message: 'The host is busy' });
        return office.apply(plan);
      },
    },
    queue: new OperationQueue(),
    locale: 'zh-CN',
    selectCells: async () => undefined,
  });
  const error = await backend.recalculate('refuse').then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(/^写入工作簿失败（.*），已全部撤回，工作簿未改变。/);
  expect(cell(fake, address('Result_Total'))?.value ?? '').toBe('');
});

test('an explanation or a report whose write fails is put back, and says so', async () => {
  const { fake } = await setup('seed');
  const office = new OfficeHost(runOnFakeWorkbook(fake));
  let failNext = false;
  const backend = createWorkbookBackend({
    host: {
      read: (request) => office.read(request),
      apply: (plan) => {
        if (failNext) fake.injectFault({ operation: 2, message: 'The host is busy' });
        failNext = false;
        return office.apply(plan);
      },
    },
    queue: new OperationQueue(),
    locale: 'zh-CN',
    selectCells: async () => undefined,
  });
  const reason = `${col('reason')}${row(0)}`;
  failNext = true;
  await expect(backend.annotate(0, '原因', '措施')).rejects.toThrow(/已全部撤回，工作簿未改变/);
  expect(cell(fake, reason)?.value ?? '').toBe('');
  failNext = true;
  await expect(backend.draftReport()).rejects.toThrow(/已全部撤回，工作簿未改变/);
  expect(fake.sheetNames()).not.toContain('自评报告');
});

test('the operations run in the queue: one refused while another runs', async () => {
  const { fake } = await setup('seed');
  const queue = new OperationQueue();
  const backend = createWorkbookBackend({
    host: new OfficeHost(runOnFakeWorkbook(fake)),
    queue,
    locale: 'zh-CN',
    selectCells: async () => undefined,
  });
  const first = backend.draftReport();
  await expect(backend.writeResultsSheet()).rejects.toThrow(/请等它完成后再试/);
  await expect(backend.undoLastRecalculation()).rejects.toThrow(/请等它完成后再试/);
  await first;
});
