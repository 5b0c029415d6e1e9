/**
 * The mid-year monitoring draft (年中监控): the seed's mid-year values against the elapsed half
 * of the year, with traffic lights, never a score, a composite (the engine's 4.79 of the
 * spending alone) or a grade.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { EvaluationInput, EvaluationResult } from '../../src/engine/types';
import { draftReport, reportToMarkdown } from '../../src/report';
import { reportText } from '../../src/report/sheet';
import { asCells } from '../../src/cli/json-input';
import { run } from '../cli/helpers';
import { evaluated, midYearInput, midYearPlain, paragraphOf } from './helpers';

// JSZip comes with exceljs; it reads the .docx package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as {
  loadAsync(
    data: Buffer,
  ): Promise<{ file(name: string): { async(t: 'string'): Promise<string> } | null }>;
};

function midYearDraft(
  input: EvaluationInput = midYearInput(),
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
) {
  const { result } = evaluated(input);
  return { result, draft: draftReport(input, result, locale) };
}

/** Every light of the monitoring (budget execution first), counted independently. */
function lightsOf(result: EvaluationResult): Record<string, number> {
  const m = result.monitoring!;
  const items = [...(m.execution ? [m.execution] : []), ...m.indicators];
  const count = (light: string) => items.filter((item) => item.light === light).length;
  return { red: count('red'), yellow: count('yellow'), green: count('green') };
}

describe('the mid-year draft of the seed (zh-CN)', () => {
  const { result, draft } = midYearDraft();
  const markdown = reportToMarkdown(draft);

  test('the evaluation is a mid-year monitoring with a 4.79 composite (the test premise)', () => {
    expect(result.monitoring).toBeDefined();
    expect(result.total).toBe(4.79);
  });

  test('says it is a mid-year monitoring draft, not the year-end self-evaluation', () => {
    expect(draft.monitoring).toBe(true);
    expect(draft.title).toBe(
      '乌鲁木齐高新技术产业开发区（乌鲁木齐市新市区）政务服务管理局2023年度部门整体支出绩效年中监控报告',
    );
    expect(draft.notice).toContain('【年中监控】');
    expect(draft.notice).toContain('时间进度50%');
    expect(draft.notice).toContain('不是年终绩效自评报告');
    expect(markdown.split('\n')[2]).toBe(`> ${draft.notice}`);
  });

  test('states no score, no composite and no grade anywhere', () => {
    expect(markdown).not.toContain('4.79');
    expect(markdown).not.toMatch(/\d分/);
    expect(markdown).not.toMatch(/得分暂为|得分待定|评价结果为|评价等级待定|（暂定）/);
    expect(markdown).not.toContain('自评结论');
    // The open items of a year-end draft (实际完成值未填写) are not open at mid-year.
    expect(markdown).not.toContain('实际完成值未填写');
  });

  test('budget execution: spent share of the year’s budget against the elapsed half, with its light', () => {
    const overview = draft.overview.subsections.at(-1)!;
    expect(overview.heading).toBe('3.年中预算执行情况');
    expect(overview.paragraphs).toEqual([
      '全年预算数为187.84万元，截至年中已支出90万元，已支出全年预算的47.91%，时间进度50%。',
    ]);
    const light = result.monitoring!.execution!.light;
    expect(draft.analysis.heading).toBe('三、绩效指标年中完成情况');
    expect(draft.analysis.paragraphs).toEqual([
      `我单位2023年全年预算金额为187.84万元，截至年中执行金额为90万元，已支出全年预算的47.91%，时间进度50%（进度比95.83%），${
        { red: '红灯，预计难以完成', yellow: '黄灯，存在风险', green: '绿灯，预计能完成' }[light]
      }。`,
    ]);
  });

  test('全年办件数量: 45.5% of its target against 50% of the year, on pace', () => {
    expect(paragraphOf(draft, '全年办件数量')).toBe(
      '全年办件数量：该指标预期指标值为大于等于40万件，年中监控值为18.2万件，为年度目标值的45.5%，时间进度50%（进度比91%），绿灯，预计能完成。偏差原因：工作效率较高，超额完成年度目标任务，改进措施：合理安排制定下年度目标。',
    );
  });

  test('全程网办事项比例: 94.24% already above its 88% target', () => {
    const text = paragraphOf(draft, '全程网办事项比例');
    expect(text).toContain('预期指标值为大于等于88%，年中监控值为94.24%，已达到预期指标值');
    expect(text).toContain('绿灯，预计能完成');
  });

  test('a rate far from its target is red and unlikely; no paragraph states a score', () => {
    expect(paragraphOf(draft, '培训费下降率')).toBe(
      '培训费下降率：该指标预期指标值为大于等于5%，年中监控值为0%，对照预期指标值完成0%，红灯，预计难以完成。',
    );
    // An execution rate adds up over the year: 46.91% at half the year is on pace.
    expect(paragraphOf(draft, '项目支出预算执行率')).toBe(
      '项目支出预算执行率：该指标预期指标值为等于100%，年中监控值为46.91%，为年度目标值的46.91%，时间进度50%（进度比93.82%），绿灯，预计能完成。',
    );
    for (const block of draft.analysis.subsections) {
      expect(block.paragraphs.join('')).not.toMatch(/权重|自评得分/);
    }
  });

  test('the table: mid-year value, progress, light and likelihood; no 综合得分 row', () => {
    expect(draft.table.header).toEqual([
      '指标名称',
      '预期指标值',
      '年中监控值',
      '进度比',
      '信号灯',
      '完成可能性',
    ]);
    expect(draft.table.rows).toHaveLength(1 + 8);
    expect(draft.table.rows).toContainEqual([
      '全年办件数量',
      '≥40万件',
      '18.2万件',
      '91%',
      '绿灯',
      '预计能完成',
    ]);
    expect(draft.table.rows[0].slice(0, 3)).toEqual(['预算执行', '187.84万元', '90万元']);
    expect(draft.table.rows.map((r) => r[0])).not.toContain('综合得分');
  });

  test('the conclusion sums up the lights and names the red and yellow lines without a reason', () => {
    const counts = lightsOf(result);
    expect(draft.conclusion.heading).toBe('四、年中监控结论');
    expect(draft.conclusion.paragraphs[0]).toBe(
      `截至年中（时间进度50%），预算执行和绩效指标共9项纳入监控：红灯${counts.red}项、黄灯${counts.yellow}项、绿灯${counts.green}项。`,
    );
    expect(draft.conclusion.paragraphs).toContain(
      '红灯（预计难以完成）2项：培训费下降率、政府采购执行率。',
    );
    // 预算经费 is yellow but has a reason; the two red lines have none.
    expect(draft.conclusion.paragraphs).toContain(
      '以下红灯、黄灯事项尚未填写偏差原因，请说明原因并提出纠偏措施：培训费下降率、政府采购执行率。',
    );
  });

  test('the sheet’s text (自评报告) is the same mid-year draft', () => {
    const text = reportText(draft);
    expect(text).toContain('【年中监控】');
    expect(text).not.toContain('4.79');
  });
});

describe('reasons at mid-year', () => {
  test('a reason with its monitoring category in front is written with the category', () => {
    const plain = midYearPlain();
    plain.indicators[0].reason = '经费保障：培训经费尚未拨付';
    plain.budget.reason = '其他：部分支出集中在下半年';
    const { draft } = midYearDraft(asCells(plain));
    expect(paragraphOf(draft, '培训费下降率')).toMatch(
      /红灯，预计难以完成。偏差原因（经费保障）：培训经费尚未拨付。$/,
    );
    expect(draft.analysis.paragraphs[0]).toMatch(/。偏差原因（其他）：部分支出集中在下半年。$/);
    // Explained now: no longer listed as missing a reason.
    const open = draft.conclusion.paragraphs.find((p) => p.startsWith('以下红灯'));
    expect(open).not.toContain('培训费下降率');
    // At mid-year the budget's reason explains the spending, not the adjustment.
    expect(reportToMarkdown(draft)).not.toContain('调整原因');
  });
});

describe('the mid-year draft in English', () => {
  test('the same lights in English words, no score', () => {
    const { draft } = midYearDraft(midYearInput(), 'en-US');
    const markdown = reportToMarkdown(draft);
    expect(draft.title).toMatch(/^Overall expenditure performance mid-year monitoring report: /);
    expect(draft.notice).toContain('It is not the year-end self-evaluation');
    expect(paragraphOf(draft, '全年办件数量', ':')).toContain(
      'the mid-year value is 18.2万件, 45.5% of the annual target with 50% of the year elapsed (pace 91%): green light, likely.',
    );
    expect(markdown).not.toContain('4.79');
    expect(markdown).not.toMatch(/\bpoints?\b|[Cc]omposite score/);
  });
});

describe('perfscore report on a mid-year input', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'perfscore-report-mid-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('.md and .docx: the mid-year draft, no 4.79 anywhere', async () => {
    const input = path.join(dir, 'mid.json');
    writeFileSync(input, JSON.stringify(midYearPlain()));
    const md = path.join(dir, 'mid.md');
    expect((await run(['report', input, '--out', md])).code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('> 【年中监控】本稿为年中监控报告草稿');
    expect(text).toContain('年中监控值为18.2万件，为年度目标值的45.5%，时间进度50%');
    expect(text).not.toContain('4.79');

    const docx = path.join(dir, 'mid.docx');
    expect((await run(['report', input, '--out', docx])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('绩效指标年中监控情况表（时间进度50%）');
    expect(xml).toContain('四、年中监控结论');
    expect(xml).not.toContain('4.79');
    expect(xml).not.toContain('综合得分暂为');
  });
});
