import ExcelJS from 'exceljs';
import { fakeWorkbookFromExceljs } from '../../../src/preview/fake-excel';
import { fakeWorkbookFromTemplateSpec } from '../../../src/preview/template-workbook';
import { fakeSampleWorkbook } from '../../../src/preview/sample-workbook';
import { BUDGET_LINES_SHEET, buildTemplateSpec } from '../../../src/workbook/template';

describe('fakeWorkbookFromExceljs', () => {
  async function savedAndReloaded(): Promise<ExcelJS.Workbook> {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet('绩效指标');
    sheet.getCell('A1').value = '一级指标';
    sheet.getCell('A2').value = '产出指标';
    sheet.mergeCells('A2:A3');
    sheet.getCell('B2').value = 0.8322;
    sheet.getCell('B2').numFmt = '0.00%';
    sheet.getCell('C2').value = { formula: 'B2*10', result: 8.322 };
    sheet.getCell('D2').value = { error: '#N/A' };
    sheet.getCell('E2').value = new Date(Date.UTC(2023, 11, 31));
    sheet.getCell('E2').numFmt = 'yyyy-mm-dd';
    sheet.getCell('F2').value = { richText: [{ text: '全程' }, { text: '网办' }] };
    const hidden = source.addWorksheet('My Log');
    hidden.state = 'hidden';
    hidden.getCell('A1').value = 'x';
    source.definedNames.add("'绩效指标'!$A$1:$F$3", 'Indicators');
    source.definedNames.add("'My Log'!$A$1", '评分记录');
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(await source.xlsx.writeBuffer());
    return reloaded;
  }

  it('keeps values, cached formula results, formats, errors, dates, merges, visibility and names', async () => {
    const fake = fakeWorkbookFromExceljs(await savedAndReloaded());
    expect(fake.sheetNames()).toEqual(['绩效指标', 'My Log']);
    expect(fake.model.sheet('my log')?.visibility).toBe('Hidden');
    expect(fake.sheetValues('绩效指标')).toEqual([
      ['一级指标', '', '', '', '', ''],
      ['产出指标', 0.8322, 8.322, '#N/A', 45291, '全程网办'],
    ]);
    expect(fake.model.getCell('绩效指标', 'B2')?.numberFormat).toBe('0.00%');
    expect(fake.model.getCell('绩效指标', 'C2')?.formula).toBe('=B2*10');
    expect(fake.model.getCell('绩效指标', 'D2')?.error).toBe(true);
    expect(fake.model.getCell('绩效指标', 'A3')).toBeUndefined();
    expect(fake.sheetMerges('绩效指标')).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    expect(fake.model.name('INDICATORS')?.formula).toBe('=绩效指标!$A$1:$F$3');
    expect(fake.model.name('评分记录')?.formula).toBe("='My Log'!$A$1");
    await fake.run(async (context) => {
      const range = context.workbook.names
        .getItem('indicators')
        .getRange()
        .load('address,valueTypes');
      await context.sync();
      expect(range.address).toBe('绩效指标!A1:F3');
      expect(range.valueTypes[1]).toEqual([
        'String',
        'Double',
        'Double',
        'Error',
        'Double',
        'String',
      ]);
    });
  });
});

describe('fakeWorkbookFromTemplateSpec', () => {
  it('loads the sample template: sheets, names, values and number formats', async () => {
    const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
    const fake = await fakeWorkbookFromTemplateSpec(spec);
    expect(fake.sheetNames()).toEqual(spec.sheets.map((s) => s.name));
    for (const name of spec.names) {
      expect(fake.model.name(name.name.toUpperCase())?.name).toBe(name.name);
    }
    const { layout } = spec;
    const nameColumn = layout.columns.name;
    const firstName = fake.sheetValues(layout.sheet, `${nameColumn}${layout.firstDataRow}`)[0][0];
    expect(firstName).toBe('培训费下降率');
    const completion = `${layout.columns.completion}${layout.firstDataRow}`;
    expect(fake.sheetGrid(layout.sheet, completion)[0][0].numberFormat).toBe('0.00%');
    for (const sheet of spec.sheets) {
      expect(fake.sheetMerges(sheet.name)).toHaveLength(sheet.merges.length);
    }
  });
});

describe('the template written through the Office host', () => {
  it('holds the 合计 sums as formulas with the results the template computed, counting no syncs', async () => {
    const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
    const fake = await fakeWorkbookFromTemplateSpec(spec);
    const lines = spec.sheets.find((s) => s.name === BUDGET_LINES_SHEET)!;
    const sums = lines.cells.filter((c) => c.formula);
    expect(sums.length).toBeGreaterThan(0);
    for (const sum of sums) {
      const cell = fake.sheetGrid(lines.name, sum.address)[0][0];
      expect({ formula: cell.formula, value: cell.value }).toEqual({
        formula: sum.formula,
        value: sum.value,
      });
    }
    expect(typeof sums[1].value).toBe('number');
    expect(fake.syncCount).toBe(0);
  });
});

describe('fakeSampleWorkbook', () => {
  it('stretches the seed to many indicator rows, moving what is below the table down', async () => {
    const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
    const seed = await fakeSampleWorkbook();
    const big = await fakeSampleWorkbook({ indicatorRows: 1000 });
    const { sheet, firstDataRow, lastDataRow, columns } = spec.layout;
    const grown = 1000 - (lastDataRow - firstDataRow + 1);
    await big.run(async (context) => {
      const indicators = context.workbook.names
        .getItem('Indicators')
        .getRange()
        .load('rowCount,values');
      const total = context.workbook.names.getItem('Result_Total').getRange().load('rowIndex');
      await context.sync();
      expect(indicators.rowCount).toBe(1001);
      expect(total.rowIndex).toBe(lastDataRow + grown);
      const nameColumn = columns.name.charCodeAt(0) - 65;
      const levelColumn = columns.level1.charCodeAt(0) - 65;
      expect(indicators.values.slice(1).every((row) => row[nameColumn] !== '')).toBe(true);
      // Inserted rows (inside the table, before its last row) each name their levels.
      const inserted = indicators.values.slice(lastDataRow - firstDataRow + 1, -1);
      expect(inserted).toHaveLength(grown);
      expect(inserted.every((row) => row[levelColumn] !== '')).toBe(true);
    });
    // The last seed row ends the stretched table.
    const lastName = `${columns.name}${lastDataRow}`;
    expect(big.sheetValues(sheet, `${columns.name}${lastDataRow + grown}`)).toEqual(
      seed.sheetValues(sheet, lastName),
    );
  });
});
