/**
 * `perfscore batch` over a folder of mixed workbooks, as a finance bureau collects them: the
 * template with names, forms without names (one with the department's own scores), a workbook
 * holding two forms, an old .xls and a damaged file. One summary row per form; every file
 * appears, scored or with its reason.
 */
import * as ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { templateWorkbookBytes } from '../../src/hosts/xlsx';
import { writeTemplateFile } from '../template/template-file';
import { sampleFormSpec } from '../../src/workbook/forms/sample-form';
import { run } from './helpers';

let dir: string;
let folder: string;
const PUBLISHED = { scores: [8, 11.76, 10, 10, 15, 9.46, 15, 10], execution: 9.8, total: 99.02 };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-batch-forms-'));
  folder = path.join(dir, 'in');
  await fs.mkdir(folder);
  expect((await run(['template', path.join(folder, 'a-named.xlsx'), '--sample'])).code).toBe(0);
  await writeTemplateFile(
    sampleFormSpec({ typed: PUBLISHED }).spec,
    path.join(folder, 'b-typed.xlsx'),
  );
  // Two projects, one sheet each.
  const two = sampleFormSpec({ sheet: '项目一' }).spec;
  two.sheets.push(sampleFormSpec({ sheet: '项目二' }).spec.sheets[0]);
  await writeTemplateFile(two, path.join(folder, 'c-two.xlsx'));
  // The same form saved as .xls (Excel 97–2003).
  const buffer = await templateWorkbookBytes(sampleFormSpec().spec);
  const book = XLSX.read(buffer, { type: 'buffer' });
  await fs.writeFile(
    path.join(folder, 'd-old.xls'),
    XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer,
  );
  await fs.writeFile(path.join(folder, 'e-broken.xls'), 'not a workbook');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('one row per form with its sheet, the department’s own total and the audit count', async () => {
  const summary = path.join(dir, 'summary.xlsx');
  const { code, stderr } = await run(['batch', folder, '--summary', summary]);
  expect(code).toBe(1);
  expect(stderr).toMatch(/失败 e-broken\.xls：/);
  expect(stderr).toContain('已评分 4 个文件，失败 1 个');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const rows: unknown[][] = [];
  wb.getWorksheet('评分汇总')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  // 文件, 工作表, 自评总分, 单位自评总分, 核对提示.
  const body = rows
    .slice(1)
    .map((r) => [r[6], r[7] ?? '', r[2], r[8] ?? null, r[9]])
    .sort((a, b) =>
      `${String(a[0])}${String(a[1])}`.localeCompare(`${String(b[0])}${String(b[1])}`),
    );
  expect(body).toEqual([
    ['a-named.xlsx', '', 99.26, null, 1],
    ['b-typed.xlsx', '项目支出绩效自评表', 99.26, 99.02, 2],
    ['c-two.xlsx', '项目一', 99.26, null, 1],
    ['c-two.xlsx', '项目二', 99.26, null, 1],
    ['d-old.xls', '项目支出绩效自评表', 99.26, null, 1],
  ]);
  const failed: unknown[][] = [];
  wb.getWorksheet('未评分文件')?.eachRow((row) => failed.push((row.values as unknown[]).slice(1)));
  expect(failed.slice(1).map((r) => r[0])).toEqual(['e-broken.xls']);
  // The folder's files are not changed by a batch run.
  expect((await fs.readdir(folder)).sort()).toEqual([
    'a-named.xlsx',
    'b-typed.xlsx',
    'c-two.xlsx',
    'd-old.xls',
    'e-broken.xls',
  ]);
});
