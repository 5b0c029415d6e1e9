import * as ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, SEED, SEED_MANUAL } from './helpers';

let dir: string;
let folder: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-cli-batch-'));
  folder = path.join(dir, 'in');
  await fs.mkdir(folder);
  expect((await run(['template', path.join(folder, 'a-sample.xlsx'), '--sample'])).code).toBe(0);
  // A scored copy the score command would write: not scored again.
  expect((await run(['score', path.join(folder, 'a-sample.xlsx')])).code).toBe(0);
  await fs.copyFile(SEED_MANUAL, path.join(folder, 'b-manual.json'));
  const pending = JSON.parse(await fs.readFile(SEED, 'utf8'));
  pending.department = '待补数据的部门';
  pending.indicators[7].actual = null;
  await fs.writeFile(path.join(folder, 'c-pending.json'), JSON.stringify(pending));
  const bad = JSON.parse(await fs.readFile(SEED, 'utf8'));
  bad.indicators[3].actual = '12件';
  await fs.writeFile(path.join(folder, 'd-bad.json'), JSON.stringify(bad));
  await fs.writeFile(path.join(folder, 'e-broken.xlsx'), 'not a workbook');
  await fs.writeFile(path.join(folder, 'notes.txt'), 'ignored');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('perfscore batch', () => {
  test('scores every workbook and JSON file; failures get one line; summary sorted by total', async () => {
    const summary = path.join(dir, 'summary.xlsx');
    const { code, stdout, stderr } = await run(['batch', folder, '--summary', summary]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const failures = stderr.split('\n').filter((l) => l.startsWith('失败'));
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^失败 d-bad\.json：.*indicators\[3\]\.actual/);
    expect(failures[1]).toMatch(/^失败 e-broken\.xlsx：/);
    expect(stderr).toContain('已评分 3 个文件，失败 2 个');
    // No progress bar when standard error is not a terminal.
    expect(stderr).not.toContain('\r');

    const rows = await sheetRows(summary, '评分汇总');
    expect(rows[0]).toEqual([
      '部门',
      '年度',
      '自评总分',
      '评价等级',
      '最终/暂定/年中监控',
      '待处理事项',
      '文件',
      '工作表',
      '单位自评总分',
      '核对提示',
    ]);
    const body = rows.slice(1);
    expect(body.map((r) => r[6])).toEqual(['a-sample.xlsx', 'b-manual.json', 'c-pending.json']);
    expect(body[0].slice(1, 5)).toEqual([2023, 99.26, '优', '最终']);
    expect(body[0][0]).toContain('政务服务管理局');
    expect(body[1].slice(2, 5)).toEqual([99.02, '优', '最终']);
    expect(body[2][0]).toBe('待补数据的部门');
    expect(body[2][3]).toBe('待定');
    expect(body[2][4]).toBe('暂定');
    const totals = body.map((r) => r[2] as number);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);

    const failed = await sheetRows(summary, '未评分文件');
    expect(failed.slice(1).map((r) => r[0])).toEqual(['d-bad.json', 'e-broken.xlsx']);
  });

  test('exit 0 when every file scores; a progress bar only on a terminal', async () => {
    const good = path.join(dir, 'good');
    await fs.mkdir(good);
    await fs.copyFile(SEED, path.join(good, 'one.json'));
    await fs.copyFile(SEED_MANUAL, path.join(good, 'two.json'));
    const summary = path.join(good, 'summary.xlsx');
    const first = await run(['batch', good, '--summary', summary], { isTTY: true });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('\r');
    expect(first.stderr).toContain('2/2');
    // The summary written into the folder is not scored on the next run.
    const again = await run(['batch', good, '--summary', summary]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('已评分 2 个文件，失败 0 个');
  });

  test('usage errors: no --summary, no such folder, empty folder → exit 2', async () => {
    expect((await run(['batch', folder])).code).toBe(2);
    const missing = await run(['batch', path.join(dir, 'nope'), '--summary', 'x.xlsx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('不是文件夹');
    const empty = path.join(dir, 'empty');
    await fs.mkdir(empty);
    const r = await run(['batch', empty, '--summary', path.join(dir, 'e.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有可评分');
  });

  test('a mid-year workbook: blank total, grade 待定, 年中监控 with its lights; listed last', async () => {
    const mid = path.join(dir, 'mid');
    await fs.mkdir(mid);
    const sample = path.join(mid, 'a-midyear.xlsx');
    expect((await run(['template', sample, '--sample'])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sample);
    const ws = workbook.getWorksheet('绩效自评表')!;
    // Year-end actuals (实际完成值, H6:H13) blank; 90万元 of the budget spent so far (F4).
    for (let r = 6; r <= 13; r++) ws.getCell(`H${r}`).value = null;
    ws.getCell('F4').value = 90;
    await workbook.xlsx.writeFile(sample);
    await fs.copyFile(SEED, path.join(mid, 'b-final.json'));

    const summary = path.join(dir, 'mid-summary.xlsx');
    const { code, stderr } = await run(['batch', mid, '--summary', summary]);
    expect(code).toBe(0);
    expect(stderr).toContain('已评分 2 个文件，失败 0 个');
    const body = (await sheetRows(summary, '评分汇总')).slice(1);
    expect(body.map((r) => r[6])).toEqual(['b-final.json', 'a-midyear.xlsx']);
    expect(body[0].slice(2, 5)).toEqual([99.26, '优', '最终']);
    const [, , total, grade, state] = body[1];
    // The engine's composite of the spending alone (4.79) is never shown as a total.
    expect(total).toBeUndefined();
    expect(grade).toBe('待定');
    expect(state).toBe('年中监控（时间进度 50%）：红灯 2、黄灯 1、绿灯 6');
    expect(JSON.stringify(body[1])).not.toContain('4.79');
  });
});
