/**
 * Renders the host-independent template spec (src/workbook/template) as an exceljs workbook.
 * A cell with a formula is written as that formula with its result (the spec's value).
 */
import * as ExcelJS from 'exceljs';
import { absoluteAddress, parseBlock, whereOf } from '../../workbook/a1';
import type { CellStyle } from '../../workbook/port/types';
import type {
  TemplateCell,
  TemplateSheet,
  TemplateSpec,
  TemplateValidation,
} from '../../workbook/template/spec';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const FONT_NAME = '宋体';

function styleOf(
  style: CellStyle | undefined,
  numberFormat: string | undefined,
): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {
    font: { name: FONT_NAME, size: style?.fontSize ?? 11, bold: Boolean(style?.bold) },
  };
  if (numberFormat) out.numFmt = numberFormat;
  if (!style) return out;
  if (style.fill) {
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  }
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.horizontal || style.vertical || style.wrap) {
    out.alignment = {
      horizontal: style.horizontal,
      vertical: style.vertical,
      wrapText: style.wrap || undefined,
    };
  }
  return out;
}

function writeCell(ws: ExcelJS.Worksheet, cell: TemplateCell): void {
  const target = ws.getCell(cell.address);
  target.style = styleOf(cell.style, cell.numberFormat);
  if (cell.formula) {
    // The formula with its result when the template knows it (spreadsheets recalculate on load).
    const formula = cell.formula.replace(/^=/, '');
    target.value =
      cell.value === null || cell.value === '' ? { formula } : { formula, result: cell.value };
  } else if (cell.value !== null && cell.value !== '') target.value = cell.value;
}

function addValidation(ws: ExcelJS.Worksheet, v: TemplateValidation): void {
  const validation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${v.list.join(',')}"`],
    showErrorMessage: v.strict,
    showInputMessage: Boolean(v.prompt),
  };
  if (v.strict) {
    validation.errorStyle = 'stop';
    if (v.error) validation.error = v.error;
  }
  if (v.promptTitle) validation.promptTitle = v.promptTitle;
  if (v.prompt) validation.prompt = v.prompt;
  // exceljs's type for dataValidations lacks add(); it exists at runtime.
  (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(v.range, validation);
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet): void {
  const ws = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const cell of sheet.cells) writeCell(ws, cell);
  for (const merge of sheet.merges) ws.mergeCells(merge);
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    ws.getRow(Number(row)).height = height;
  }
  for (const v of sheet.validations) addValidation(ws, v);
  if (sheet.freeze && (sheet.freeze.rows || sheet.freeze.columns)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: sheet.freeze.columns,
        ySplit: sheet.freeze.rows,
      },
    ];
  }
  if (sheet.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: Boolean(sheet.print.centerHorizontally),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: sheet.print.titleRows,
    };
  }
}

/** The template as an exceljs workbook: every sheet, style, merge, validation and name. */
export function writeTemplateXlsx(spec: TemplateSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PerfScore';
  // The template's formulas (预算明细's 合计) are computed again when the file is opened.
  if (spec.sheets.some((sheet) => sheet.cells.some((cell) => cell.formula))) {
    workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  }
  for (const sheet of spec.sheets) writeSheet(workbook, sheet);
  for (const name of spec.names) {
    const block = parseBlock(name.address);
    if (!block) throw new Error(`template name ${name.name} has no address: ${name.address}`);
    workbook.definedNames.add(whereOf(name.sheet, absoluteAddress(block)), name.name);
  }
  return workbook;
}
