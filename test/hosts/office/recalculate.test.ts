import { type FakeWorkbook } from '../../../src/preview/fake-excel';
import { fakeSampleWorkbook } from '../../../src/preview/sample-workbook';
import { RecalcEvents, type RecalcEvent } from '../../../src/hosts/office/events';
import { OfficeHost, type ExcelRun } from '../../../src/hosts/office/office-host';
import { OperationQueue } from '../../../src/hosts/office/queue';
import {
  type RecalcOutcome,
  recalculateInWorkbook,
} from '../../../src/hosts/office/recalculate-in-workbook';
import { runOnFakeWorkbook } from '../../../src/preview/run-on-fake';
import { buildAnnotationPlan, readContract, snapshotRequest } from '../../../src/workbook';

/** The value of the one cell a defined name refers to. */
function named(fake: FakeWorkbook, name: string): unknown {
  const entry = fake.model.name(name);
  const range = entry && fake.model.resolveName(entry).range;
  if (!range) throw new Error(`no range named ${name}`);
  return range.sheet.cell(range.rect.top, range.rect.left)?.value;
}

async function setup(indicatorRows?: number) {
  const fake = await fakeSampleWorkbook({ indicatorRows });
  const host = new OfficeHost(runOnFakeWorkbook(fake));
  const queue = new OperationQueue();
  const events = new RecalcEvents<RecalcOutcome>();
  return { fake, host, queue, events };
}

describe('recalculateInWorkbook over the fake Excel (the sample workbook)', () => {
  it('writes 99.26 and 优 into Result_Total and Result_Grade, in at most 2 syncs', async () => {
    const { fake, host, queue, events } = await setup();
    const outcome = await recalculateInWorkbook(host, { queue, events, conflictPolicy: 'refuse' });
    expect(outcome.written).toBe(true);
    expect(outcome.result?.total).toBe(99.26);
    expect(named(fake, 'Result_Total')).toBe(99.26);
    expect(named(fake, 'Result_Grade')).toBe('优');
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    // The row of 全程网办事项比例: completion 94.57%, score 9.46, in its output cells.
    const table = outcome.reading.layout.indicators!;
    const index = outcome.reading.input.indicators.findIndex(
      (row) => (row.name as { value: unknown }).value === '全程网办事项比例',
    );
    const row = table.dataRows[index];
    const sheet = fake.model.sheet(table.sheet)!;
    expect(sheet.cell(row, table.columns.completion!.columnIndex)?.value).toBe(0.9457);
    expect(sheet.cell(row, table.columns.score!.columnIndex)?.value).toBe(9.46);
  });

  it('stores an explanation starting with "=" as text, in one write', async () => {
    const { fake, host } = await setup();
    const snapshot = await host.read(snapshotRequest());
    const reading = readContract(snapshot);
    const index = reading.input.indicators.findIndex(
      (row) => (row.name as { value: unknown }).value === '全程网办事项比例',
    );
    const before = fake.syncCount;
    await host.apply(buildAnnotationPlan(reading, index, '=1+1', '-减少环节；+增加人手'));
    expect(fake.syncCount - before).toBe(1);
    const table = reading.layout.indicators!;
    const sheet = fake.model.sheet(table.sheet)!;
    const reason = sheet.cell(table.dataRows[index], table.columns.reason!.columnIndex);
    const measures = sheet.cell(table.dataRows[index], table.columns.measures!.columnIndex);
    expect([reason?.value, reason?.formula]).toEqual(['=1+1', undefined]);
    expect([measures?.value, measures?.formula]).toEqual(['-减少环节；+增加人手', undefined]);
  });

  it.each([10, 10000])('needs at most 2 syncs at %i indicator rows', async (rows) => {
    const { fake, host, queue, events } = await setup(rows);
    const outcome = await recalculateInWorkbook(host, { queue, events, conflictPolicy: 'refuse' });
    expect(outcome.reading.input.indicators).toHaveLength(rows);
    expect(outcome.written).toBe(true);
    expect(fake.syncCount).toBeLessThanOrEqual(2);
  });

  it('publishes the outcome of a ribbon recalculation to a listening pane', async () => {
    const { host, queue, events } = await setup();
    const seen: RecalcEvent<RecalcOutcome>['type'][] = [];
    const stop = events.subscribe((event) => {
      seen.push(event.type);
    });
    const fromRibbon: RecalcOutcome[] = [];
    const stopFinished = events.onFinished((outcome) => fromRibbon.push(outcome), {
      except: 'pane',
    });
    const outcome = await recalculateInWorkbook(host, {
      queue,
      events,
      source: 'ribbon',
      conflictPolicy: 'refuse',
    });
    await recalculateInWorkbook(host, { queue, events, source: 'pane', conflictPolicy: 'refuse' });
    stop();
    stopFinished();
    expect(fromRibbon).toEqual([outcome]);
    expect(seen).toEqual(['started', 'finished', 'started', 'finished']);
    expect(events.last).toMatchObject({ type: 'finished', source: 'pane' });
  });

  it('refuses a second recalculation while one runs, and runs a waiting one after it, never interleaved', async () => {
    const fake = await fakeSampleWorkbook();
    const log: string[] = [];
    let batches = 0;
    const inner = runOnFakeWorkbook(fake);
    const logged: ExcelRun = async (batch) => {
      const n = ++batches;
      log.push(`begin ${n}`);
      // Let the other request try to start in between.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const result = await inner(batch);
      log.push(`end ${n}`);
      return result;
    };
    const host = new OfficeHost(logged);
    const queue = new OperationQueue();
    const events = new RecalcEvents<RecalcOutcome>();
    const first = recalculateInWorkbook(host, { queue, events, conflictPolicy: 'refuse' });
    await expect(
      recalculateInWorkbook(host, { queue, events, conflictPolicy: 'refuse' }),
    ).rejects.toMatchObject({
      code: 'Busy',
    });
    const waiting = recalculateInWorkbook(host, {
      queue,
      events,
      wait: true,
      conflictPolicy: 'refuse',
    });
    await Promise.all([first, waiting]);
    expect(log).toEqual([
      'begin 1',
      'end 1',
      'begin 2',
      'end 2',
      'begin 3',
      'end 3',
      'begin 4',
      'end 4',
    ]);
    expect(named(fake, 'Result_Total')).toBe(99.26);
  });

  it('reports a failed write with its catalog message, publishes it, and frees the queue', async () => {
    const { fake, host, queue, events } = await setup();
    fake.injectFault({ sync: 2, code: 'GeneralException' });
    const failure = recalculateInWorkbook(host, { queue, events, conflictPolicy: 'refuse' });
    // All-or-none: the failed write is rolled back, and the message says so.
    await expect(failure).rejects.toMatchObject({
      name: 'WriteFailedError',
      rolledBack: true,
      writeError: { code: 'GeneralException' },
    });
    await expect(failure).rejects.toThrow(
      /^写入工作簿失败（Excel 暂时无法完成操作.*已全部撤回，工作簿未改变/,
    );
    expect(events.last).toMatchObject({ type: 'failed', source: 'pane' });
    expect(named(fake, 'Result_Total')).toBe('');
    const retry = await recalculateInWorkbook(host, { queue, events, conflictPolicy: 'refuse' });
    expect(retry.written).toBe(true);
    expect(named(fake, 'Result_Total')).toBe(99.26);
  });
});
