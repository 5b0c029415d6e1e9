/** The drafted report on the seed: the published section 三 with the rules' figures. */
import { draftReport, reportToMarkdown } from '../../src/report';
import type { ReportDraft } from '../../src/report';
import type { BudgetLineInput, PlainValue } from '../../src/engine/types';
import { asCells } from '../../src/cli/json-input';
import { evaluated, loadInput, loadPlain, paragraphOf, SEED_MANUAL } from './helpers';

function seedDraft(): ReportDraft {
  const { input, result } = evaluated(loadInput());
  return draftReport(input, result, 'zh-CN');
}

describe('draftReport on the seed (zh-CN)', () => {
  const draft = seedDraft();

  test('the title names the department and the year', () => {
    expect(draft.title).toBe(
      '乌鲁木齐高新技术产业开发区（乌鲁木齐市新市区）政务服务管理局2023年度部门整体支出绩效自评报告',
    );
    expect(draft.provisional).toBe(false);
    expect(draft.notice).toBeNull();
  });

  test('the budget paragraphs state 212.65 / -24.81 / 187.84 / 183.99 / 97.95% / 11.67%', () => {
    expect(draft.overview.heading).toBe('一、基本概况');
    const text = draft.overview.subsections.flatMap((b) => b.paragraphs).join('\n');
    expect(text).toContain('我单位年初预算数为212.65万元。');
    expect(text).toContain(
      '我单位年初批复预算数212.65万元，年中调减数-24.81万元，调减后全年预算数187.84万元，预算调整率11.67%。',
    );
    expect(text).toContain(
      '全年预算数为187.84万元，全年实际支出资金183.99万元，预算执行率为97.95%。',
    );
  });

  test('section 三 opens with the execution paragraph and its score 9.8', () => {
    expect(draft.analysis.heading).toBe('三、绩效指标完成情况');
    expect(draft.analysis.paragraphs[0]).toBe(
      '我单位2023年全年预算金额为187.84万元，执行金额为183.99万元，执行率为97.95%，得9.8分。',
    );
  });

  test('the indicators are numbered as in the seed: （一）指标一： … （八）指标八：', () => {
    expect(draft.analysis.subsections.map((b) => b.heading)).toEqual([
      '（一）指标一：',
      '（二）指标二：',
      '（三）指标三：',
      '（四）指标四：',
      '（五）指标五：',
      '（六）指标六：',
      '（七）指标七：',
      '（八）指标八：',
    ]);
  });

  test('培训费下降率 reads like the published paragraph', () => {
    expect(paragraphOf(draft, '培训费下降率')).toBe(
      '培训费下降率：该指标预期指标值为大于等于5%，年中监控实际完成值为0%，本次评价该指标无发生额，' +
        '该指标完成率为100%。该指标权重分值为8分，自评得分8分。',
    );
  });

  test('预算经费 states the rule: completion 100% and 12 points, not the published 97.95% / 11.76', () => {
    const text = paragraphOf(draft, '预算经费');
    expect(text).toContain('该指标预期指标值为小于等于212.65万元');
    expect(text).toContain('年中监控实际完成值为129.67万元');
    expect(text).toContain('183.99万元');
    expect(text).toContain('该指标完成率为100%。');
    expect(text).toContain(
      '偏差原因：部分年初预算调减，完成节约，改进措施：提升财政资金使用效益，提高预算绩效管理工作的质量和水平。',
    );
    expect(text).toMatch(/该指标权重分值为12分，自评得分12(\.00)?分。$/);
    expect(text).not.toContain('11.76');
    expect(text).not.toContain('97.95%');
  });

  // Every figure of the published section 三 that the rules confirm.
  const published: [string, string, string, string, string, string, string][] = [
    // name, target in words, mid-year, actual, completion, weight, score
    ['项目支出预算执行率', '等于100%', '46.91%', '100%', '100%', '10', '10'],
    ['政府采购执行率', '等于100%', '0%', '100%', '100%', '10', '10'],
    ['全年办件数量', '大于等于40万件', '18.2万件', '72.3万件', '180.75%', '15', '15'],
    ['全程网办事项比例', '大于等于88%', '94.24%', '83.22%', '94.57%', '10', '9.46'],
    ['事项审批时间缩短', '大于等于73%', '88.65%', '74.51%', '102.07%', '15', '15'],
    ['群众满意度', '大于等于95%', '95%', '95%', '100%', '10', '10'],
  ];
  test.each(published)(
    '%s: target %s, mid-year %s, actual %s, completion %s, weight %s, score %s',
    (name, target, midYear, actual, completion, weight, score) => {
      const text = paragraphOf(draft, name);
      expect(text).toContain(`${name}：该指标预期指标值为${target}，`);
      expect(text).toContain(`，年中监控实际完成值为${midYear}，`);
      expect(text).toContain(`，本次评价${name}为${actual}，`);
      expect(text).toContain(`，该指标完成率为${completion}。`);
      expect(text).toContain(`该指标权重分值为${weight}分，自评得分${score}分。`);
    },
  );

  test('偏差原因 / 改进措施 appear only where given', () => {
    expect(paragraphOf(draft, '全年办件数量')).toContain(
      '偏差原因：工作效率较高，超额完成年度目标任务，改进措施：合理安排制定下年度目标。',
    );
    expect(paragraphOf(draft, '事项审批时间缩短')).toContain('偏差原因：偏差较小。该指标权重分值');
    expect(paragraphOf(draft, '事项审批时间缩短')).not.toContain('改进措施');
    expect(paragraphOf(draft, '群众满意度')).not.toMatch(/偏差原因|改进措施/);
  });

  test('the conclusion states the composite 99.26 and 优, the execution and the open item', () => {
    expect(draft.conclusion.heading).toBe('四、自评结论');
    const text = draft.conclusion.paragraphs.join('\n');
    expect(text).toContain('2023年度部门整体支出绩效自评综合得分99.26分，评价结果为“优”。');
    expect(text).toContain('全年预算执行率为97.95%，预算执行得分9.8分（权重分值10分）。');
    expect(text).toContain('8项绩效指标合计权重分值90分，自评得分89.46分。');
    // The seed gives no reason for the mid-year adjustment: that is the one open item.
    expect(text).toContain('尚有1项待说明或待补充的事项：');
    expect(text).toContain('（1）预算执行：年中预算调整 -24.81万元（调整率 11.67%）');
    expect(text).not.toContain('99.02');
  });

  test('the indicator table has the execution row, every indicator and the composite', () => {
    const { table } = draft;
    expect(table.header).toEqual([
      '指标名称',
      '预期指标值',
      '实际完成值',
      '完成率',
      '权重分值',
      '自评得分',
    ]);
    expect(table.rows[0]).toEqual([
      '预算执行率',
      '187.84万元',
      '183.99万元',
      '97.95%',
      '10',
      '9.8',
    ]);
    expect(table.rows).toContainEqual([
      '预算经费',
      '≤212.65万元',
      '183.99万元',
      '100%',
      '12',
      '12',
    ]);
    expect(table.rows).toContainEqual([
      '全年办件数量',
      '≥40万件',
      '72.3万件',
      '180.75%',
      '15',
      '15',
    ]);
    expect(table.rows).toContainEqual(['培训费下降率', '≥5%', '无发生额', '100%', '8', '8']);
    expect(table.rows).toContainEqual([
      '全程网办事项比例',
      '≥88%',
      '83.22%',
      '94.57%',
      '10',
      '9.46',
    ]);
    expect(table.rows[table.rows.length - 1]).toEqual(['综合得分', '—', '—', '—', '100', '99.26']);
    expect(table.rows).toHaveLength(10);
  });

  test('a reason for the budget adjustment closes the open item', () => {
    const plain = loadPlain();
    plain.budget.reason = '部分年初预算调减';
    const input = asCells(plain);
    const { result } = evaluated(input);
    const d = draftReport(input, result, 'zh-CN');
    const adjustment = d.overview.subsections.find((b) => b.heading === '2.预算调整情况');
    expect(adjustment?.paragraphs).toContain('调整原因：部分年初预算调减。');
    expect(d.conclusion.paragraphs).toContain('各项偏差均已说明，无待处理事项。');
  });
});

describe('draftReport with the department’s own scores', () => {
  test('the counted score is the manual one, with the rule’s 12 beside it', () => {
    const { input, result } = evaluated(loadInput(SEED_MANUAL));
    const draft = draftReport(input, result, 'zh-CN');
    const text = paragraphOf(draft, '预算经费');
    expect(text).toMatch(/自评得分11\.76分（按评分规则计算为12(\.00)?分）。$/);
    expect(draft.conclusion.paragraphs[0]).toContain('综合得分99.02分');
  });
});

describe('a provisional evaluation', () => {
  const plain = loadPlain();
  plain.indicators[5].actual = '';
  const input = asCells(plain);
  const { result } = evaluated(input);
  const draft = draftReport(input, result, 'zh-CN');
  const markdown = reportToMarkdown(draft);

  test('is provisional in the engine (the test premise)', () => {
    expect(result.provisional).toBe(true);
    expect(result.errors).toEqual([]);
  });

  test('says so, and never states a grade', () => {
    expect(draft.provisional).toBe(true);
    expect(draft.notice).toContain('暂定');
    expect(markdown.indexOf('【暂定】')).toBeGreaterThan(0);
    expect(markdown).not.toContain('评价结果为');
    for (const grade of ['优', '良', '中', '差']) expect(markdown).not.toContain(`“${grade}”`);
    const conclusion = draft.conclusion.paragraphs.join('\n');
    expect(conclusion).toContain(
      `综合得分暂为${result.total}分（暂定，不是最终结果），评价等级待定。`,
    );
    expect(conclusion).toContain('暂定原因：“全程网办事项比例”的实际完成值未填写');
  });

  test('the row without an actual has no score yet', () => {
    const text = paragraphOf(draft, '全程网办事项比例');
    expect(text).toContain('本次评价实际完成值尚未填写');
    expect(text).toContain('该指标权重分值为10分，自评得分待定。');
    const row = draft.table.rows.find((r) => r[0] === '全程网办事项比例');
    expect(row?.slice(2)).toEqual(['待定', '—', '10', '待定']);
    expect(draft.table.rows[draft.table.rows.length - 1][5]).toBe(`${result.total}（暂定）`);
  });
});

describe('draftReport in English', () => {
  const { input, result } = evaluated(loadInput());
  const draft = draftReport(input, result, 'en-US');

  test('the same figures, in English words', () => {
    expect(draft.overview.heading).toBe('1. Overview');
    expect(draft.analysis.subsections[0].heading).toBe('(1) Indicator 1');
    const text = draft.analysis.subsections.flatMap((b) => b.paragraphs).join('\n');
    expect(text).toContain('全年办件数量: the expected value is at least 40万件');
    expect(text).toContain('the mid-year monitoring value was 18.2万件');
    expect(text).toContain('completion rate 180.75%. Reason for the deviation: ');
    expect(text).toContain('预算经费: the expected value is at most 212.65万元');
    expect(text).toContain('Weight 12 points, self-evaluation score 12 points.');
    expect(text).toContain('项目支出预算执行率: the expected value is equal to 100%');
    const conclusion = draft.conclusion.paragraphs.join('\n');
    expect(conclusion).toContain(
      'The composite self-evaluation score for 2023 is 99.26 points; the result is "优".',
    );
    expect(draft.table.header[0]).toBe('Indicator');
    expect(reportToMarkdown(draft)).not.toMatch(/[一三四]、|指标权重|自评得分/);
  });
});

describe('draftReport with the budget breakdown (budget.lines)', () => {
  const SEED_LINES = [
    { name: '基本支出', initial: 182.65, final: 185.44, spent: 181.59 },
    { name: '项目支出', initial: 30, final: 2.4, spent: 2.4 },
    { name: '合计', initial: 212.65, final: 187.84, spent: 183.99 },
  ];

  function withLines(
    lines: BudgetLineInput<PlainValue>[],
    locale: 'zh-CN' | 'en-US' = 'zh-CN',
  ): string[] {
    const plain = loadPlain();
    plain.budget = { ...plain.budget, lines };
    const input = asCells(plain);
    const { result } = evaluated(input);
    return draftReport(input, result, locale).overview.subsections.flatMap((b) => b.paragraphs);
  }

  test('names each line’s initial budget and spending the seed’s way; the 合计 row is no line', () => {
    const text = withLines(SEED_LINES);
    expect(text).toContain(
      '我单位年初预算数为212.65万元，其中：基本支出年初预算数为182.65万元、项目支出年初预算数为30万元。',
    );
    expect(text).toContain(
      '全年预算数为187.84万元，全年实际支出资金183.99万元，其中：基本支出为181.59万元、项目支出为2.4万元，预算执行率为97.95%。',
    );
    // The adjustment paragraph is the same as without lines.
    expect(text).toContain(
      '我单位年初批复预算数212.65万元，年中调减数-24.81万元，调减后全年预算数187.84万元，预算调整率11.67%。',
    );
  });

  test('changes nothing without lines, or with lines whose figures are all blank', () => {
    const plain = draftReport(...seedArgs()).overview;
    expect(withLines([])).toEqual(plain.subsections.flatMap((b) => b.paragraphs));
    expect(
      withLines([
        { name: '基本支出', final: null },
        { name: '项目支出', final: '' },
      ]),
    ).toEqual(plain.subsections.flatMap((b) => b.paragraphs));
  });

  test('reads figures in the report’s unit: a line typed as "300000元" is 30万元; blank lines are left out', () => {
    const text = withLines([
      { name: '基本支出', initial: '182.65万元', final: 185.44, spent: 181.59 },
      { name: '项目支出', initial: '300000元', final: 2.4 },
    ]);
    expect(text).toContain(
      '我单位年初预算数为212.65万元，其中：基本支出年初预算数为182.65万元、项目支出年初预算数为30万元。',
    );
    // 项目支出 has no 全年执行数: only 基本支出 is named.
    expect(text.join('\n')).toContain(
      '全年实际支出资金183.99万元，其中：基本支出为181.59万元，预算执行率为97.95%。',
    );
  });

  test('says only the total when a line’s figure is not an amount or a line has no name', () => {
    const notMoney = withLines([
      { name: '基本支出', initial: 182.65, final: 185.44 },
      { name: '项目支出', initial: '三十', final: 2.4 },
    ]);
    expect(notMoney).toContain('我单位年初预算数为212.65万元。');
    const unnamed = withLines([
      { name: '基本支出', initial: 182.65, final: 185.44 },
      { name: '', initial: 30, final: 2.4 },
    ]);
    expect(unnamed).toContain('我单位年初预算数为212.65万元。');
  });

  test('in English', () => {
    const text = withLines(SEED_LINES, 'en-US');
    expect(text).toContain(
      'Our budget at the start of the year was 212.65万元, of which 基本支出 182.65万元, 项目支出 30万元.',
    );
    expect(text.join('\n')).toContain(
      'the actual spending 183.99万元 (of which 基本支出 181.59万元, 项目支出 2.4万元)',
    );
  });
});

function seedArgs(): Parameters<typeof draftReport> {
  const { input, result } = evaluated(loadInput());
  return [input, result, 'zh-CN'];
}
