/**
 * Loads an exceljs workbook (tests read .xlsx files through exceljs in Node) into a fake
 * workbook: values (formulas keep their cached result), number formats, merged areas, sheet
 * visibility, workbook-scoped defined names. Only a type import: exceljs is not bundled.
 */
import type { Cell, CellValue as ExcelJsValue, Workbook as ExcelJsWorkbook } from 'exceljs';
import { type Block, absoluteAddress, parseBlock, splitSheet, whereOf } from '../../workbook/a1';
import type { FakeCell } from './cells';
import { WorkbookModel, type SheetVisibility } from './model';
import { FakeWorkbook } from './workbook';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A JavaScript date as an Excel serial number (exceljs reads dates as UTC). */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

function plainValue(value: ExcelJsValue): Pick<FakeCell, 'value' | 'error'> {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return { value };
  if (value instanceof Date) return { value: excelSerial(value) };
  if ('error' in value && typeof value.error === 'string')
    return { value: value.error, error: true };
  if ('richText' in value && Array.isArray(value.richText)) {
    return { value: value.richText.map((run) => run.text).join('') };
  }
  if ('hyperlink' in value && 'text' in value) {
    const text = value.text;
    return { value: typeof text === 'string' ? text : '' };
  }
  if ('result' in value) return plainValue((value.result ?? null) as ExcelJsValue);
  return { value: '' };
}

function cellOf(cell: Cell): FakeCell | null {
  const raw = cell.value;
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  let formula: string | undefined;
  if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
    const text = cell.formula || ('formula' in raw ? raw.formula : undefined);
    formula = text ? `=${text.replace(/^=/, '')}` : undefined;
  }
  const { value, error } = plainValue(raw);
  if (value === '' && formula === undefined && numberFormat === undefined) return null;
  return { value, error, formula, numberFormat };
}

/** "'Sheet'!$A$1:$B$2" as Excel writes it in a name's formula (quotes only where needed). */
function normalizedReference(reference: string): string {
  const { sheet, address } = splitSheet(reference);
  const rect = parseBlock(address);
  if (sheet === null || !rect) return reference;
  return whereOf(sheet, absoluteAddress(rect));
}

export function fakeWorkbookFromExceljs(source: ExcelJsWorkbook): FakeWorkbook {
  const model = new WorkbookModel();
  for (const worksheet of source.worksheets) {
    const visibility: SheetVisibility =
      worksheet.state === 'hidden'
        ? 'Hidden'
        : worksheet.state === 'veryHidden'
          ? 'VeryHidden'
          : 'Visible';
    const sheet = model.addSheet(worksheet.name, visibility);
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        // The other cells of a merged area echo the master's value in exceljs: skip them.
        if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
        const fake = cellOf(cell);
        if (fake) sheet.setCell(rowNumber - 1, columnNumber - 1, fake);
      });
    });
    for (const merge of worksheet.model.merges ?? []) {
      const rect: Block | null = parseBlock(merge);
      if (rect) sheet.merges.push(rect);
    }
  }
  for (const { name, ranges } of source.definedNames.model) {
    if (ranges.length === 0) continue;
    model.setName(name, `=${ranges.map(normalizedReference).join(',')}`);
  }
  return new FakeWorkbook(model);
}
