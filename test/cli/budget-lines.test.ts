import * as ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sampleWorkbook } from '../bad-input/helpers';
import { FINAL_OFF_BY_21_60, SEED_LINES } from '../fixtures/budget-lines';
import { run, SEED } from './helpers';

let dir: string;
let seed: Record<string, unknown> & { budget: Record<string, unknown> };
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-lines-'));
  seed = JSON.parse(await fs.readFile(SEED, 'utf8'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The seed with a breakdown `lines` (budget.lines), written to a file. */
async function withLines(file: string, lines: unknown): Promise<string> {
  const target = path.join(dir, file);
  await fs.writeFile(target, JSON.stringify({ ...seed, budget: { ...seed.budget, lines } }));
  return target;
}

describe('perfscore score: budget lines', () => {
  it('shows lines not adding up to the final budget in --json and under the table', async () => {
    // 项目支出's 全年预算数 as text, as a JSON file may give it.
    const file = await withLines('off.json', [SEED_LINES[0], { ...SEED_LINES[1], final: '24' }]);
    const json = await run(['score', file, '--json']);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.audit).toEqual([FINAL_OFF_BY_21_60]);
    expect(result.total).toBe(99.26);

    const text = await run(['score', file]);
    expect(text.stdout).toContain('审核发现 1 项');
    expect(text.stdout).toContain('  1. budget.final：预算明细的全年预算数合计 209.44');
  });

  it('finds nothing when the seed’s lines add up', async () => {
    const file = await withLines('ok.json', [
      { name: '合计', initial: 212.65, final: 187.84, spent: 183.99 },
      { name: '基本支出', initial: 182.65, final: 185.44, spent: 181.59 },
      { name: '项目支出', initial: 30, final: 2.4, spent: '2.4' },
    ]);
    const result = JSON.parse((await run(['score', file, '--json'])).stdout);
    expect(result.audit).toEqual([]);
  });

  it('fails with exit code 1 on a line that is not an amount, naming its JSON path', async () => {
    const file = await withLines('bad.json', [
      { name: '基本支出', final: 185.44 },
      { name: '项目支出', final: '两万四' },
    ]);
    const r = await run(['score', file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('budget.lines[1].final');
    expect(r.stdout + r.stderr).toContain('预算明细中的“两万四”不是金额（应为数字，单位 万元）');
  });

  it('fails on lines that are not a list of objects of numbers and text', async () => {
    const notList = await run(['score', await withLines('shape1.json', { final: 1 })]);
    expect(notList.code).toBe(1);
    expect(notList.stdout + notList.stderr).toContain('budget.lines');
    const nested = await run(['score', await withLines('shape2.json', [{ final: [1, 2] }, 3])]);
    expect(nested.code).toBe(1);
    expect(nested.stdout + nested.stderr).toContain('budget.lines[0].final');
    expect(nested.stdout + nested.stderr).toContain('budget.lines[1]');
  });
});

describe('perfscore score on an .xlsx with a 预算明细 range', () => {
  it('lists the lines not adding up, naming the Budget_Final cell and the lines’ span', async () => {
    const wb = await sampleWorkbook();
    // Replace the template's own breakdown with this test's.
    wb.removeWorksheet(wb.getWorksheet('预算明细')!.id);
    wb.definedNames.model = wb.definedNames.model.filter((n) => n.name !== 'Budget_Lines');
    const sheet = wb.addWorksheet('预算明细');
    sheet.addRows([
      ['科目', '全年预算数', '全年执行数'],
      ['基本支出', 185.44, 181.59],
      ['项目支出', 3.4, 2.4],
    ]);
    wb.definedNames.add(`'预算明细'!$A$1:$C$3`, '预算明细');
    const file = path.join(dir, 'lines.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run(['score', file, '--json', '--out', path.join(dir, 'lines.scored.xlsx')]);
    const result = JSON.parse(r.stdout);
    const items = result.audit.filter((a: { code: string }) => a.code === 'budgetLinesMismatch');
    expect(
      items.map((a: { where: string; params: { span: string } }) => [a.where, a.params.span]),
    ).toEqual([['绩效自评表!E4', '预算明细!B2:B3']]);
    expect(items[0].params).toMatchObject({ sum: '188.84', total: '187.84', difference: '1.00' });
    // Read only: the scored copy holds the lines as they were.
    const scored = new ExcelJS.Workbook();
    await scored.xlsx.readFile(path.join(dir, 'lines.scored.xlsx'));
    const values = scored.getWorksheet('预算明细')?.getSheetValues().slice(1);
    expect(values?.map((row) => (row as unknown[]).slice(1))).toEqual([
      ['科目', '全年预算数', '全年执行数'],
      ['基本支出', 185.44, 181.59],
      ['项目支出', 3.4, 2.4],
    ]);
  });
});
