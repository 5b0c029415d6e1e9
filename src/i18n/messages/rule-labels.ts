import type { MessageTable } from '../catalog';

/**
 * Each rule key's short label, its one-line description (the 评分规则 sheet of the template, the
 * pane's settings) and the labels of its listed values; registered by src/i18n/rule-labels.ts
 * when it is loaded, so the pane downloads them with its settings dialog or the template.
 */
export const ruleLabelMessages = {
  'engine.rules.label.profile': { 'zh-CN': '规则方案', 'en-US': 'Rule profile' },
  'engine.rules.label.executionDenominator': {
    'zh-CN': '执行率分母',
    'en-US': 'Execution rate denominator',
  },
  'engine.rules.label.executionWeight': {
    'zh-CN': '预算执行率分值',
    'en-US': 'Points for budget execution',
  },
  'engine.rules.label.executionExplainBelow': {
    'zh-CN': '执行率须说明线',
    'en-US': 'Execution rate that needs a reason',
  },
  'engine.rules.label.reverseFormula': {
    'zh-CN': '反向指标计分',
    'en-US': 'Scoring of smaller-is-better rows',
  },
  'engine.rules.label.equalTreatment': { 'zh-CN': '“=”指标计分', 'en-US': 'Scoring of “=” rows' },
  'engine.rules.label.noOccurrenceMet': {
    'zh-CN': '“无发生额”视为完成',
    'en-US': '“No occurrence” counts as met',
  },
  'engine.rules.label.notApplicable': { 'zh-CN': '不适用指标', 'en-US': 'Not-applicable rows' },
  'engine.rules.label.qualitativeTiers': { 'zh-CN': '定性指标分档', 'en-US': 'Qualitative tiers' },
  'engine.rules.label.scoreDecimals': { 'zh-CN': '得分小数位数', 'en-US': 'Decimals in scores' },
  'engine.rules.label.roundCompletionFirst': {
    'zh-CN': '完成率先四舍五入',
    'en-US': 'Round the completion rate first',
  },
  'engine.rules.label.totalFrom': {
    'zh-CN': '总分合计方式',
    'en-US': 'How the composite is summed',
  },
  'engine.rules.label.gradeBands': { 'zh-CN': '等级分数线', 'en-US': 'Grade thresholds' },
  'engine.rules.label.overAchievementThreshold': {
    'zh-CN': '超额完成线',
    'en-US': 'Over-achievement threshold',
  },
  'engine.rules.label.shortfall': {
    'zh-CN': '未完成须说明',
    'en-US': 'Missed targets need a reason',
  },
  'engine.rules.label.overAchievement': {
    'zh-CN': '超额完成须说明',
    'en-US': 'Over-achievement needs a reason',
  },
  'engine.rules.label.overrideDiffers': {
    'zh-CN': '人工得分不同须说明',
    'en-US': 'Differing manual scores need a reason',
  },
  'engine.rules.label.executionBelow': {
    'zh-CN': '执行率偏低须说明',
    'en-US': 'Low execution needs a reason',
  },
  'engine.rules.label.budgetAdjusted': {
    'zh-CN': '预算调整须说明',
    'en-US': 'Budget adjustments need a reason',
  },
  'engine.rules.label.midYearRegression': {
    'zh-CN': '年末低于年中时提示',
    'en-US': 'Note a year-end below mid-year',
  },
  'engine.rules.label.standardLevelWeights': {
    'zh-CN': '标准一级指标分值',
    'en-US': 'Standard level-1 weights',
  },
  'engine.rules.label.monitoringRed': { 'zh-CN': '红灯线', 'en-US': 'Red-light threshold' },
  'engine.rules.label.monitoringYellow': { 'zh-CN': '黄灯线', 'en-US': 'Yellow-light threshold' },
  'engine.rules.label.monitor': { 'zh-CN': '年中监控', 'en-US': 'Mid-year monitoring' },
  'engine.rules.label.elapsed': { 'zh-CN': '时间进度', 'en-US': 'Share of the year elapsed' },
  'engine.rules.label.cumulativeNames': {
    'zh-CN': '累计指标名称关键词',
    'en-US': 'Cumulative indicators: name words',
  },
  'engine.rules.label.nonCumulativeUnits': {
    'zh-CN': '非累计指标的单位',
    'en-US': 'Units of non-cumulative indicators',
  },
  'engine.rules.value.executionDenominator.final': {
    'zh-CN': '全年预算数',
    'en-US': 'Final budget',
  },
  'engine.rules.value.executionDenominator.initial': {
    'zh-CN': '年初预算数',
    'en-US': 'Initial budget',
  },
  'engine.rules.value.executionDenominator.initialPlusAdjustment': {
    'zh-CN': '年初预算数＋调整数',
    'en-US': 'Initial budget plus adjustment',
  },
  'engine.rules.value.reverseFormula.linear': {
    'zh-CN': '线性扣分（两倍目标为 0 分）',
    'en-US': 'Linear (0 at twice the target)',
  },
  'engine.rules.value.reverseFormula.ratio': { 'zh-CN': '目标÷实际', 'en-US': 'Target ÷ actual' },
  'engine.rules.value.reverseFormula.manual': { 'zh-CN': '人工评分', 'en-US': 'Scored by hand' },
  'engine.rules.value.equalTreatment.asGreaterEqual': {
    'zh-CN': '按“≥”计分',
    'en-US': 'Scored like ≥',
  },
  'engine.rules.value.equalTreatment.strict': {
    'zh-CN': '不相等即人工评分',
    'en-US': 'Scored by hand on any mismatch',
  },
  'engine.rules.value.notApplicable.rescale': {
    'zh-CN': '按适用分值折算为百分制',
    'en-US': 'Rescale the total to 100',
  },
  'engine.rules.value.notApplicable.zero': { 'zh-CN': '计 0 分', 'en-US': 'Score 0' },
  'engine.rules.value.totalFrom.roundedRows': {
    'zh-CN': '各项得分四舍五入后相加',
    'en-US': 'Sum of the rounded row scores',
  },
  'engine.rules.value.totalFrom.unroundedRows': {
    'zh-CN': '先相加后四舍五入',
    'en-US': 'Round the sum of unrounded scores',
  },
  'engine.rules.boolean.true': { 'zh-CN': '是', 'en-US': 'yes' },
  'engine.rules.boolean.false': { 'zh-CN': '否', 'en-US': 'no' },
  'engine.rules.describe.profile': {
    'zh-CN': '评分规则方案（{profiles}）',
    'en-US': 'Rule profile ({profiles})',
  },
  'engine.rules.describe.executionDenominator': {
    'zh-CN': '执行率分母：final 全年预算数，initial 年初预算数，initialPlusAdjustment 年初+调整',
    'en-US': 'Execution rate denominator: final budget, initial budget, or initial plus adjustment',
  },
  'engine.rules.describe.executionWeight': {
    'zh-CN': '预算执行率分值（工作簿未给出时）',
    'en-US': 'Points for budget execution (when the workbook gives none)',
  },
  'engine.rules.describe.executionExplainBelow': {
    'zh-CN': '执行率低于此值须说明原因',
    'en-US': 'Execution below this rate needs an explanation',
  },
  'engine.rules.describe.reverseFormula': {
    'zh-CN':
      '反向指标超出目标时：linear 线性扣分（两倍目标为 0），ratio 目标÷实际，manual 人工评分',
    'en-US':
      'Smaller-is-better rows over target: linear (0 at twice the target), ratio (target ÷ actual), manual',
  },
  'engine.rules.describe.equalTreatment': {
    'zh-CN': '“=”指标：asGreaterEqual 按“≥”计分，strict 不相等即人工评分',
    'en-US':
      '"=" rows: asGreaterEqual scores like ≥, strict asks for a manual score on any mismatch',
  },
  'engine.rules.describe.noOccurrenceMet': {
    'zh-CN': '“无发生额”是否按完成计',
    'en-US': 'Whether "no occurrence" counts as met',
  },
  'engine.rules.describe.notApplicable': {
    'zh-CN': '不适用指标：rescale 按适用分值折算为百分制，zero 计 0 分',
    'en-US': 'Not-applicable rows: rescale the total to 100, or score them 0',
  },
  'engine.rules.describe.qualitativeTiers': {
    'zh-CN': '定性指标三档的下限：达成 / 部分达成（占分值比例）',
    'en-US':
      'Lower bounds of the qualitative tiers achieved / partly achieved (share of the weight)',
  },
  'engine.rules.describe.scoreDecimals': {
    'zh-CN': '得分保留的小数位数（四舍五入）',
    'en-US': 'Decimals kept in scores (rounded half up)',
  },
  'engine.rules.describe.roundCompletionFirst': {
    'zh-CN': '是否先将完成率四舍五入到 0.01% 再计算得分',
    'en-US': 'Round the completion rate to 0.01% before scoring',
  },
  'engine.rules.describe.totalFrom': {
    'zh-CN': '总分：roundedRows 各项得分四舍五入后相加，unroundedRows 先相加后四舍五入',
    'en-US': 'Composite from rounded row scores (roundedRows) or unrounded ones (unroundedRows)',
  },
  'engine.rules.describe.gradeBands': {
    'zh-CN': '等级分数线：优/良/中（低于最后一档为差）',
    'en-US': 'Grade thresholds 优/良/中 (below the last one: 差)',
  },
  'engine.rules.describe.overAchievementThreshold': {
    'zh-CN': '完成率达到此值视为超额完成，须说明原因',
    'en-US': 'Completion at or above this rate is over-achievement and needs an explanation',
  },
  'engine.rules.describe.shortfall': {
    'zh-CN': '未完成目标（得分低于分值）是否须说明',
    'en-US': 'Whether a missed target (score below weight) needs an explanation',
  },
  'engine.rules.describe.overAchievement': {
    'zh-CN': '超额完成是否须说明',
    'en-US': 'Whether over-achievement needs an explanation',
  },
  'engine.rules.describe.overrideDiffers': {
    'zh-CN': '人工得分与规则得分不一致是否须说明',
    'en-US': 'Whether a manual score that differs from the rule needs an explanation',
  },
  'engine.rules.describe.executionBelow': {
    'zh-CN': '执行率偏低是否须说明',
    'en-US': 'Whether low budget execution needs an explanation',
  },
  'engine.rules.describe.budgetAdjusted': {
    'zh-CN': '年中预算调整是否须说明',
    'en-US': 'Whether a mid-year budget adjustment needs an explanation',
  },
  'engine.rules.describe.midYearRegression': {
    'zh-CN': '年末完成率低于年中时是否提示',
    'en-US': 'Whether to note a year-end completion below the mid-year one',
  },
  'engine.rules.describe.cumulativeNames': {
    'zh-CN':
      '“是否累计”空白时，名称含这些词的指标按累计值监控（如项目支出预算执行率：年中与时间进度比较）',
    'en-US':
      'With 是否累计 blank, an indicator whose name contains one of these words is cumulative (compared with the time share at mid-year)',
  },
  'engine.rules.describe.nonCumulativeUnits': {
    'zh-CN': '“是否累计”空白时，其他有单位的指标按累计值监控，单位为这些的除外（比率、分数、时长）',
    'en-US':
      'With 是否累计 blank, other indicators with a unit are cumulative unless the unit is one of these (rates, scores, durations)',
  },
  'engine.rules.describe.standardLevelWeights': {
    'zh-CN': '标准一级指标分值：预算执行率/产出/效益/满意度',
    'en-US': 'Standard level-1 weights: execution/output/effect/satisfaction',
  },
  'engine.rules.describe.monitoringRed': {
    'zh-CN': '年中监控：进度低于此比例为红灯',
    'en-US': 'Mid-year monitoring: progress below this share is a red light',
  },
  'engine.rules.describe.monitoringYellow': {
    'zh-CN': '年中监控：进度低于此比例为黄灯，否则为绿灯',
    'en-US': 'Mid-year monitoring: progress below this share is a yellow light, else green',
  },
  'engine.rules.describe.monitor': {
    'zh-CN':
      '年中监控：自动（全部实际完成值为空且填有年中监控值时按年中监控）、年中监控（始终）或年终（从不，空白实际值按待填处理）',
    'en-US':
      'Mid-year monitoring: auto (when every actual is blank and mid-year values are given), on (always) or off (never; blank actuals are pending as usual)',
  },
  'engine.rules.describe.elapsed': {
    'zh-CN': '年中监控：时间进度（已过去的全年比例），大于 0 且不超过 100%，如 50%',
    'en-US':
      'Mid-year monitoring: share of the year elapsed, above 0 and at most 100%, such as 50%',
  },
} satisfies MessageTable;

declare module '../catalog' {
  interface MessageSections {
    ruleLabels: typeof ruleLabelMessages;
  }
}
