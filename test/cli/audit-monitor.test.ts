import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, SEED, SEED_MANUAL } from './helpers';

let dir: string;
let midYear: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-monitor-'));
  const doc = JSON.parse(await fs.readFile(SEED, 'utf8'));
  doc.budget.spent = 129.67;
  for (const row of doc.indicators) row.actual = null;
  midYear = path.join(dir, 'midyear.json');
  await fs.writeFile(midYear, JSON.stringify(doc));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('perfscore score: audit and mid-year monitoring', () => {
  it('prints the audit under the table: 预算经费 published 11.76, rule 12.00', async () => {
    const r = await run(['score', SEED_MANUAL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('审核发现 1 项');
    expect(r.stdout).toContain(
      '  1. indicators[1].manualScore：预算经费：人工得分 11.76 与规则得分 12.00 不一致',
    );
  });

  it('prints no audit section for the seed scored by rule, and the audit in --json', async () => {
    const r = await run(['score', SEED]);
    expect(r.stdout).not.toContain('审核发现');
    const json = JSON.parse((await run(['score', SEED_MANUAL, '--json'])).stdout);
    expect(json.audit.map((a: { where: string }) => a.where)).toEqual([
      'indicators[1].manualScore',
    ]);
  });

  it('monitors a mid-year file: provisional, with the traffic lights', async () => {
    const r = await run(['score', midYear]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('年中监控（时间进度 50.00%）：');
    expect(r.stdout).toContain(
      '  - 【绿灯】全年办件数量：年中完成目标的 45.50%，进度比 91.00%，预计能完成',
    );
    expect(r.stdout).toContain('年中监控：尚无全年实际完成值');
    // No year-end table or year-end flags: blank actuals are expected at mid-year.
    expect(r.stdout).not.toContain('数据有误');
    expect(r.stdout).not.toContain('实际完成值未填写');
    expect(r.stdout).not.toContain('综合得分');
  });

  it('takes --monitor and --elapsed (0.25 or 25%) and rejects a share outside (0, 1]', async () => {
    const quarter = JSON.parse(
      (await run(['score', midYear, '--json', '--elapsed', '25%'])).stdout,
    );
    expect(quarter.monitoring.elapsed).toBe(0.25);
    // Exact decimals: 33.3% is 0.333 (not 0.33299999999999996), 1/3 typed long is 4 decimals.
    const third = JSON.parse(
      (await run(['score', midYear, '--json', '--elapsed', '33.3%'])).stdout,
    );
    expect(third.monitoring.elapsed).toBe(0.333);
    const long = JSON.parse(
      (await run(['score', midYear, '--json', '--elapsed', '0.333333'])).stdout,
    );
    expect(long.monitoring.elapsed).toBe(0.3333);
    const forced = JSON.parse((await run(['score', SEED, '--json', '--monitor'])).stdout);
    expect(forced.provisional).toBe(true);
    expect(forced.monitoring.indicators).toHaveLength(8);
    const bad = await run(['score', midYear, '--elapsed', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('时间进度 2 无效');
    const words = await run(['score', midYear, '--elapsed', '一半']);
    expect(words.code).toBe(2);
    expect(words.stderr).toContain('时间进度 一半 无效');
    const xlsx = await run(['score', path.join(dir, 'book.xlsx'), '--monitor']);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('选项 --monitor 目前只适用于 .json 文件');
  });
});
