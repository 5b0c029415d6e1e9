/**
 * A generated MemoryWorkbook copied into the fake Excel (src/preview/fake-excel), to run the same
 * properties through OfficeHost, the host the add-in uses: values, number formats, formulas
 * (with their values) and workbook names.
 */
import { FakeWorkbook, WorkbookModel } from '../../../src/preview/fake-excel';
import { absoluteAddress, parseBlock, splitSheet, whereOf } from '../../../src/workbook/a1';
import { cellAddress } from '../../../src/workbook';
import type { MemoryWorkbook } from '../../workbook/helpers/memory-host';

export function toFakeExcel(wb: MemoryWorkbook): FakeWorkbook {
  const model = new WorkbookModel();
  for (const name of wb.sheetOrder) {
    const sheet = model.addSheet(name);
    for (const [key, cell] of wb.sheets.get(name) ?? []) {
      const [row, column] = key.split(',').map(Number);
      if (
        typeof cell.value !== 'string' &&
        typeof cell.value !== 'number' &&
        typeof cell.value !== 'boolean'
      )
        continue;
      sheet.setCell(row, column, {
        value: cell.value,
        ...(cell.formula ? { formula: cell.formula } : {}),
        ...(cell.format !== 'General' ? { numberFormat: cell.format } : {}),
      });
    }
  }
  for (const def of wb.names) {
    const { sheet, address } = splitSheet(def.reference);
    const block = parseBlock(address);
    if (sheet === null || !block) throw new Error(`not a range: ${def.reference}`);
    model.setName(def.name, `=${whereOf(sheet, absoluteAddress(block))}`);
  }
  return new FakeWorkbook(model);
}

/** Every cell of every sheet of the fake: "Sheet!A1" → value, formula and number format. */
export function fakeCells(fake: FakeWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of fake.model.sheets) {
    const grid = fake.sheetGrid(sheet.name);
    grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value === '' && cell.formula === undefined && cell.numberFormat === 'General')
          return;
        out.set(
          `${sheet.name}!${cellAddress(r, c)}`,
          JSON.stringify([cell.value, cell.formula ?? null, cell.numberFormat]),
        );
      }),
    );
  }
  return out;
}
