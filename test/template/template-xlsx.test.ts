import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { openWorkbookBuffer, templateWorkbookBytes, type PackageHost } from '../../src/hosts/xlsx';
import { BUDGET_LINES_SHEET, buildTemplateSpec, MAIN_SHEET } from '../../src/workbook/template';
import { ALL_CONTRACT_NAMES } from './contract-names';
import { LOG_COLUMNS, recalculate } from '../../src/workbook';
import { t } from '../../src/i18n/catalog';
import { messageOf } from '../../src/i18n/said';

/** The template as written, and as a spreadsheet library reads it back. */
async function renderedTemplate(
  sample: boolean,
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
): Promise<{ buffer: Buffer; workbook: ExcelJS.Workbook }> {
  const buffer = await templateWorkbookBytes(buildTemplateSpec({ sample, locale }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { buffer, workbook };
}

/** The written template opened again by the command line's host. */
async function templateHost(
  sample: boolean,
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
): Promise<PackageHost> {
  const { buffer } = await renderedTemplate(sample, locale);
  return openWorkbookBuffer(buffer, 'template.xlsx');
}

/** Types a value into one cell, as a user would. */
async function typeInto(host: PackageHost, sheet: string, address: string, value: number) {
  await host.apply({
    createSheets: [],
    createNames: [],
    writes: [{ sheet, address, values: [[value]] }],
  });
}

describe('templateWorkbookBytes', () => {
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;
  let main: ExcelJS.Worksheet;

  beforeAll(async () => {
    ({ buffer, workbook } = await renderedTemplate(true));
    main = workbook.getWorksheet(MAIN_SHEET)!;
  });

  it('writes the sheets and every contract name, each resolving to a range', async () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      '绩效自评表',
      '预算明细',
      '评分规则',
      '评分记录',
    ]);
    const snapshot = await openWorkbookBuffer(buffer, 'template.xlsx').read({
      names: ALL_CONTRACT_NAMES,
      sheets: ['评分记录'],
    });
    expect(snapshot.names.map((n) => n.name).sort()).toEqual([...ALL_CONTRACT_NAMES].sort());
    for (const name of snapshot.names) expect(name.range).not.toBeNull();
    expect(snapshot.sheets[0].used?.values[0]).toEqual(
      LOG_COLUMNS.map((key) => t(`workbook.log.${key}`)),
    );
  });

  it('keeps merges, column widths, number formats and styles', () => {
    const merges = (main as unknown as { model: { merges: string[] } }).model.merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:P1', 'A6:A10', 'B6:B7', 'A11:A12']));
    expect(main.getColumn('C').width).toBe(24);
    expect(main.getCell('H4').numFmt).toBe('0.00%');
    expect(main.getCell('K6').numFmt).toBe('0.00%');
    expect(main.getCell('A5').font?.bold).toBe(true);
    expect(main.getCell('A5').fill).toMatchObject({
      type: 'pattern',
      fgColor: { argb: 'FFD9E1F2' },
    });
    expect(main.getCell('C6').border?.left?.style).toBe('thin');
    expect(main.getCell('N7').alignment?.wrapText).toBe(true);
    expect(main.getCell('A1').value).toBe('2023年度项目支出绩效自评表');
  });

  it('keeps the drop-down lists, the frozen header and the A4 landscape fit-to-width print setup', async () => {
    const validations = (
      main as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    const operator = Object.entries(validations).find(
      ([, v]) => v.formulae?.[0] === '"≥,>,≤,<,=,定性"',
    );
    expect(operator).toBeDefined();
    expect(operator?.[1].type).toBe('list');
    const xml = await (
      await JSZip.loadAsync(buffer)
    )
      .file('xl/worksheets/sheet1.xml')!
      .async('string');
    expect(xml).toMatch(/<dataValidation [^>]*sqref="D6:D13"/);
    expect(xml).toMatch(/<dataValidation [^>]*sqref="H6:H13"/);
    expect(xml).toContain('达成年度指标,部分达成年度指标并具有一定效果,未达成年度指标且效果较差');
    expect(xml).toMatch(/<pane [^>]*ySplit="5"[^>]*state="frozen"/);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"/);
    // Narrow margins, so that the wide table prints large.
    expect(xml).toMatch(
      /<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"\/>/,
    );
  });

  it('is scored by a recalculation as the seed: 99.26 and 优 in Result_Total and Result_Grade, the scores in 得分', async () => {
    const host = await templateHost(true);
    const outcome = await recalculate(host, { conflictPolicy: 'refuse' });
    expect(outcome.problems).toEqual([]);
    expect(outcome.written).toBe(true);
    const saved = openWorkbookBuffer(host.toBuffer(), 'scored.xlsx');
    const snapshot = await saved.read({
      names: ['Result_Total', 'Result_Grade', 'Result_ExecutionRate', 'Indicators'],
      sheets: [],
    });
    const range = (name: string) => snapshot.names.find((n) => n.name === name)!.range!;
    expect(range('Result_Total').values).toEqual([[99.26]]);
    expect(range('Result_Grade').values).toEqual([['优']]);
    expect(range('Result_ExecutionRate').values).toEqual([[0.9795]]);
    expect(range('Result_ExecutionRate').numberFormats).toEqual([['0.00%']]);
    const table = range('Indicators').values;
    const score = table[0].indexOf('得分');
    expect(table.slice(1).map((row) => row[score])).toEqual([8, 12, 10, 10, 15, 9.46, 15, 10]);
  });

  it('writes 预算明细 with the seed’s lines and a 合计 row of SUM formulas holding their results', async () => {
    const ws = workbook.getWorksheet(BUDGET_LINES_SHEET)!;
    expect(['A3', 'B3', 'C3', 'D3'].map((a) => ws.getCell(a).value)).toEqual([
      '基本支出',
      182.65,
      185.44,
      181.59,
    ]);
    expect(['B5', 'C5', 'D5'].map((a) => ws.getCell(a).value)).toEqual([
      { formula: 'SUM(B3:B4)', result: 212.65 },
      { formula: 'SUM(C3:C4)', result: 187.84 },
      { formula: 'SUM(D3:D4)', result: 183.99 },
    ]);
    expect(ws.getCell('C4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('D5').border?.bottom?.style).toBe('thin');
    expect(ws.getColumn('A').width).toBe(24);
    const xml = await (await JSZip.loadAsync(buffer)).file('xl/workbook.xml')!.async('string');
    // Excel quotes a sheet name only where it must; some writers always do.
    expect(xml).toMatch(
      /<definedName name="Budget_Lines">(&apos;)?预算明细(&apos;)?!\$A\$2:\$D\$5</,
    );
    // Spreadsheets compute the 合计 again when the file is opened.
    expect(xml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it('audits the sample’s breakdown: nothing while it adds up, the difference once a line changes', async () => {
    const lineItems = (codes: { code: string; where: string }[]) =>
      codes.filter((a) => a.code.startsWith('budgetLines')).map((a) => [a.code, a.where]);
    const ok = await recalculate(await templateHost(true), { conflictPolicy: 'refuse' });
    expect(ok.result?.total).toBe(99.26);
    expect(lineItems(ok.result?.audit ?? [])).toEqual([]);

    const edited = await templateHost(true);
    // 项目支出's 全年预算数 typed as 24 instead of 2.4; the file's 合计 still says 187.84.
    await typeInto(edited, BUDGET_LINES_SHEET, 'C4', 24);
    const off = await recalculate(edited, { conflictPolicy: 'refuse' });
    expect(off.result?.total).toBe(99.26);
    expect(lineItems(off.result?.audit ?? [])).toEqual([
      ['budgetLinesMismatch', '绩效自评表!E4'],
      ['budgetLinesSubtotal', '预算明细!C5'],
    ]);
    const mismatch = off.result!.audit.find((a) => a.code === 'budgetLinesMismatch')!;
    expect(messageOf(mismatch, 'zh-CN')).toContain('209.44');
    expect(messageOf(mismatch, 'zh-CN')).toContain('187.84');
  });

  it('reads the English sample’s Total row as the sum of the lines, not as a line', async () => {
    const { workbook: en } = await renderedTemplate(true, 'en-US');
    expect(en.getWorksheet(BUDGET_LINES_SHEET)!.getCell('A5').value).toBe('Total');
    const host = await templateHost(true, 'en-US');
    const ok = await recalculate(host, { conflictPolicy: 'refuse', locale: 'en-US' });
    expect(ok.result?.audit.filter((a) => a.code.startsWith('budgetLines'))).toEqual([]);
    // 项目支出's 全年预算数 typed as 24: the Total row (still 187.84) no longer adds up.
    await typeInto(host, BUDGET_LINES_SHEET, 'C4', 24);
    const off = await recalculate(host, { conflictPolicy: 'refuse', locale: 'en-US' });
    const subtotal = off.result!.audit.find((a) => a.code === 'budgetLinesSubtotal')!;
    expect([subtotal.where, subtotal.params.name, subtotal.params.sum]).toEqual([
      '预算明细!C5',
      'Total',
      '209.44',
    ]);
  });

  it('scores nothing in the blank template: its framework rows are not indicators', async () => {
    const outcome = await recalculate(await templateHost(false), { conflictPolicy: 'refuse' });
    expect(outcome.written).toBe(false);
    expect(outcome.problems.map((p) => p.code)).toEqual(['workbook.indicators.empty']);
  });

  it('renders the blank template with its 18 framework rows', async () => {
    const blank = await renderedTemplate(false);
    const ws = blank.workbook.getWorksheet(MAIN_SHEET)!;
    expect(ws.getCell('A1').value).toBe('____年度项目支出绩效自评表');
    expect(ws.getCell('A6').value).toBe('产出指标');
    expect(ws.getCell('A22').value).toBe('满意度指标');
    expect(ws.getCell('A23').isMerged).toBe(true);
    expect(ws.getCell('A24').value).toBe('自评总分');
    // 预算明细: the lines to fill in, the 合计 formulas without a result (computed on opening).
    const lines = blank.workbook.getWorksheet(BUDGET_LINES_SHEET)!;
    expect(['A3', 'A4', 'A5'].map((a) => lines.getCell(a).value)).toEqual([
      '基本支出',
      '项目支出',
      '合计',
    ]);
    expect(lines.getCell('B3').value).toBeNull();
    expect(lines.getCell('C5').formula).toBe('SUM(C3:C4)');
  });
});
