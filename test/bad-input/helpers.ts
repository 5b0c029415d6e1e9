/**
 * Shared by the bad-input catalog: the template's sample workbook (the seed report, which
 * scores 99.26 / 优) as an exceljs workbook to damage, and a cell-by-cell picture of a
 * workbook file to prove that a run changed nothing but the output cells.
 */
import * as ExcelJS from 'exceljs';
import { LOG_SHEET, STATE_SHEET } from '../../src/workbook';
import { buildTemplateSpec } from '../../src/workbook/template';
import { templateExcelJs } from '../template/template-file';

const spec = buildTemplateSpec({ sample: true });

/** 绩效自评表: header row 5, data rows 6–13, budget C4:G4, results H4 I4 C14 E14 H14. */
export const LAYOUT = spec.layout;
export const MAIN = LAYOUT.sheet;
export const RULES = '评分规则';
/** The merged areas of 绩效自评表 in the template ("A14:B14"). */
export const TEMPLATE_MERGES = spec.sheets.find((s) => s.name === MAIN)!.merges;

/** A fresh copy of the sample workbook, as exceljs reads the file. */
export function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  return templateExcelJs(spec);
}

/** Points the workbook name `name` at `reference` ("绩效自评表!$A$5", "#REF!$E$4"). */
export function setName(wb: ExcelJS.Workbook, name: string, reference: string): void {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  const entry = model.find((n) => n.name.toLowerCase() === name.toLowerCase());
  if (!entry) throw new Error(`no name ${name}`);
  wb.definedNames.model = model.map((n) => (n === entry ? { ...n, ranges: [reference] } : n));
}

/** The reference a workbook name holds now. */
export function nameReference(wb: ExcelJS.Workbook, name: string): string {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  return model.find((n) => n.name === name)?.ranges.join(',') ?? '';
}

/**
 * The cells a recalculation writes: K–M of the data rows, the Result_* cells, the log sheet
 * 评分记录 and the product's hidden state sheet.
 */
export function isOutputCell(
  sheet: string,
  address: string,
  lastRow = LAYOUT.lastDataRow,
): boolean {
  if (sheet === LOG_SHEET || sheet === STATE_SHEET) return true;
  if (sheet !== MAIN) return false;
  if (['H4', 'I4', 'C14', 'E14', 'H14'].includes(address)) return true;
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return false;
  const row = Number(m[2]);
  const outputs = [LAYOUT.columns.completion, LAYOUT.columns.score, LAYOUT.columns.status];
  return outputs.includes(m[1]) && row >= LAYOUT.firstDataRow && row <= lastRow;
}

/** Every cell of every sheet: "Sheet!A1" → its value, formula and number format, as JSON. */
export async function cellPicture(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const picture = new Map<string, string>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value === null || cell.value === undefined) return;
        // A merged area is its top-left cell; the others only echo its value.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        picture.set(
          `${ws.name}!${cell.address}`,
          JSON.stringify({ value: cell.value, numFmt: cell.numFmt ?? '' }),
        );
      });
    });
  });
  return picture;
}

/** The input and annotation cells (everything but outputs) that differ between two pictures. */
export function changedInputs(
  before: Map<string, string>,
  after: Map<string, string>,
  lastRow = LAYOUT.lastDataRow,
): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const changed: string[] = [];
  for (const key of keys) {
    const bang = key.lastIndexOf('!');
    if (isOutputCell(key.slice(0, bang), key.slice(bang + 1), lastRow)) continue;
    if (before.get(key) !== after.get(key)) changed.push(key);
  }
  return changed;
}
