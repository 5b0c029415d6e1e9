/**
 * LibreOffice reads the sheet names we quote: defined names and formulas written by the
 * package host (as `perfscore score` and `perfscore bind` write them) over sheets with awkward
 * names (spaces, a leading digit, an apostrophe, names that look like cells or booleans, CJK)
 * point, after LibreOffice opened, recalculated and saved the file, at the same sheets and
 * values. The quotes follow Excel's rules (src/workbook/a1.ts); LibreOffice writes some of
 * these names bare itself (TRUE!, R1C!, 1绩效!) and must read ours, quoted, just as well.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { openWorkbookFile } from '../../src/hosts/xlsx/workbook-file';
import { readWorkbookXml } from '../../src/hosts/xlsx/defined-names';
import { splitSheet, whereOf } from '../../src/workbook/a1';
import { workbookXml } from '../hosts/xlsx/fixtures';
import { convert } from './soffice';

const SHEETS = [
  '绩效指标',
  'Sheet 1',
  'R1C',
  'A1',
  'C',
  'RC',
  '1绩效',
  '2023年',
  "O'Brien",
  'a-b',
  'TRUE',
];
const CHECK = '检查';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-lo-names-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test('LibreOffice follows our names and formulas to sheets whose names need quotes', async () => {
  const workbook = new ExcelJS.Workbook();
  SHEETS.forEach((sheet, i) => {
    workbook.addWorksheet(sheet).getCell('B2').value = 100 + i;
  });
  workbook.addWorksheet(CHECK);
  const file = path.join(dir, 'names.xlsx');
  await workbook.xlsx.writeFile(file);

  const { host } = await openWorkbookFile(file);
  await host.apply({
    createSheets: [],
    createNames: SHEETS.map((sheet, i) => ({
      name: `Sheet_${i}`,
      reference: whereOf(sheet, 'B2'),
    })),
    writes: [
      {
        sheet: CHECK,
        address: `A1:A${SHEETS.length}`,
        values: SHEETS.map(() => [null]),
        formulas: SHEETS.map((sheet) => [`=${whereOf(sheet, 'B2')}`]),
      },
    ],
  });
  fs.writeFileSync(file, host.toBuffer());

  const out = path.join(dir, 'resaved');
  convert([file], 'xlsx:Calc MS Excel 2007 XML', out, ['names.xlsx'], {
    recalculateOnLoad: true,
  });
  const resaved = path.join(out, 'names.xlsx');

  // Every name still points at its own sheet's B2, in the file LibreOffice wrote.
  const names = SHEETS.map((_, i) => `Sheet_${i}`);
  const snapshot = await (
    await openWorkbookFile(resaved)
  ).host.read({
    names,
    sheets: [CHECK],
  });
  expect(
    names.map((name) => {
      const range = snapshot.names.find((n) => n.name === name)?.range;
      return range && [range.sheet, range.address, range.values];
    }),
  ).toEqual(SHEETS.map((sheet, i) => [sheet, 'B2', [[100 + i]]]));
  const stored = readWorkbookXml(await workbookXml(fs.readFileSync(resaved))).names;
  for (const [i, sheet] of SHEETS.entries()) {
    const formula = stored.find((n) => n.name === `Sheet_${i}`)?.formula ?? '';
    expect([sheet, splitSheet(formula).sheet]).toEqual([sheet, sheet]);
  }

  // The formulas found their sheets: LibreOffice computed each one to that sheet's figure.
  const check = snapshot.sheets.find((s) => s.name === CHECK)?.used;
  expect(check?.values).toEqual(SHEETS.map((_, i) => [100 + i]));
});
