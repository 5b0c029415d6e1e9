/**
 * The sample workbook (the template filled with the seed report) as a fake workbook: the
 * browser preview's workbook, and, stretched to many indicator rows, the workbook of the
 * sync-count tests and benchmarks.
 */
import type { Locale } from '../engine/types';
import { buildTemplateSpec } from '../workbook/template';
import { heightOf, parseBlock, splitSheet } from '../workbook/a1';
import { fakeWorkbookFromTemplateSpec } from './template-workbook';
import type { FakeWorkbook } from './fake-excel/workbook';

export interface SampleOptions {
  /** Number of indicator rows (default: the seed's); more rows repeat the seed's rows. */
  indicatorRows?: number;
  locale?: Locale;
}

export async function fakeSampleWorkbook(options: SampleOptions = {}): Promise<FakeWorkbook> {
  const spec = buildTemplateSpec({ sample: true, locale: options.locale ?? 'zh-CN' });
  const fake = await fakeWorkbookFromTemplateSpec(spec);
  const { sheet: sheetName, firstDataRow, lastDataRow } = spec.layout;
  const seedRows = lastDataRow - firstDataRow + 1;
  const wanted = options.indicatorRows ?? seedRows;
  if (wanted <= seedRows) return fake;
  const sheet = fake.model.sheet(sheetName)!;
  // Rows inserted inside the table, before its last row, so that Indicators grows with it.
  const extra = wanted - seedRows;
  fake.model.insertRows(sheetName, lastDataRow - 1, extra);
  const first = firstDataRow - 1;
  for (let i = 0; i < extra; i++) {
    const source = first + (i % (seedRows - 1));
    const target = lastDataRow - 1 + i;
    for (const [column, cell] of sheet.rows.get(source) ?? [])
      sheet.setCell(target, column, { ...cell });
    // The level cells of the seed are merged over runs; each copied row names its levels.
    for (const column of [0, 1]) {
      let above = source;
      while (above > first && sheet.cell(above, column) === undefined) above -= 1;
      const level = sheet.cell(above, column);
      if (level) sheet.setCell(target, column, { ...level });
    }
  }
  const indicators = fake.model.name('Indicators');
  const range = indicators && parseBlock(splitSheet(indicators.formula.slice(1)).address);
  if (!range || heightOf(range) !== wanted + 1) {
    throw new Error(`the sample's Indicators range did not grow to ${wanted} rows`);
  }
  return fake;
}
