/**
 * The catalog's workbook cases: each starts from the template's sample workbook (the seed
 * report, 99.26 / 优) and does to it what an accountant did. Sheet 绩效自评表: header row 5,
 * data rows 6–13 (6 培训费下降率, 7 预算经费, 8 项目支出预算执行率, 9 政府采购执行率,
 * 10 全年办件数量, 11 全程网办事项比例, 12 事项审批时间缩短, 13 群众满意度); columns
 * A 一级指标 … D 指标性质, E 年度指标值, F 计量单位, H 实际完成值, I 分值, J 人工得分,
 * K–M outputs, N 偏差原因分析, O 改进措施; budget C4:G4; rules on 评分规则 A3:B25.
 */
import type * as ExcelJS from 'exceljs';
import { MAIN, RULES, setName } from './helpers';

export interface ResultJson {
  total: number;
  grade: string;
  provisional: boolean;
  indicators: {
    name: string;
    score: number | null;
    status: string;
    flags: { code: string; message: string }[];
  }[];
  flags: { code: string; message: string }[];
  errors: { where: string; message: string }[];
}

export interface WorkbookCase {
  /** What the accountant did. */
  did: string;
  edit: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void;
  /** 0: scored (final or provisional) and written; 1: refused, nothing written. */
  code: 0 | 1;
  /** What the user reads: on standard error when refused, in the printed result when scored. */
  says: (string | RegExp)[];
  /** Checks on the --json result of a scored run. */
  result?: (r: ResultJson) => void;
}

const row = (r: ResultJson, name: string) => r.indicators.find((i) => i.name === name)!;
const codes = (flags: { code: string }[]) => flags.map((f) => f.code);

/** Row 13 (群众满意度, 分值 10) turned into a 定性 indicator judged 部分达成. */
function qualitative(ws: ExcelJS.Worksheet): void {
  ws.getCell('D13').value = '定性';
  ws.getCell('E13').value = '达成';
  ws.getCell('F13').value = null;
  ws.getCell('H13').value = '部分达成';
}

/** The same total as the untouched sample: the odd input was read as the accountant meant. */
const sameAsSample = (r: ResultJson) => {
  expect(r.total).toBe(99.26);
  expect(r.grade).toBe('优');
  expect(r.provisional).toBe(false);
};

export const WORKBOOK_CASES: WorkbookCase[] = [
  // --- 分值 (weights) ---
  {
    did: 'typed 十二 instead of 12 in 分值',
    edit: (_wb, ws) => (ws.getCell('I7').value = '十二'),
    code: 1,
    says: ['绩效自评表!I7：“预算经费”的分值“十二”不是数字'],
  },
  {
    did: 'typed a negative 分值',
    edit: (_wb, ws) => (ws.getCell('I7').value = -12),
    code: 1,
    says: ['绩效自评表!I7：“预算经费”的分值“-12”为负数'],
  },
  {
    did: 'left a 分值 empty',
    edit: (_wb, ws) => (ws.getCell('I7').value = null),
    code: 1,
    says: ['绩效自评表!I7：“预算经费”的分值为空'],
  },
  {
    did: 'weights add up to 99 (12 → 11): a warning, still scored',
    edit: (_wb, ws) => (ws.getCell('I7').value = 11),
    code: 0,
    says: ['各项分值合计为 99，不是 100'],
    result: (r) => {
      expect(codes(r.flags)).toContain('weightsNot100');
      expect(r.total).toBe(98.26);
    },
  },
  {
    did: 'weights add up to 101 (12 → 13): a warning, still scored',
    edit: (_wb, ws) => (ws.getCell('I7').value = 13),
    code: 0,
    says: ['各项分值合计为 101，不是 100'],
    result: (r) => {
      expect(codes(r.flags)).toContain('weightsNot100');
      expect(r.total).toBe(100.26);
    },
  },
  {
    did: 'typed a formula =6*2 in 分值 and =70+2.3 in 实际完成值 (their values are used)',
    edit: (_wb, ws) => {
      ws.getCell('I7').value = { formula: '6*2', result: 12 };
      ws.getCell('H10').value = { formula: '70+2.3', result: 72.3 };
    },
    code: 0,
    says: [/综合得分：99\.26/],
    result: sameAsSample,
  },
  {
    did: 'a 分值 formula that divides by zero (#DIV/0!)',
    edit: (_wb, ws) => (ws.getCell('I7').value = { formula: '1/0', result: { error: '#DIV/0!' } }),
    code: 1,
    says: ['绩效自评表!I7：单元格为错误值 #DIV/0!，请更正“预算经费”的数据'],
  },
  {
    did: 'merged 分值 across two data rows (I8:I9)',
    edit: (_wb, ws) => ws.mergeCells('I8:I9'),
    code: 1,
    says: ['绩效自评表!I9：“政府采购执行率”的分值为空'],
  },

  // --- the table's shape ---
  {
    did: 'renamed the 实际完成值 header to 说明',
    edit: (_wb, ws) => (ws.getCell('H5').value = '说明'),
    code: 1,
    says: ['绩效自评表!A5:P5：绩效指标表缺少“实际完成值”列'],
  },
  {
    did: 'two columns headed 分值 (人工得分 retitled)',
    edit: (_wb, ws) => (ws.getCell('J5').value = '分值'),
    code: 1,
    says: ['绩效自评表!J5：表头“分值”出现了不止一次：绩效自评表!I5, 绩效自评表!J5'],
  },
  {
    did: 'deleted the sheet 全年预算数 pointed to (Budget_Final is #REF!)',
    edit: (wb) => setName(wb, 'Budget_Final', '#REF!$E$4'),
    code: 1,
    says: ['名称 Budget_Final 的引用无效（#REF!，可能所在工作表或单元格已被删除）'],
  },
  {
    did: 'deleted the 评分规则 sheet (Rules points nowhere)',
    edit: (wb) => wb.removeWorksheet(wb.getWorksheet(RULES)!.id),
    code: 1,
    says: ['名称 Rules 的引用无效（#REF!'],
  },
  {
    did: 'redefined Indicators as the single cell A5',
    edit: (wb) => setName(wb, 'Indicators', `'${MAIN}'!$A$5`),
    code: 1,
    says: ['绩效自评表!A5：名称 Indicators 只指向一个单元格；它应包括表头行和全部指标行'],
  },
  {
    did: 'cleared every indicator row (an empty table)',
    edit: (_wb, ws) => {
      for (let r = 6; r <= 13; r += 1)
        for (let c = 1; c <= 15; c += 1) ws.getCell(r, c).value = null;
    },
    code: 1,
    says: ['绩效自评表!A5:P13：绩效指标表 Indicators 中没有任何指标行'],
  },
  {
    did: 'merged 实际完成值 across two data rows (H10:H11): the second row is incomplete',
    edit: (_wb, ws) => ws.mergeCells('H10:H11'),
    code: 0,
    says: ['待定', '实际完成值未填写'],
    result: (r) => {
      expect(r.provisional).toBe(true);
      expect(r.grade).toBe('待定');
      expect(row(r, '全年办件数量').score).toBe(15);
      expect(row(r, '全程网办事项比例').score).toBeNull();
    },
  },

  // --- values in cells ---
  {
    did: 'pasted #N/A into 实际完成值',
    edit: (_wb, ws) => (ws.getCell('H11').value = { error: '#N/A' }),
    code: 1,
    says: ['绩效自评表!H11：单元格为错误值 #N/A，请更正“全程网办事项比例”的数据'],
  },
  {
    did: 'target in 件, actual in 万人次 (units that cannot be compared)',
    edit: (_wb, ws) => {
      ws.getCell('F10').value = '件';
      ws.getCell('H10').value = '72.3万人次';
    },
    code: 1,
    says: ['绩效自评表!H10：“72.3万人次”与目标值的计量单位“件”无法比较'],
  },
  {
    did: 'target text in 万人次 while 计量单位 says 万件',
    edit: (_wb, ws) => (ws.getCell('E10').value = '40万人次'),
    code: 1,
    says: ['绩效自评表!E10：“全年办件数量”的年度指标值“40万人次”与计量单位“万件”不一致，无法比较'],
  },
  {
    did: 'typed the actual with full-width digits (７２．３)',
    edit: (_wb, ws) => (ws.getCell('H10').value = '７２．３'),
    code: 0,
    says: [/综合得分：99\.26/],
    result: sameAsSample,
  },
  {
    did: 'typed "95 %" (with a space) as the actual',
    edit: (_wb, ws) => (ws.getCell('H13').value = '95 %'),
    code: 0,
    says: [/综合得分：99\.26/],
    result: sameAsSample,
  },
  {
    did: 'typed "９５％" (full width) as the actual',
    edit: (_wb, ws) => (ws.getCell('H13').value = '９５％'),
    code: 0,
    says: [/综合得分：99\.26/],
    result: sameAsSample,
  },
  {
    did: 'a deadline typed as text, met (2023年12月31日前 / 2023年11月5日)',
    edit: (_wb, ws) => {
      ws.getCell('D12').value = null;
      ws.getCell('F12').value = null;
      ws.getCell('E12').value = '2023年12月31日前';
      ws.getCell('H12').value = '2023年11月5日';
    },
    code: 0,
    says: [/综合得分：99\.26/],
    result: (r) => {
      sameAsSample(r);
      expect(row(r, '事项审批时间缩短').score).toBe(15);
    },
  },
  {
    did: 'a deadline typed as text, missed (≤2023-12-31 / 2024-01-15): manual score needed',
    edit: (_wb, ws) => {
      ws.getCell('D12').value = null;
      ws.getCell('F12').value = null;
      ws.getCell('E12').value = '≤2023-12-31';
      ws.getCell('H12').value = '2024-01-15';
    },
    code: 0,
    says: ['待定', '未在规定时间内完成'],
    result: (r) => {
      expect(r.provisional).toBe(true);
      expect(row(r, '事项审批时间缩短')).toMatchObject({ score: null, status: 'needsManualScore' });
    },
  },
  {
    did: 'typed TRUE into 实际完成值',
    edit: (_wb, ws) => (ws.getCell('H10').value = true),
    code: 1,
    says: ['绩效自评表!H10：“全年办件数量”的实际完成值“TRUE”不是数值'],
  },
  {
    did: 'wrote 很多 as the actual',
    edit: (_wb, ws) => (ws.getCell('H10').value = '很多'),
    code: 1,
    says: ['绩效自评表!H10：“全年办件数量”的实际完成值“很多”不是数值'],
  },
  {
    did: 'a negative actual',
    edit: (_wb, ws) => (ws.getCell('H10').value = -5),
    code: 1,
    says: ['绩效自评表!H10：“全年办件数量”的实际完成值“-5”为负数'],
  },
  {
    did: 'left an actual blank: provisional (待定), never a silent 0',
    edit: (_wb, ws) => (ws.getCell('H10').value = null),
    code: 0,
    says: ['待定', '实际完成值未填写'],
    result: (r) => {
      expect(r.provisional).toBe(true);
      expect(r.grade).toBe('待定');
      expect(row(r, '全年办件数量')).toMatchObject({ score: null, status: 'invalid' });
    },
  },
  {
    did: 'a 10,000-character reason',
    edit: (_wb, ws) => (ws.getCell('N11').value = '原因'.repeat(5000)),
    code: 0,
    says: [/综合得分：99\.26/],
    result: sameAsSample,
  },
  {
    did: 'a reason that looks like a formula (=HYPERLINK…) typed as text',
    edit: (_wb, ws) => (ws.getCell('N11').value = '=HYPERLINK("http://x","点我")'),
    code: 0,
    says: [/综合得分：99\.26/],
    result: sameAsSample,
  },
  {
    did: 'deleted an indicator name (三级指标)',
    edit: (_wb, ws) => (ws.getCell('C10').value = null),
    code: 1,
    says: ['绩效自评表!C10：指标名称（三级指标）为空'],
  },
  {
    did: 'deleted a target',
    edit: (_wb, ws) => (ws.getCell('E10').value = null),
    code: 1,
    says: ['绩效自评表!E10：“全年办件数量”的年度指标值为空'],
  },
  {
    did: 'typed 约 as 指标性质',
    edit: (_wb, ws) => (ws.getCell('D10').value = '约'),
    code: 1,
    says: ['绩效自评表!D10：“全年办件数量”的指标性质“约”无法识别（可填 ≥ > ≤ < = 或 定性）'],
  },
  {
    did: '指标性质 ≤ but the target text says ≥40',
    edit: (_wb, ws) => {
      ws.getCell('D10').value = '≤';
      ws.getCell('E10').value = '≥40';
    },
    code: 1,
    says: ['绩效自评表!E10：“全年办件数量”的指标性质为 ≤，但年度指标值“≥40”写的是 ≥'],
  },

  // --- special actual values ---
  {
    did: 'wrote 无发生额 as an actual (counted as met, with a note)',
    edit: (_wb, ws) => (ws.getCell('H9').value = '无发生额'),
    code: 0,
    says: [/综合得分：99\.26/],
    result: (r) => {
      sameAsSample(r);
      expect(codes(row(r, '政府采购执行率').flags)).toContain('noOccurrence');
    },
  },
  {
    did: 'marked a row not applicable with "/" in target and actual (rescaled)',
    edit: (_wb, ws) => {
      ws.getCell('E9').value = '/';
      ws.getCell('H9').value = '/';
    },
    code: 0,
    says: [/综合得分：99\.18/],
    result: (r) => {
      expect(row(r, '政府采购执行率')).toMatchObject({ score: null, status: 'notApplicable' });
      expect(r.total).toBe(99.18); // 89.26 ÷ 90 × 100
    },
  },
  {
    did: 'typed "/" in the actual only',
    edit: (_wb, ws) => (ws.getCell('H9').value = '/'),
    code: 1,
    says: ['“政府采购执行率”的年度指标值与实际完成值只有一个为“不适用”'],
  },

  // --- 人工得分 (manual scores) and 定性 rows ---
  {
    did: 'a manual score above the 分值 (20 for 12)',
    edit: (_wb, ws) => (ws.getCell('J7').value = 20),
    code: 1,
    says: ['绩效自评表!J7：“预算经费”的人工得分“20”超过分值 12'],
  },
  {
    did: 'a negative manual score',
    edit: (_wb, ws) => (ws.getCell('J7').value = -1),
    code: 1,
    says: ['绩效自评表!J7：“预算经费”的人工得分“-1”为负数'],
  },
  {
    did: '定性 row judged 部分达成 with a manual score outside its band (9 of 10)',
    edit: (_wb, ws) => {
      qualitative(ws);
      ws.getCell('J13').value = 9;
    },
    code: 1,
    says: ['绩效自评表!J13：“群众满意度”的人工得分“9”不在', '[6.00, 8.00)'],
  },
  {
    did: '定性 row judged 部分达成 without a manual score: provisional (待定)',
    edit: (_wb, ws) => qualitative(ws),
    code: 0,
    says: ['待定', '请在人工得分中填入 [6.00, 8.00) 之间的分数'],
    result: (r) => {
      expect(r.provisional).toBe(true);
      expect(row(r, '群众满意度')).toMatchObject({ score: null, status: 'needsManualScore' });
    },
  },
  {
    did: '定性 row judged 部分达成 with a manual score inside its band (7)',
    edit: (_wb, ws) => {
      qualitative(ws);
      ws.getCell('J13').value = 7;
    },
    code: 0,
    says: [/综合得分：96\.26/],
    result: (r) => {
      expect(r.provisional).toBe(false);
      expect(row(r, '群众满意度').score).toBe(7);
    },
  },

  // --- budget ---
  {
    did: 'a 全年预算数 of 0',
    edit: (_wb, ws) => (ws.getCell('E4').value = 0),
    code: 1,
    says: ['绩效自评表!E4：预算数为 0，无法计算预算执行率'],
  },
  {
    did: 'left 全年预算数 empty',
    edit: (_wb, ws) => (ws.getCell('E4').value = null),
    code: 1,
    says: ['绩效自评表!E4：全年预算数为空'],
  },
  {
    did: 'a negative 预算执行率分值',
    edit: (_wb, ws) => (ws.getCell('G4').value = -10),
    code: 1,
    says: ['绩效自评表!G4：预算执行率分值“-10”为负数'],
  },
  {
    did: 'wrote 一百八十万 as 全年执行数',
    edit: (_wb, ws) => (ws.getCell('F4').value = '一百八十万'),
    code: 1,
    says: ['绩效自评表!F4：“一百八十万”不是金额（单位 万元）'],
  },

  // --- 评分规则 ---
  {
    did: 'added an unknown rule key passLine on 评分规则',
    edit: (wb) => {
      const rules = wb.getWorksheet(RULES)!;
      rules.getCell('A24').value = 'passLine';
      rules.getCell('B24').value = '60';
    },
    code: 1,
    says: ['评分规则!A24：未知的评分规则键“passLine”；可用的键：profile, executionDenominator'],
  },
  {
    did: 'typed 很多 as a rule value (executionExplainBelow)',
    edit: (wb) => (wb.getWorksheet(RULES)!.getCell('B6').value = '很多'),
    code: 1,
    says: ['评分规则!B6：评分规则项 executionExplainBelow 的值“很多”无效'],
  },
  {
    did: 'chose a profile that does not exist (beijing)',
    edit: (wb) => (wb.getWorksheet(RULES)!.getCell('B3').value = 'beijing'),
    code: 1,
    says: ['评分规则!B3：评分规则方案“beijing”不存在，可选：mof-2020, guangxi, legacy-80-70-60'],
  },
];
