/** Plain-array sheets for the recognizer's tests: a template spec's sheet, or rows typed inline. */
import { columnIndexOf } from '../../../src/workbook/a1';
import type { TemplateSheet } from '../../../src/workbook/template';
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from '../../../src/workbook/port/types';

/** A sheet snapshot from rows of values starting at A1 ('' = blank). */
export function sheetOf(
  name: string,
  rows: CellScalar[][],
  options: { merges?: string[]; formats?: Record<string, string> } = {},
): SheetSnapshot {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  const numberFormats = values.map((r, i) =>
    r.map((_, c) => options.formats?.[`${String.fromCharCode(65 + c)}${i + 1}`] ?? 'General'),
  );
  const letters = (n: number) => String.fromCharCode(64 + n);
  return {
    name,
    used: {
      sheet: name,
      address: `A1:${letters(width)}${rows.length}`,
      rowIndex: 0,
      columnIndex: 0,
      values,
      numberFormats,
      formulas: values.map((r) => r.map(() => null)),
    },
    merges: options.merges,
    visibility: 'visible',
  };
}

/** A template spec's sheet as the recognizer sees it (merges kept unless `withoutMerges`). */
export function sheetFromSpec(sheet: TemplateSheet, withoutMerges = false): SheetSnapshot {
  let rows = 0;
  let columns = 0;
  const cells = sheet.cells.map((cell) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell.address);
    if (!m) throw new Error(cell.address);
    const r = Number(m[2]) - 1;
    const c = columnIndexOf(m[1]);
    rows = Math.max(rows, r + 1);
    columns = Math.max(columns, c + 1);
    return { r, c, cell };
  });
  const grid: CellScalar[][] = Array.from({ length: rows }, () =>
    Array<CellScalar>(columns).fill(''),
  );
  const formats: string[][] = Array.from({ length: rows }, () =>
    Array<string>(columns).fill('General'),
  );
  for (const { r, c, cell } of cells) {
    grid[r][c] = cell.value ?? '';
    if (cell.numberFormat) formats[r][c] = cell.numberFormat;
  }
  return {
    name: sheet.name,
    used: {
      sheet: sheet.name,
      address: `A1:${String.fromCharCode(64 + columns)}${rows}`,
      rowIndex: 0,
      columnIndex: 0,
      values: grid,
      numberFormats: formats,
      formulas: grid.map((r) => r.map(() => null)),
    },
    merges: withoutMerges ? undefined : [...sheet.merges],
    visibility: 'visible',
  };
}

export function workbookOf(sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { names: [], sheets, sheetNames: sheets.map((s) => s.name) };
}
