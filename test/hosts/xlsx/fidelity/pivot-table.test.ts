/**
 * A pivot table LibreOffice made itself (test/fixtures/workbooks/make-libreoffice-pivot.py: on
 * the sheet 分值汇总, 分值 summed by 一级指标 over the indicator table) comes through every kind
 * of run: `perfscore score`, a second run over the scored copy, `batch` and `--in-place` keep
 * the pivot table, its cache definition and records and their relationships byte for byte, the
 * workbook still points at the cache, the content types still list every pivot part, and
 * LibreOffice opens the written copy with the pivot table and its figures.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openWorkbookBuffer } from '../../../../src/hosts/xlsx';
import { attributesOf } from '../../../../src/hosts/xlsx/package/xml';
import { run } from '../../../cli/helpers';
import { convert, CSV_EVERY_SHEET, parseCsv } from '../../../libreoffice/soffice';
import { expectWhole, rawEntries } from './package-diff';
import { FIXTURES } from './writers';

const MAIN = '绩效自评表';
const PIVOT_SHEET = '分值汇总';
const PIVOT_PARTS = [
  'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
  'xl/pivotCache/pivotCacheDefinition1.xml',
  'xl/pivotCache/pivotCacheRecords1.xml',
  'xl/pivotTables/_rels/pivotTable1.xml.rels',
  'xl/pivotTables/pivotTable1.xml',
];

let dir: string;
let input: string;
let before: Buffer;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-pivot-'));
  input = path.join(dir, 'libreoffice-pivot.xlsx');
  fs.copyFileSync(path.join(FIXTURES, 'libreoffice-pivot.xlsx'), input);
  before = fs.readFileSync(input);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * What ties the pivot table into the package: the workbook's pivot caches and the parts their
 * relationships point at, the pivot tables each sheet relates to, and the content types of
 * every pivot part.
 */
function pivotWiring(bytes: Buffer) {
  const { pkg } = openWorkbookBuffer(bytes, 'x.xlsx');
  const workbookRels = pkg.relationships(pkg.workbookPart);
  const caches = [...pkg.workbookXml.matchAll(/<(?:\w+:)?pivotCache\b([^>]*?)\/?>/g)].map((m) => {
    const a = attributesOf(m[1]);
    const rel = workbookRels.find((r) => r.id === a['r:id']);
    return { cacheId: a.cacheId, type: rel?.type.replace(/.*\//, ''), part: rel?.part };
  });
  const tables: Record<string, (string | null)[]> = {};
  for (const sheet of pkg.sheets()) {
    const related = sheet.part ? pkg.relationships(sheet.part) : [];
    const pivots = related.filter((r) => r.type.endsWith('/pivotTable')).map((r) => r.part);
    if (pivots.length) tables[sheet.name] = pivots;
  }
  const contentTypes = [
    ...pkg.text('[Content_Types].xml').matchAll(/<(?:\w+:)?Override\b([^>]*?)\/?>/g),
  ]
    .map((m) => attributesOf(m[1]))
    .filter((a) => /pivot/i.test(a.PartName ?? ''))
    .map((a) => `${a.PartName} ${a.ContentType}`)
    .sort();
  return { caches, tables, contentTypes };
}

/** The pivot parts of `after` are the input's, stored bytes and all, and wired in the same. */
function expectPivotKept(after: Buffer): void {
  const a = rawEntries(before);
  const b = rawEntries(after);
  expect(PIVOT_PARTS.filter((name) => !b.get(name)?.equals(a.get(name)!))).toEqual([]);
  expect(pivotWiring(after)).toEqual(pivotWiring(before));
}

describe('a pivot table made by LibreOffice', () => {
  it('is in the fixture: the table on 分值汇总, its cache and records, related and typed', () => {
    expect([...rawEntries(before).keys()].filter((name) => /pivot/i.test(name)).sort()).toEqual(
      PIVOT_PARTS,
    );
    const wiring = pivotWiring(before);
    expect(wiring.caches).toEqual([
      {
        cacheId: '1',
        type: 'pivotCacheDefinition',
        part: 'xl/pivotCache/pivotCacheDefinition1.xml',
      },
    ]);
    expect(wiring.tables).toEqual({ [PIVOT_SHEET]: ['xl/pivotTables/pivotTable1.xml'] });
    const typed = (part: string, type: string) =>
      `/${part} application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml`;
    expect(wiring.contentTypes).toEqual(
      expect.arrayContaining([
        typed('xl/pivotTables/pivotTable1.xml', 'pivotTable'),
        typed('xl/pivotCache/pivotCacheDefinition1.xml', 'pivotCacheDefinition'),
        typed('xl/pivotCache/pivotCacheRecords1.xml', 'pivotCacheRecords'),
      ]),
    );
  });

  it('comes through score, a second run, batch and --in-place byte for byte', async () => {
    const scored = path.join(dir, 'libreoffice-pivot.scored.xlsx');
    const r = await run(['score', input]);
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
    expect(r.stdout).toContain('综合得分：99.26');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    await expectWhole(before, fs.readFileSync(scored), MAIN);
    expectPivotKept(fs.readFileSync(scored));

    const second = path.join(dir, 'second.xlsx');
    expect((await run(['score', scored, '--out', second])).code).toBe(0);
    expectPivotKept(fs.readFileSync(second));

    const folder = path.join(dir, 'batch');
    fs.mkdirSync(folder);
    const copy = path.join(folder, 'libreoffice-pivot.xlsx');
    fs.copyFileSync(input, copy);
    const batch = await run(['batch', folder, '--summary', path.join(dir, 'summary.xlsx')]);
    expect(batch.stderr).toContain('已评分 1 个文件，失败 0 个');
    expect(fs.readFileSync(copy).equals(before)).toBe(true);

    expect((await run(['score', copy, '--in-place'])).code).toBe(0);
    const inPlace = fs.readFileSync(copy);
    expect(inPlace.equals(before)).toBe(false);
    await expectWhole(before, inPlace, MAIN);
    expectPivotKept(inPlace);
  }, 60000);

  it('LibreOffice opens the scored copy: the scores, the pivot figures, and a pivot table it keeps', async () => {
    const scored = path.join(dir, 'opened.xlsx');
    expect((await run(['score', input, '--out', scored])).code).toBe(0);
    const csv = path.join(dir, 'csv');
    const sheetCsv = (sheet: string) => `opened-${sheet}.csv`;
    convert([scored], CSV_EVERY_SHEET, csv, [sheetCsv(MAIN), sheetCsv(PIVOT_SHEET)]);
    const main = parseCsv(fs.readFileSync(path.join(csv, sheetCsv(MAIN)), 'utf8'));
    expect(main.find((row) => row[0] === '自评总分')?.[2]).toBe('99.26');
    const pivot = parseCsv(fs.readFileSync(path.join(csv, sheetCsv(PIVOT_SHEET)), 'utf8'));
    const header = pivot.findIndex((row) => row[0] === '一级指标');
    expect(header).toBeGreaterThanOrEqual(0);
    expect(pivot[header][1]).toContain('分值');
    expect(pivot.slice(header + 1).map((row) => row.slice(0, 2))).toEqual([
      ['产出指标', '55'],
      ['效益指标', '25'],
      ['满意度指标', '10'],
      ['Total Result', '90'],
    ]);

    // Re-saved by LibreOffice, the sheet still holds a pivot table over the indicator table:
    // LibreOffice read it as a pivot table, not as plain cells.
    const resaved = path.join(dir, 'resaved');
    convert([scored], 'xlsx:Calc MS Excel 2007 XML', resaved, ['opened.xlsx']);
    const bytes = fs.readFileSync(path.join(resaved, 'opened.xlsx'));
    const wiring = pivotWiring(bytes);
    expect(Object.keys(wiring.tables)).toEqual([PIVOT_SHEET]);
    const { pkg } = openWorkbookBuffer(bytes, 'resaved.xlsx');
    expect(pkg.text(wiring.tables[PIVOT_SHEET][0]!)).toContain(`name="${PIVOT_SHEET}"`);
    expect(wiring.caches).toHaveLength(1);
    expect(pkg.text(wiring.caches[0].part!)).toMatch(
      new RegExp(`<worksheetSource ref="A5:O13" sheet="${MAIN}"/>`),
    );
  }, 120000);
});
