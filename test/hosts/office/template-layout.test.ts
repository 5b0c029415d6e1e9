/**
 * 插入模板 in Excel looks like the .xlsx template: the template plan (src/workbook/
 * template/plan.ts) applied through the Office host to an empty fake workbook carries merged
 * level cells and title, bold filled headers with borders, column widths and row heights, in
 * the same single sync as the values and names.
 */
import {
  FakeExcelError,
  createFakeWorkbook,
  type FakeWorkbook,
} from '../../../src/preview/fake-excel';
import { OfficeHost } from '../../../src/hosts/office/office-host';
import { OfficeHostError } from '../../../src/hosts/office/errors';
import { columnWidthPoints } from '../../../src/hosts/office/layout';
import { runOnFakeWorkbook } from '../../../src/preview/run-on-fake';
import { templatePlan } from '../../../src/workbook/template/plan';
import { heightOf, parseBlock } from '../../../src/workbook/a1';
import { buildTemplateSpec } from '../../../src/workbook/template/build';
import type { TemplateSpec } from '../../../src/workbook/template/spec';
import type { WritePlan } from '../../../src/workbook/port/types';

const spec = buildTemplateSpec({ sample: false, locale: 'zh-CN' });
const MAIN = spec.layout.sheet;
const main = spec.sheets.find((s) => s.name === MAIN)!;
const HEADER = spec.layout.headerRow;
const FIRST = spec.layout.firstDataRow;

function emptyWorkbook(): FakeWorkbook {
  const fake = createFakeWorkbook();
  fake.model.addSheet('Sheet1');
  return fake;
}

async function insert(fake: FakeWorkbook, plan: WritePlan): Promise<void> {
  await new OfficeHost(runOnFakeWorkbook(fake)).apply(plan);
}

/** "A6:A13" → the fake's 0-based block. */
function rect(address: string) {
  return parseBlock(address)!;
}

function cellsOf(sheet: TemplateSpec['sheets'][number], address: string) {
  return sheet.cells.find((c) => c.address === address);
}

test('the template plan carries every sheet layout of the spec', () => {
  const plan = templatePlan(spec, ['Sheet1'], []);
  expect(plan.layouts?.map((l) => l.sheet)).toEqual(spec.sheets.map((s) => s.name));
  const layout = plan.layouts![0];
  expect(layout.merges).toEqual(main.merges);
  expect(layout.columnWidths).toEqual(main.columnWidths);
  expect(layout.rowHeights).toEqual(main.rowHeights);
  expect(layout.reset).toBeUndefined();
  // Equal styles are grouped: a handful of blocks, not one per cell.
  expect(layout.styles.length).toBeLessThan(main.cells.length / 5);
  // Every styled cell of the spec is covered by a block with its style.
  for (const cell of main.cells.filter((c) => c.style)) {
    const at = parseBlock(cell.address)!;
    const block = layout.styles.find((s) => {
      const b = parseBlock(s.address)!;
      return at.top >= b.top && at.top <= b.bottom && at.left >= b.left && at.left <= b.right;
    });
    expect({ cell: cell.address, style: block?.style }).toEqual({
      cell: cell.address,
      style: cell.style,
    });
  }
});

test('插入模板 through the Office host: merges, styles, widths and heights in ONE sync', async () => {
  const fake = emptyWorkbook();
  const plan = templatePlan(spec, fake.sheetNames(), []);
  await insert(fake, plan);
  expect(fake.syncCount).toBe(1);

  // The title and the level cells are merged areas, exactly as in the template.
  const merges = fake.sheetMerges(MAIN);
  expect(merges).toEqual(expect.arrayContaining(main.merges.map(rect)));
  expect(merges).toHaveLength(main.merges.length);
  expect(merges).toContainEqual(rect(`A1:P1`));
  const level1 = main.merges.find((m) => m.startsWith(`A${FIRST}:`))!;
  expect(heightOf(rect(level1))).toBeGreaterThan(1);
  expect(fake.model.getCell(MAIN, `A${FIRST}`)?.value).toBe('产出指标');

  // A header cell: bold, the header fill, centred, wrapped, a thin border on every side.
  const header = fake.cellFormat(MAIN, `C${HEADER}`)!;
  expect(fake.model.getCell(MAIN, `C${HEADER}`)?.value).toBe('三级指标');
  expect(header).toMatchObject({
    bold: true,
    fill: '#D9E1F2',
    horizontalAlignment: 'Center',
    verticalAlignment: 'Center',
    wrapText: true,
  });
  const thin = { style: 'Continuous', weight: 'Thin', color: '#808080' };
  expect(fake.cellBorders(MAIN, `C${HEADER}`)).toEqual({
    top: thin,
    bottom: thin,
    left: thin,
    right: thin,
  });
  // The title has no border.
  expect(fake.cellBorders(MAIN, 'C1').top.style).toBe('None');
  // The title: 16 pt bold; an output cell: the grey fill; an input cell: no fill, not bold.
  expect(fake.cellFormat(MAIN, 'A1')).toMatchObject({ bold: true, fontSize: 16 });
  const score = `${spec.layout.columns.score}${FIRST}`;
  expect(fake.cellFormat(MAIN, score)?.fill).toBe(`#${cellsOf(main, score)?.style?.fill}`);
  const name = fake.cellFormat(MAIN, `${spec.layout.columns.name}${FIRST}`)!;
  expect(name.fill).toBeUndefined();
  expect(name.bold).toBeUndefined();

  // Column widths (characters → points as Excel draws them) and row heights (points).
  expect(fake.columnWidths(MAIN)).toEqual(main.columnWidths.map(columnWidthPoints));
  expect(columnWidthPoints(10)).toBe(52.5);
  expect(fake.columnWidths(MAIN)[2]).toBeGreaterThan(fake.columnWidths(MAIN)[0]);
  expect(fake.rowHeight(MAIN, 1)).toBe(main.rowHeights[1]);
  expect(fake.rowHeight(MAIN, HEADER)).toBe(main.rowHeights[HEADER]);
  expect(fake.rowHeight(MAIN, FIRST)).toBe(main.rowHeights[FIRST]);
});

test('the layout reads back through the Excel API (load + sync), PropertyNotLoaded before', async () => {
  const fake = emptyWorkbook();
  await insert(fake, templatePlan(spec, fake.sheetNames(), []));
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(MAIN);
    const header = sheet.getRange(`A${HEADER}:O${HEADER}`);
    const font = header.format.font;
    const fill = header.format.fill;
    const top = header.format.borders.getItem('EdgeTop');
    const inside = header.format.borders.getItem('InsideVertical');
    const mixed = sheet.getRange(`A${FIRST}:O${FIRST}`).format.fill;
    font.load('bold,size');
    fill.load('color');
    top.load('style,weight,color');
    inside.load('style');
    mixed.load('color');
    header.format.load('horizontalAlignment,wrapText');
    expect(() => font.bold).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(font.bold).toBe(true);
    expect(font.size).toBe(11);
    expect(fill.color).toBe('#D9E1F2');
    expect([top.style, top.weight, top.color]).toEqual(['Continuous', 'Thin', '#808080']);
    expect(inside.style).toBe('Continuous');
    expect(header.format.horizontalAlignment).toBe('Center');
    expect(header.format.wrapText).toBe(true);
    // Input and output cells of a data row have different fills: not uniform, null.
    expect(mixed.color).toBeNull();
  });
});

test('replacing a sheet resets its old merges and fills over the template block first', async () => {
  const fake = emptyWorkbook();
  fake.model.addSheet('评分规则');
  const old = fake.model.sheet('评分规则')!;
  old.merges.push(rect('C3:D4'));
  old.setFormat(2, 0, { fill: '#FF0000', bold: true }); // A3
  const plan = templatePlan(spec, fake.sheetNames(), []);
  expect(plan.layouts?.find((l) => l.sheet === '评分规则')?.reset).toMatch(/^A1:D\d+$/);
  await insert(fake, plan);
  expect(fake.syncCount).toBe(1);
  const rules = spec.sheets.find((s) => s.name === '评分规则')!;
  expect(fake.sheetMerges('评分规则')).toEqual(rules.merges.map(rect));
  expect(fake.cellFormat('评分规则', 'A2')?.fill).toBe('#D9E1F2');
  expect(fake.cellFormat('评分规则', 'A3')?.fill).toBeUndefined();
  expect(fake.cellFormat('评分规则', 'A3')?.bold).toBeUndefined();
});

test('a layout with a bad block is refused before anything is written', async () => {
  const fake = emptyWorkbook();
  const plan = templatePlan(spec, fake.sheetNames(), []);
  plan.layouts![0].merges.push('A1:ZZZZ9');
  await expect(insert(fake, plan)).rejects.toThrow(OfficeHostError);
  await expect(insert(fake, plan)).rejects.toThrow(/绩效自评表.*A1:ZZZZ9/);
  expect(fake.syncCount).toBe(0);
  expect(fake.sheetNames()).toEqual(['Sheet1']);
});

test('format errors are deferred to sync(), the operations before them stay applied', async () => {
  const fake = emptyWorkbook();
  await expect(
    fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      range.format.fill.color = '#00FF00';
      range.format.rowHeight = 500; // Excel's limit is 409 points
      range.format.font.bold = true;
      await context.sync();
    }),
  ).rejects.toEqual(expect.any(FakeExcelError));
  expect(fake.cellFormat('Sheet1', 'B2')).toEqual({ fill: '#00FF00' });
  expect(fake.rowHeight('Sheet1', 1)).toBe(15);
});
