/**
 * The fake Excel's charts and conditional formats behave like Office.js: deferred errors at
 * sync(), PropertyNotLoaded before load + sync, null objects, series read from the source as
 * Excel reads a table with a header row and a label column.
 */
import {
  ErrorCodes,
  type FakeContext,
  type FakeWorkbook,
  createFakeWorkbook,
  matchRule,
} from '../../../src/preview/fake-excel';

function workbook(): FakeWorkbook {
  const fake = createFakeWorkbook();
  const sheet = fake.model.addSheet('评价结果');
  fake.model.addSheet('Other');
  const rows: [string, number | string, number | string][] = [
    ['三级指标', '完成率', '100%基准'],
    ['预算经费', 1, 1],
    ['全程网办事项比例', 0.9457, 1],
  ];
  rows.forEach((row, r) => row.forEach((value, c) => sheet.setCell(r, c, { value })));
  return fake;
}

test('charts.add reads the series and categories of a table, set properties read back', async () => {
  const fake = workbook();
  await fake.run(async (context: FakeContext) => {
    const ws = context.workbook.worksheets.getItem('评价结果');
    const chart = ws.charts.add('ColumnClustered', ws.getRange('A1:C3'), 'Columns');
    chart.name = 'Completion';
    expect(chart.name).toBe('Completion');
    expect(() => chart.title.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    chart.title.text = '指标完成率';
    chart.series.getItemAt(1).chartType = 'Line';
    chart.setPosition('E2', 'L20');
    await context.sync();
  });
  expect(fake.model.sheet('评价结果')!.charts).toEqual([
    {
      name: 'Completion',
      type: 'ColumnClustered',
      source: 'A1:C3',
      seriesBy: 'Columns',
      categories: 'A2:A3',
      series: [
        { name: '完成率', values: 'B2:B3' },
        { name: '100%基准', values: 'C2:C3', chartType: 'Line' },
      ],
      title: '指标完成率',
      legendPosition: 'Right',
      position: 'E2:L20',
    },
  ]);
});

test('errors come at sync(): a source on another sheet, a missing series, a bad type', async () => {
  for (const queue of [
    (context: FakeContext) => {
      const ws = context.workbook.worksheets.getItem('评价结果');
      ws.charts.add('ColumnClustered', context.workbook.worksheets.getItem('Other').getRange('A1'));
    },
    (context: FakeContext) => {
      const ws = context.workbook.worksheets.getItem('评价结果');
      ws.charts.add('ColumnClustered', ws.getRange('A1:C3')).series.getItemAt(5).name = 'x';
    },
    (context: FakeContext) => {
      const ws = context.workbook.worksheets.getItem('评价结果');
      ws.charts.add('Spiral', ws.getRange('A1:C3'));
    },
  ]) {
    const fake = workbook();
    await expect(
      fake.run(async (context: FakeContext) => {
        queue(context);
        // Nothing has failed before the sync.
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: expect.stringMatching(`${ErrorCodes.invalidArgument}|${ErrorCodes.itemNotFound}`),
    });
  }
});

test('a missing chart is a null object', async () => {
  const fake = workbook();
  await fake.run(async (context: FakeContext) => {
    const chart = context.workbook.worksheets.getItem('评价结果').charts.getItemOrNullObject('x');
    expect(() => chart.isNullObject).toThrow();
    await context.sync();
    expect(chart.isNullObject).toBe(true);
  });
});

test('conditional formats: rules, colours, clearAll of the overlapping ones', async () => {
  const fake = workbook();
  await fake.run(async (context: FakeContext) => {
    const range = context.workbook.worksheets.getItem('评价结果').getRange('A2:A3');
    const cf = range.conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = '#c6efce';
    cf.cellValue.rule = { formula1: '="预算经费"', operator: 'EqualTo' };
    await context.sync();
  });
  const sheet = fake.model.sheet('评价结果')!;
  expect(matchRule(sheet, 1, 0)?.fill).toBe('#C6EFCE');
  expect(matchRule(sheet, 2, 0)).toBeNull();
  await expect(
    fake.run(async (context: FakeContext) => {
      const range = context.workbook.worksheets.getItem('评价结果').getRange('A2');
      range.conditionalFormats.add('CellValue').cellValue.rule = {
        formula1: '=1',
        operator: 'Roughly',
      };
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: ErrorCodes.invalidArgument });
  await fake.run(async (context: FakeContext) => {
    context.workbook.worksheets.getItem('评价结果').getRange('A3:A9').conditionalFormats.clearAll();
    await context.sync();
  });
  // A2:A3 overlapped and went; the format added before the failing rule stayed (a batch is
  // not a transaction) and does not overlap A3:A9.
  expect(sheet.conditionalFormats.map((cf) => [cf.address, cf.rule])).toEqual([['A2', null]]);
});
