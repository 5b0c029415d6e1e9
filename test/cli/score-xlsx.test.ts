import * as ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildTemplateSpec } from '../../src/workbook/template';
import { namedValue, run } from './helpers';

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-cli-xlsx-'));
  sample = path.join(dir, 's.xlsx');
  const r = await run(['template', sample, '--sample']);
  expect(r.stderr).toContain('已生成示例工作簿');
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A copy of the sample with a score typed by hand into the 得分 cell of the first row. */
async function withHandTypedScore(name: string): Promise<{ file: string; cell: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sample);
  const layout = buildTemplateSpec({ sample: true }).layout;
  const ws = workbook.getWorksheet(layout.sheet)!;
  const cell = ws.getCell(`${layout.columns.score}${layout.firstDataRow}`);
  expect(cell.value).toBe(8); // the score the sample run wrote for 培训费下降率
  cell.value = 7;
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return { file, cell: `${layout.sheet}!${cell.address}` };
}

describe('perfscore template / score <file.xlsx>', () => {
  test('template --sample → score writes 99.26 and 优 into s.scored.xlsx; s.xlsx unchanged', async () => {
    const before = await fs.readFile(sample);
    const { code, stdout, stderr } = await run(['score', sample]);
    expect(code).toBe(0);
    const scored = path.join(dir, 's.scored.xlsx');
    expect(stderr).toContain(`已写入 ${scored}`);
    expect(stdout).toMatch(/综合得分：99\.26 \/ 100 +评价等级：优（最终结果）/);
    expect(stdout).toMatch(/全程网办事项比例 +≥88% +83\.22% +94\.57% +10 +9\.46/);
    expect(await namedValue(scored, 'Result_Total')).toBe(99.26);
    expect(await namedValue(scored, 'Result_Grade')).toBe('优');
    expect((await fs.readFile(sample)).equals(before)).toBe(true);
    // No temporary file is left behind.
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('--out and --in-place choose where the workbook goes; --json prints the result', async () => {
    const copy = path.join(dir, 'copy.xlsx');
    await fs.copyFile(sample, copy);
    const out = path.join(dir, 'elsewhere.xlsx');
    const r = await run(['score', copy, '--out', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(99.26);
    expect(await namedValue(out, 'Result_Total')).toBe(99.26);
    await expect(fs.access(path.join(dir, 'copy.scored.xlsx'))).rejects.toThrow();

    const same = await run(['score', copy, '--out', copy]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('--in-place');

    const inPlace = await run(['score', copy, '--in-place']);
    expect(inPlace.code).toBe(0);
    expect(await namedValue(copy, 'Result_Grade')).toBe('优');
  });

  test('template refuses to replace an existing file without --force', async () => {
    const before = await fs.readFile(sample);
    const r = await run(['template', sample]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect((await fs.readFile(sample)).equals(before)).toBe(true);
    const blank = path.join(dir, 'blank.xlsx');
    expect((await run(['template', blank])).code).toBe(0);
    expect((await run(['template', blank, '--force'])).code).toBe(0);
  });

  test('a blank template cannot be scored: exit 1 with the cell range, nothing written', async () => {
    const blank = path.join(dir, 'empty.xlsx');
    expect((await run(['template', blank])).code).toBe(0);
    const r = await run(['score', blank]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/绩效自评表!/);
    await expect(fs.access(path.join(dir, 'empty.scored.xlsx'))).rejects.toThrow();
  });

  test('hand-typed output values stop the run naming the cells; the options resolve it', async () => {
    const { file, cell } = await withHandTypedScore('typed.xlsx');
    const scored = path.join(dir, 'typed.scored.xlsx');
    const refused = await run(['score', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(cell);
    expect(refused.stderr).toContain('--move-to-manual');
    expect(refused.stderr).toContain('--overwrite');
    await expect(fs.access(scored)).rejects.toThrow();

    const moved = await run(['score', file, '--move-to-manual', '--json']);
    expect(moved.code).toBe(0);
    expect(moved.stderr).toContain('已把 1 个手工得分移到“人工得分”列');
    const result = JSON.parse(moved.stdout);
    expect(result.indicators[0].manualScore).toBe(7);
    expect(await namedValue(scored, 'Result_Total')).toBe(result.total);

    // The scored copy exists now: replacing it needs --force.
    const kept = await run(['score', file, '--overwrite', '--json']);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('typed.scored.xlsx 已存在，未覆盖；如需覆盖请加 --force');
    expect(kept.stderr).not.toContain('用法：');
    const overwritten = await run(['score', file, '--overwrite', '--json', '--force']);
    expect(overwritten.code).toBe(0);
    expect(JSON.parse(overwritten.stdout).total).toBe(99.26);

    const both = await run(['score', file, '--overwrite', '--move-to-manual']);
    expect(both.code).toBe(2);
  });

  test('--move-to-manual never overwrites a hand-typed value it cannot move', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sample);
    const ranges = workbook.definedNames.getRanges('Result_ExecutionScore').ranges;
    const ref = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)/.exec(ranges[0])!;
    const cell = workbook.getWorksheet(ref[1])!.getCell(`${ref[2]}${ref[3]}`);
    cell.value = 7;
    const file = path.join(dir, 'typed-result.xlsx');
    await workbook.xlsx.writeFile(file);
    const r = await run(['score', file, '--move-to-manual']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${ref[1]}!${ref[2]}${ref[3]}`);
    expect(r.stderr).toContain('无法移到“人工得分”列');
    expect(r.stderr).toContain('--overwrite');
    await expect(fs.access(path.join(dir, 'typed-result.scored.xlsx'))).rejects.toThrow();
  });

  test('a file that is not a workbook: exit 2, one line naming it, no usage text', async () => {
    const fake = path.join(dir, 'fake.xlsx');
    await fs.writeFile(fake, 'not a zip');
    const r = await run(['score', fake]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fake.xlsx');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('用法：');
  });
});
