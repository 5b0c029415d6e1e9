/**
 * LibreOffice, a second spreadsheet program, reads the 偏差状态 conditional formats we write:
 * a scored workbook with 评价结果, converted by soffice to .xlsx again, still colours the
 * status blocks with the same rules (its own reader and writer kept them).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { savePackageAtomic, templateWorkbook } from '../../src/hosts/xlsx';
import { recalculate } from '../../src/workbook';
import { RESULTS_SHEET, writeResultsSheet } from '../../src/workbook/sheets/results-sheet';
import { buildTemplateSpec } from '../../src/workbook/template';
import { convert } from './soffice';

interface StoredFormat {
  ref: string;
  rules: { type: string; operator?: string; formulae?: string[] }[];
}

function formatsOf(ws: ExcelJS.Worksheet): StoredFormat[] {
  return (ws as unknown as { conditionalFormattings: StoredFormat[] }).conditionalFormattings;
}

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-lo-cf-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test('LibreOffice keeps the 偏差状态 rules of 绩效指标 and 评价结果', async () => {
  const now = new Date(2026, 10, 27, 9, 30, 0);
  const host = await templateWorkbook(buildTemplateSpec({ sample: true, locale: 'zh-CN' }));
  const scored = await recalculate(host, { conflictPolicy: 'refuse', now });
  const results = await writeResultsSheet(host, { now });
  expect([scored.written, results.written]).toEqual([true, true]);
  const file = path.join(dir, 'scored.xlsx');
  await savePackageAtomic(host, file);

  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  convert([file], 'xlsx', out, ['scored.xlsx']);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path.join(out, 'scored.xlsx'));

  const expected = [
    [scored.plan!.conditionalFormats![0].sheet, scored.plan!.conditionalFormats![0].address],
    [RESULTS_SHEET, results.plan!.conditionalFormats![0].address],
  ];
  for (const [sheet, address] of expected) {
    const formats = formatsOf(back.getWorksheet(sheet)!);
    const rules = formats.filter((f) => f.ref === address).flatMap((f) => f.rules);
    expect({ sheet, formulae: rules.map((r) => r.formulae?.[0]).sort() }).toEqual({
      sheet,
      formulae: ['已说明', '待人工评分', '待说明', '数据有误', '正常', '红灯', '黄灯', '绿灯']
        .map((text) => `"${text}"`)
        .sort(),
    });
  }
});
