/**
 * The layouts of real-forms.md, typed as departments fill them (values only, as Office.js
 * below ExcelApi 1.13 reads them): the binding found, the figures scored, the cells written,
 * the inputs untouched.
 */
import { evaluate } from '../../../src/engine';
import { buildAnnotationPlan, planRecalculation, readContract } from '../../../src/workbook';
import { boundSnapshot, recognizeForms, type FormBinding } from '../../../src/workbook/forms';
import type { CellScalar, WorkbookSnapshot, WritePlan } from '../../../src/workbook/port/types';
import { sheetOf, workbookOf } from './sheets';
import { messageOf } from '../../../src/i18n/said';

function namesOf(form: FormBinding): Record<string, string> {
  return Object.fromEntries(form.names.map((n) => [n.name, n.address]));
}

/** Every cell a plan writes on a sheet, by address. */
function writes(plan: WritePlan | undefined, sheet: string): Record<string, CellScalar> {
  const out: Record<string, CellScalar> = {};
  for (const w of plan?.writes ?? []) {
    if (w.sheet !== sheet) continue;
    const m = /^([A-Z])(\d+)/.exec(w.address);
    if (!m) continue;
    w.values.forEach((row, i) =>
      row.forEach((v, j) => {
        out[`${String.fromCharCode(m[1].charCodeAt(0) + j)}${Number(m[2]) + i}`] = v;
      }),
    );
  }
  return out;
}

function score(snapshot: WorkbookSnapshot, form: FormBinding) {
  const bound = boundSnapshot(snapshot, form);
  const reading = readContract(bound);
  const outcome = planRecalculation(bound, { conflictPolicy: 'refuse', now: new Date(0) });
  return {
    reading,
    outcome,
    result: reading.problems.length ? undefined : evaluate(reading.input),
  };
}

const X = '';

describe('云南 公开14表: two-row header, money in 元, ≧ ═ printed, 其他需要说明事项, grade in the 总分 row', () => {
  const sheet = sheetOf('公开14表', [
    ['项目支出绩效自评表'],
    ['部门：某县教育体育局', X, X, X, X, X, X, X, X, '公开14表'],
    ['项目名称', X, '农村义务教育学生营养改善计划'],
    ['主管部门', X, '某县教育体育局', X, X, X, '实施单位', X, '某县教育体育局'],
    ['项目资金（元）', X, X, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [X, X, '年度资金总额', 1200000, 1200000, 1104000, 10, X, 10],
    [X, X, '其中：当年财政拨款', 1200000, 1200000, 1104000, '—', X, '—'],
    [X, X, '上年结转资金'],
    ['年度总体目标', X, '预期目标', X, X, X, '实际完成情况'],
    [X, X, '保障学生营养', X, X, X, '已完成'],
    ['绩效指标', X, X, '年度指标值', X, X, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
    ['产出指标', '数量指标', '受益学生人数', '≧', 5000, '人', 5200, 20, 20],
    [X, '质量指标', '食品安全事故', '═', 0, '起', 0, 20, 20],
    [X, '时效指标', '资金拨付及时率', '≧', 95, '%', '100%', 10, 10],
    [X, '成本指标', '生均补助标准', '≦', 4, '元/天', 4, 10, 9],
    ['效益指标', '社会效益指标', '学生营养状况改善', '定性', '有所改善', X, '达成预期指标', 10, 10],
    [X, '生态效益指标'],
    ['满意度指标', '服务对象满意度指标', '家长满意度', '﹦', 95, '%', '95%', 20, 18],
    ['其他需要说明事项', X, X, '无'],
    ['总分', X, X, X, X, X, X, 100, 97, '优'],
  ]);
  const snapshot = workbookOf([sheet]);

  test('binding: the two header rows, the 元 label, the total and the grade after 其他需要说明事项', () => {
    const { forms, problems } = recognizeForms(snapshot);
    expect(problems).toEqual([]);
    const [form] = forms;
    expect(form.indicators.headerRows).toBe(2);
    expect(form.indicators.rowCount).toBe(6);
    expect(namesOf(form)).toMatchObject({
      Indicators: 'A11:J19',
      Budget_Final: 'E6',
      Budget_Spent: 'F6',
      Budget_Weight: 'G6',
      Result_ExecutionRate: 'H6',
      Result_ExecutionScore: 'I6',
      Result_Total: 'I21',
      Result_Grade: 'J21',
      Info_Unit: 'A5',
    });
    expect(form.info.unit).toBe('元');
    // The department's own scores are there: audited, not overwritten.
    expect(form.typed).toEqual(
      expect.arrayContaining(['公开14表!I6', '公开14表!I13', '公开14表!I21', '公开14表!J21']),
    );
  });

  test('the figures: operators ≧ ═ ﹦ read as ≥ =, the target split over three columns', () => {
    const [form] = recognizeForms(snapshot).forms;
    const { result, outcome } = score(snapshot, form);
    expect(result?.errors).toEqual([]);
    expect(result?.indicators.map((r) => [r.name, r.operator, r.score])).toEqual([
      ['受益学生人数', '≥', 20],
      ['食品安全事故', '=', 20],
      ['资金拨付及时率', '≥', 10],
      ['生均补助标准', '≤', 10],
      ['学生营养状况改善', '定性', 10],
      ['家长满意度', '=', 20],
    ]);
    expect(result?.execution.rate).toBe(0.92);
    expect(result?.total).toBe(99.2);
    // Hand scores typed: the recalculation refuses to overwrite them silently.
    expect(outcome.written).toBe(false);
    // (the typed 优 is what the rule gives too, so it is no conflict).
    expect(outcome.blocking?.map((c) => c.where).sort()).toEqual([
      '公开14表!I16',
      '公开14表!I19',
      '公开14表!I21',
      '公开14表!I6',
    ]);
    const overwrite = planRecalculation(boundSnapshot(snapshot, form), {
      conflictPolicy: 'overwrite',
      now: new Date(0),
    });
    expect(writes(overwrite.plan, '公开14表')).toMatchObject({
      I16: 10,
      I21: 99.2,
      J21: '优',
      H6: 0.92,
      I6: 9.2,
    });
  });
});

describe('安徽 2022: (A)/(B) suffixes, wrapped headers, 指标1： slots, 一级 printed as points', () => {
  const sheet = sheetOf('自评表', [
    ['项目支出绩效自评表'],
    ['（2022年度）'],
    ['项目名称', X, '中型灌区节水配套改造'],
    ['主管部门', X, '天长市水利局'],
    [
      '项目资金（万元）',
      X,
      X,
      '年初预算数',
      '全年预算数（A）',
      '全年执行数（B）',
      '分值',
      '执行率（B/A）',
      '得分',
    ],
    [X, X, '年度资金总额', 500, 480, 460, 10],
    [X, X, '其中：本年财政拨款', 500, 480, 460],
    ['年度总体目标完成情况', X, '完成灌区改造'],
    [
      '年度绩效指标完成情况',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度\n指标值',
      '实际\n完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    [X, '（50分）', '数量指标', '指标1：完成中型灌区节水改造项目数量', '≥2个', '2个', 25],
    [X, X, X, '指标2：'],
    [X, X, '质量指标', '指标1：工程验收合格率', '=100%', '100%', 25],
    [X, X, '时效指标', '指标1：', '/', '/', '/'],
    [
      X,
      '（30分）',
      '社会效益指标',
      '指标1：新增灌溉面积',
      '≥1.2万亩',
      '1.1万亩',
      30,
      X,
      '偏差原因：部分渠系未完工。改进措施：加快施工。',
    ],
    [X, '（10分）', '服务对象满意度指标', '指标1：受益群众满意度', '≥90%', '95%', 10],
    [X, X, X, '……'],
    ['总分', X, X, X, X, X, 100],
  ]);
  const snapshot = workbookOf([sheet]);

  test('slots are skipped, names lose their 指标1： prefix, the deviation counts as explained', () => {
    const { forms, problems } = recognizeForms(snapshot);
    expect(problems).toEqual([]);
    const [form] = forms;
    expect(namesOf(form)).toMatchObject({
      Indicators: 'B9:I16',
      Budget_Initial: 'D6',
      Budget_Final: 'E6',
      Budget_Spent: 'F6',
      Result_ExecutionRate: 'H6',
      Result_Total: 'H17',
      Info_Year: 'A2',
    });
    expect(form.indicators.rowCount).toBe(4);
    const { result, outcome } = score(snapshot, form);
    expect(result?.errors).toEqual([]);
    expect(result?.indicators.map((r) => r.name)).toEqual([
      '完成中型灌区节水改造项目数量',
      '工程验收合格率',
      '新增灌溉面积',
      '受益群众满意度',
    ]);
    expect(result?.indicators[2]).toMatchObject({ score: 27.5, status: 'explained' });
    // 460 / 480 = 95.83% → 9.58; 25 + 25 + 27.5 + 10 + 9.58.
    expect(result?.total).toBe(97.08);
    expect(writes(outcome.plan, '自评表')).toMatchObject({
      H6: 0.9583,
      I6: 9.58,
      H10: 25,
      H12: 25,
      H14: 27.5,
      H15: 10,
      H17: 97.08,
    });
  });
});

/** The 四川 form, with what the budget's 原因 cell holds on the 总额 row. */
function sichuanRows(reasonCell: CellScalar): CellScalar[][] {
  return [
    ['报表编号：510000_0013zp'],
    ['部门预算项目支出绩效自评表（2023年度）'],
    ['项目名称', '乡村道路养护'],
    [
      '预算执行情况（10分）',
      '年度预算数（万元）',
      '年初预算',
      '调整后预算数',
      '预算执行数',
      '预算执行率',
      '权重',
      '得分',
      '原因',
    ],
    [X, '总额', 100, 90, 85.5, X, 10, X, reasonCell],
    [X, '其中：财政资金', 100, 90, 85.5, X, '/', '/'],
    [
      '绩效指标（90分）',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '完成值',
      '权重',
      '得分',
      '未完成原因分析',
    ],
    [X, '产出指标', '数量指标', '养护里程', '≥', 120, '公里', 126, 30],
    [X, X, '质量指标', '路面完好率', '≥', 90, '%', 88, 30, X, '部分路段雨季损毁'],
    [X, '效益指标', '社会效益指标', '群众出行条件', '定性', '明显改善', X, '达成', 30],
    ['合计', X, X, X, X, X, X, X, 100],
    ['评价结论', '良好'],
  ];
}

describe('四川 510000_0013zp: 调整后预算数, 权重, 总额 and 合计, the budget beside its side label', () => {
  const sheet = sheetOf(
    '项目1',
    sichuanRows('1.预算执行率=预算执行数/调整后预算数，未达到90%的需说明原因'),
  );
  const snapshot = workbookOf([sheet]);

  test('binding and scores: 85.5 / 90 = 95%', () => {
    const [form] = recognizeForms(snapshot).forms;
    expect(namesOf(form)).toMatchObject({
      Indicators: 'B7:K10',
      Budget_Initial: 'C5',
      Budget_Final: 'D5',
      Budget_Spent: 'E5',
      Budget_Weight: 'G5',
      Result_ExecutionRate: 'F5',
      Result_ExecutionScore: 'H5',
      Result_Total: 'J11',
      Info_Unit: 'B4',
    });
    const { result } = score(snapshot, form);
    expect(result?.errors).toEqual([]);
    expect(result?.execution).toMatchObject({ rate: 0.95, score: 9.5 });
    expect(result?.total).toBe(98.83);
  });

  test('a blank 原因 cell on the 总额 row takes the budget explanation typed in the pane', () => {
    const blank = workbookOf([sheetOf('项目1', sichuanRows(''))]);
    const [form] = recognizeForms(blank).forms;
    expect(namesOf(form).Budget_Reason).toBe('I5');
    const plan = buildAnnotationPlan(
      readContract(boundSnapshot(blank, form)),
      'budget',
      '资金拨付滞后',
      '',
    );
    expect(writes(plan, '项目1')).toEqual({ I5: '资金拨付滞后' });
  });

  test('the instruction printed in the 原因 cell is not taken as the explanation', () => {
    const [form] = recognizeForms(snapshot).forms;
    expect(namesOf(form).Budget_Reason).toBeUndefined();
    expect(readContract(boundSnapshot(snapshot, form)).input.budget.reason).toBeUndefined();
  });
});

describe('北京 / 部门整体: only 年初预算数（A）, 分值 before the target, a table on the second sheet', () => {
  const cover = sheetOf('封面', [['部门整体支出绩效自评表'], ['填报单位：某区文化局']]);
  const form = sheetOf('自评表', [
    ['部门整体支出绩效自评表'],
    ['单位（盖章）：某区文化局', X, X, X, X, '填报日期：2024年3月'],
    ['部门（单位）名称', X, '某区文化局'],
    [
      '部门（单位）总体资金（万元）',
      X,
      '资金来源',
      '年初预算数（A）',
      '全年执行数（B）',
      '分值（10分）',
      '得分',
      '得分计算方法',
    ],
    [X, X, '年度资金总额：', 1172.55, 1268.72, 10, X, '执行率*该指标分值，最高不得超过分值上限。'],
    [X, X, '基本支出', 800, 820, 10],
    ['年度总体目标', X, '年初设定目标', X, X, '年度总体目标完成情况'],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '年度指标值（A）',
      '全年实际值（B）',
      '得分计算方法',
      '得分',
      '未完成原因分析',
    ],
    [
      X,
      '产出指标（50分）',
      '数量指标',
      '文化活动场次',
      50,
      '≥100场',
      '108场',
      '完成值达到指标值，记满分',
      X,
    ],
    [
      X,
      '效益指标（30分）',
      '社会效益指标',
      '群众参与人次',
      30,
      '≥5万人次',
      '4.5万人次',
      X,
      X,
      '疫情影响',
    ],
    [X, '满意度指标（10分）', '服务对象满意度指标', '群众满意度', 10, '≥90%', '92%'],
    ['总分', X, X, X, 100, X, X, X, X],
  ]);
  const snapshot = workbookOf([cover, form]);

  test('B > A is capped; the denominator is 年初预算数, and the result says which rule decided it', () => {
    const { forms, problems } = recognizeForms(snapshot);
    expect(problems).toEqual([]);
    expect(forms.map((f) => f.sheet)).toEqual(['自评表']);
    const [bound] = forms;
    expect(namesOf(bound)).toMatchObject({
      Indicators: 'B8:J11',
      Budget_Initial: 'D5',
      Budget_Spent: 'E5',
      Budget_Weight: 'F5',
      Result_ExecutionScore: 'G5',
      Result_Total: 'I12',
      Info_Department: 'C3',
    });
    // Budget_Final names the 年初预算数（A） cell too: the form's only budget.
    expect(namesOf(bound).Budget_Final).toBe('D5');
    const { result, reading } = score(snapshot, bound);
    expect(reading.problems).toEqual([]);
    expect(result?.errors).toEqual([]);
    expect(result?.rules).toEqual([
      { key: 'executionDenominator', value: 'initial', where: '自评表!D5' },
    ]);
    expect(result?.execution).toMatchObject({ rate: 1.082, score: 10 });
    // 50 + 30 × 4.5 / 5 = 27 + 10 + 10.
    expect(result?.total).toBe(97);
  });
});

describe('several forms in one workbook (one sheet per project)', () => {
  const project = (name: string, spent: number) =>
    sheetOf(name, [
      ['项目支出绩效自评表'],
      ['项目名称', X, name],
      [
        '项目资金（万元）',
        X,
        X,
        '年初预算数',
        '全年预算数',
        '全年执行数',
        '分值',
        '执行率',
        '得分',
      ],
      [X, X, '年度资金总额', 100, 100, spent, 10],
      [
        '绩效指标',
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        '实际完成值',
        '分值',
        '得分',
        '偏差原因分析及改进措施',
      ],
      [X, '产出指标', '数量指标', '培训人次', '≥100人次', '100人次', 90],
      ['总分', X, X, X, X, X, 100],
    ]);
  const snapshot = workbookOf([project('项目A', 100), project('项目B', 80)]);

  test('one binding per sheet, each scored on its own', () => {
    const { forms, problems } = recognizeForms(snapshot);
    expect(problems).toEqual([]);
    expect(forms.map((f) => [f.sheet, f.info.department])).toEqual([
      ['项目A', '项目A'],
      ['项目B', '项目B'],
    ]);
    expect(forms.map((f) => score(snapshot, f).result?.total)).toEqual([100, 98]);
  });

  test('a hidden sheet is never a form', () => {
    const hidden = { ...project('隐藏', 50), visibility: 'hidden' as const };
    const { forms } = recognizeForms(workbookOf([hidden, project('项目A', 100)]));
    expect(forms.map((f) => f.sheet)).toEqual(['项目A']);
  });
});

describe('bad input: a clear message naming what is missing, nothing bound', () => {
  const budget: CellScalar[][] = [
    ['项目资金（万元）', X, X, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [X, X, '年度资金总额', 100, 100, 90, 10],
  ];
  const header = [
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
  ];
  const row = [X, '产出指标', '数量指标', '培训人次', '≥100人次', '90人次', 90];

  test('no table', () => {
    const { forms, problems } = recognizeForms(
      workbookOf([sheetOf('Sheet1', [...budget, ['备注']])]),
    );
    expect(forms).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['forms.noTable']);
    expect(messageOf(problems[0], 'zh-CN')).toContain('三级指标');
    expect(messageOf(problems[0], 'zh-CN')).toContain('分值');
  });

  test('two candidate tables on one sheet: it asks, naming both', () => {
    const sheet = sheetOf('表', [...budget, header, row, ['总分'], header, row, ['总分']]);
    const { forms, problems } = recognizeForms(workbookOf([sheet]));
    expect(forms).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['forms.twoTables']);
    expect(messageOf(problems[0], 'zh-CN')).toContain('表!B3、表!B6');
  });

  test('a header without its 分值 column', () => {
    const noWeight = header.filter((h) => h !== '分值');
    const sheet = sheetOf('表', [
      ...budget,
      noWeight,
      [X, '产出指标', '数量指标', '培训人次', '≥100人次', '90人次', 9],
    ]);
    const { forms, problems } = recognizeForms(workbookOf([sheet]));
    expect(forms).toEqual([]);
    expect(problems.map((p) => [p.code, p.where])).toEqual([['forms.columnMissing', '表!B3:G3']]);
    expect(messageOf(problems[0], 'zh-CN')).toBe(
      '工作表 表 的绩效指标表缺少“分值”列（可用的表头：分值 / 权重 / 指标权重 / 指标分值 / 指标分值权重 / Weight）',
    );
  });

  test('总分 right under the header: no rows', () => {
    const sheet = sheetOf('表', [
      ...budget,
      header,
      [X, '产出指标', '数量指标', '指标1：'],
      ['总分', X, X, X, X, X, 100],
    ]);
    const { forms, problems } = recognizeForms(workbookOf([sheet]));
    expect(forms).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['forms.noRows']);
    expect(messageOf(problems[0], 'zh-CN')).toContain('总分');
  });

  test('a table without a budget block', () => {
    const sheet = sheetOf('表', [header, row, ['总分']]);
    const { problems } = recognizeForms(workbookOf([sheet]));
    expect(problems.map((p) => p.code)).toEqual(['forms.noBudget']);
    expect(messageOf(problems[0], 'zh-CN')).toContain('全年执行数');
  });
});

describe('20-point budget forms (L7): the budget worth 20, the rules printed on the form', () => {
  const sheet = sheetOf('项目自评表', [
    ['项目支出绩效自评表'],
    ['项目名称', X, '长江禁捕退捕'],
    [
      '预算执行情况（万元）（20分）',
      X,
      '预算数（A）',
      '执行数（B）',
      '执行率（B/A）',
      '得分（20分*执行率）',
    ],
    [X, X, 200, 180],
    [
      '年度绩效目标（80分）',
      '一级指标',
      '二级指标',
      '三级指标',
      '年初目标值（A）',
      '实际完成值（B）',
      '分值',
      '得分',
    ],
    [X, '产出指标', '数量指标', '退捕渔船数', '≥100艘', '100艘', 30],
    [X, X, '成本指标', '每艘补偿成本', '≤5万元', '6万元', 20],
    [X, '效益指标', '社会效益指标', '渔民转产就业', '定性', '部分达成', 30],
    ['总分', X, X, X, X, X, 100],
    [
      '评分规则：正向指标得分=权重×B/A，反向指标得分=权重×A/B；定性指标按100%-80%、80%-50%、50%-0%三档评分',
    ],
  ]);
  const snapshot = workbookOf([sheet]);

  test('weight 20 read from its label; reverse A/B and tiers 80/50 follow the form, named in the result', () => {
    const { forms, problems } = recognizeForms(snapshot);
    expect(problems).toEqual([]);
    const [form] = forms;
    expect(namesOf(form)).toMatchObject({
      Budget_Final: 'C4',
      Budget_Spent: 'D4',
      Budget_Weight: 'A3',
      Result_ExecutionRate: 'E4',
      Result_ExecutionScore: 'F4',
      Rules_Printed: 'A10',
    });
    const { result, reading } = score(snapshot, form);
    expect(reading.problems).toEqual([]);
    expect(result?.rules).toEqual([
      { key: 'reverseFormula', value: 'ratio', where: '项目自评表!A10' },
      { key: 'qualitativeTiers', value: '80%/50%', where: '项目自评表!A10' },
    ]);
    // 180 / 200 = 90% of 20 → 18; 每艘补偿成本 20 × 5 / 6 = 16.67 by A/B (mof-2020's linear rule: 16.00).
    expect(result?.execution).toMatchObject({ weight: 20, score: 18 });
    expect(result?.indicators[1].score).toBe(16.67);
    // 部分达成: a manual score inside the form's 50%–80% band is needed.
    expect(result?.indicators[2].status).toBe('needsManualScore');
    expect(result?.indicators[2].manualBand).toEqual({ min: 15, max: 24, maxInclusive: false });
  });
});

describe('the budget block below the indicators', () => {
  const sheet = sheetOf('自评表', [
    ['项目支出绩效自评表（2023年度）'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    [X, '产出指标', '数量指标', '培训人次', '≥100人次', '100人次', 45],
    [X, '效益指标', '社会效益指标', '满意度', '≥90%', '90%', 45],
    ['总分', X, X, X, X, X, 100],
    ['项目资金（万元）', X, X, '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [X, X, '年度资金总额', 100, 95, 10],
    [X, X, '其中：财政拨款', 100, 95],
  ]);

  test('is found, its total row used, and the table stops at 总分 above it', () => {
    const { forms, problems } = recognizeForms(workbookOf([sheet]));
    expect(problems).toEqual([]);
    expect(namesOf(forms[0])).toMatchObject({
      Indicators: 'B2:H4',
      Budget_Final: 'D7',
      Budget_Spent: 'E7',
      Result_ExecutionScore: 'H7',
      Result_Total: 'H5',
      Info_Year: 'A1',
    });
    expect(score(workbookOf([sheet]), forms[0]).result?.total).toBe(99.5);
  });
});
