import type { MessageTable } from '../catalog';

export const xlsxMessages: MessageTable = {
  // Reading and writing .xlsx files.
  'xlsx.file.notFound': {
    'zh-CN': '找不到文件 {file}',
    'en-US': 'File not found: {file}',
  },
  'xlsx.file.notWorkbook': {
    'zh-CN': '{file} 不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后版本的格式）',
    'en-US': '{file} is not an .xlsx workbook (its content is not the Excel 2007+ file format)',
  },
  'xlsx.file.legacyOrEncrypted': {
    'zh-CN':
      '{file} 是旧版 .xls 工作簿或设置了打开密码的工作簿，无法读取：请在 Excel 中另存为 .xlsx（不设密码）后再试',
    'en-US':
      '{file} is an old .xls workbook or a password-protected one and cannot be read: save it as .xlsx (without a password) in Excel and try again',
  },
  'xlsx.file.damaged': {
    'zh-CN': '{file} 已损坏或不是完整的 .xlsx 工作簿：{reason}',
    'en-US': '{file} is damaged or not a complete .xlsx workbook: {reason}',
  },
  'xlsx.file.unreadable': {
    'zh-CN': '无法读取文件 {file}：{reason}',
    'en-US': 'Cannot read {file}: {reason}',
  },
  'xlsx.save.failed': {
    'zh-CN': '无法保存 {file}：{reason}（原文件未改动）',
    'en-US': 'Cannot save {file}: {reason} (the existing file was not changed)',
  },
  'xlsx.save.namesLost': {
    'zh-CN': '未保存 {file}：以下名称无法原样保留，保存会丢失或损坏它们：{names}',
    'en-US':
      'Did not save {file}: these names cannot be kept as they are and would be lost or damaged: {names}',
  },
  'xlsx.save.nameExternal': {
    'zh-CN': '{name}（引用其他工作簿，外部链接无法保留）',
    'en-US': '{name} (refers to another workbook; the external link cannot be kept)',
  },
  'xlsx.save.nameSheetLost': {
    'zh-CN': '{name}（属于工作表“{sheet}”，该表为图表或对话框工作表，无法保留）',
    'en-US': '{name} (local to sheet "{sheet}", a chart or dialog sheet that cannot be kept)',
  },
  'xlsx.save.sheetsLost': {
    'zh-CN': '未保存 {file}：工作表 {sheets} 是图表或对话框工作表，保存会丢失它们',
    'en-US':
      'Did not save {file}: the sheets {sheets} are chart or dialog sheets and would be lost',
  },
  'xlsx.write.noSheet': {
    'zh-CN': '工作簿中没有工作表“{sheet}”',
    'en-US': 'The workbook has no sheet "{sheet}"',
  },
  'xlsx.write.badAddress': {
    'zh-CN': '无效的单元格地址：{address}',
    'en-US': 'Not a cell address: {address}',
  },
  'xlsx.write.shape': {
    'zh-CN': '写入 {address} 的数据行列数与区域不符',
    'en-US': 'The data written to {address} does not have the shape of the range',
  },
  'xlsx.write.mergedCell': {
    'zh-CN': '{cell} 是合并单元格 {master} 的一部分，无法单独写入',
    'en-US': '{cell} is part of the merged cell {master} and cannot be written on its own',
  },
  'xlsx.write.badNumber': {
    'zh-CN': '{cell} 不能写入非有限数值',
    'en-US': '{cell}: a non-finite number cannot be written',
  },
  'xlsx.name.badReference': {
    'zh-CN': '名称 {name} 的引用无效：{reference}',
    'en-US': 'The name {name} has an invalid reference: {reference}',
  },

  // The template (绩效自评表). Sheet names are part of the workbook contract and stay Chinese.
  'xlsx.template.title': {
    'zh-CN': '{year}年度项目支出绩效自评表',
    'en-US': 'Project expenditure performance self-evaluation, {year}',
  },
  'xlsx.template.yearBlank': { 'zh-CN': '____', 'en-US': '____' },
  'xlsx.template.department': { 'zh-CN': '部门（单位）名称', 'en-US': 'Department' },
  'xlsx.template.year': { 'zh-CN': '年度', 'en-US': 'Year' },
  'xlsx.template.unit': { 'zh-CN': '金额单位', 'en-US': 'Money unit' },
  'xlsx.template.funds': { 'zh-CN': '项目资金（万元）', 'en-US': 'Funds (万元)' },
  'xlsx.template.fundsTotal': { 'zh-CN': '年度资金总额', 'en-US': 'Total funds' },
  'xlsx.template.budgetInitial': { 'zh-CN': '年初预算数', 'en-US': 'Initial budget' },
  'xlsx.template.budgetAdjustment': { 'zh-CN': '年中调整数', 'en-US': 'Mid-year adjustment' },
  'xlsx.template.budgetFinal': { 'zh-CN': '全年预算数', 'en-US': 'Final budget' },
  'xlsx.template.budgetSpent': { 'zh-CN': '全年执行数', 'en-US': 'Spent' },
  'xlsx.template.budgetWeight': { 'zh-CN': '分值', 'en-US': 'Weight' },
  'xlsx.template.executionRate': { 'zh-CN': '执行率', 'en-US': 'Execution rate' },
  'xlsx.template.executionScore': { 'zh-CN': '得分', 'en-US': 'Score' },
  'xlsx.template.budgetReason': {
    'zh-CN': '预算偏差说明（预算调整或执行率偏低时填写）',
    'en-US': 'Budget explanation (when the budget was adjusted or execution is low)',
  },
  'xlsx.template.total': { 'zh-CN': '自评总分', 'en-US': 'Total score' },
  'xlsx.template.grade': { 'zh-CN': '评价等级', 'en-US': 'Grade' },
  'xlsx.template.status': { 'zh-CN': '评价状态', 'en-US': 'Status' },
  'xlsx.template.note': {
    'zh-CN':
      '说明：白色单元格由填报人填写；灰色单元格（执行率、完成率、得分、偏差状态、总分、等级）由“绩效自评助手”计算填写，请勿手工录入。',
    'en-US':
      'White cells are filled in by you; grey cells (execution rate, completion, score, status, total, grade) are written by PerfScore: do not type into them.',
  },

  // Indicator table headers (the contract's accepted headers, workbook-contract.md §1).
  'xlsx.template.header.level1': { 'zh-CN': '一级指标', 'en-US': 'Level 1' },
  'xlsx.template.header.level2': { 'zh-CN': '二级指标', 'en-US': 'Level 2' },
  'xlsx.template.header.name': { 'zh-CN': '三级指标', 'en-US': 'Indicator' },
  'xlsx.template.header.operator': { 'zh-CN': '指标性质', 'en-US': 'Operator' },
  'xlsx.template.header.target': { 'zh-CN': '年度指标值', 'en-US': 'Target' },
  'xlsx.template.header.unit': { 'zh-CN': '计量单位', 'en-US': 'Unit' },
  'xlsx.template.header.midYear': { 'zh-CN': '年中完成值', 'en-US': 'Mid-year' },
  'xlsx.template.header.actual': { 'zh-CN': '实际完成值', 'en-US': 'Actual' },
  'xlsx.template.header.weight': { 'zh-CN': '分值', 'en-US': 'Weight' },
  'xlsx.template.header.manualScore': { 'zh-CN': '人工得分', 'en-US': 'Manual score' },
  'xlsx.template.header.completion': { 'zh-CN': '完成率', 'en-US': 'Completion' },
  'xlsx.template.header.score': { 'zh-CN': '得分', 'en-US': 'Score' },
  'xlsx.template.header.status': { 'zh-CN': '偏差状态', 'en-US': 'Status' },
  'xlsx.template.header.reason': { 'zh-CN': '偏差原因分析', 'en-US': 'Reason' },
  'xlsx.template.header.measures': { 'zh-CN': '改进措施', 'en-US': 'Measures' },

  // Level labels pre-filled in the blank template (MOF 共性指标框架).
  'xlsx.template.level.output': { 'zh-CN': '产出指标', 'en-US': 'Outputs' },
  'xlsx.template.level.quantity': { 'zh-CN': '数量指标', 'en-US': 'Quantity' },
  'xlsx.template.level.quality': { 'zh-CN': '质量指标', 'en-US': 'Quality' },
  'xlsx.template.level.timeliness': { 'zh-CN': '时效指标', 'en-US': 'Timeliness' },
  'xlsx.template.level.cost': { 'zh-CN': '成本指标', 'en-US': 'Cost' },
  'xlsx.template.level.effect': { 'zh-CN': '效益指标', 'en-US': 'Effects' },
  'xlsx.template.level.economic': { 'zh-CN': '经济效益指标', 'en-US': 'Economic effects' },
  'xlsx.template.level.social': { 'zh-CN': '社会效益指标', 'en-US': 'Social effects' },
  'xlsx.template.level.ecological': { 'zh-CN': '生态效益指标', 'en-US': 'Ecological effects' },
  'xlsx.template.level.sustainable': {
    'zh-CN': '可持续影响指标',
    'en-US': 'Sustainable impact',
  },
  'xlsx.template.level.satisfaction': { 'zh-CN': '满意度指标', 'en-US': 'Satisfaction' },
  'xlsx.template.level.serviceSatisfaction': {
    'zh-CN': '服务对象满意度指标',
    'en-US': 'Beneficiary satisfaction',
  },

  // Data validation prompts.
  'xlsx.template.validation.operatorTitle': { 'zh-CN': '指标性质', 'en-US': 'Operator' },
  'xlsx.template.validation.operator': {
    'zh-CN': '≥ 越大越好；≤ 越小越好；= 等于；定性 为定性指标',
    'en-US': '≥ larger is better; ≤ smaller is better; = equal; 定性 qualitative',
  },
  'xlsx.template.validation.operatorError': {
    'zh-CN': '请从列表中选择：≥ > ≤ < = 定性',
    'en-US': 'Choose from the list: ≥ > ≤ < = 定性',
  },
  'xlsx.template.validation.actualTitle': { 'zh-CN': '实际完成值', 'en-US': 'Actual' },
  'xlsx.template.validation.actual': {
    'zh-CN': '定量指标填数值；定性指标可从列表选择达成程度',
    'en-US': 'A number for quantitative rows; for qualitative rows pick the tier from the list',
  },
  'xlsx.template.validation.ruleTitle': { 'zh-CN': '评分规则', 'en-US': 'Rule' },
  'xlsx.template.validation.rule': {
    'zh-CN': '留空则使用所选规则方案的默认值',
    'en-US': "Leave blank to use the chosen profile's value",
  },

  // The 评分规则 sheet.
  'xlsx.template.rules.title': { 'zh-CN': '评分规则', 'en-US': 'Scoring rules' },
  'xlsx.template.rules.key': { 'zh-CN': '规则项', 'en-US': 'Key' },
  'xlsx.template.rules.value': {
    'zh-CN': '取值（留空用默认）',
    'en-US': 'Value (blank = default)',
  },
  'xlsx.template.rules.default': { 'zh-CN': '默认值（{profile}）', 'en-US': 'Default ({profile})' },
  'xlsx.template.rules.description': { 'zh-CN': '说明', 'en-US': 'Meaning' },
  'xlsx.template.rules.note': {
    'zh-CN': '“取值”列留空的规则项使用所选规则方案（profile）的默认值；填写后覆盖默认值。',
    'en-US': "A rule whose value is blank uses the chosen profile's value; a value overrides it.",
  },
};
