import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { columns, run, SEED, SEED_MANUAL } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/* A seed document, loosely typed to change any part of it. */
interface SeedDoc {
  budget: Record<string, unknown>;
  indicators: Record<string, unknown>[];
}

async function seedWith(change: (doc: SeedDoc) => void, name: string): Promise<string> {
  const doc = JSON.parse(await fs.readFile(SEED, 'utf8'));
  change(doc);
  const file = path.join(dir, name);
  await fs.writeFile(file, JSON.stringify(doc));
  return file;
}

/** A line as terminal cells: a wide character fills its cell and the next ("" marks it). */
function cells(line: string): string[] {
  const out: string[] = [];
  for (const char of line) {
    out.push(char);
    if (columns(char) === 2) out.push('');
  }
  return out;
}

/** The table block: header, the rule line, the rows (up to the first blank line after). */
function tableOf(stdout: string): { header: string; spans: [number, number][]; rows: string[] } {
  const lines = stdout.split('\n');
  const ruleAt = lines.findIndex((l) => /^-+( +-+)+$/.test(l));
  expect(ruleAt).toBeGreaterThan(0);
  const spans: [number, number][] = [];
  for (const m of lines[ruleAt].matchAll(/-+/g)) spans.push([m.index, m.index + m[0].length]);
  const end = lines.indexOf('', ruleAt);
  return { header: lines[ruleAt - 1], spans, rows: lines.slice(ruleAt + 1, end) };
}

function cellText(line: string, span: [number, number]): string {
  return cells(line).slice(span[0], span[1]).join('').trim();
}

describe('perfscore score <file.json>', () => {
  test('--json prints the result object of the seed: 99.26 优, final', async () => {
    const { code, stdout, stderr } = await run(['score', SEED, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.total).toBe(99.26);
    expect(result.grade).toBe('优');
    expect(result.provisional).toBe(false);
    expect(result.profile).toBe('mof-2020');
    expect(result.execution.rate).toBe(0.9795);
    const row = result.indicators.find((r: { name: string }) => r.name === '全程网办事项比例');
    expect(row.score).toBe(9.46);
  });

  test('the table shows the header, the rows, execution, total, grade and flags', async () => {
    const { code, stdout } = await run(['score', SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain('乌鲁木齐高新技术产业开发区');
    expect(stdout).toContain('2023');
    expect(stdout).toContain('mof-2020');
    expect(stdout).toMatch(/综合得分：99\.26 \/ 100 +评价等级：优（最终结果）/);
    expect(stdout).toContain('执行率 97.95%');
    expect(stdout).toContain('调整率 11.67%');
    expect(stdout).toContain('得分 9.80 / 10');
    // The open budget-adjustment flag and what to do about it.
    expect(stdout).toMatch(
      /【待处理】预算执行：年中预算调整 -24\.81万元[^\n]*\n +→ 请在“预算偏差说明”中说明/,
    );
    // An explained flag carries the explanation given.
    expect(stdout).toContain('说明：全程网办事项有所变动');
  });

  test('the table columns line up, counting Chinese characters as two columns', async () => {
    const { stdout } = await run(['score', SEED]);
    const { header, spans, rows } = tableOf(stdout);
    expect(rows).toHaveLength(8);
    const names = ['指标', '目标', '实际', '完成率', '分值', '得分', '状态'];
    expect(spans).toHaveLength(names.length);
    names.forEach((name, i) => expect(cellText(header, spans[i])).toBe(name));
    for (const line of [header, ...rows]) {
      const c = cells(line);
      // Nothing spills into the gaps between the columns.
      for (let i = 0; i + 1 < spans.length; i++) {
        for (let x = spans[i][1]; x < spans[i + 1][0]; x++) expect(c[x] ?? ' ').toBe(' ');
      }
      expect(c.length).toBeLessThanOrEqual(spans[spans.length - 1][1]);
    }
    const row = rows.find((l) => l.startsWith('全程网办事项比例'));
    expect(row).toBeDefined();
    const texts = spans.map((span) => cellText(row!, span));
    expect(texts).toEqual(['全程网办事项比例', '≥88%', '83.22%', '94.57%', '10', '9.46', '已说明']);
  });

  test('the published manual scores: 99.02 and 预算经费 overrideDiffers', async () => {
    const json = await run(['score', SEED_MANUAL, '--json']);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.total).toBe(99.02);
    expect(result.grade).toBe('优');
    const budget = result.indicators.find((r: { name: string }) => r.name === '预算经费');
    expect(budget.flags.map((f: { code: string }) => f.code)).toContain('overrideDiffers');

    const table = await run(['score', SEED_MANUAL]);
    expect(table.stdout).toContain('99.02');
    expect(table.stdout).toMatch(/【已说明】预算经费：人工得分 11\.76 与规则得分 12\.00 不一致/);
    expect(table.stdout).toMatch(
      /预算经费 +≤212\.65万元 +183\.99万元 +100\.00% +12 +11\.76（人工）/,
    );

    // Without the explanation the flag is open, with what to do about it.
    const doc = JSON.parse(await fs.readFile(SEED_MANUAL, 'utf8'));
    doc.indicators[1].reason = '';
    const unexplained = path.join(dir, 'manual-unexplained.json');
    await fs.writeFile(unexplained, JSON.stringify(doc));
    const open = await run(['score', unexplained]);
    expect(open.code).toBe(0);
    expect(open.stdout).toMatch(
      /【待处理】预算经费：人工得分 11\.76 与规则得分 12\.00 不一致[^\n]*\n +→ 请在“偏差原因分析”中说明人工调整得分的理由/,
    );
  });

  test('a bad value: exit 1, the JSON path and the value on stderr, nothing on stdout', async () => {
    const file = await seedWith((doc) => {
      doc.indicators[3].target = '≥10人次';
      doc.indicators[3].actual = '12件';
      doc.indicators[3].midYear = null;
    }, 'bad-unit.json');
    const { code, stdout, stderr } = await run(['score', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('indicators[3].actual');
    expect(stderr).toMatch(/indicators\[3\]\.actual：.*12件.*人次/);
  });

  test('a provisional composite is marked 暂定 and the grade 待定, never final', async () => {
    const file = await seedWith((doc) => {
      doc.indicators[7].actual = null;
    }, 'pending.json');
    const { code, stdout } = await run(['score', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/综合得分：\d+\.\d\d \/ 100（暂定） +评价等级：待定/);
    expect(stdout).not.toContain('（最终结果）');
    expect(stdout).toContain('暂定原因：');
    expect(stdout).toContain('群众满意度');
    const json = JSON.parse((await run(['score', file, '--json'])).stdout);
    expect(json.provisional).toBe(true);
    expect(json.grade).toBe('待定');
  });

  test('a JSON of the wrong shape: exit 1 naming the path', async () => {
    const notArray = path.join(dir, 'not-array.json');
    await fs.writeFile(
      notArray,
      JSON.stringify({ budget: { final: 1, spent: 1 }, indicators: {} }),
    );
    let r = await run(['score', notArray]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/indicators：应为数组（\[ … \]），实际是对象/);

    const rowNotObject = await seedWith((doc) => {
      (doc.indicators as unknown[])[2] = 'x';
      doc.budget.final = { value: 1 };
    }, 'row.json');
    r = await run(['score', rowNotObject]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('indicators[2]：应为 JSON 对象');
    expect(r.stderr).toContain('budget.final：应为数字或文字');

    const topArray = path.join(dir, 'array.json');
    await fs.writeFile(topArray, '[1, 2]');
    r = await run(['score', topArray]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('$：应为 JSON 对象');
  });

  test('an unreadable file: exit 2 with the reason on one line, without the usage', async () => {
    const broken = path.join(dir, 'broken.json');
    await fs.writeFile(broken, '{"budget": ');
    let r = await run(['score', broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是有效的 JSON');
    expect(r.stderr).not.toContain('用法：');
    r = await run(['score', path.join(dir, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到文件');
    r = await run(['score', path.join(dir, 'notes.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法识别的文件类型');
  });

  test('--profile: a known profile is used, an unknown one exits 2 listing the profiles', async () => {
    const ok = await run(['score', SEED, '--json', '--profile', 'legacy-80-70-60']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).profile).toBe('legacy-80-70-60');
    const bad = await run(['score', SEED, '--profile', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('“nope”');
    for (const name of ['mof-2020', 'guangxi', 'legacy-80-70-60'])
      expect(bad.stderr).toContain(name);
  });

  test('English with --lang en-US or LANG=en_US', async () => {
    const byFlag = await run(['score', SEED, '--lang', 'en-US']);
    expect(byFlag.code).toBe(0);
    expect(byFlag.stdout).toMatch(/Total: 99\.26 \/ 100 +Grade: 优 \(final\)/);
    expect(byFlag.stdout).toContain('Indicator');
    const byEnv = await run(['score', SEED], { env: { LANG: 'en_US.UTF-8' } });
    expect(byEnv.stdout).toContain('Total: 99.26');
    const chineseWins = await run(['score', SEED, '--lang=zh-CN'], {
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(chineseWins.stdout).toContain('综合得分：99.26');
    const bad = await run(['score', SEED, '--lang', 'fr-FR']);
    expect(bad.code).toBe(2);
  });
});

describe('perfscore usage', () => {
  test('--help and --version exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('perfscore score');
    expect(help.stdout).toContain('perfscore template');
    expect(help.stdout).toContain('perfscore batch');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('no command, an unknown command or option: exit 2 with the usage', async () => {
    for (const argv of [[], ['grade', SEED], ['score', SEED, '--fast'], ['score']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('用法：');
      expect(r.stdout).toBe('');
    }
    const r = await run(['frobnicate']);
    expect(r.stderr).toContain('未知命令“frobnicate”');
  });

  test('workbook-only options are refused for JSON input', async () => {
    const r = await run(['score', SEED, '--out', path.join(dir, 'x.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
  });
});
