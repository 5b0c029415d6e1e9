/**
 * Everything a recalculation could change in a fake workbook, as plain data to compare:
 * every sheet (name, visibility, every non-blank cell's value, formula and number format, cell
 * formats, conditional formats) and every defined name with its formula.
 */
import { cellAddress } from '../../src/workbook/a1';
import type { FakeWorkbook } from '../../src/preview/fake-excel';

export interface CellState {
  value: unknown;
  formula?: string;
  numberFormat: string;
  error?: boolean;
}

export interface WorkbookState {
  sheets: {
    name: string;
    visibility: string;
    cells: Record<string, CellState>;
    /** Fonts, fills, alignment, borders of the cells that have any ("F7 {...}"). */
    formats: string[];
    /** Conditional formats in priority order. */
    conditionalFormats: string[];
  }[];
  names: string[];
}

export function fakeState(fake: FakeWorkbook): WorkbookState {
  const sheets = fake.model.sheets.map((sheet) => {
    const cells: Record<string, CellState> = {};
    for (const [row, line] of sheet.rows) {
      for (const [column, cell] of line) {
        const numberFormat = cell.numberFormat ?? 'General';
        // A blank cell in Excel's default format is no different from no cell at all.
        if (cell.value === '' && !cell.formula && numberFormat === 'General') continue;
        const state: CellState = { value: cell.value, numberFormat };
        if (cell.formula) state.formula = cell.formula;
        if (cell.error) state.error = true;
        cells[cellAddress(row, column)] = state;
      }
    }
    const formats: string[] = [];
    for (const [row, line] of sheet.formats) {
      for (const [column, format] of line) {
        formats.push(`${cellAddress(row, column)} ${JSON.stringify(format)}`);
      }
    }
    const conditionalFormats = sheet.conditionalFormats.map((cf) =>
      JSON.stringify({
        address: cf.address,
        type: cf.type,
        rule: cf.rule,
        fill: cf.fill,
        fontColor: cf.fontColor,
      }),
    );
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      cells,
      formats: formats.sort(),
      conditionalFormats,
    };
  });
  const names = [...fake.model.names.values()].map((n) => `${n.name} ${n.formula}`).sort();
  return { sheets, names };
}
