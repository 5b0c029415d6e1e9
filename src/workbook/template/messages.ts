/**
 * The template's texts. Loading this module adds them to the catalog (the modules that build the
 * template import it): only 插入模板 and `perfscore template` show them, so the task pane loads
 * them with the template's on-demand chunk rather than when it opens.
 */
import { registerMessages, type MessageTable } from '../../i18n/catalog';

export const templateMessages = {
  // The template (绩效自评表). Sheet names are part of the workbook contract and stay Chinese.
  'template.title': {
    'zh-CN': '{year}年度项目支出绩效自评表',
    'en-US': 'Project expenditure performance self-evaluation, {year}',
  },
  'template.yearBlank': { 'zh-CN': '____', 'en-US': '____' },
  'template.department': { 'zh-CN': '部门（单位）名称', 'en-US': 'Department' },
  'template.year': { 'zh-CN': '年度', 'en-US': 'Year' },
  'template.unit': { 'zh-CN': '金额单位', 'en-US': 'Money unit' },
  'template.funds': { 'zh-CN': '项目资金（万元）', 'en-US': 'Funds (万元)' },
  'template.fundsTotal': { 'zh-CN': '年度资金总额', 'en-US': 'Total funds' },
  'template.budgetInitial': { 'zh-CN': '年初预算数', 'en-US': 'Initial budget' },
  'template.budgetAdjustment': { 'zh-CN': '年中调整数', 'en-US': 'Mid-year adjustment' },
  'template.budgetFinal': { 'zh-CN': '全年预算数', 'en-US': 'Final budget' },
  'template.budgetSpent': { 'zh-CN': '全年执行数', 'en-US': 'Spent' },
  'template.budgetWeight': { 'zh-CN': '分值', 'en-US': 'Weight' },
  'template.executionRate': { 'zh-CN': '执行率', 'en-US': 'Execution rate' },
  'template.executionScore': { 'zh-CN': '得分', 'en-US': 'Score' },
  'template.budgetReason': {
    'zh-CN': '预算偏差说明（预算调整或执行率偏低时填写）',
    'en-US': 'Budget explanation (when the budget was adjusted or execution is low)',
  },
  'template.total': { 'zh-CN': '自评总分', 'en-US': 'Total score' },
  'template.grade': { 'zh-CN': '评价等级', 'en-US': 'Grade' },
  'template.status': { 'zh-CN': '评价状态', 'en-US': 'Status' },
  'template.note': {
    'zh-CN':
      '说明：白色单元格由填报人填写；灰色单元格（执行率、完成率、得分、偏差状态、总分、等级）由“绩效自评助手”计算填写，请勿手工录入。',
    'en-US':
      'White cells are filled in by you; grey cells (execution rate, completion, score, status, total, grade) are written by PerfScore: do not type into them.',
  },

  // The 预算明细 sheet (Budget_Lines): headers the contract accepts (src/workbook/contract/contract.ts).
  'template.budgetLines.title': {
    'zh-CN': '{year}年度预算支出明细',
    'en-US': 'Budget breakdown, {year}',
  },
  'template.budgetLines.header.name': { 'zh-CN': '项目', 'en-US': 'Line' },
  'template.budgetLines.header.initial': { 'zh-CN': '年初预算数', 'en-US': 'Initial' },
  'template.budgetLines.header.final': { 'zh-CN': '全年预算数', 'en-US': 'Final' },
  'template.budgetLines.header.spent': { 'zh-CN': '全年执行数', 'en-US': 'Spent' },
  'template.budgetLines.line.basic': { 'zh-CN': '基本支出', 'en-US': 'Basic expenditure' },
  'template.budgetLines.line.project': { 'zh-CN': '项目支出', 'en-US': 'Project expenditure' },
  // The audit reads a 合计 or Total row as the sum of every line (engine/budget-lines.ts).
  'template.budgetLines.total': { 'zh-CN': '合计', 'en-US': 'Total' },
  'template.budgetLines.note': {
    'zh-CN':
      '说明：金额单位同绩效自评表的“金额单位”。每行填写一个支出项目，可在合计行上方插入行；合计行为求和公式。各列合计应分别等于绩效自评表的年初预算数、全年预算数、全年执行数，否则“绩效自评助手”在核对中提示。',
    'en-US':
      "Amounts are in the form's money unit. One expenditure line per row; insert rows above the Total row, whose cells are SUM formulas. Each column's total should equal the form's initial budget, final budget and spent amount; PerfScore's audit flags any difference.",
  },

  // Indicator table headers (the contract's accepted headers, workbook-contract.md §1).
  'template.header.level1': { 'zh-CN': '一级指标', 'en-US': 'Level 1' },
  'template.header.level2': { 'zh-CN': '二级指标', 'en-US': 'Level 2' },
  'template.header.name': { 'zh-CN': '三级指标', 'en-US': 'Indicator' },
  'template.header.operator': { 'zh-CN': '指标性质', 'en-US': 'Operator' },
  'template.header.target': { 'zh-CN': '年度指标值', 'en-US': 'Target' },
  'template.header.unit': { 'zh-CN': '计量单位', 'en-US': 'Unit' },
  'template.header.midYear': { 'zh-CN': '年中完成值', 'en-US': 'Mid-year' },
  'template.header.actual': { 'zh-CN': '实际完成值', 'en-US': 'Actual' },
  'template.header.weight': { 'zh-CN': '分值', 'en-US': 'Weight' },
  'template.header.manualScore': { 'zh-CN': '人工得分', 'en-US': 'Manual score' },
  'template.header.completion': { 'zh-CN': '完成率', 'en-US': 'Completion' },
  'template.header.score': { 'zh-CN': '得分', 'en-US': 'Score' },
  'template.header.status': { 'zh-CN': '偏差状态', 'en-US': 'Status' },
  'template.header.reason': { 'zh-CN': '偏差原因分析', 'en-US': 'Reason' },
  'template.header.measures': { 'zh-CN': '改进措施', 'en-US': 'Measures' },
  'template.header.cumulative': { 'zh-CN': '是否累计', 'en-US': 'Cumulative' },

  // Level labels pre-filled in the blank template (MOF 共性指标框架).
  'template.level.output': { 'zh-CN': '产出指标', 'en-US': 'Outputs' },
  'template.level.quantity': { 'zh-CN': '数量指标', 'en-US': 'Quantity' },
  'template.level.quality': { 'zh-CN': '质量指标', 'en-US': 'Quality' },
  'template.level.timeliness': { 'zh-CN': '时效指标', 'en-US': 'Timeliness' },
  'template.level.cost': { 'zh-CN': '成本指标', 'en-US': 'Cost' },
  'template.level.effect': { 'zh-CN': '效益指标', 'en-US': 'Effects' },
  'template.level.economic': { 'zh-CN': '经济效益指标', 'en-US': 'Economic effects' },
  'template.level.social': { 'zh-CN': '社会效益指标', 'en-US': 'Social effects' },
  'template.level.ecological': { 'zh-CN': '生态效益指标', 'en-US': 'Ecological effects' },
  'template.level.sustainable': {
    'zh-CN': '可持续影响指标',
    'en-US': 'Sustainable impact',
  },
  'template.level.satisfaction': { 'zh-CN': '满意度指标', 'en-US': 'Satisfaction' },
  'template.level.serviceSatisfaction': {
    'zh-CN': '服务对象满意度指标',
    'en-US': 'Beneficiary satisfaction',
  },

  // Data validation prompts.
  'template.validation.operatorTitle': { 'zh-CN': '指标性质', 'en-US': 'Operator' },
  'template.validation.operator': {
    'zh-CN': '≥ 越大越好；≤ 越小越好；= 等于；定性 为定性指标',
    'en-US': '≥ larger is better; ≤ smaller is better; = equal; 定性 qualitative',
  },
  'template.validation.operatorError': {
    'zh-CN': '请从列表中选择：≥ > ≤ < = 定性',
    'en-US': 'Choose from the list: ≥ > ≤ < = 定性',
  },
  'template.validation.actualTitle': { 'zh-CN': '实际完成值', 'en-US': 'Actual' },
  'template.validation.actual': {
    'zh-CN': '定量指标填数值；定性指标可从列表选择达成程度',
    'en-US': 'A number for quantitative rows; for qualitative rows pick the tier from the list',
  },
  'template.validation.cumulativeTitle': { 'zh-CN': '是否累计', 'en-US': 'Cumulative' },
  'template.validation.cumulative': {
    'zh-CN':
      '是：全年累计的数（数量、金额、执行率），年中与时间进度比较；否：时点值（满意度、比率）；留空按评分规则 cumulativeNames、nonCumulativeUnits 判断',
    'en-US':
      'Yes: a figure that adds up over the year (a count, an amount, an execution rate), compared with the time share at mid-year; No: a level (satisfaction, a ratio); blank: the rule keys cumulativeNames and nonCumulativeUnits decide',
  },
  'template.validation.cumulativeError': {
    'zh-CN': '请从列表中选择：是 / 否，或留空',
    'en-US': 'Choose yes or no from the list, or leave it blank',
  },
  'template.cumulative.yes': { 'zh-CN': '是', 'en-US': 'yes' },
  'template.cumulative.no': { 'zh-CN': '否', 'en-US': 'no' },
  'template.validation.ruleTitle': { 'zh-CN': '评分规则', 'en-US': 'Rule' },
  'template.validation.rule': {
    'zh-CN': '留空则使用所选规则方案的默认值',
    'en-US': "Leave blank to use the chosen profile's value",
  },

  // The 评分规则 sheet.
  'template.rules.title': { 'zh-CN': '评分规则', 'en-US': 'Scoring rules' },
  'template.rules.key': { 'zh-CN': '规则项', 'en-US': 'Key' },
  'template.rules.value': {
    'zh-CN': '取值（留空用默认）',
    'en-US': 'Value (blank = default)',
  },
  'template.rules.default': { 'zh-CN': '默认值（{profile}）', 'en-US': 'Default ({profile})' },
  'template.rules.description': { 'zh-CN': '说明', 'en-US': 'Meaning' },
  'template.rules.note': {
    'zh-CN': '“取值”列留空的规则项使用所选规则方案（profile）的默认值；填写后覆盖默认值。',
    'en-US': "A rule whose value is blank uses the chosen profile's value; a value overrides it.",
  },
} satisfies MessageTable;

declare module '../../i18n/catalog' {
  interface MessageSections {
    template: typeof templateMessages;
  }
}

registerMessages(templateMessages);
