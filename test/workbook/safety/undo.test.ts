/**
 * 撤销上次计算 (undoLastRecalculation) on the fake Excel through the Office host, and on an
 * .xlsx file saved and read again between the recalculation and the undo.
 */
import { type FakeWorkbook } from '../../../src/preview/fake-excel';
import { fakeSampleWorkbook } from '../../../src/preview/sample-workbook';
import { OfficeHost } from '../../../src/hosts/office/office-host';
import { runOnFakeWorkbook } from '../../../src/preview/run-on-fake';
import { openWorkbookBuffer, templateWorkbook, type PackageHost } from '../../../src/hosts/xlsx';
import {
  LOG_SHEET,
  STATE_SHEET,
  cellAddress,
  readContract,
  readUndo,
  recalculate,
  snapshotRequest,
  undoLastRecalculation,
  type ContractLayout,
  type WorkbookHost,
} from '../../../src/workbook';
import { buildTemplateSpec } from '../../../src/workbook/template';
import { fakeState } from '../../faults/fake-state';
import { messageOf } from '../../../src/i18n/said';
import { readByExcelJs } from '../../hosts/xlsx/fixtures';

const FIRST = new Date(2026, 10, 27, 9, 0, 0);
const SECOND = new Date(2026, 10, 27, 10, 0, 0);
const UNDO = new Date(2026, 10, 27, 11, 0, 0);

interface OutputCell {
  sheet: string;
  address: string;
}

/** Every output cell of the contract: 完成率/得分/偏差状态 of every table row, Result_*. */
async function outputCells(
  host: WorkbookHost,
): Promise<{ cells: OutputCell[]; layout: ContractLayout }> {
  const reading = readContract(await host.read(snapshotRequest()));
  const layout = reading.layout;
  const table = layout.indicators!;
  const cells: OutputCell[] = [];
  for (const key of ['completion', 'score', 'status'] as const) {
    const column = table.columns[key]!;
    for (let row = table.headerRowIndex + 1; row <= table.lastRowIndex; row++)
      cells.push({ sheet: table.sheet, address: cellAddress(row, column.columnIndex) });
  }
  for (const cell of Object.values(layout.results))
    cells.push({ sheet: cell.sheet, address: cell.address });
  return { cells, layout };
}

function fakeOutputs(fake: FakeWorkbook, cells: OutputCell[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { sheet, address } of cells) {
    const cell = fake.model.getCell(sheet, address);
    out[`${sheet}!${address}`] = {
      value: cell?.value ?? '',
      formula: cell?.formula ?? null,
      numberFormat: cell?.numberFormat ?? 'General',
    };
  }
  return out;
}

/** The cell of an indicator's column, by the indicator's name. */
function indicatorCell(
  layout: ContractLayout,
  names: string[],
  name: string,
  key: 'actual' | 'score',
) {
  const table = layout.indicators!;
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`no indicator ${name}`);
  return {
    sheet: table.sheet,
    address: cellAddress(table.dataRows[index], table.columns[key]!.columnIndex),
  };
}

async function indicatorNames(host: WorkbookHost): Promise<string[]> {
  const reading = readContract(await host.read(snapshotRequest()));
  return reading.input.indicators.map((row) => String((row.name as { value: unknown }).value));
}

async function fakeSetup() {
  const fake = await fakeSampleWorkbook();
  const host = new OfficeHost(runOnFakeWorkbook(fake));
  return { fake, host };
}

describe('undoLastRecalculation on the fake Excel', () => {
  it("recalc, change an input, recalc, undo: every output cell is the first recalculation's again", async () => {
    const { fake, host } = await fakeSetup();
    const first = await recalculate(host, { conflictPolicy: 'refuse', now: FIRST });
    expect(first.written).toBe(true);
    const { cells, layout } = await outputCells(host);
    const afterFirst = fakeOutputs(fake, cells);

    const names = await indicatorNames(host);
    const actual = indicatorCell(layout, names, '全程网办事项比例', 'actual');
    fake.model.setCell(actual.sheet, actual.address, { value: '70%' });
    const second = await recalculate(host, { conflictPolicy: 'refuse', now: SECOND });
    expect(second.written).toBe(true);
    expect(second.result!.total).not.toBe(first.result!.total);
    const afterSecond = fakeOutputs(fake, cells);
    expect(afterSecond).not.toEqual(afterFirst);

    const syncs = fake.syncCount;
    const undo = await undoLastRecalculation(host, { now: UNDO });
    expect(undo).toMatchObject({
      undone: true,
      status: 'undone',
      recalculatedAt: '2026-11-27 10:00:00',
    });
    expect(undo.message).toMatch(/^已撤销 2026-11-27 10:00:00 的计算/);
    expect(fake.syncCount - syncs).toBe(2); // one read, one write
    expect(fakeOutputs(fake, cells)).toEqual(afterFirst);
    // The input the user changed stays changed.
    expect(fake.model.getCell(actual.sheet, actual.address)?.value).toBe('70%');

    // The log says what was undone, after the two recalculations' lines.
    const log = fake.sheetValues(LOG_SHEET);
    const last = log[log.length - 1];
    expect(last[0]).toBe('2026-11-27 11:00:00');
    expect(last).toContain('撤销了 2026-11-27 10:00:00 的计算');
    expect(log.filter((row) => row[0] === '2026-11-27 10:00:00')).toHaveLength(1);

    // One level only.
    const again = await undoLastRecalculation(host, { now: UNDO });
    expect(again).toMatchObject({ undone: false, status: 'nothingToUndo' });
    expect(again.message).toBe('没有可撤销的计算：只能撤销最近一次计算，且只能撤销一次。');
    expect(fakeOutputs(fake, cells)).toEqual(afterFirst);

    // The restored outputs count as the product's: the next recalculation sees no conflict.
    const third = await recalculate(host, { conflictPolicy: 'refuse', now: SECOND });
    expect(third.written).toBe(true);
    expect(fakeOutputs(fake, cells)).toEqual(afterSecond);
  });

  it("undoes the first recalculation back to the untouched workbook's outputs", async () => {
    const { fake, host } = await fakeSetup();
    const { cells } = await outputCells(host);
    const before = fakeOutputs(fake, cells);
    await recalculate(host, { conflictPolicy: 'refuse', now: FIRST });
    expect(fakeOutputs(fake, cells)).not.toEqual(before);
    const undo = await undoLastRecalculation(host, { now: UNDO, locale: 'en-US' });
    expect(undo.undone).toBe(true);
    expect(undo.message).toMatch(/^The recalculation of 2026-11-27 09:00:00 was undone/);
    expect(fakeOutputs(fake, cells)).toEqual(before);
  });

  it('after a recalculation that changed nothing, undoes the one before it', async () => {
    const { fake, host } = await fakeSetup();
    const { cells } = await outputCells(host);
    const untouched = fakeOutputs(fake, cells);
    await recalculate(host, { conflictPolicy: 'refuse', now: FIRST });
    await recalculate(host, { conflictPolicy: 'refuse', now: SECOND });
    const undo = await undoLastRecalculation(host, { now: UNDO });
    expect(undo).toMatchObject({ undone: true, recalculatedAt: '2026-11-27 09:00:00' });
    expect(fakeOutputs(fake, cells)).toEqual(untouched);
  });

  it('says there is nothing to undo in a workbook never recalculated, and writes nothing', async () => {
    const { fake, host } = await fakeSetup();
    const before = fakeState(fake);
    const undo = await undoLastRecalculation(host, { now: UNDO, locale: 'en-US' });
    expect(undo).toMatchObject({ undone: false, status: 'nothingToUndo', problems: [] });
    expect(undo.message).toBe(
      'There is nothing to undo: only the latest recalculation can be undone, and only once.',
    );
    expect(fakeState(fake)).toEqual(before);
  });

  it('refuses, naming the cells, when an output was changed by hand since the recalculation', async () => {
    const { fake, host } = await fakeSetup();
    await recalculate(host, { conflictPolicy: 'refuse', now: FIRST });
    const { layout } = await outputCells(host);
    const names = await indicatorNames(host);
    const score = indicatorCell(layout, names, '全程网办事项比例', 'score');
    fake.model.setCell(score.sheet, score.address, { value: 9.5, numberFormat: '0.00' });
    const total = layout.results.total!;
    fake.model.setCell(total.sheet, total.address, { value: 100, formula: '=SUM(1,99)' });
    const before = fakeState(fake);

    const undo = await undoLastRecalculation(host, { now: UNDO });
    expect(undo.undone).toBe(false);
    expect(undo.status).toBe('refused');
    const where = `${score.sheet}!${score.address}`;
    expect(undo.problems.map((p) => p.where).sort()).toEqual([total.where, where].sort());
    expect(
      messageOf(
        undo.problems.find((p) => p.where === where)!,
        'zh-CN',
      ),
    ).toBe(`${where} 现为“9.5”，上次计算写入的是“9.46”`);
    expect(
      messageOf(
        undo.problems.find((p) => p.where === total.where)!,
        'zh-CN',
      ),
    ).toContain('=SUM(1,99)');
    expect(undo.message).toMatch(/^未撤销：上次计算之后，以下输出单元格被手动改动过/);
    expect(undo.message).toContain(where);
    // Nothing written: the hand edits and the undo record are as they were.
    expect(fakeState(fake)).toEqual(before);
    expect(readUndo(await host.read(snapshotRequest()))).not.toBeNull();

    // Put back by hand, the undo goes ahead.
    fake.model.setCell(score.sheet, score.address, { value: 9.46, numberFormat: '0.00' });
    fake.model.setCell(total.sheet, total.address, { value: 99.26, numberFormat: '0.00' });
    expect((await undoLastRecalculation(host, { now: UNDO })).undone).toBe(true);
  });

  it('puts back a formula and a hand-typed value that an overwrite replaced', async () => {
    const { fake, host } = await fakeSetup();
    const { layout } = await outputCells(host);
    const names = await indicatorNames(host);
    const score = indicatorCell(layout, names, '全程网办事项比例', 'score');
    const total = layout.results.total!;
    fake.model.setCell(score.sheet, score.address, { value: 9, numberFormat: '0.0' });
    fake.model.setCell(total.sheet, total.address, { value: 3, formula: '=1+2' });
    const refused = await recalculate(host, { conflictPolicy: 'refuse', now: FIRST });
    expect(refused.written).toBe(false);
    const overwritten = await recalculate(host, { conflictPolicy: 'overwrite', now: FIRST });
    expect(overwritten.written).toBe(true);
    expect(fake.model.getCell(total.sheet, total.address)?.formula).toBeUndefined();

    expect((await undoLastRecalculation(host, { now: UNDO })).undone).toBe(true);
    expect(fake.model.getCell(score.sheet, score.address)).toMatchObject({
      value: 9,
      numberFormat: '0.0',
    });
    expect(fake.model.getCell(total.sheet, total.address)).toMatchObject({
      value: 3,
      formula: '=1+2',
    });
    // They are the user's again: a recalculation refuses to overwrite them, naming them.
    const next = await recalculate(host, { conflictPolicy: 'refuse', now: SECOND });
    expect(next.written).toBe(false);
    expect(next.blocking!.map((c) => c.where).sort()).toEqual(
      [`${score.sheet}!${score.address}`, total.where].sort(),
    );
  });

  it('keeps the undo record compact: one state column of JSON for a 10,000-row table', async () => {
    const fake = await fakeSampleWorkbook({ indicatorRows: 10000 });
    const host = new OfficeHost(runOnFakeWorkbook(fake));
    await recalculate(host, { conflictPolicy: 'refuse', now: FIRST });
    const state = fake.sheetValues(STATE_SHEET);
    const undoColumn = state[0].indexOf('[undo]');
    expect(undoColumn).toBeGreaterThan(0);
    const json = state
      .slice(1)
      .map((row) => row[undoColumn])
      .join('');
    // 30,000 output cells, blank before: about 10 characters a cell, formats run-length coded.
    expect(json.length).toBeLessThan(30000 * 12);
    const undo = await undoLastRecalculation(host, { now: UNDO });
    expect(undo).toMatchObject({ undone: true, cellCount: 30000 + 5 });
  });
});

describe('undoLastRecalculation on an .xlsx file', () => {
  function roundTrip(host: PackageHost): PackageHost {
    return openWorkbookBuffer(host.toBuffer(), 'undo.xlsx');
  }

  it('undoes a recalculation saved to the file and read again', async () => {
    let host = roundTrip(await templateWorkbook(buildTemplateSpec({ sample: true })));
    await recalculate(host, { conflictPolicy: 'refuse', now: FIRST });
    host = roundTrip(host);
    const { cells, layout } = await outputCells(host);
    // The cells as exceljs reads them from the saved file.
    const snapshotOf = async (h: PackageHost) => {
      const workbook = await readByExcelJs(h.toBuffer());
      const out: Record<string, unknown> = {};
      for (const cell of cells) {
        const range = workbook.getWorksheet(cell.sheet)!.getCell(cell.address);
        out[`${cell.sheet}!${cell.address}`] = {
          value: range.value ?? null,
          numFmt: range.numFmt || 'General',
        };
      }
      return out;
    };
    const afterFirst = await snapshotOf(host);

    const names = await indicatorNames(host);
    const actual = indicatorCell(layout, names, '全程网办事项比例', 'actual');
    await host.apply({
      createSheets: [],
      createNames: [],
      writes: [{ sheet: actual.sheet, address: actual.address, values: [['70%']] }],
    });
    const second = await recalculate(host, { conflictPolicy: 'refuse', now: SECOND });
    expect(second.written).toBe(true);
    host = roundTrip(host);
    expect(await snapshotOf(host)).not.toEqual(afterFirst);

    const undo = await undoLastRecalculation(host, { now: UNDO });
    expect(undo.undone).toBe(true);
    host = roundTrip(host);
    expect(await snapshotOf(host)).toEqual(afterFirst);
    expect((await undoLastRecalculation(host, { now: UNDO })).status).toBe('nothingToUndo');
  });
});
