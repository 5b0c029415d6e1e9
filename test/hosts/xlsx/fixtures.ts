/**
 * Fixture workbooks for the .xlsx host tests: built with exceljs, then edited at the level of
 * the zip (JSZip) where exceljs cannot write what a real Excel file holds (sheet-scoped,
 * constant, formula and hidden names; chart sheets).
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const MAIN = '绩效指标';
export const OTHER = 'Other sheet';

/** A workbook with one of each kind of cell value on 绩效指标 and a log sheet. */
export function valueWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(MAIN);
  ws.getCell('A1').value = 187.84;
  ws.getCell('B1').value = '全年预算数';
  ws.getCell('C1').value = true;
  // D1 stays empty.
  ws.getCell('E1').value = { formula: 'A1*0', result: 0 };
  ws.getCell('F1').value = { formula: 'B1&"x"', result: '全年预算数x' };
  ws.getCell('G1').value = { richText: [{ text: '偏差' }, { font: { bold: true }, text: '较小' }] };
  ws.getCell('H1').value = { error: '#N/A' };
  ws.getCell('I1').value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell('I1').numFmt = 'yyyy-mm-dd';
  ws.getCell('J1').value = 0.8322;
  ws.getCell('J1').numFmt = '0.00%';
  ws.getCell('K1').value = { text: '链接', hyperlink: 'https://example.org' };
  ws.getCell('L1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('A3').value = '产出指标';
  ws.mergeCells('A3:A5');
  ws.getCell('B3').value = 1;
  ws.getCell('B4').value = 2;
  ws.getCell('B5').value = 3;
  const other = wb.addWorksheet(OTHER);
  other.getCell('B2').value = 42;
  const log = wb.addWorksheet('评分记录');
  log.getCell('A1').value = '时间';
  log.getCell('B1').value = '总分';
  log.getCell('A2').value = '2026-01-01 10:00';
  log.getCell('B2').value = 99.26;
  wb.definedNames.add(`${MAIN}!$A$1`, 'Budget_Final');
  wb.definedNames.add(`${MAIN}!$A$1:$L$1`, 'Row1');
  wb.definedNames.add(`${MAIN}!$A$3:$B$5`, 'Levels');
  return wb;
}

/** Extra <definedName> elements of every kind exceljs mishandles. */
export const EXTRA_NAMES = [
  `<definedName name="Local" localSheetId="1">'Other sheet'!$B$2</definedName>`,
  `<definedName name="Budget_Spent" localSheetId="1">'Other sheet'!$B$2</definedName>`,
  `<definedName name="Threshold">1.3</definedName>`,
  `<definedName name="Label">"a&amp;b &quot;c&quot;"</definedName>`,
  `<definedName name="DoubleBudget">SUM(绩效指标!$A$1:$A$3)*2</definedName>`,
  `<definedName name="Secret" hidden="1">绩效指标!$B$3</definedName>`,
  `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">绩效指标!$A$3:$B$5</definedName>`,
  `<definedName name="Broken">#REF!</definedName>`,
  `<definedName name="Row1" localSheetId="1">'Other sheet'!$A$1</definedName>`,
  `<definedName name="WholeColumn">绩效指标!$B:$B</definedName>`,
];

/** Adds <definedName> elements to a file's workbook.xml. */
export async function addNames(buffer: Buffer, elements: string[]): Promise<Buffer> {
  return editZip(buffer, async (zip) => {
    const file = zip.file('xl/workbook.xml');
    if (!file) throw new Error('no workbook.xml');
    const xml = await file.async('string');
    const edited = xml.includes('</definedNames>')
      ? xml.replace('</definedNames>', `${elements.join('')}</definedNames>`)
      : xml.replace('</sheets>', `</sheets><definedNames>${elements.join('')}</definedNames>`);
    zip.file('xl/workbook.xml', edited);
  });
}

/** Adds a chart sheet (which exceljs cannot keep) to a file. */
export async function addChartSheet(buffer: Buffer, name: string): Promise<Buffer> {
  return editZip(buffer, async (zip) => {
    const xml = (await zip.file('xl/workbook.xml')!.async('string')).replace(
      '</sheets>',
      `<sheet sheetId="99" name="${name}" r:id="rIdChart1"/></sheets>`,
    );
    zip.file('xl/workbook.xml', xml);
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).replace(
      '</Relationships>',
      '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    zip.file('xl/_rels/workbook.xml.rels', rels);
    zip.file(
      'xl/chartsheets/sheet1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
    );
  });
}

export async function editZip(
  buffer: Buffer,
  edit: (zip: JSZip) => Promise<void>,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function bufferOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A written file as exceljs, a second reader, sees it. */
export async function readByExcelJs(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

export async function workbookXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file('xl/workbook.xml')!.async('string');
}

export async function sheetXml(buffer: Buffer, index: number): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file(`xl/worksheets/sheet${index}.xml`)!.async('string');
}
