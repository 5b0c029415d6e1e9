import type { MessageTable } from '../catalog';

export const engineMessages = {
  // Row statuses, as written into the 偏差状态 column and shown in the pane.
  'engine.status.ok': { 'zh-CN': '正常', 'en-US': 'OK' },
  'engine.status.needsExplanation': { 'zh-CN': '待说明', 'en-US': 'Needs explanation' },
  'engine.status.explained': { 'zh-CN': '已说明', 'en-US': 'Explained' },
  'engine.status.needsManualScore': { 'zh-CN': '待人工评分', 'en-US': 'Needs manual score' },
  'engine.status.invalid': { 'zh-CN': '数据有误', 'en-US': 'Invalid input' },
  'engine.status.notApplicable': { 'zh-CN': '不适用', 'en-US': 'Not applicable' },

  // Flags (scoring-rules.md §8).
  'engine.flag.shortfall': {
    'zh-CN': '未完成年度指标：得分 {score}，低于分值 {weight}，请说明偏差原因及改进措施',
    'en-US':
      'Target missed: score {score} below the weight {weight}; explain the deviation and the remedy',
  },
  'engine.flag.overAchievement': {
    'zh-CN': '超额完成：完成率 {completion}，达到 {threshold} 以上，目标可能偏低，请说明原因',
    'en-US':
      'Over-achieved: completion {completion} at or above {threshold}; the target may be too low, explain why',
  },
  'engine.flag.shortfall.manualScore': {
    'zh-CN':
      '人工得分低于规则得分：得分 {score}（规则得分 {rule}），低于分值 {weight}，请说明扣分理由',
    'en-US':
      'The manual score is below the rule score: score {score} (rule {rule}) below the weight {weight}; explain the deduction',
  },
  'engine.flag.overrideDiffers': {
    'zh-CN': '人工得分 {manual} 与规则得分 {rule} 不一致，请说明调整理由',
    'en-US': 'Manual score {manual} differs from the rule score {rule}; explain the adjustment',
  },
  'engine.flag.executionBelow': {
    'zh-CN': '预算执行率 {rate} 低于 {threshold}，请说明原因',
    'en-US': 'Budget execution {rate} is below {threshold}; explain why',
  },
  'engine.flag.budgetAdjusted': {
    'zh-CN': '年中预算调整 {adjustment}{unit}（调整率 {rate}），应单独说明调整理由',
    'en-US':
      'Mid-year budget adjustment of {adjustment} {unit} (adjustment rate {rate}); state the reason',
  },
  'engine.flag.midYearRegression': {
    'zh-CN': '年末完成率 {completion} 低于年中监控时的 {midYear}',
    'en-US': 'Year-end completion {completion} is lower than at mid-year ({midYear})',
  },
  'engine.flag.noOccurrence': {
    'zh-CN': '本年度无发生额，按完成计',
    'en-US': 'Nothing of the kind happened this year; counted as met',
  },
  'engine.flag.weightsNot100': {
    'zh-CN': '各项分值合计为 {sum}，不是 100',
    'en-US': 'The weights add up to {sum}, not 100',
  },
  'engine.flag.nonStandardLevelWeights': {
    'zh-CN': '一级指标分值（预算执行率 {execution}，{weights}）与标准 {standard} 不同',
    'en-US':
      'Level-1 weights (execution {execution}, {weights}) differ from the standard {standard}',
  },
  'engine.flag.needsManualScore': {
    'zh-CN': '{why}：请在人工得分中填入 [{min}, {max}{close} 之间的分数',
    'en-US': '{why}: enter a manual score in [{min}, {max}{close}',
  },
  'engine.flag.incomplete': {
    'zh-CN': '实际完成值未填写',
    'en-US': 'The actual value is missing',
  },

  // Why a manual score is needed.
  'engine.manual.profile': {
    'zh-CN': '按评分规则需人工评分',
    'en-US': 'The rule profile leaves this score to the evaluator',
  },
  'engine.manual.noOccurrence': {
    'zh-CN': '无发生额，按评分规则需人工评分',
    'en-US': 'No occurrence; the rule profile asks for a manual score',
  },
  'engine.manual.late': { 'zh-CN': '未在规定时间内完成', 'en-US': 'Completed after the deadline' },
  'engine.manual.qualitativeUnknown': {
    'zh-CN': '定性指标的完成情况无法判断',
    'en-US': 'The outcome of this qualitative indicator is not clear',
  },
  'engine.manual.notAchieved': {
    'zh-CN': '未达成年度指标且效果较差',
    'en-US': 'Target not reached, poor effect',
  },
  'engine.manual.partlyAchieved': {
    'zh-CN': '部分达成年度指标并具有一定效果',
    'en-US': 'Target partly reached with some effect',
  },

  // Why the composite is provisional.
  'engine.pending.actualBlank': {
    'zh-CN': '“{name}”的实际完成值未填写',
    'en-US': 'The actual value of "{name}" is missing',
  },
  'engine.pending.manualScore': {
    'zh-CN': '“{name}”需要人工得分（[{min}, {max}{close}）',
    'en-US': '"{name}" needs a manual score ([{min}, {max}{close})',
  },
  'engine.pending.errors': {
    'zh-CN': '有 {count} 处数据错误待更正',
    'en-US': '{count} input error(s) to correct',
  },

  // Cell values.
  'engine.cell.errorValue': {
    'zh-CN': '单元格为错误值 {code}，请更正“{name}”的数据',
    'en-US': 'The cell holds the error value {code}; correct the data of "{name}"',
  },
  'engine.budget.field.initial': { 'zh-CN': '年初预算数', 'en-US': 'initial budget' },
  'engine.budget.field.adjustment': { 'zh-CN': '年中调整数', 'en-US': 'mid-year adjustment' },
  'engine.budget.field.final': { 'zh-CN': '全年预算数', 'en-US': 'final budget' },
  'engine.budget.field.spent': { 'zh-CN': '全年执行数', 'en-US': 'amount spent' },
  'engine.cell.unreadable': {
    'zh-CN': '“{text}”无法识别：{problem}',
    'en-US': '"{text}" cannot be read: {problem}',
  },

  // Indicator rows.
  'engine.row.nameMissing': {
    'zh-CN': '指标名称（三级指标）为空',
    'en-US': 'The indicator has no name',
  },
  'engine.row.weightMissing': {
    'zh-CN': '“{name}”的分值为空',
    'en-US': 'The weight of "{name}" is empty',
  },
  'engine.row.weightNotNumber': {
    'zh-CN': '“{name}”的分值“{text}”不是数字',
    'en-US': 'The weight of "{name}", "{text}", is not a number',
  },
  'engine.row.weightNegative': {
    'zh-CN': '“{name}”的分值“{text}”为负数',
    'en-US': 'The weight of "{name}", "{text}", is negative',
  },
  'engine.row.manualScoreNotNumber': {
    'zh-CN': '“{name}”的人工得分“{text}”不是数字',
    'en-US': 'The manual score of "{name}", "{text}", is not a number',
  },
  'engine.row.manualScoreNegative': {
    'zh-CN': '“{name}”的人工得分“{text}”为负数',
    'en-US': 'The manual score of "{name}", "{text}", is negative',
  },
  'engine.row.manualAboveWeight': {
    'zh-CN': '“{name}”的人工得分“{text}”超过分值 {weight}',
    'en-US': 'The manual score of "{name}", "{text}", exceeds the weight {weight}',
  },
  'engine.row.manualOutsideBand': {
    'zh-CN': '“{name}”的人工得分“{text}”不在{tier}的分数区间 [{min}, {max}{close} 内',
    'en-US':
      'The manual score of "{name}", "{text}", is outside the band [{min}, {max}{close} of {tier}',
  },
  'engine.row.operatorUnknown': {
    'zh-CN': '“{name}”的指标性质“{text}”无法识别（可填 ≥ > ≤ < = 或 定性）',
    'en-US': 'The operator of "{name}", "{text}", is not one of ≥ > ≤ < = 定性',
  },
  'engine.row.operatorConflict': {
    'zh-CN': '“{name}”的指标性质为 {operator}，但年度指标值“{text}”写的是 {targetOperator}',
    'en-US': 'The operator of "{name}" is {operator} but its target "{text}" says {targetOperator}',
  },
  'engine.row.notApplicableMismatch': {
    'zh-CN': '“{name}”的年度指标值与实际完成值只有一个为“不适用”',
    'en-US': 'Only one of the target and the actual value of "{name}" is "not applicable"',
  },
  'engine.row.targetMissing': {
    'zh-CN': '“{name}”的年度指标值为空',
    'en-US': 'The target of "{name}" is empty',
  },
  'engine.row.targetNotValue': {
    'zh-CN': '“{name}”的年度指标值“{text}”不是指标值',
    'en-US': 'The target of "{name}", "{text}", is not a target value',
  },
  'engine.row.targetNotNumber': {
    'zh-CN': '“{name}”的指标性质为 {operator}，但年度指标值“{text}”不是数值',
    'en-US': 'The operator of "{name}" is {operator} but its target "{text}" is not a number',
  },
  'engine.row.targetNegative': {
    'zh-CN': '“{name}”的年度指标值“{text}”为负数，无法计算完成率',
    'en-US': 'The target of "{name}", "{text}", is negative: no completion rate can be computed',
  },
  'engine.row.actualNotNumber': {
    'zh-CN': '“{name}”的实际完成值“{text}”不是数值，无法与年度指标值比较',
    'en-US':
      'The actual value of "{name}", "{text}", is not a number and cannot be compared with the target',
  },
  'engine.row.actualNotDate': {
    'zh-CN': '“{name}”的实际完成值“{text}”不是日期',
    'en-US': 'The actual value of "{name}", "{text}", is not a date',
  },
  'engine.row.actualNegative': {
    'zh-CN': '“{name}”的实际完成值“{text}”为负数',
    'en-US': 'The actual value of "{name}", "{text}", is negative',
  },
  'engine.row.percentAsFraction': {
    'zh-CN':
      '“{name}”的实际完成值 {text} 是否应为 {percent}？该行单位是 %，而单元格不是百分比格式，{text} 会按 {text}% 计分；请输入 {percent}（或把单元格设为百分比格式）',
    'en-US':
      'Should the actual value of "{name}", {text}, be {percent}? The row is in %, and the cell is not formatted as a percentage, so {text} would count as {text}%; type {percent} (or format the cell as a percentage)',
  },
  'engine.row.targetUnitConflict': {
    'zh-CN': '“{name}”的年度指标值“{text}”与计量单位“{unit}”不一致，无法比较',
    'en-US': 'The target of "{name}", "{text}", does not match its unit {unit}',
  },
  'engine.row.unitMismatch': {
    'zh-CN': '“{text}”与目标值的计量单位“{unit}”无法比较',
    'en-US': '"{text}" cannot be compared with target unit {unit}',
  },

  // Budget.
  'engine.budget.finalMissing': { 'zh-CN': '全年预算数为空', 'en-US': 'The final budget is empty' },
  'engine.budget.spentMissing': {
    'zh-CN': '全年执行数为空',
    'en-US': 'The actual spending is empty',
  },
  'engine.budget.finalZero': {
    'zh-CN': '预算数为 0，无法计算预算执行率',
    'en-US': 'The budget is 0: no execution rate can be computed',
  },
  'engine.budget.denominatorMissing': {
    'zh-CN': '按评分规则（{denominator}）计算执行率需要年初预算数',
    'en-US': 'The execution rate by rule ({denominator}) needs the initial budget',
  },
  'engine.budget.negative': {
    'zh-CN': '金额“{text}”为负数',
    'en-US': 'The amount "{text}" is negative',
  },
  'engine.budget.notMoney': {
    'zh-CN': '“{text}”不是金额（单位 {unit}）',
    'en-US': '"{text}" is not an amount (unit {unit})',
  },
  'engine.budget.weightNegative': {
    'zh-CN': '预算执行率分值“{text}”为负数',
    'en-US': 'The execution weight "{text}" is negative',
  },
  'engine.budget.weightNotNumber': {
    'zh-CN': '预算执行率分值“{text}”不是数字',
    'en-US': 'The execution weight "{text}" is not a number',
  },
  'engine.input.noIndicators': {
    'zh-CN': '没有绩效指标',
    'en-US': 'There are no performance indicators',
  },

  // Rules (评分规则).
  'engine.rules.unknownProfile': {
    'zh-CN': '评分规则方案“{name}”不存在，可选：{profiles}',
    'en-US': 'There is no rule profile "{name}"; choose one of: {profiles}',
  },
  'engine.rules.unknownKey': {
    'zh-CN': '评分规则项“{key}”不存在，可用的规则项：{keys}',
    'en-US': 'Unknown rule key "{key}"; valid keys: {keys}',
  },
  'engine.rules.badValue': {
    'zh-CN': '评分规则项 {key} 的值“{value}”无效：应为{expected}',
    'en-US': 'Rule key {key}: "{value}" is not valid; expected {expected}',
  },
  'engine.rules.expectEnum': { 'zh-CN': '以下之一：{values}', 'en-US': 'one of {values}' },
  'engine.rules.expectInteger': {
    'zh-CN': ' {min} 到 {max} 的整数',
    'en-US': 'a whole number from {min} to {max}',
  },
  'engine.rules.expect.boolean': { 'zh-CN': '是/否（true/false）', 'en-US': 'yes/no (true/false)' },
  'engine.rules.expect.fraction': {
    'zh-CN': '大于 0 的比率，如 120% 或 1.2',
    'en-US': 'a rate above 0, such as 120% or 1.2',
  },
  'engine.rules.expect.number': { 'zh-CN': '非负数', 'en-US': 'a number of 0 or more' },
  'engine.rules.expect.gradeBands': {
    'zh-CN': '三个递减的分数线，如 90/80/60',
    'en-US': 'three descending thresholds such as 90/80/60',
  },
  'engine.rules.expect.tiers': {
    'zh-CN': '两个递减的比例，如 80%/60%',
    'en-US': 'two descending fractions such as 80%/60%',
  },
  'engine.rules.expect.textList': {
    'zh-CN': '用“、”分隔的词，如 执行率、支出进度',
    'en-US': 'words separated by "、" or ",", such as 执行率、支出进度',
  },
  'engine.rules.expect.numberList': {
    'zh-CN': '用“/”分隔的分值，如 10/50/30/10',
    'en-US': 'weights separated by "/", such as 10/50/30/10',
  },
  'engine.row.cumulativeBad': {
    'zh-CN':
      '“{name}”的是否累计“{text}”无法识别：请填写 是（累计值，年中与时间进度比较）或 否，或留空按规则判断',
    'en-US':
      'The 是否累计 (cumulative) cell of "{name}", "{text}", is not understood: write 是 (yes) or 否 (no), or leave it blank for the rule',
  },
  'engine.rules.monitor.auto': { 'zh-CN': '自动', 'en-US': 'auto' },
  'engine.rules.monitor.on': { 'zh-CN': '年中监控', 'en-US': 'on' },
  'engine.rules.monitor.off': { 'zh-CN': '年终', 'en-US': 'off' },
  'engine.rules.expect.monitor': {
    'zh-CN': '以下之一：自动 | 年中监控 | 年终',
    'en-US': 'one of auto | on | off',
  },
  'engine.rules.expect.share': {
    'zh-CN': '大于 0 且不超过 100% 的比例，如 50% 或 0.5',
    'en-US': 'a share above 0 and at most 100%, such as 50% or 0.5',
  },
} satisfies MessageTable;

declare module '../catalog' {
  interface MessageSections {
    engine: typeof engineMessages;
  }
}
