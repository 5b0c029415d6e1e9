/**
 * Range.format in the fake Excel (fonts, fills, alignment, borders, widths, heights), merged
 * areas as Excel keeps them, and the template loader carrying the template's look.
 */
import {
  FakeExcelError,
  createFakeWorkbook,
  type FakeWorkbook,
} from '../../../src/preview/fake-excel';
import { fakeWorkbookFromTemplateSpec } from '../../../src/preview/template-workbook';
import { columnWidthPoints } from '../../../src/hosts/column-width';
import { buildTemplateSpec } from '../../../src/workbook/template/build';

function sheet1(): FakeWorkbook {
  const fake = createFakeWorkbook();
  fake.model.addSheet('Sheet1');
  return fake;
}

test('formats are queued until sync(), read back after load + sync, null when not uniform', async () => {
  const fake = sheet1();
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
    range.format.font.bold = true;
    range.format.fill.color = '#d9e1f2';
    range.getCell(0, 0).format.horizontalAlignment = 'Center';
    expect(fake.cellFormat('Sheet1', 'A1')).toBeUndefined();
    range.format.load('horizontalAlignment');
    range.format.font.load('bold');
    range.format.fill.load('color');
    expect(() => range.format.wrapText).toThrow(
      expect.objectContaining({ code: 'PropertyNotLoaded' }),
    );
    await context.sync();
    expect(range.format.font.bold).toBe(true);
    expect(range.format.fill.color).toBe('#D9E1F2');
    expect(range.format.horizontalAlignment).toBeNull();
  });
  expect(fake.cellFormat('Sheet1', 'B2')).toEqual({ bold: true, fill: '#D9E1F2' });
  expect(fake.cellFormat('Sheet1', 'C3')).toBeUndefined();
});

test('an unknown border index or alignment fails at sync() with InvalidArgument', async () => {
  const fake = sheet1();
  const attempt = (queue: (range: Excel.Range) => void) =>
    fake.run(async (context) => {
      queue(context.workbook.worksheets.getItem('Sheet1').getRange('A1') as never);
      await context.sync();
    });
  await expect(
    attempt((r) => {
      r.format.borders.getItem('EdgeMiddle' as Excel.BorderIndex).style = 'Continuous';
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  await expect(
    attempt((r) => {
      r.format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment;
    }),
  ).rejects.toEqual(expect.any(FakeExcelError));
  expect(fake.cellFormat('Sheet1', 'A1')).toBeUndefined();
});

test('borders: a line between two cells belongs to both, inside lines only inside', async () => {
  const fake = sheet1();
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
    for (const side of ['EdgeTop', 'InsideHorizontal'] as const) {
      range.format.borders.getItem(side).style = 'Continuous';
    }
    await context.sync();
  });
  expect(fake.cellBorders('Sheet1', 'B1').bottom.style).toBe('Continuous');
  expect(fake.cellBorders('Sheet1', 'B3').top.style).toBe('Continuous');
  expect(fake.cellBorders('Sheet1', 'B3').bottom.style).toBe('None');
  expect(fake.cellBorders('Sheet1', 'B2').left.style).toBe('None');
});

test('column widths and row heights in points, per column and row', async () => {
  const fake = sheet1();
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('B:C').format.columnWidth = 52.5;
    sheet.getRange('3:4').format.rowHeight = 30;
    const both = sheet.getRange('A1:B1').format;
    both.load('columnWidth');
    await context.sync();
    expect(both.columnWidth).toBeNull(); // A and B differ
  });
  expect(fake.columnWidths('Sheet1')).toEqual([48, 52.5, 52.5]);
  expect([fake.rowHeight('Sheet1', 2), fake.rowHeight('Sheet1', 3)]).toEqual([15, 30]);
  expect(columnWidthPoints(24)).toBe(126); // 168 px
});

test('merge keeps the top-left value, replaces overlapping areas; unmerge and clear undo', async () => {
  const fake = sheet1();
  fake.model.setCell('Sheet1', 'A1', { value: 'title' });
  fake.model.setCell('Sheet1', 'B1', { value: 'lost' });
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1:B1').merge();
    sheet.getRange('A1:D1').merge(false);
    sheet.getRange('F1').merge();
    sheet.getRange('A3:B3').format.font.bold = true;
    await context.sync();
  });
  expect(fake.sheetMerges('Sheet1')).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  expect(fake.sheetValues('Sheet1', 'A1:B1')).toEqual([['title', '']]);
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('C1').unmerge();
    sheet.getRange('A3').clear('Formats');
    await context.sync();
  });
  expect(fake.sheetMerges('Sheet1')).toEqual([]);
  expect(fake.cellFormat('Sheet1', 'A3')).toBeUndefined();
  expect(fake.cellFormat('Sheet1', 'B3')).toEqual({ bold: true });
});

test('inserted rows move formats and row heights with their rows', () => {
  const fake = sheet1();
  const sheet = fake.model.sheet('Sheet1')!;
  sheet.setFormat(4, 0, { fill: '#EDEDED' });
  sheet.rowHeights.set(4, 36);
  fake.model.insertRows('Sheet1', 2, 3);
  expect(fake.cellFormat('Sheet1', 'A8')).toEqual({ fill: '#EDEDED' });
  expect(fake.rowHeight('Sheet1', 8)).toBe(36);
  expect(fake.cellFormat('Sheet1', 'A5')).toBeUndefined();
});

test('the template loader keeps the template look: styles, widths, heights, merges', async () => {
  const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
  const main = spec.sheets[0];
  const fake = await fakeWorkbookFromTemplateSpec(spec);
  const header = `C${spec.layout.headerRow}`;
  expect(fake.cellFormat(main.name, header)).toMatchObject({ bold: true, fill: '#D9E1F2' });
  expect(fake.cellBorders(main.name, header).left).toEqual({
    style: 'Continuous',
    weight: 'Thin',
    color: '#808080',
  });
  expect(fake.columnWidths(main.name)).toEqual(main.columnWidths.map(columnWidthPoints));
  expect(fake.rowHeight(main.name, 1)).toBe(main.rowHeights[1]);
  expect(fake.sheetMerges(main.name)).toHaveLength(main.merges.length);
});
