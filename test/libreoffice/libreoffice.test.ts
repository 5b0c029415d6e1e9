/**
 * A second real spreadsheet program reads the workbooks we write: LibreOffice (headless)
 * converts them to CSV (values and number formats as shown), back to .xlsx (named ranges
 * survive its own reader and writer) and to PDF (the template prints, with Chinese glyphs).
 *
 * Conversions are slow (seconds each): each soffice run converts every file it needs at once,
 * three runs in all, one after another.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openWorkbookFile, savePackageAtomic } from '../../src/hosts/xlsx';
import { writeTemplateFile } from '../template/template-file';
import { readWorkbookXml, type DefinedNameRecord } from '../../src/hosts/xlsx/defined-names';
import { buildAnnotationPlan, recalculate } from '../../src/workbook';
import { buildTemplateSpec } from '../../src/workbook/template';
import {
  EXTRA_NAMES,
  addNames,
  bufferOf,
  valueWorkbook,
  workbookXml,
} from '../hosts/xlsx/fixtures';
import { convert, nonWhitePixels, parseCsv, run } from './soffice';
import { ALL_CONTRACT_NAMES } from '../template/contract-names';

const CSV_ALL_SHEETS_AS_SHOWN =
  // comma, double quote, UTF-8, from line 1, no column formats, language, quoted fields not
  // forced to text, detect numbers, save cell contents AS SHOWN, no formulas, keep spaces,
  // every sheet (-1: one file per sheet, "<name>-<sheet>.csv").
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

let dir: string;
let scored: string;
let names: string;

function csvSheet(outDir: string, base: string, sheet: string): string[][] {
  return parseCsv(fs.readFileSync(path.join(outDir, `${base}-${sheet}.csv`), 'utf8'));
}

async function namesOf(file: string): Promise<DefinedNameRecord[]> {
  return readWorkbookXml(await workbookXml(fs.readFileSync(file))).names;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-lo-'));
  // The sample template (as `perfscore template` writes it), scored by a recalculation
  // through the package host, as `perfscore score` does; then one reason annotated with a
  // text that begins with "=" (it must stay text).
  const template = path.join(dir, 'template.xlsx');
  scored = path.join(dir, 'scored.xlsx');
  await writeTemplateFile(buildTemplateSpec({ sample: true, locale: 'zh-CN' }), template);
  const { host } = await openWorkbookFile(template);
  const outcome = await recalculate(host, {
    conflictPolicy: 'refuse',
    now: new Date('2026-11-27T02:00:00Z'),
  });
  expect(outcome.written).toBe(true);
  await host.apply(buildAnnotationPlan(outcome.reading, 0, '=无发生额，按完成计', ''));
  await savePackageAtomic(host, scored);
  // Every kind of defined name, in a workbook opened, written into and saved by the package
  // host, as `perfscore score` does.
  names = path.join(dir, 'names.xlsx');
  fs.writeFileSync(names, await addNames(await bufferOf(valueWorkbook()), EXTRA_NAMES));
  const named = (await openWorkbookFile(names)).host;
  await named.apply({
    createSheets: [],
    createNames: [],
    writes: [{ sheet: 'Other sheet', address: 'B3', values: [[99.26]] }],
  });
  await savePackageAtomic(named, names);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('LibreOffice reads the workbooks we write', () => {
  it('shows the values, and percent and decimal formats as Excel would ("97.95%", "99.26", 优)', () => {
    const out = path.join(dir, 'csv');
    convert([scored], CSV_ALL_SHEETS_AS_SHOWN, out, [
      'scored-绩效自评表.csv',
      'scored-评分规则.csv',
      'scored-评分记录.csv',
    ]);
    const main = csvSheet(out, 'scored', '绩效自评表');
    expect(main[0][0]).toBe('2023年度项目支出绩效自评表');
    // 项目资金: 年初, 调整, 全年预算, 执行, 分值, 执行率, 得分.
    expect(main[3].slice(2, 9)).toEqual([
      '212.65',
      '-24.81',
      '187.84',
      '183.99',
      '10',
      '97.95%',
      '9.80',
    ]);
    expect(main[4][2]).toBe('三级指标');
    // 完成率, 得分, 偏差状态 of the eight seed rows.
    expect(main.slice(5, 13).map((row) => [row[2], row[10], row[11], row[12]])).toEqual([
      ['培训费下降率', '100.00%', '8.00', '正常'],
      ['预算经费', '100.00%', '12.00', '正常'],
      ['项目支出预算执行率', '100.00%', '10.00', '正常'],
      ['政府采购执行率', '100.00%', '10.00', '正常'],
      ['全年办件数量', '180.75%', '15.00', '已说明'],
      ['全程网办事项比例', '94.57%', '9.46', '已说明'],
      ['事项审批时间缩短', '102.07%', '15.00', '正常'],
      ['群众满意度', '100.00%', '10.00', '正常'],
    ]);
    expect(main[5][13]).toBe('=无发生额，按完成计');
    expect(main[13].slice(0, 5)).toEqual(['自评总分', '', '99.26', '评价等级', '优']);
    const rules = csvSheet(out, 'scored', '评分规则');
    expect(rules[2].slice(0, 3)).toEqual(['profile', 'mof-2020', 'mof-2020']);
    expect(rules.some((r) => r[0] === 'overAchievementThreshold' && r[2] === '120%')).toBe(true);
    const log = csvSheet(out, 'scored', '评分记录');
    expect(log).toHaveLength(2);
    expect(log[1].slice(1, 4)).toEqual(['mof-2020', '99.26', '优']);
  });

  it('keeps our named ranges, and every kind of defined name, through its own .xlsx writer', async () => {
    const out = path.join(dir, 'resaved');
    convert([scored, names], 'xlsx:Calc MS Excel 2007 XML', out, ['scored.xlsx', 'names.xlsx']);

    const resaved = (await openWorkbookFile(path.join(out, 'scored.xlsx'))).host;
    const snapshot = await resaved.read({
      names: ALL_CONTRACT_NAMES,
      sheets: [],
    });
    expect(snapshot.names.map((n) => n.name).sort()).toEqual([...ALL_CONTRACT_NAMES].sort());
    const address = (name: string) => {
      const range = snapshot.names.find((n) => n.name === name)?.range;
      return range ? `${range.sheet}!${range.address}` : null;
    };
    expect(address('Indicators')).toBe('绩效自评表!A5:P13');
    expect(address('Result_Total')).toBe('绩效自评表!C14');
    expect(address('Rules')).toMatch(/^评分规则!A3:B\d+$/);
    const total = snapshot.names.find((n) => n.name === 'Result_Total')?.range;
    expect(total?.values).toEqual([[99.26]]);
    expect(total?.numberFormats).toEqual([['0.00']]);

    // The file LibreOffice wrote scores again, without mistaking our own output for the user's.
    const again = await recalculate(resaved, { conflictPolicy: 'refuse' });
    expect(again.problems).toEqual([]);
    expect(again.written).toBe(true);
    expect(again.result?.total).toBe(99.26);

    const kinds = await namesOf(path.join(out, 'names.xlsx'));
    const find = (name: string, sheet?: string) =>
      kinds.find((n) => n.name === name && n.localSheet === sheet);
    expect(find('Local', 'Other sheet')?.formula).toBe(`'Other sheet'!$B$2`);
    expect(find('Threshold')?.formula).toBe('1.3');
    expect(find('DoubleBudget')?.formula).toBe('SUM(绩效指标!$A$1:$A$3)*2');
    expect(find('Secret')).toBeDefined();
    expect(find('Row1')?.formula).toBe('绩效指标!$A$1:$L$1');
    expect(find('Row1', 'Other sheet')).toBeDefined();
  });

  it('prints the template on A4 landscape, with Chinese glyphs and ink on the page', () => {
    const out = path.join(dir, 'pdf');
    convert([scored], 'pdf', out, ['scored.pdf']);
    const pdf = path.join(out, 'scored.pdf');
    expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(run('pdffonts', [pdf])).toMatch(/WenQuanYi/);
    const text = run('pdftotext', ['-f', '1', '-l', '1', pdf, '-']);
    expect(text).toContain('2023年度项目支出绩效自评表');
    expect(text).toContain('偏差原因分析');
    run('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', pdf, path.join(out, 'page')]);
    const page = fs.readdirSync(out).find((f) => f.startsWith('page') && f.endsWith('.ppm'));
    expect(page).toBeDefined();
    const { inked, total } = nonWhitePixels(fs.readFileSync(path.join(out, page!)));
    // A blank page has no ink; the form's grid, fills and text cover a few percent of it.
    expect(inked / total).toBeGreaterThan(0.02);
  });
});
