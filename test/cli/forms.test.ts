/**
 * `perfscore score` and `perfscore bind` on a 自评表 without names: the MOF form holding the
 * seed is recognised, scored 99.26 优, and its own cells receive the scores.
 */
import * as ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeTemplateFile } from '../template/template-file';
import { sampleFormSpec, type SampleFormOptions } from '../../src/workbook/forms/sample-form';
import { rawEntries } from '../hosts/xlsx/fidelity/package-diff';
import { namedValue, run } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-cli-forms-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function formFile(name: string, options: SampleFormOptions = {}): Promise<string> {
  const file = path.join(dir, name);
  await writeTemplateFile(sampleFormSpec(options).spec, file);
  return file;
}

async function cells(file: string, sheet: string, addresses: string[]): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return addresses.map((a) => ws.getCell(a).value);
}

const SHEET = '项目支出绩效自评表';
const INPUTS = ['D6', 'E6', 'F6', 'G6', 'D18', 'E18', 'F18', 'G18', 'I20', 'C3', 'A2'];

describe('perfscore score on a form without names', () => {
  test('recognises it, prints the cells used, writes the scores into its cells and the names', async () => {
    const file = await formFile('mof.xlsx');
    const { code, stdout, stderr } = await run(['score', file]);
    expect(stderr).toContain('已写入');
    expect(code).toBe(0);
    expect(stdout).toContain('识别表格：工作表 项目支出绩效自评表');
    expect(stdout).toContain(
      '预算：项目支出绩效自评表!D6:I6；绩效指标：项目支出绩效自评表!B12:I24，8 项；总分：H25',
    );
    expect(stdout).toContain('99.26');
    const out = path.join(dir, 'mof.scored.xlsx');
    expect(await cells(out, SHEET, ['H6', 'I6', 'H13', 'H18', 'H20', 'H25'])).toEqual([
      0.9795, 9.8, 15, 12, 9.46, 99.26,
    ]);
    expect(await cells(out, SHEET, INPUTS)).toEqual(await cells(file, SHEET, INPUTS));
    // The names: the next run and the add-in read it like the template.
    expect(await namedValue(out, 'Result_Total')).toBe(99.26);
    const again = await run(['score', out, '--out', path.join(dir, 'again.xlsx')]);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('识别表格');
    expect(again.stdout).toContain('99.26');
  });

  test('--no-detect refuses, naming the missing names, and writes nothing', async () => {
    const file = await formFile('refuse.xlsx');
    const { code, stderr } = await run(['score', file, '--no-detect']);
    expect(code).toBe(1);
    expect(stderr).toContain('工作簿缺少名称 Budget_Final');
    expect(stderr).toContain('--no-detect');
    await expect(fs.stat(path.join(dir, 'refuse.scored.xlsx'))).rejects.toThrow();
  });

  test("the department's own scores are audited, not overwritten; --overwrite replaces them", async () => {
    const typed = { scores: [8, 11.76, 10, 10, 15, 9.46, 15, 10], execution: 9.8, total: 99.02 };
    const file = await formFile('typed.xlsx', { typed });
    const { code, stdout } = await run(['score', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('单位自评总分 99.02（项目支出绩效自评表!H25），按规则 99.26');
    expect(stdout).toMatch(/项目支出绩效自评表!H18：.*预算经费.*11\.76.*12\.00/);
    const out = path.join(dir, 'typed.scored.xlsx');
    expect(await cells(out, SHEET, ['H18', 'H25'])).toEqual([11.76, 99.02]);
    const replaced = await run(['score', file, '--overwrite', '--out', path.join(dir, 'r.xlsx')]);
    expect(replaced.code).toBe(0);
    expect(await cells(path.join(dir, 'r.xlsx'), SHEET, ['H18', 'H25'])).toEqual([12, 99.26]);
  });

  test('--move-to-manual on a form without a 人工得分 column names the cells and writes nothing', async () => {
    const typed = { scores: [8, 11.76, 10, 10, 15, 9.46, 15, 10], execution: 9.8, total: 99.02 };
    const file = await formFile('move.xlsx', { typed });
    const { code, stderr } = await run(['score', file, '--move-to-manual']);
    expect(code).toBe(1);
    expect(stderr).toContain('项目支出绩效自评表!H18');
    await expect(fs.stat(path.join(dir, 'move.scored.xlsx'))).rejects.toThrow();
  });

  test('two forms in one workbook: one result each, scores in each sheet, no names', async () => {
    const spec = sampleFormSpec({ sheet: '项目一' }).spec;
    spec.sheets.push(sampleFormSpec({ sheet: '项目二' }).spec.sheets[0]);
    const file = path.join(dir, 'two.xlsx');
    await writeTemplateFile(spec, file);
    const { code, stdout, stderr } = await run(['score', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('识别表格：工作表 项目一');
    expect(stdout).toContain('识别表格：工作表 项目二');
    expect(stderr).toContain('此工作簿有 2 张自评表');
    const out = path.join(dir, 'two.scored.xlsx');
    expect(await cells(out, '项目一', ['H25'])).toEqual([99.26]);
    expect(await cells(out, '项目二', ['H25'])).toEqual([99.26]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.definedNames.getRanges('Indicators').ranges).toEqual([]);
  });

  test('bind writes only the names', async () => {
    const file = await formFile('bind.xlsx');
    const { code, stdout } = await run(['bind', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('Budget_Final → 项目支出绩效自评表!E6');
    const out = path.join(dir, 'bind.bound.xlsx');
    expect(await namedValue(out, 'Budget_Final')).toBe(187.84);
    expect(await cells(out, SHEET, ['H6', 'I6', 'H13', 'H25'])).toEqual([null, null, null, null]);
  });

  test('bind changes only the workbook part and will not replace its output without --force', async () => {
    const file = await formFile('bind-whole.xlsx');
    expect((await run(['bind', file])).code).toBe(0);
    const out = path.join(dir, 'bind-whole.bound.xlsx');
    const before = rawEntries(await fs.readFile(file));
    const after = rawEntries(await fs.readFile(out));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...before].filter(([part, bytes]) => !after.get(part)!.equals(bytes));
    expect(changed.map(([part]) => part)).toEqual(['xl/workbook.xml']);

    const again = await run(['bind', file]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('bind-whole.bound.xlsx');
    expect((await run(['bind', file, '--force'])).code).toBe(0);
  });
});

describe('perfscore score on a form it cannot read', () => {
  test('a header without its 分值 column: the message names it, exit 1, nothing written', async () => {
    const file = path.join(dir, 'no-weight.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评表');
    ws.addRows([
      ['项目资金（万元）', '', '', '年初预算数', '全年预算数', '全年执行数', '执行率', '得分'],
      ['', '', '年度资金总额', 100, 100, 90],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分'],
      ['', '产出指标', '数量指标', '培训人次', '≥100人次', '90人次'],
      ['总分'],
    ]);
    await wb.xlsx.writeFile(file);
    const { code, stdout, stderr } = await run(['score', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('自评表!B3:G3：工作表 自评表 的绩效指标表缺少“分值”列');
    await expect(fs.stat(path.join(dir, 'no-weight.scored.xlsx'))).rejects.toThrow();
  });

  test('a workbook with no table at all says so', async () => {
    const file = path.join(dir, 'notes.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('备注').addRow(['会议纪要']);
    await wb.xlsx.writeFile(file);
    const { code, stderr } = await run(['score', file]);
    expect(code).toBe(1);
    expect(stderr).toContain('没有找到绩效指标表');
  });
});
