/**
 * Charts and conditional formats through the Office host, on the fake Excel: 生成评价结果
 * draws the native chart 指标完成率 (completion as columns, the 100% line as a line) and colours
 * 偏差状态 in the same single sync as the values; every recalculation colours 绩效指标's
 * 偏差状态 without piling up rules; where Excel lacks ExcelApi 1.6/1.7 the same plans give
 * static fills and a plain column series instead.
 */
import { type FakeWorkbook, type SheetModel, matchRule } from '../../../src/preview/fake-excel';
import { fakeSampleWorkbook } from '../../../src/preview/sample-workbook';
import type { RequirementCheck } from '../../../src/hosts/office/decorations';
import { OfficeHost } from '../../../src/hosts/office/office-host';
import { runOnFakeWorkbook } from '../../../src/preview/run-on-fake';
import { recalculate } from '../../../src/workbook';
import { parseBlock } from '../../../src/workbook/a1';
import {
  RESULTS_CHART,
  RESULTS_SHEET,
  writeResultsSheet,
} from '../../../src/workbook/sheets/results-sheet';
import { STATUS_COLORS, statusRules } from '../../../src/workbook/sheets/results-sheet-status';

const NOW = new Date(2026, 10, 27, 9, 30, 0);

/** Excel 2016 without updates: ExcelApi up to `highest`. */
function upTo(highest: string): RequirementCheck {
  return {
    isSetSupported: (name, version = '1.1') =>
      name === 'ExcelApi' && Number(version.split('.')[1]) <= Number(highest.split('.')[1]),
  };
}

async function setup(requirements?: RequirementCheck) {
  const fake = await fakeSampleWorkbook();
  const host = new OfficeHost(runOnFakeWorkbook(fake), requirements ? { requirements } : {});
  return { fake, host };
}

function results(fake: FakeWorkbook): SheetModel {
  const sheet = fake.model.sheet(RESULTS_SHEET);
  if (!sheet) throw new Error('no 评价结果');
  return sheet;
}

/** The 0-based rows of the indicator table on 评价结果 (below the 三级指标 header). */
function indicatorRows(sheet: SheetModel): number[] {
  const rows: number[] = [];
  let header = -1;
  for (let r = 0; r < 60; r++) {
    if (sheet.cell(r, 1)?.value === '三级指标') header = r;
    else if (header >= 0 && sheet.cell(r, 1)?.value) rows.push(r);
  }
  return rows;
}

describe('生成评价结果 through the Office host', () => {
  it('draws the chart and the status colours in one sync with the values', async () => {
    const { fake, host } = await setup();
    const before = fake.syncCount;
    const outcome = await writeResultsSheet(host, { now: NOW });
    expect(outcome.written).toBe(true);
    // One read and one write.
    expect(fake.syncCount - before).toBe(2);
    const sheet = results(fake);
    expect(sheet.cell(2, 1)?.value).toBe(99.26);
    expect(sheet.cell(2, 3)?.value).toBe('优');

    const rows = indicatorRows(sheet);
    expect(rows).toHaveLength(8);
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    const first = rows[0] + 1;
    const last = rows[rows.length - 1] + 1;
    expect(chart).toMatchObject({
      name: RESULTS_CHART,
      type: 'ColumnClustered',
      title: '指标完成率',
      source: `B${first - 1}:D${last}`,
      seriesBy: 'Columns',
      categories: `B${first}:B${last}`,
      legendPosition: 'Bottom',
      position: 'H3:P23',
    });
    expect(chart.series).toEqual([
      { name: '完成率', values: `C${first}:C${last}` },
      { name: '100%基准', values: `D${first}:D${last}`, chartType: 'Line' },
    ]);
    // The chart's data: completion as percent numbers.
    expect(rows.map((r) => sheet.cell(r, 2)?.value)).toContain(0.9457);
    expect(sheet.cell(rows[0], 2)?.numberFormat).toBe('0.00%');

    // 偏差状态 on 评价结果: conditional formats, no static fill.
    expect(sheet.conditionalFormats.map((cf) => cf.address)).toEqual(
      Array(statusRules('zh-CN').length).fill(`F${first}:F${last}`),
    );
    for (const r of rows) {
      const status = sheet.cell(r, 5)?.value;
      const expected = status === '正常' ? STATUS_COLORS.ok : STATUS_COLORS.explained;
      expect([status, matchRule(sheet, r, 5)?.fill]).toEqual([status, `#${expected.fill}`]);
      expect(sheet.format(r, 5)?.fill).toBeUndefined();
    }
  });

  it('replaces an existing 评价结果 with one chart, not two', async () => {
    const { fake, host } = await setup();
    await writeResultsSheet(host, { now: NOW });
    const before = fake.syncCount;
    const again = await writeResultsSheet(host, { now: new Date(2026, 10, 28, 8, 0, 0) });
    expect(again.written).toBe(true);
    // One read, one write: the old sheet deleted and the new one created in the same batch.
    expect(fake.syncCount - before).toBe(2);
    const sheet = results(fake);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.conditionalFormats).toHaveLength(statusRules('zh-CN').length);
    expect(String(sheet.cell(1, 0)?.value)).toContain('2026-11-28 08:00');
    expect(fake.sheetNames().filter((n) => n === RESULTS_SHEET)).toHaveLength(1);
  });

  it('keeps a 评价结果 the user edited, and draws the new chart on 评价结果(2)', async () => {
    const { fake, host } = await setup();
    await writeResultsSheet(host, { now: NOW });
    results(fake).setCell(1, 7, { value: '请财务科复核' });
    const again = await writeResultsSheet(host, { now: NOW });
    expect([again.written, again.sheet, again.kept]).toEqual([
      true,
      `${RESULTS_SHEET}(2)`,
      RESULTS_SHEET,
    ]);
    expect(results(fake).cell(1, 7)?.value).toBe('请财务科复核');
    expect(results(fake).charts).toHaveLength(1);
    const copy = fake.model.sheet(`${RESULTS_SHEET}(2)`)!;
    expect(copy.cell(2, 1)?.value).toBe(99.26);
    expect(copy.charts.map((c) => c.name)).toEqual([RESULTS_CHART]);
    expect(copy.conditionalFormats).toHaveLength(statusRules('zh-CN').length);
  });

  it('keeps an indicator called "=cmd" as text', async () => {
    const { fake, host } = await setup();
    const table = fake.model.name('Indicators')!;
    const range = fake.model.resolveName(table).range!;
    // The first indicator's name (三级指标, third column of the table).
    range.sheet.setCell(range.rect.top + 1, range.rect.left + 2, { value: '=cmd|"/C calc"!A0' });
    await writeResultsSheet(host, { now: NOW });
    const sheet = results(fake);
    const row = indicatorRows(sheet)[0];
    expect(sheet.cell(row, 1)).toMatchObject({ value: '=cmd|"/C calc"!A0' });
    expect(sheet.cell(row, 1)?.formula).toBeUndefined();
  });

  it('below ExcelApi 1.6: static fills instead of rules, the 100% line stays a column', async () => {
    const { fake, host } = await setup(upTo('1.4'));
    await writeResultsSheet(host, { now: NOW });
    const sheet = results(fake);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.charts[0].series.map((s) => s.chartType)).toEqual([undefined, undefined]);
    for (const r of indicatorRows(sheet)) {
      const expected =
        sheet.cell(r, 5)?.value === '正常' ? STATUS_COLORS.ok : STATUS_COLORS.explained;
      expect(sheet.format(r, 5)).toMatchObject({
        fill: `#${expected.fill}`,
        fontColor: `#${expected.fontColor}`,
      });
    }
  });

  it('at ExcelApi 1.6: rules, but the 100% line needs 1.7', async () => {
    const { fake, host } = await setup(upTo('1.6'));
    await writeResultsSheet(host, { now: NOW });
    const sheet = results(fake);
    expect(sheet.conditionalFormats).toHaveLength(statusRules('zh-CN').length);
    expect(sheet.charts[0].series[1].chartType).toBeUndefined();
  });
});

describe('偏差状态 of 绩效指标 on every recalculation', () => {
  function statusColumn(fake: FakeWorkbook) {
    const entry = fake.model.name('Indicators')!;
    const { sheet, rect } = fake.model.resolveName(entry).range!;
    let column = -1;
    for (let c = rect.left; c <= rect.right; c++)
      if (sheet.cell(rect.top, c)?.value === '偏差状态') column = c;
    return { sheet, column, rect };
  }

  it('adds the rules in the recalculation’s sync and replaces them the next time', async () => {
    const { fake, host } = await setup();
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.written).toBe(true);
    const cf = outcome.plan!.conditionalFormats!;
    expect(cf).toHaveLength(1);
    const { sheet, column } = statusColumn(fake);
    const block = parseBlock(cf[0].address)!;
    expect(block.left).toBe(column);
    expect(sheet.conditionalFormats).toHaveLength(statusRules('zh-CN').length);
    const table = outcome.reading.layout.indicators!;
    for (const row of table.dataRows) {
      const text = sheet.cell(row, column)?.value;
      const colour = text === '正常' ? STATUS_COLORS.ok : STATUS_COLORS.explained;
      expect([text, matchRule(sheet, row, column)?.fill]).toEqual([text, `#${colour.fill}`]);
    }
    await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(sheet.conditionalFormats).toHaveLength(statusRules('zh-CN').length);
  });

  it('turns a row red when its deviation loses its explanation', async () => {
    const { fake, host } = await setup();
    const first = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    const table = first.reading.layout.indicators!;
    const index = first.result!.indicators.findIndex((r) => r.status === 'explained');
    const { sheet, column } = statusColumn(fake);
    const row = table.dataRows[index];
    sheet.setCell(row, table.columns.reason!.columnIndex, { value: '' });
    if (table.columns.measures)
      sheet.setCell(row, table.columns.measures.columnIndex, { value: '' });
    await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(sheet.cell(row, column)?.value).toBe('待说明');
    expect(matchRule(sheet, row, column)?.fill).toBe(`#${STATUS_COLORS.open.fill}`);
  });
});

describe('a malformed decoration', () => {
  it('stops the whole plan before anything is written', async () => {
    const { fake, host } = await setup();
    const before = fake.syncCount;
    const plan = {
      createSheets: [],
      createNames: [],
      writes: [{ sheet: fake.sheetNames()[0], address: 'Z99', values: [['x']] }],
      conditionalFormats: [
        { sheet: fake.sheetNames()[0], address: 'F5:F6', rules: [], fallback: [[null]] },
      ],
    };
    await expect(host.apply(plan)).rejects.toMatchObject({ code: 'InvalidPlan' });
    expect(fake.syncCount).toBe(before);
    expect(fake.model.sheet(fake.sheetNames()[0])!.cell(98, 25)).toBeUndefined();
  });
});
