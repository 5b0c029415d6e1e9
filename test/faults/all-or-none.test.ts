/**
 * Faults in the middle of a write: the fake Excel fails at every operation of a
 * recalculation's write batch in turn. Excel keeps the operations before a failure; the
 * recalculation puts them back, so that afterwards every cell (value, formula, number format),
 * every sheet and every name is as before, and the error says it was rolled back. A fault in
 * the rollback too gives an error saying it was NOT rolled back, naming what may have changed.
 */
import { type FakeWorkbook } from '../../src/preview/fake-excel';
import { fakeSampleWorkbook } from '../../src/preview/sample-workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import {
  WriteFailedError,
  applyAllOrNone,
  cellAddress,
  readContract,
  recalculate,
  snapshotRequest,
  undoLastRecalculation,
} from '../../src/workbook';
import { fakeState } from './fake-state';

const NOW = new Date(2026, 10, 27, 9, 0, 0);
const LATER = new Date(2026, 10, 27, 10, 0, 0);

function hostOf(fake: FakeWorkbook): OfficeHost {
  return new OfficeHost(runOnFakeWorkbook(fake));
}

/** A fresh sample workbook, or one recalculated once and with one input changed since. */
async function workbook(kind: 'fresh' | 'recalculated'): Promise<FakeWorkbook> {
  const fake = await fakeSampleWorkbook();
  if (kind === 'recalculated') {
    const host = hostOf(fake);
    await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    const reading = readContract(await host.read(snapshotRequest()));
    const table = reading.layout.indicators!;
    const index = reading.input.indicators.findIndex(
      (row) => (row.name as { value: unknown }).value === '全程网办事项比例',
    );
    const address = cellAddress(table.dataRows[index], table.columns.actual!.columnIndex);
    fake.model.setCell(table.sheet, address, { value: '70%' });
  }
  return fake;
}

/** Operations of the recalculation's read, and of its write batch. */
async function batchSizes(
  kind: 'fresh' | 'recalculated',
): Promise<{ read: number; write: number }> {
  const fake = await workbook(kind);
  const host = hostOf(fake);
  const start = fake.operationCount;
  await host.read(snapshotRequest());
  const read = fake.operationCount - start;
  const probe = await workbook(kind);
  const before = probe.operationCount;
  const outcome = await recalculate(hostOf(probe), { conflictPolicy: 'refuse', now: LATER });
  expect(outcome.written).toBe(true);
  return { read, write: probe.operationCount - before - read };
}

async function failingRecalculation(fake: FakeWorkbook): Promise<WriteFailedError> {
  const error: unknown = await recalculate(hostOf(fake), {
    conflictPolicy: 'refuse',
    now: LATER,
  }).then(
    () => {
      throw new Error('the recalculation did not fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WriteFailedError);
  return error as WriteFailedError;
}

describe.each(['fresh', 'recalculated'] as const)(
  'a write failing half-way through a recalculation (%s sample workbook)',
  (kind) => {
    let sizes: { read: number; write: number };

    beforeAll(async () => {
      sizes = await batchSizes(kind);
      // Sheets added, formats and values of every output block, the log line and the state.
      expect(sizes.write).toBeGreaterThan(10);
    });

    it('leaves the workbook exactly as before, whichever operation fails', async () => {
      for (let k = 1; k <= sizes.write; k++) {
        const fake = await workbook(kind);
        const before = fakeState(fake);
        fake.injectFault({ operation: sizes.read + k, code: 'GeneralException' });
        const error = await failingRecalculation(fake);
        expect({ k, rolledBack: error.rolledBack }).toEqual({ k, rolledBack: true });
        expect(error.message).toMatch(
          /^写入工作簿失败（Excel 暂时无法完成操作.*已全部撤回，工作簿未改变/,
        );
        expect({ k, state: fakeState(fake) }).toEqual({ k, state: before });
        // And the workbook still works: the next recalculation lands whole.
        const retry = await recalculate(hostOf(fake), { conflictPolicy: 'refuse', now: LATER });
        expect(retry.written).toBe(true);
      }
    });

    it('leaves the workbook as before when the write sync itself fails', async () => {
      const fake = await workbook(kind);
      const before = fakeState(fake);
      fake.injectFault({ sync: 2, code: 'RequestAborted' });
      const error = await failingRecalculation(fake);
      expect(error.rolledBack).toBe(true);
      expect(fakeState(fake)).toEqual(before);
    });

    it('says plainly that it was NOT rolled back when the rollback fails too, naming the cells', async () => {
      const k = Math.ceil(sizes.write / 2);
      const fake = await workbook(kind);
      const before = fakeState(fake);
      // The write fails half-way (sync 2); the rollback reads (sync 3) and its write fails (sync 4).
      fake.injectFault({ operation: sizes.read + k, code: 'GeneralException' });
      fake.injectFault({ sync: 4, code: 'ServiceNotAvailable' });
      const error = await failingRecalculation(fake);
      expect(error.rolledBack).toBe(false);
      expect(error.code).toBe('workbook.write.notRolledBack');
      expect(error.message).toMatch(
        /^写入工作簿失败（Excel 暂时无法完成操作.*），撤回也失败（.*）：以下单元格或工作表可能已被改写：绩效自评表!/,
      );
      // The message names the first blocks and counts the others; the error lists them all.
      expect(error.message).toMatch(/等另 \d+ 处。请检查这些位置，必要时关闭工作簿且不保存。$/);
      expect(error.cells).toEqual(
        expect.arrayContaining([expect.stringMatching(/^PerfScoreState!A1:/)]),
      );
      expect(error.localized('en-US')).toMatch(
        /^Writing to the workbook failed \(.*\) and rolling it back failed too \(.*\): these cells or sheets may have been changed: /,
      );
      // What the message warns about did happen: the workbook is half-written.
      expect(fakeState(fake)).not.toEqual(before);
    });
  },
);

describe('an undo failing half-way', () => {
  it("is rolled back too: the outputs keep the last recalculation's values", async () => {
    const fake = await workbook('recalculated');
    const host = hostOf(fake);
    await recalculate(host, { conflictPolicy: 'refuse', now: LATER });
    const before = fakeState(fake);
    fake.injectFault({ sync: 2, code: 'GeneralException' }); // the undo's write
    await expect(undoLastRecalculation(host, { now: LATER })).rejects.toMatchObject({
      name: 'WriteFailedError',
      rolledBack: true,
    });
    expect(fakeState(fake)).toEqual(before);
    // The undo record is still there: the undo can be tried again.
    expect((await undoLastRecalculation(host, { now: LATER })).undone).toBe(true);
  });
});

describe('a write replacing a generated sheet (deleted, then created again) failing half-way', () => {
  const SHEET = '自评报告';

  async function withOldSheet(): Promise<FakeWorkbook> {
    const fake = await fakeSampleWorkbook();
    fake.model.addSheet(SHEET);
    fake.model.setCell(SHEET, 'A1', { value: '旧稿标题' });
    fake.model.setCell(SHEET, 'A2', { value: '旧稿正文' });
    return fake;
  }

  const plan = {
    deleteSheets: [SHEET],
    createSheets: [{ name: SHEET }],
    createNames: [],
    writes: [{ sheet: SHEET, address: 'A1', values: [['新稿标题'], ['新稿正文']] }],
  };

  it('keeps the old sheet when the write fails before deleting it, and says it was rolled back', async () => {
    const fake = await withOldSheet();
    const host = hostOf(fake);
    const snapshot = await host.read({ names: [], sheets: [SHEET] });
    const before = fakeState(fake);
    // The batch's first operation (getting the sheet to delete) fails: nothing happened.
    fake.injectFault({ operation: 1, code: 'GeneralException' });
    const error = await applyAllOrNone(host, plan, snapshot).then(
      () => null,
      (e: unknown) => e as WriteFailedError,
    );
    expect(error?.rolledBack).toBe(true);
    expect(fakeState(fake)).toEqual(before);
  });

  it('says the old sheet is lost (never that nothing changed) when it fails after deleting it', async () => {
    const outcomes: string[] = [];
    for (let k = 2; k <= 6; k++) {
      const fake = await withOldSheet();
      const host = hostOf(fake);
      const snapshot = await host.read({ names: [], sheets: [SHEET] });
      const start = fake.operationCount;
      fake.injectFault({ operation: k, code: 'GeneralException' });
      const error = await applyAllOrNone(host, plan, snapshot).then(
        () => null,
        (e: unknown) => e as WriteFailedError,
      );
      expect(fake.operationCount).toBeGreaterThan(start);
      if (error === null) continue; // k beyond the batch: the write landed whole
      const old = fake.sheetNames().includes(SHEET)
        ? fake.model.sheet(SHEET)!.cell(0, 0)?.value
        : undefined;
      outcomes.push(error.code);
      if (old === '旧稿标题') {
        expect({ k, rolledBack: error.rolledBack }).toEqual({ k, rolledBack: true });
      } else {
        expect({ k, code: error.code }).toEqual({ k, code: 'workbook.write.sheetsLost' });
        expect(error.message).toContain(`已删除，无法恢复`);
        expect(error.message).toContain(SHEET);
        // No half-written replacement is left behind either.
        expect(fake.sheetNames()).not.toContain(SHEET);
      }
    }
    expect(outcomes).toContain('workbook.write.sheetsLost');
  });
});
