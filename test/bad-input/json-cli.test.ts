/**
 * The bad-input catalog, JSON files through the command line (`perfscore score x.json`): the
 * JSON path of what is wrong and what is wrong, in Chinese; the file itself is never changed.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import seed from '../fixtures/seed-2023.input.json';
import { run } from '../cli/helpers';

type Json = ReturnType<typeof copy>;
function copy() {
  return JSON.parse(JSON.stringify(seed)) as Record<string, unknown> & {
    budget: Record<string, unknown>;
    indicators: Record<string, unknown>[];
  };
}

interface JsonCase {
  /** What was done to the file. */
  did: string;
  /** The file's text, or the seed as changed by the function. */
  content: string | ((input: Json) => unknown);
  code: 0 | 1 | 2;
  says: string[];
  /** With exit 0: the total printed by --json. */
  total?: number;
}

const JSON_CASES: JsonCase[] = [
  {
    did: 'a list at the top instead of an object',
    content: () => [seed],
    code: 1,
    says: ['$：应为 JSON 对象（{ … }），实际是数组'],
  },
  {
    did: 'a bare string at the top',
    content: () => '绩效自评',
    code: 1,
    says: ['$：应为 JSON 对象（{ … }），实际是文字'],
  },
  {
    did: 'indicators as an object instead of an array',
    content: (x) => ({ ...x, indicators: { 0: x.indicators[0] } }),
    code: 1,
    says: ['indicators：应为数组（[ … ]），实际是对象'],
  },
  {
    did: 'no indicators at all',
    content: (x) => ({ ...x, indicators: undefined }),
    code: 1,
    says: ['indicators：缺少此项'],
  },
  {
    did: 'an empty indicators array',
    content: (x) => ({ ...x, indicators: [] }),
    code: 1,
    says: ['indicators：没有绩效指标'],
  },
  {
    did: 'an indicator row that is a string',
    content: (x) => {
      (x.indicators as unknown[])[2] = '项目支出预算执行率';
      return x;
    },
    code: 1,
    says: ['indicators[2]：应为 JSON 对象（{ … }），实际是文字'],
  },
  {
    did: 'an indicator row that is null',
    content: (x) => {
      (x.indicators as unknown[])[2] = null;
      return x;
    },
    code: 1,
    says: ['indicators[2]：应为 JSON 对象（{ … }），实际是'],
  },
  {
    did: 'a weight written in words',
    content: (x) => {
      x.indicators[1].weight = '十二';
      return x;
    },
    code: 1,
    says: ['indicators[1].weight：“预算经费”的分值“十二”不是数字'],
  },
  {
    did: 'a negative weight',
    content: (x) => {
      x.indicators[1].weight = -1;
      return x;
    },
    code: 1,
    says: ['indicators[1].weight：“预算经费”的分值“-1”为负数'],
  },
  {
    did: 'an actual that is an object',
    content: (x) => {
      x.indicators[4].actual = { value: 72.3 };
      return x;
    },
    code: 1,
    says: ['indicators[4].actual：应为数字或文字，实际是对象'],
  },
  {
    did: 'an actual in 万人次 against a target in 万件',
    content: (x) => {
      x.indicators[4].actual = '72.3万人次';
      return x;
    },
    code: 1,
    says: ['indicators[4].actual：“72.3万人次”与目标值的计量单位“万件”无法比较'],
  },
  {
    did: 'a target in 万人次 while unit says 万件',
    content: (x) => {
      x.indicators[4].target = '40万人次';
      x.indicators[4].unit = '万件';
      return x;
    },
    code: 1,
    says: [
      'indicators[4].target：“全年办件数量”的年度指标值“40万人次”与计量单位“万件”不一致，无法比较',
    ],
  },
  {
    did: 'a manual score written in words',
    content: (x) => {
      x.indicators[1].manualScore = '满分';
      return x;
    },
    code: 1,
    says: ['indicators[1].manualScore：“预算经费”的人工得分“满分”不是数字'],
  },
  {
    did: 'an indicator without a name',
    content: (x) => {
      delete x.indicators[3].name;
      return x;
    },
    code: 1,
    says: ['indicators[3].name：指标名称（三级指标）为空'],
  },
  {
    did: 'no budget',
    content: (x) => ({ ...x, budget: undefined }),
    code: 1,
    says: ['budget.final：全年预算数为空', 'budget.spent：全年执行数为空'],
  },
  {
    did: 'a budget that is a string',
    content: (x) => ({ ...x, budget: '187.84' }),
    code: 1,
    says: ['budget：应为 JSON 对象（{ … }），实际是文字'],
  },
  {
    did: 'a final budget written in words',
    content: (x) => {
      x.budget.final = '很多';
      return x;
    },
    code: 1,
    says: ['budget.final：“很多”不是金额（单位 万元）'],
  },
  {
    did: 'a negative execution weight',
    content: (x) => {
      x.budget.weight = -10;
      return x;
    },
    code: 1,
    says: ['budget.weight：预算执行率分值“-10”为负数'],
  },
  {
    did: 'an unknown rule key',
    content: (x) => ({ ...x, rules: { profile: 'mof-2020', passLine: 60 } }),
    code: 1,
    says: ['rules.passLine：评分规则项“passLine”不存在，可用的规则项：executionDenominator'],
  },
  {
    did: 'rules as an array',
    content: (x) => ({ ...x, rules: ['mof-2020'] }),
    code: 1,
    says: ['rules：应为 JSON 对象（{ … }），实际是数组'],
  },
  {
    did: 'a file cut off in the middle (not valid JSON)',
    content: '{"budget": {',
    code: 2,
    says: ['不是有效的 JSON'],
  },
  {
    did: 'an empty file',
    content: '',
    code: 2,
    says: ['不是有效的 JSON'],
  },
  {
    did: 'a byte-order mark before the JSON (Notepad): read as usual',
    content: `\ufeff${JSON.stringify(seed)}`,
    code: 0,
    says: [],
    total: 99.26,
  },
  {
    did: 'a 10,000-character reason: kept and scored as usual',
    content: (x) => {
      x.indicators[5].reason = '原因'.repeat(5000);
      return x;
    },
    code: 0,
    says: [],
    total: 99.26,
  },
];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-bad-json-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('bad input in a JSON file: perfscore score <file.json>', () => {
  it.each(JSON_CASES.map((c, i) => [c.did, c, i] as const))('%s', async (_did, c, i) => {
    const file = path.join(dir, `case-${i}.json`);
    const text = typeof c.content === 'string' ? c.content : JSON.stringify(c.content(copy()));
    await fs.writeFile(file, text);
    const r = await run(['score', file, '--json']);
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: c.code });
    for (const said of c.says) expect(r.stderr).toContain(said);
    if (c.code === 1) {
      expect(r.stderr).toContain('未写入任何文件');
      // When --json still prints a result, it carries the errors and is never final.
      if (r.stdout.trim()) {
        const result = JSON.parse(r.stdout) as { provisional: boolean; errors: unknown[] };
        expect(result.provisional).toBe(true);
        expect(result.errors.length).toBeGreaterThan(0);
      }
    }
    if (c.total !== undefined) expect(JSON.parse(r.stdout).total).toBe(c.total);
    expect(await fs.readFile(file, 'utf8')).toBe(text);
  });
});
