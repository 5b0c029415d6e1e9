/**
 * Workbooks come back whole: after `perfscore score` (a copy, --in-place, a second run) every
 * part of the package other than the written sheet, the workbook part and its relationships,
 * the content types, styles, shared strings and document properties is byte for byte what it
 * was (copied without even recompressing it), and the written sheet keeps everything but the
 * cells of the write plan. `batch` leaves its inputs untouched. LibreOffice opens every written
 * copy and shows the scores, also through the user's own formula sheet.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openWorkbookBuffer } from '../../../../src/hosts/xlsx';
import { run } from '../../../cli/helpers';
import { convert, CSV_EVERY_SHEET, parseCsv } from '../../../libreoffice/soffice';
import { entryData, readZip } from '../../../../src/hosts/xlsx/package/zip';
import { VBA_PROJECT } from './hand-made';
import { expectWhole, mayChange, rawEntries, sheetPart } from './package-diff';
import { dressedWorkbooks, type Dressed } from './writers';

let dir: string;
let workbooks: Dressed[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-fidelity-'));
  workbooks = await dressedWorkbooks(dir);
}, 120000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('perfscore score leaves every part it does not write as it was', () => {
  it('for each writer: a scored copy, then a second run, keep everything but the cells written', async () => {
    const dressing = workbooks.map((wb) =>
      [...rawEntries(fs.readFileSync(wb.file)).keys()].filter((n) =>
        /chart|drawing|media|comment|table|custom|vba/i.test(n),
      ),
    );
    expect(dressing.every((parts) => parts.length >= 2)).toBe(true);
    for (const part of [
      /^xl\/charts\//,
      /^xl\/media\//,
      /threadedComment/,
      /^xl\/tables\//,
      /custom\.xml$/,
      /vbaProject/,
      /comments/,
    ]) {
      expect(dressing.flat().some((name) => part.test(name))).toBe(true);
    }
    for (const wb of workbooks) {
      const before = fs.readFileSync(wb.file);
      const r = await run(['score', wb.file]);
      expect({ writer: wb.writer, code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
      const ext = path.extname(wb.file);
      const scored = wb.file.replace(ext, `.scored${ext}`);
      const after = fs.readFileSync(scored);
      expect(fs.readFileSync(wb.file).equals(before)).toBe(true);
      await expectWhole(before, after, wb.sheet);
      expect(r.stdout).toContain(`综合得分：${wb.total}`);

      // A second run over the scored copy changes only what it writes again.
      const second = path.join(dir, `second-${path.basename(wb.file)}`);
      const again = await run(['score', scored, '--out', second]);
      expect(again.code).toBe(0);
      const secondBytes = fs.readFileSync(second);
      const changed = [...rawEntries(after)].filter(
        ([name, bytes]) => !rawEntries(secondBytes).get(name)?.equals(bytes),
      );
      const host = openWorkbookBuffer(after, 'after.xlsx');
      const sheets = new Set(
        ['评分记录', 'PerfScoreState', wb.sheet].map((s) => sheetPart(host, s)),
      );
      expect(
        changed.map(([name]) => name).filter((n) => !sheets.has(n) && !mayChange(host, n)),
      ).toEqual([]);
    }
  }, 120000);

  it('--in-place writes the same workbook over the input; batch leaves its inputs untouched', async () => {
    const folder = path.join(dir, 'batch');
    fs.mkdirSync(folder);
    for (const wb of workbooks) fs.copyFileSync(wb.file, path.join(folder, path.basename(wb.file)));
    const before = new Map(
      fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name))]),
    );
    const summary = path.join(dir, 'summary.xlsx');
    const batch = await run(['batch', folder, '--summary', summary]);
    expect(batch.stderr).toContain('已评分 5 个文件，失败 0 个');
    for (const [name, bytes] of before) {
      expect(fs.readFileSync(path.join(folder, name)).equals(bytes)).toBe(true);
    }
    for (const wb of workbooks) {
      const file = path.join(folder, path.basename(wb.file));
      const r = await run(['score', file, '--in-place']);
      expect(r.code).toBe(0);
      await expectWhole(before.get(path.basename(wb.file))!, fs.readFileSync(file), wb.sheet);
    }
  }, 120000);

  it('keeps the .xlsm a macro workbook: its VBA project and content type', () => {
    const scored = fs.readFileSync(path.join(dir, 'hand-made-macros.scored.xlsm'));
    const host = openWorkbookBuffer(scored, 'x.xlsm');
    expect(rawEntries(scored).has('xl/vbaProject.bin')).toBe(true);
    expect(
      host.pkg.relationships(host.pkg.workbookPart).some((r) => r.type.endsWith('/vbaProject')),
    ).toBe(true);
    expect(host.pkg.text('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>',
    );
    // The VBA project's stored bytes are the input's, compressed data and all.
    const input = rawEntries(fs.readFileSync(workbooks[4].file)).get('xl/vbaProject.bin')!;
    expect(rawEntries(scored).get('xl/vbaProject.bin')!.equals(input)).toBe(true);
    const entry = readZip(scored).byName.get('xl/vbaProject.bin')!;
    expect(entryData(entry).equals(VBA_PROJECT)).toBe(true);
  });

  it('LibreOffice opens every written copy and shows the scores, also in the formula sheet', () => {
    const out = path.join(dir, 'csv');
    const copies = workbooks.map((wb) => {
      const ext = path.extname(wb.file);
      return wb.file.replace(ext, `.scored${ext}`);
    });
    const expected = workbooks.map(
      (wb) => `${path.basename(wb.file, path.extname(wb.file))}.scored-${wb.sheet}.csv`,
    );
    convert(copies, CSV_EVERY_SHEET, out, expected);
    workbooks.forEach((wb, i) => {
      const rows = parseCsv(fs.readFileSync(path.join(out, expected[i]), 'utf8'));
      const totalRow = rows.find((row) => row[0] === '自评总分');
      expect({ writer: wb.writer, total: totalRow?.[2] }).toEqual({
        writer: wb.writer,
        total: wb.total,
      });
    });
    // The user's formula sheet reads the new scores: files without cached results (openpyxl,
    // exceljs) are calculated on opening; LibreOffice's own file keeps its cached results
    // unless recalculation on load is on (Excel and WPS follow the file's fullCalcOnLoad).
    for (const name of ['openpyxl', 'exceljs']) {
      const analysis = parseCsv(fs.readFileSync(path.join(out, `${name}.scored-分析.csv`), 'utf8'));
      expect(analysis[0].slice(0, 2)).toEqual(['自评总分', '99.26']);
    }
    const recalculated = path.join(dir, 'csv-recalculated');
    convert([copies[1]], CSV_EVERY_SHEET, recalculated, ['libreoffice.scored-分析.csv'], {
      recalculateOnLoad: true,
    });
    const analysis = parseCsv(
      fs.readFileSync(path.join(recalculated, 'libreoffice.scored-分析.csv'), 'utf8'),
    );
    expect(analysis[0].slice(0, 2)).toEqual(['自评总分', '99.26']);
  }, 120000);
});
