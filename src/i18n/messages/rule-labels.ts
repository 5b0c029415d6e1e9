import type { MessageTable } from '../catalog';

/**
 * Each rule key's short label and the labels of its listed values, for the pane's 评分规则
 * settings and the tests; registered by src/engine/rule-labels.ts when it is loaded, so the
 * pane downloads them with its settings dialog.
 */
export const ruleLabelMessages: MessageTable = {
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
};
