/**
 * The fidelity suite's workbooks, as different programs write them: openpyxl (committed,
 * test/fixtures/workbooks/make-openpyxl.py), LibreOffice (re-saving the openpyxl one at test
 * time), exceljs (built here) and a hand-made package with Excel's relative targets (.xlsx and
 * .xlsm, hand-made.ts). Each is the seed report, never scored, dressed with what users add.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { templateExcelJs } from '../../../template/template-file';
import { buildTemplateSpec } from '../../../../src/workbook/template';
import { convert } from '../../../libreoffice/soffice';
import { PNG, handMadeWorkbook } from './hand-made';

export const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'workbooks');

export interface Dressed {
  /** Who wrote it. */
  writer: string;
  file: string;
  /** The sheet holding the indicator table (the one sheet of the input the run writes). */
  sheet: string;
  /** The composite the seed's figures give in this workbook. */
  total: string;
}

/** The template's outputs blanked and the product's sheets removed: a workbook never scored. */
function neverScored(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.getWorksheet('绩效自评表')!;
  for (const ref of ['H4', 'I4', 'C14', 'E14', 'H14']) ws.getCell(ref).value = null;
  for (let row = 6; row <= 13; row++) {
    for (const col of ['K', 'L', 'M']) ws.getCell(`${col}${row}`).value = null;
  }
  for (const name of ['评分记录', 'PerfScoreState']) {
    const sheet = wb.getWorksheet(name);
    if (sheet) wb.removeWorksheet(sheet.id);
  }
  return ws;
}

async function exceljsDressed(file: string): Promise<void> {
  // The template read by exceljs, dressed and written again by exceljs.
  const wb = await templateExcelJs(buildTemplateSpec({ sample: true }));
  const ws = neverScored(wb);
  const options = wb.addWorksheet('选项');
  ['≥', '≤', '=', '定性'].forEach((text, i) => (options.getCell(`A${i + 1}`).value = text));
  await options.protect('perfscore', { selectLockedCells: true });
  const analysis = wb.addWorksheet('分析');
  analysis.getCell('A1').value = '自评总分';
  analysis.getCell('B1').value = { formula: '绩效自评表!C14' };
  analysis.getCell('A2').value = '得分合计';
  analysis.getCell('B2').value = { formula: 'SUM(绩效自评表!L6:L13)' };
  analysis.getCell('B3').value = { text: '财政部绩效管理', hyperlink: 'https://www.mof.gov.cn/' };
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'Q2:R4');
  ws.getCell('C6').note = '培训费按实际发生数计算';
  ws.getCell('Q6').dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['选项!$A$1:$A$4'],
  };
  ws.addConditionalFormatting({
    ref: 'H6:H13',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: ['100'],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } } },
      },
    ],
  });
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 5 }];
  ws.pageSetup = { ...ws.pageSetup, printTitlesRow: '5:5', horizontalCentered: true };
  await wb.xlsx.writeFile(file);
}

/** Writes every dressed workbook into `dir` (LibreOffice's through soffice). */
export async function dressedWorkbooks(dir: string): Promise<Dressed[]> {
  const openpyxl = path.join(dir, 'openpyxl.xlsx');
  fs.copyFileSync(path.join(FIXTURES, 'openpyxl-dressed.xlsx'), openpyxl);
  const loDir = path.join(dir, 'lo');
  fs.mkdirSync(loDir);
  convert([openpyxl], 'xlsx:Calc MS Excel 2007 XML', loDir, ['openpyxl.xlsx']);
  const libreoffice = path.join(dir, 'libreoffice.xlsx');
  fs.renameSync(path.join(loDir, 'openpyxl.xlsx'), libreoffice);
  const exceljs = path.join(dir, 'exceljs.xlsx');
  await exceljsDressed(exceljs);
  const handMade = path.join(dir, 'hand-made.xlsx');
  fs.writeFileSync(handMade, handMadeWorkbook());
  const macros = path.join(dir, 'hand-made-macros.xlsm');
  fs.writeFileSync(macros, handMadeWorkbook(true));
  const seed = { sheet: '绩效自评表', total: '99.26' };
  const hand = { sheet: '绩效指标', total: '97.46' };
  return [
    { writer: 'openpyxl', file: openpyxl, ...seed },
    { writer: 'LibreOffice', file: libreoffice, ...seed },
    { writer: 'exceljs', file: exceljs, ...seed },
    { writer: 'hand-made (Excel-like relative targets)', file: handMade, ...hand },
    { writer: 'hand-made .xlsm with a VBA project', file: macros, ...hand },
  ];
}
