/**
 * PackageHost on workbooks exceljs wrote: it reads them as Excel's API would and writes values,
 * number formats, sheets and names that the next read (and exceljs) see.
 */
import * as ExcelJS from 'exceljs';
import { openWorkbookBuffer, type PackageHost } from '../../../src/hosts/xlsx';
import type { XlsxError } from '../../../src/hosts/xlsx';
import type { NameSnapshot, WorkbookSnapshot } from '../../../src/workbook/port/types';
import {
  EXTRA_NAMES,
  MAIN,
  OTHER,
  addNames,
  bufferOf,
  readByExcelJs,
  sheetXml,
  valueWorkbook,
} from './fixtures';

async function loadedFixture(): Promise<PackageHost> {
  const buffer = await addNames(await bufferOf(valueWorkbook()), EXTRA_NAMES);
  return openWorkbookBuffer(buffer, 'fixture.xlsx');
}

function named(snapshot: WorkbookSnapshot, name: string): NameSnapshot {
  const found = snapshot.names.find((n) => n.name === name);
  if (!found) throw new Error(`name ${name} not in snapshot`);
  return found;
}

describe('PackageHost.read of a workbook exceljs wrote', () => {
  let host: PackageHost;
  let snapshot: WorkbookSnapshot;

  beforeAll(async () => {
    host = await loadedFixture();
    snapshot = await host.read({
      names: [
        'BUDGET_FINAL',
        'row1',
        'Levels',
        'Budget_Spent',
        'Local',
        'Threshold',
        'DoubleBudget',
        'Broken',
        'WholeColumn',
        'NoSuchName',
      ],
      sheets: ['评分记录', '不存在'],
    });
  });

  it('returns the names that exist, matched case-insensitively, as the workbook spells them', () => {
    const workbookScoped = snapshot.names.filter((n) => n.scope === undefined);
    expect(workbookScoped.map((n) => n.name).sort()).toEqual(
      [
        'Broken',
        'Budget_Final',
        'DoubleBudget',
        'Levels',
        'Row1',
        'Threshold',
        'WholeColumn',
      ].sort(),
    );
  });

  it('returns sheet-scoped names with their sheet, after the workbook-scoped ones', () => {
    const local = snapshot.names.filter((n) => n.scope !== undefined);
    expect(local.map((n) => n.name).sort()).toEqual(['Budget_Spent', 'Local']);
    // Row1 exists both workbook-scoped and local to Other sheet: only the workbook one is read.
    expect(snapshot.names.filter((n) => n.name === 'Row1')).toHaveLength(1);
    expect(named(snapshot, 'Row1').range?.sheet).toBe(MAIN);
  });

  it('gives values as Excel does: numbers, text, booleans, "" for empty, formula results, flattened rich text, error text, dates as serials', () => {
    const row = named(snapshot, 'Row1').range!;
    expect(row.address).toBe('A1:L1');
    expect(row.values[0]).toEqual([
      187.84,
      '全年预算数',
      true,
      '',
      0, // a formula result of 0 is a value, not "empty"
      '全年预算数x',
      '偏差较小',
      '#N/A',
      45291, // 2023-12-31
      0.8322,
      '链接',
      '#DIV/0!',
    ]);
    expect(row.numberFormats[0][8]).toBe('yyyy-mm-dd');
    expect(row.numberFormats[0][9]).toBe('0.00%');
    expect(row.numberFormats[0][0]).toBe('General');
    expect(row.formulas[0][4]).toBe('=A1*0');
    expect(row.formulas[0][0]).toBeNull();
    expect(row.rowIndex).toBe(0);
    expect(row.columnIndex).toBe(0);
  });

  it('gives a merged area as Excel does: only the top-left cell holds the value', () => {
    const levels = named(snapshot, 'Levels').range!;
    expect(levels.values).toEqual([
      ['产出指标', 1],
      ['', 2],
      ['', 3],
    ]);
    expect(levels.rowIndex).toBe(2);
  });

  it('reports names that are no range: #REF! is an invalid reference, constants and formulas are not ranges', () => {
    expect(named(snapshot, 'Broken')).toMatchObject({ range: null, problem: 'invalidReference' });
    expect(named(snapshot, 'Threshold')).toMatchObject({
      range: null,
      problem: 'notARange',
      formula: '=1.3',
    });
    expect(named(snapshot, 'DoubleBudget')).toMatchObject({ range: null, problem: 'notARange' });
    // The formula as the file holds it (exceljs quotes every sheet name).
    expect(named(snapshot, 'Budget_Final').formula).toBe("='绩效指标'!$A$1");
  });

  it('reads a whole-column name down to the last used row', () => {
    const column = named(snapshot, 'WholeColumn').range!;
    expect(column.address).toBe('B1:B5');
    expect(column.values.map((r) => r[0])).toEqual(['全年预算数', '', 1, 2, 3]);
  });

  it('gives each cell of a shared formula its own formula text and result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    // exceljs accepts a shared-formula master with shareType/ref, which its types omit.
    ws.getCell('B1').value = {
      formula: 'A1*2',
      result: 2,
      shareType: 'shared',
      ref: 'B1:B2',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 4 };
    wb.definedNames.add('S!$B$1:$B$2', 'Doubled');
    const snap = await openWorkbookBuffer(await bufferOf(wb), 'shared.xlsx').read({
      names: ['doubled'],
      sheets: [],
    });
    expect(snap.names[0].range?.values).toEqual([[2], [4]]);
    expect(snap.names[0].range?.formulas).toEqual([['=A1*2'], ['=A2*2']]);
  });

  it('reads the used range of requested sheets that exist, and lists every sheet', () => {
    expect(snapshot.sheets).toHaveLength(1);
    expect(snapshot.sheets[0].name).toBe('评分记录');
    expect(snapshot.sheets[0].used?.values).toEqual([
      ['时间', '总分'],
      ['2026-01-01 10:00', 99.26],
    ]);
    expect(snapshot.sheetNames).toEqual([MAIN, OTHER, '评分记录']);
  });
});

describe('PackageHost.apply to a workbook exceljs wrote', () => {
  it('writes values and number formats, and they are what the next read returns', async () => {
    const host = await loadedFixture();
    await host.apply({
      createSheets: [],
      createNames: [],
      writes: [
        {
          sheet: MAIN,
          address: 'C3:D4',
          values: [
            [0.9795, 9.8],
            ['待说明', ''],
          ],
          numberFormats: [
            ['0.00%', '0.00'],
            ['General', 'General'],
          ],
        },
      ],
    });
    const again = openWorkbookBuffer(host.toBuffer(), 'again.xlsx');
    await again.apply({
      createSheets: [],
      createNames: [{ name: 'Block', reference: `${MAIN}!C3:D4` }],
      writes: [],
    });
    const snap = await again.read({ names: ['Block'], sheets: [] });
    expect(snap.names[0].range?.values).toEqual([
      [0.9795, 9.8],
      ['待说明', ''],
    ]);
    expect(snap.names[0].range?.numberFormats[0]).toEqual(['0.00%', '0.00']);
  });

  it('changes the number format of the written cell only, not of cells that shared its style', async () => {
    const wb = valueWorkbook();
    wb.getWorksheet(MAIN)!.getCell('C3').numFmt = '0.0';
    wb.getWorksheet(MAIN)!.getCell('C4').numFmt = '0.0';
    const host = openWorkbookBuffer(await bufferOf(wb), 'shared.xlsx');
    await host.apply({
      createSheets: [],
      createNames: [],
      writes: [{ sheet: MAIN, address: 'C3', values: [[0.5]], numberFormats: [['0.00%']] }],
    });
    const ws = (await readByExcelJs(host.toBuffer())).getWorksheet(MAIN)!;
    expect(ws.getCell('C3').numFmt).toBe('0.00%');
    expect(ws.getCell('C4').numFmt).toBe('0.0');
  });

  it('stores text beginning with = + - @ as text, never as a formula', async () => {
    const host = await loadedFixture();
    const texts = ['=SUM(A1:A3)', '+86 电话', '-24.81 为调减', '@所有人'];
    await host.apply({
      createSheets: [],
      createNames: [],
      writes: [{ sheet: OTHER, address: 'A5:D5', values: [texts] }],
    });
    const saved = host.toBuffer();
    const xml = await sheetXml(saved, 2);
    expect(xml).not.toContain('<f>');
    const reloaded = openWorkbookBuffer(saved, 'x.xlsx');
    await reloaded.apply({
      createSheets: [],
      createNames: [{ name: 'Texts', reference: `'${OTHER}'!A5:D5` }],
      writes: [],
    });
    const snap = await reloaded.read({ names: ['texts'], sheets: [] });
    expect(snap.names[0].range?.values[0]).toEqual(texts);
    expect(snap.names[0].range?.formulas[0]).toEqual([null, null, null, null]);
  });

  it('creates hidden and very hidden sheets and workbook-scoped names that survive saving', async () => {
    const host = await loadedFixture();
    await host.apply({
      createSheets: [
        { name: '评价结果', visibility: 'hidden' },
        { name: '_state', visibility: 'veryHidden' },
      ],
      createNames: [{ name: 'Result_Total', reference: '评价结果!B2' }],
      writes: [{ sheet: '评价结果', address: 'B2', values: [[99.26]], numberFormats: [['0.00']] }],
    });
    const saved = host.toBuffer();
    const loaded = await readByExcelJs(saved);
    expect(loaded.getWorksheet('评价结果')!.state).toBe('hidden');
    expect(loaded.getWorksheet('_state')!.state).toBe('veryHidden');
    const snap = await openWorkbookBuffer(saved, 'y.xlsx').read({
      names: ['result_total'],
      sheets: [],
    });
    expect(snap.names[0]).toMatchObject({ name: 'Result_Total', formula: '=评价结果!$B$2' });
    expect(snap.names[0].range?.values).toEqual([[99.26]]);
  });

  it('overwrites a formula in an output cell with the value', async () => {
    const host = await loadedFixture();
    await host.apply({
      createSheets: [],
      createNames: [],
      writes: [{ sheet: MAIN, address: 'E1', values: [[12]] }],
    });
    const snap = await host.read({ names: ['Row1'], sheets: [] });
    expect(snap.names[0].range?.values[0][4]).toBe(12);
    expect(snap.names[0].range?.formulas[0][4]).toBeNull();
  });

  it('refuses, naming the cell, to write into the covered part of a merged area, a missing sheet or a block of the wrong shape', async () => {
    const host = await loadedFixture();
    const plan = (sheet: string, address: string, values: (string | number)[][]) => ({
      createSheets: [],
      createNames: [],
      writes: [{ sheet, address, values }],
    });
    await expect(host.apply(plan(MAIN, 'A4', [['x']]))).rejects.toMatchObject({
      key: 'xlsx.write.mergedCells',
      params: { cells: '绩效指标!A4', areas: '绩效指标!A3:A5' },
    } satisfies Partial<XlsxError>);
    await expect(host.apply(plan('没有的表', 'A1', [[1]]))).rejects.toMatchObject({
      key: 'xlsx.write.noSheet',
    });
    await expect(host.apply(plan(MAIN, 'A1:B2', [[1, 2]]))).rejects.toMatchObject({
      key: 'xlsx.write.shape',
    });
  });

  it('deletes a name matched case-insensitively, and refuses, naming it, to delete one that does not exist', async () => {
    const host = await loadedFixture();
    const plan = (name: string) => ({
      deleteNames: [name],
      createSheets: [],
      createNames: [],
      writes: [],
    });
    await host.apply(plan('row1'));
    // Only the Row1 local to Other sheet is left.
    const left = (await host.read({ names: ['Row1'], sheets: [] })).names;
    expect(left.map((n) => [n.name, n.scope])).toEqual([['Row1', 'Other sheet']]);
    const error = (await host.apply(plan('Result_Nowhere')).catch((e: unknown) => e)) as XlsxError;
    expect(error).toMatchObject({ key: 'xlsx.name.notFound', params: { name: 'Result_Nowhere' } });
    expect(error.message).toBe('工作簿中没有名称 Result_Nowhere，无法删除');
    expect(error.localized('en-US')).toBe('The workbook has no name Result_Nowhere to delete');
  });
});
