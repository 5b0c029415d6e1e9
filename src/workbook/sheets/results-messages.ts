/**
 * Texts of the 评价结果 sheet. Loading this module adds them to the catalog (./results-sheet.ts
 * imports it): only 生成评价结果 and `perfscore results` show them, so the task pane loads them
 * with the results sheet's on-demand chunk rather than when it opens.
 */
import { registerMessages, type MessageTable } from '../../i18n/catalog';

export const resultsMessages = {
  'workbook.results.title': {
    'zh-CN': '绩效自评结果',
    'en-US': 'Performance self-evaluation results',
  },
  'workbook.results.titleDepartment': {
    'zh-CN': '{department}绩效自评结果',
    'en-US': '{department}: performance self-evaluation results',
  },
  'workbook.results.titleYear': {
    'zh-CN': '{year}年度绩效自评结果',
    'en-US': 'Performance self-evaluation results {year}',
  },
  'workbook.results.titleFull': {
    'zh-CN': '{department}{year}年度绩效自评结果',
    'en-US': '{department}: performance self-evaluation results {year}',
  },
  'workbook.results.generated': {
    'zh-CN': '生成时间：{time}（评分规则：{profile}）；重新计算后请重新生成',
    'en-US': 'Generated {time} (profile {profile}); generate again after a recalculation',
  },
  'workbook.results.total': { 'zh-CN': '自评总分', 'en-US': 'Composite score' },
  'workbook.results.grade': { 'zh-CN': '评价等级', 'en-US': 'Grade' },
  'workbook.results.executionRate': { 'zh-CN': '预算执行率', 'en-US': 'Budget execution rate' },
  'workbook.results.status': { 'zh-CN': '评价状态', 'en-US': 'Status' },
  'workbook.results.elapsed': { 'zh-CN': '时间进度', 'en-US': 'Year elapsed' },
  'workbook.results.spent': { 'zh-CN': '已支出全年预算', 'en-US': 'Budget spent' },
  'workbook.results.monitoring': {
    'zh-CN': '年中监控（红灯、黄灯、绿灯个数）',
    'en-US': 'Mid-year monitoring (number of red, yellow and green lights)',
  },
  'workbook.results.midYearCompletion': { 'zh-CN': '年中完成率', 'en-US': 'Mid-year completion' },
  'workbook.results.progress': { 'zh-CN': '进度', 'en-US': 'Progress' },
  'workbook.results.midYearChartTitle': {
    'zh-CN': '指标年中完成率',
    'en-US': 'Mid-year completion by indicator',
  },
  'workbook.results.subtotals': { 'zh-CN': '分项得分', 'en-US': 'Scores by level-1 indicator' },
  'workbook.results.level1': { 'zh-CN': '一级指标', 'en-US': 'Level 1' },
  'workbook.results.weight': { 'zh-CN': '分值', 'en-US': 'Weight' },
  'workbook.results.score': { 'zh-CN': '得分', 'en-US': 'Score' },
  'workbook.results.scoreRate': { 'zh-CN': '得分率', 'en-US': 'Score rate' },
  'workbook.results.execution': { 'zh-CN': '预算执行', 'en-US': 'Budget execution' },
  'workbook.results.noLevel': { 'zh-CN': '（未填一级指标）', 'en-US': '(no level 1)' },
  'workbook.results.sum': { 'zh-CN': '合计', 'en-US': 'Total' },
  'workbook.results.indicators': { 'zh-CN': '指标完成情况', 'en-US': 'Completion by indicator' },
  'workbook.results.name': { 'zh-CN': '三级指标', 'en-US': 'Indicator' },
  'workbook.results.completion': { 'zh-CN': '完成率', 'en-US': 'Completion' },
  'workbook.results.target': { 'zh-CN': '100%基准', 'en-US': '100% line' },
  'workbook.results.rowStatus': { 'zh-CN': '偏差状态', 'en-US': 'Status' },
  'workbook.results.chartTitle': { 'zh-CN': '指标完成率', 'en-US': 'Completion by indicator' },
  'workbook.results.stamp': {
    'zh-CN':
      '以上由绩效自评助手于 {time} 生成（校验码 {code}）。修改后重新生成，新结果将写入新的工作表。',
    'en-US':
      'Written above by PerfScore on {time} (check code {code}). Once it is edited, generating again writes the new results to a new sheet.',
  },
  'workbook.results.keptEdited': {
    'zh-CN': '「{kept}」已有您的修改，未作改动；新的评价结果已写入「{sheet}」。',
    'en-US':
      'The “{kept}” sheet has your changes and was left as it is; the new results are on the “{sheet}” sheet.',
  },
  'workbook.results.rescaled': {
    'zh-CN':
      '注：{count} 项指标不适用（分值共 {weight} 分），不计入分项得分；自评总分按适用指标的分值折算为 {max} 分制，故不等于各项得分之和。',
    'en-US':
      'Note: {count} indicators do not apply (weight {weight} in all) and count in no subtotal; the composite is rescaled to {max} over the applicable weights, so it is not the sum of the scores above.',
  },
  'workbook.results.chartFirst': {
    'zh-CN': '注：指标共 {count} 项，图表只显示前 {shown} 项；下表列出全部指标。',
    'en-US':
      'Note: of the {count} indicators the chart shows the first {shown}; the table below lists them all.',
  },
} satisfies MessageTable;

declare module '../../i18n/catalog' {
  interface MessageSections {
    results: typeof resultsMessages;
  }
}

registerMessages(resultsMessages);
