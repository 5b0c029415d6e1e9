/**
 * Messages of the report draft (src/report) and of `perfscore report`. Loading this module adds
 * them to the catalog (src/report/format.ts imports it), so that the task pane downloads them
 * with 生成报告文字, not when it opens.
 */
import { registerMessages, type MessageTable } from '../i18n/catalog';

export const reportMessages = {
  'report.title': {
    'zh-CN': '{subject}部门整体支出绩效自评报告',
    'en-US': 'Overall expenditure performance self-evaluation report{subject}',
  },
  'report.title.subject': {
    'zh-CN': '{department}{year}',
    'en-US': ': {department}{year}',
  },
  'report.title.year': {
    'zh-CN': '{year}年度',
    'en-US': ' {year}',
  },
  'report.provisionalNotice': {
    'zh-CN': '【暂定】本报告的综合得分为暂定结果，数据补齐并重新计算后方为最终结果。',
    'en-US':
      '[Provisional] The composite score in this report is provisional; it becomes final once the missing data are completed and the evaluation is run again.',
  },
  'report.overview.heading': {
    'zh-CN': '一、基本概况',
    'en-US': '1. Overview',
  },
  'report.overview.initialHeading': {
    'zh-CN': '1.年初预算安排情况',
    'en-US': '1. Budget at the start of the year',
  },
  'report.overview.initial': {
    'zh-CN': '我单位年初预算数为{initial}。',
    'en-US': 'Our budget at the start of the year was {initial}.',
  },
  'report.overview.initialLines': {
    'zh-CN': '我单位年初预算数为{initial}，其中：{lines}。',
    'en-US': 'Our budget at the start of the year was {initial}, of which {lines}.',
  },
  // One line of the budget breakdown (预算明细), joined by shareSeparator.
  'report.overview.initialShare': {
    'zh-CN': '{name}年初预算数为{amount}',
    'en-US': '{name} {amount}',
  },
  'report.overview.spentShare': {
    'zh-CN': '{name}为{amount}',
    'en-US': '{name} {amount}',
  },
  'report.overview.shareSeparator': { 'zh-CN': '、', 'en-US': ', ' },
  // The spending with its breakdown, inside the execution paragraph.
  'report.overview.spentLines': {
    'zh-CN': '{spent}，其中：{lines}',
    'en-US': '{spent} (of which {lines})',
  },
  'report.overview.adjustmentHeading': {
    'zh-CN': '2.预算调整情况',
    'en-US': '2. Mid-year adjustment',
  },
  'report.overview.adjustmentDown': {
    'zh-CN':
      '我单位年初批复预算数{initial}，年中调减数{adjustment}，调减后全年预算数{final}，预算调整率{rate}。',
    'en-US':
      'The approved budget at the start of the year was {initial}; the mid-year reduction of {adjustment} left a full-year budget of {final}: an adjustment rate of {rate}.',
  },
  'report.overview.adjustmentUp': {
    'zh-CN':
      '我单位年初批复预算数{initial}，年中调增数{adjustment}，调增后全年预算数{final}，预算调整率{rate}。',
    'en-US':
      'The approved budget at the start of the year was {initial}; the mid-year increase of {adjustment} made a full-year budget of {final}: an adjustment rate of {rate}.',
  },
  'report.overview.adjustmentNone': {
    'zh-CN': '我单位年初批复预算数{initial}，年中未调整预算，全年预算数{final}，预算调整率{rate}。',
    'en-US':
      'The approved budget at the start of the year was {initial}; it was not adjusted during the year, so the full-year budget was {final}: an adjustment rate of {rate}.',
  },
  'report.overview.adjustmentReason': {
    'zh-CN': '调整原因：{reason}。',
    'en-US': 'Reason for the adjustment: {reason}.',
  },
  'report.overview.executionHeading': {
    'zh-CN': '3.全年预算执行情况',
    'en-US': '3. Budget execution over the year',
  },
  'report.overview.execution': {
    'zh-CN': '全年预算数为{final}，全年实际支出资金{spent}，预算执行率为{rate}。',
    'en-US':
      'The full-year budget was {final} and the actual spending {spent}: an execution rate of {rate}.',
  },
  'report.overview.executionNoRate': {
    'zh-CN': '全年预算数为{final}，全年实际支出资金{spent}，预算执行率无法计算。',
    'en-US':
      'The full-year budget was {final} and the actual spending {spent}; the execution rate cannot be computed.',
  },
  'report.notGiven': {
    'zh-CN': '（未填写）',
    'en-US': '(not given)',
  },
  'report.analysis.heading': {
    'zh-CN': '三、绩效指标完成情况',
    'en-US': '3. Achievement of the performance indicators',
  },
  'report.analysis.execution': {
    'zh-CN': '我单位{year}全年预算金额为{final}，执行金额为{spent}，执行率为{rate}，得{score}分。',
    'en-US':
      'In {year} our full-year budget was {final} and the amount spent {spent}: an execution rate of {rate}, scoring {score} points.',
  },
  'report.analysis.executionPending': {
    'zh-CN': '我单位{year}全年预算金额为{final}，执行金额为{spent}，预算执行得分待定。',
    'en-US':
      'In {year} our full-year budget was {final} and the amount spent {spent}; the execution score is pending.',
  },
  'report.analysis.thisYear': {
    'zh-CN': '本年度',
    'en-US': 'this year',
  },
  'report.analysis.yearOf': {
    'zh-CN': '{year}年',
    'en-US': '{year}',
  },
  'report.analysis.indicatorHeading': {
    'zh-CN': '（{ordinal}）指标{ordinal}：',
    'en-US': '({ordinal}) Indicator {ordinal}',
  },
  'report.indicator.target': {
    'zh-CN': '{name}：该指标预期指标值为{target}',
    'en-US': '{name}: the expected value is {target}',
  },
  'report.indicator.midYear': {
    'zh-CN': '，年中监控实际完成值为{midYear}',
    'en-US': '; the mid-year monitoring value was {midYear}',
  },
  'report.indicator.actual': {
    'zh-CN': '，本次评价{name}为{actual}',
    'en-US': '; this evaluation found {name} at {actual}',
  },
  'report.indicator.actualSpecial': {
    'zh-CN': '，本次评价该指标{actual}',
    'en-US': '; this evaluation found: {actual}',
  },
  'report.indicator.actualBlank': {
    'zh-CN': '，本次评价实际完成值尚未填写',
    'en-US': '; the actual value has not been entered yet',
  },
  'report.indicator.completion': {
    'zh-CN': '，该指标完成率为{completion}',
    'en-US': '; completion rate {completion}',
  },
  'report.indicator.end': {
    'zh-CN': '。',
    'en-US': '. ',
  },
  'report.indicator.reasonAndMeasures': {
    'zh-CN': '偏差原因：{reason}，改进措施：{measures}。',
    'en-US': 'Reason for the deviation: {reason}; improvement measures: {measures}. ',
  },
  'report.indicator.reason': {
    'zh-CN': '偏差原因：{reason}。',
    'en-US': 'Reason for the deviation: {reason}. ',
  },
  'report.indicator.measures': {
    'zh-CN': '改进措施：{measures}。',
    'en-US': 'Improvement measures: {measures}. ',
  },
  'report.indicator.score': {
    'zh-CN': '该指标权重分值为{weight}分，自评得分{score}分。',
    'en-US': 'Weight {weight} points, self-evaluation score {score} points.',
  },
  'report.indicator.scoreManual': {
    'zh-CN': '该指标权重分值为{weight}分，自评得分{score}分（按评分规则计算为{ruleScore}分）。',
    'en-US':
      'Weight {weight} points, self-evaluation score {score} points (the scoring rules give {ruleScore} points).',
  },
  'report.indicator.scorePending': {
    'zh-CN': '该指标权重分值为{weight}分，自评得分待定。',
    'en-US': 'Weight {weight} points, self-evaluation score pending.',
  },
  'report.operator.≥': { 'zh-CN': '大于等于', 'en-US': 'at least ' },
  'report.operator.>': { 'zh-CN': '大于', 'en-US': 'more than ' },
  'report.operator.≤': { 'zh-CN': '小于等于', 'en-US': 'at most ' },
  'report.operator.<': { 'zh-CN': '小于', 'en-US': 'less than ' },
  'report.operator.=': { 'zh-CN': '等于', 'en-US': 'equal to ' },
  'report.table.caption': {
    'zh-CN': '绩效指标完成情况表',
    'en-US': 'Performance indicators',
  },
  'report.table.name': { 'zh-CN': '指标名称', 'en-US': 'Indicator' },
  'report.table.target': { 'zh-CN': '预期指标值', 'en-US': 'Target' },
  'report.table.actual': { 'zh-CN': '实际完成值', 'en-US': 'Actual' },
  'report.table.completion': { 'zh-CN': '完成率', 'en-US': 'Completion' },
  'report.table.weight': { 'zh-CN': '权重分值', 'en-US': 'Weight' },
  'report.table.score': { 'zh-CN': '自评得分', 'en-US': 'Score' },
  'report.table.pending': { 'zh-CN': '待定', 'en-US': 'pending' },
  'report.table.provisionalTotal': { 'zh-CN': '{total}（暂定）', 'en-US': '{total} (provisional)' },
  'report.table.none': { 'zh-CN': '—', 'en-US': '—' },
  'report.table.executionRow': { 'zh-CN': '预算执行率', 'en-US': 'Budget execution rate' },
  'report.table.totalRow': { 'zh-CN': '综合得分', 'en-US': 'Composite score' },
  'report.conclusion.heading': {
    'zh-CN': '四、自评结论',
    'en-US': '4. Conclusion',
  },
  'report.conclusion.final': {
    'zh-CN': '{year}部门整体支出绩效自评综合得分{total}分，评价结果为“{grade}”。',
    'en-US':
      'The composite self-evaluation score for {year} is {total} points; the result is "{grade}".',
  },
  'report.conclusion.provisional': {
    'zh-CN':
      '{year}部门整体支出绩效自评综合得分暂为{total}分（暂定，不是最终结果），评价等级待定。',
    'en-US':
      'The composite self-evaluation score for {year} is provisionally {total} points (not final); the grade is pending.',
  },
  'report.conclusion.thisYear': {
    'zh-CN': '本年度',
    'en-US': 'this year',
  },
  'report.conclusion.yearOf': {
    'zh-CN': '{year}年度',
    'en-US': '{year}',
  },
  'report.conclusion.pendingBecause': {
    'zh-CN': '暂定原因：{reasons}。',
    'en-US': 'Why it is provisional: {reasons}.',
  },
  'report.conclusion.execution': {
    'zh-CN': '全年预算执行率为{rate}，预算执行得分{score}分（权重分值{weight}分）。',
    'en-US': 'The budget execution rate was {rate}, scoring {score} of {weight} points.',
  },
  'report.conclusion.executionPending': {
    'zh-CN': '预算执行率无法计算，预算执行得分待定（权重分值{weight}分）。',
    'en-US':
      'The budget execution rate cannot be computed; its score ({weight} points) is pending.',
  },
  'report.conclusion.indicators': {
    'zh-CN': '{count}项绩效指标合计权重分值{weight}分，自评得分{score}分。',
    'en-US': 'The {count} performance indicators carry {weight} points and score {score} points.',
  },
  'report.conclusion.warning': {
    'zh-CN': '注意：{message}，综合得分按所填分值计算。',
    'en-US': 'Note: {message}; the total is out of the weights as given.',
  },
  'report.conclusion.levels': {
    'zh-CN': '分一级指标：{levels}。',
    'en-US': 'By level-1 indicator: {levels}.',
  },
  'report.conclusion.levelSeparator': { 'zh-CN': '；', 'en-US': '; ' },
  'report.conclusion.level': {
    'zh-CN': '{name}得分{score}分（分值{weight}分）',
    'en-US': '{name} {score} of {weight} points',
  },
  'report.conclusion.levelPartial': {
    'zh-CN': '{name}暂定得分{score}分（分值{weight}分，{unscored}项待评分）',
    'en-US': '{name} {score} of {weight} points so far ({unscored} row(s) still unscored)',
  },
  'report.conclusion.levelNone': {
    'zh-CN': '{name}得分待定（分值{weight}分）',
    'en-US': '{name}: score pending ({weight} points)',
  },
  'report.conclusion.noLevel': {
    'zh-CN': '未填一级指标的指标',
    'en-US': 'indicators without a level 1',
  },
  'report.conclusion.noOpenItems': {
    'zh-CN': '各项偏差均已说明，无待处理事项。',
    'en-US': 'Every deviation has been explained; nothing is left open.',
  },
  'report.conclusion.openItems': {
    'zh-CN': '尚有{count}项待说明或待补充的事项：',
    'en-US': '{count} item(s) still need an explanation or input:',
  },
  'report.conclusion.openItem': {
    'zh-CN': '（{number}）{subject}：{message}。',
    'en-US': '({number}) {subject}: {message}.',
  },
  'report.conclusion.executionSubject': {
    'zh-CN': '预算执行',
    'en-US': 'Budget execution',
  },
  'report.conclusion.separator': {
    'zh-CN': '；',
    'en-US': '; ',
  },
  'report.cli.usage': {
    'zh-CN':
      '  perfscore report <输入.json|输入.xlsx> --out <报告.md|报告.docx> [--profile 名称] [--force] [--monitor] [--elapsed 0.5] [--lang zh-CN|en-US]\n      按评价结果起草自评报告文字（基本概况、绩效指标完成情况、自评结论及指标表）；年中（全年实际值为空，或 --monitor）起草年中监控报告；--force 覆盖已有文件',
    'en-US':
      '  perfscore report <in.json|in.xlsx> --out <report.md|report.docx> [--profile NAME] [--force] [--monitor] [--elapsed 0.5] [--lang zh-CN|en-US]\n      drafts the report text (overview, indicators, conclusion and indicator table) from the evaluation; at mid-year (actuals blank, or --monitor) the mid-year monitoring draft; --force overwrites an existing file',
  },
  'report.cli.unknownOutputType': {
    'zh-CN': '报告文件“{file}”的扩展名应为 .md 或 .docx',
    'en-US': 'the report file "{file}" must end in .md or .docx',
  },
  'report.cli.cannotWrite': {
    'zh-CN': '无法写入报告文件“{file}”：{reason}',
    'en-US': 'cannot write the report file "{file}": {reason}',
  },
  'report.cli.written': {
    'zh-CN': '已写入报告：{file}',
    'en-US': 'Report written: {file}',
  },
  'report.cli.writtenProvisional': {
    'zh-CN': '已写入报告：{file}（综合得分为暂定结果，报告中已注明）',
    'en-US': 'Report written: {file} (the composite score is provisional, and the report says so)',
  },

  // The mid-year monitoring draft (年中监控): lights and progress, never a score or a grade.
  'report.monitoring.title': {
    'zh-CN': '{subject}部门整体支出绩效年中监控报告',
    'en-US': 'Overall expenditure performance mid-year monitoring report{subject}',
  },
  'report.monitoring.notice': {
    'zh-CN':
      '【年中监控】本稿为年中监控报告草稿（时间进度{elapsed}），按年中值对照时间进度或预期指标值判断红黄绿灯，不是年终绩效自评报告，不含自评得分、综合得分和评价等级；填入全年实际完成值后重新生成即为自评报告。',
    'en-US':
      '[Mid-year monitoring] This is a mid-year monitoring draft ({elapsed} of the year elapsed), with traffic lights from the mid-year values against the elapsed share of the year or the target. It is not the year-end self-evaluation: it has no scores, no composite and no grade. Enter the year-end actuals and draft again for the self-evaluation report.',
  },
  'report.monitoring.overviewHeading': {
    'zh-CN': '3.年中预算执行情况',
    'en-US': '3. Budget execution so far',
  },
  'report.monitoring.overview': {
    'zh-CN':
      '全年预算数为{final}，截至年中已支出{spent}，已支出全年预算的{completion}，时间进度{elapsed}。',
    'en-US':
      'The full-year budget is {final}; {spent} has been spent so far: {completion} of the year’s budget, with {elapsed} of the year elapsed.',
  },
  'report.monitoring.overviewNoShare': {
    'zh-CN': '全年预算数为{final}，截至年中已支出{spent}，支出进度无法计算（时间进度{elapsed}）。',
    'en-US':
      'The full-year budget is {final}; {spent} has been spent so far; the share spent cannot be computed ({elapsed} of the year elapsed).',
  },
  'report.monitoring.analysisHeading': {
    'zh-CN': '三、绩效指标年中完成情况',
    'en-US': '3. Progress of the performance indicators at mid-year',
  },
  'report.monitoring.execution': {
    'zh-CN':
      '我单位{year}全年预算金额为{final}，截至年中执行金额为{spent}，已支出全年预算的{completion}，时间进度{elapsed}（进度比{progress}），{lightWords}。',
    'en-US':
      'In {year} our full-year budget is {final} and {spent} has been spent so far: {completion} of the year’s budget with {elapsed} of the year elapsed (pace {progress}), {lightWords}. ',
  },
  'report.monitoring.executionPending': {
    'zh-CN':
      '我单位{year}全年预算金额为{final}，截至年中执行金额为{spent}，支出进度无法计算（时间进度{elapsed}），未判断红黄绿灯。',
    'en-US':
      'In {year} our full-year budget is {final} and {spent} has been spent so far; the share spent cannot be computed ({elapsed} of the year elapsed), so there is no light. ',
  },
  'report.monitoring.light': {
    'zh-CN': '{light}，{likelihood}',
    'en-US': '{light} light, {likelihood}',
  },
  'report.monitoring.midYear': {
    'zh-CN': '，年中监控值为{midYear}',
    'en-US': '; the mid-year value is {midYear}',
  },
  'report.monitoring.midYearBlank': {
    'zh-CN': '，年中监控值尚未填写，未判断红黄绿灯',
    'en-US': '; the mid-year value has not been entered, so there is no light',
  },
  'report.monitoring.noLight': {
    'zh-CN': '，该指标不按进度判断红黄绿灯',
    'en-US': '; this indicator gets no light from its progress',
  },
  'report.monitoring.cumulative': {
    'zh-CN': '，为年度目标值的{completion}，时间进度{elapsed}（进度比{progress}），',
    'en-US':
      ', {completion} of the annual target with {elapsed} of the year elapsed (pace {progress}): ',
  },
  'report.monitoring.rate': {
    'zh-CN': '，对照预期指标值完成{progress}，',
    'en-US': ', {progress} of the target: ',
  },
  'report.monitoring.rateReached': {
    'zh-CN': '，已达到预期指标值（完成{progress}），',
    'en-US': ', already meeting the target ({progress}): ',
  },
  'report.monitoring.reasonLabel': { 'zh-CN': '偏差原因', 'en-US': 'Reason for the deviation' },
  'report.monitoring.reasonLabelCategory': {
    'zh-CN': '偏差原因（{category}）',
    'en-US': 'Reason for the deviation ({category})',
  },
  'report.monitoring.reason': {
    'zh-CN': '{label}：{reason}。',
    'en-US': '{label}: {reason}. ',
  },
  'report.monitoring.reasonAndMeasures': {
    'zh-CN': '{label}：{reason}，改进措施：{measures}。',
    'en-US': '{label}: {reason}; improvement measures: {measures}. ',
  },
  'report.monitoring.tableCaption': {
    'zh-CN': '绩效指标年中监控情况表（时间进度{elapsed}）',
    'en-US': 'Performance indicators at mid-year ({elapsed} of the year elapsed)',
  },
  'report.monitoring.table.name': { 'zh-CN': '指标名称', 'en-US': 'Indicator' },
  'report.monitoring.table.target': { 'zh-CN': '预期指标值', 'en-US': 'Target' },
  'report.monitoring.table.midYear': { 'zh-CN': '年中监控值', 'en-US': 'Mid-year value' },
  'report.monitoring.table.progress': { 'zh-CN': '进度比', 'en-US': 'Pace' },
  'report.monitoring.table.light': { 'zh-CN': '信号灯', 'en-US': 'Light' },
  'report.monitoring.table.likelihood': { 'zh-CN': '完成可能性', 'en-US': 'Outlook' },
  'report.monitoring.conclusionHeading': {
    'zh-CN': '四、年中监控结论',
    'en-US': '4. Mid-year monitoring conclusion',
  },
  'report.monitoring.summary': {
    'zh-CN':
      '截至年中（时间进度{elapsed}），预算执行和绩效指标共{count}项纳入监控：红灯{red}项、黄灯{yellow}项、绿灯{green}项。',
    'en-US':
      'At mid-year ({elapsed} of the year elapsed), {count} lines are monitored (budget execution and indicators): {red} red, {yellow} yellow, {green} green.',
  },
  'report.monitoring.lightList.red': {
    'zh-CN': '红灯（预计难以完成）{count}项：{names}。',
    'en-US': 'Red (unlikely to be met), {count}: {names}.',
  },
  'report.monitoring.lightList.yellow': {
    'zh-CN': '黄灯（存在风险）{count}项：{names}。',
    'en-US': 'Yellow (at risk), {count}: {names}.',
  },
  'report.monitoring.lightList.green': {
    'zh-CN': '绿灯（预计能完成）{count}项：{names}。',
    'en-US': 'Green (likely to be met), {count}: {names}.',
  },
  'report.monitoring.nameSeparator': { 'zh-CN': '、', 'en-US': ', ' },
  'report.monitoring.unexplained': {
    'zh-CN': '以下红灯、黄灯事项尚未填写偏差原因，请说明原因并提出纠偏措施：{names}。',
    'en-US':
      'These red or yellow lines have no reason yet; explain them and say what will be done: {names}.',
  },
  'report.monitoring.errors': {
    'zh-CN': '以下输入数据有误，请更正：',
    'en-US': 'These inputs are wrong; please correct them:',
  },
  'report.monitoring.closing': {
    'zh-CN':
      '本稿为年中监控，不计算自评得分和综合得分、不评定等级；年终填入全年实际完成值后再行自评。',
    'en-US':
      'This is a mid-year monitoring: no scores, no composite and no grade. The self-evaluation follows at the year end, with the year-end actuals.',
  },
  // The last line of the 自评报告 sheet: its proof of being untouched ({code}: the first 8 hex
  // digits of the SHA-256 of the sheet's text above it).
  'report.sheet.stamp': {
    'zh-CN':
      '以上由绩效自评助手于 {time} 生成（校验码 {code}）。修改后重新生成，新稿将写入新的工作表。',
    'en-US':
      'Drafted above by PerfScore on {time} (check code {code}). Once it is edited, drafting again writes the new draft to a new sheet.',
  },
  'report.cli.writtenMonitoring': {
    'zh-CN': '已写入报告：{file}（年中监控报告草稿，不含得分和等级）',
    'en-US': 'Report written: {file} (a mid-year monitoring draft, without scores or grade)',
  },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    report: typeof reportMessages;
  }
}

registerMessages(reportMessages);
