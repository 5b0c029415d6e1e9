/**
 * Messages of the workbook contract (src/workbook): reading names and headers, writing plans,
 * the generated sheets. In every build's catalog (src/i18n/catalog.ts lists them); the texts
 * of 撤销上次计算 (./safety/undo-messages.ts) and of the 评价结果 sheet
 * (./sheets/results-messages.ts) load with the code that shows them.
 */
import type { MessageTable } from '../i18n/catalog';

export const workbookMessages = {
  'workbook.total.provisionalSuffix': { 'zh-CN': '（暂定）', 'en-US': ' (provisional)' },
  'workbook.annotation.combined': {
    'zh-CN': '偏差原因：{reason}；改进措施：{measures}',
    'en-US': 'Reason: {reason}; measures: {measures}',
  },
  'workbook.annotation.combinedReason': {
    'zh-CN': '偏差原因：{reason}',
    'en-US': 'Reason: {reason}',
  },
  'workbook.name.missing': {
    'zh-CN': '工作簿缺少名称 {name}（或中文名称 {aliases}）',
    'en-US': 'The workbook has no name {name} (or its Chinese alias {aliases})',
  },
  'workbook.name.clash': {
    'zh-CN': '名称 {name} 与其别名指向不同的单元格：{names}；请只保留一个',
    'en-US': 'The name {name} and its aliases refer to different cells: {names}; keep only one',
  },
  'workbook.name.invalidReference': {
    'zh-CN': '名称 {name} 的引用无效（#REF!，可能所在工作表或单元格已被删除）：{formula}',
    'en-US':
      'The name {name} refers to nothing (#REF!, its sheet or cells were deleted): {formula}',
  },
  'workbook.name.notARange': {
    'zh-CN': '名称 {name} 不是单元格区域（常量或公式名称）：{formula}',
    'en-US': 'The name {name} is not a range of cells (a constant or formula name): {formula}',
  },
  'workbook.name.notOneCell': {
    'zh-CN': '名称 {name} 应指向一个单元格，但 {address} 中有多个单元格有内容',
    'en-US': 'The name {name} should be one cell, but several cells of {address} hold values',
  },
  'workbook.formula.uncalculated': {
    'zh-CN': '{where} 的公式尚未计算：请在 Excel/WPS 中打开并保存一次',
    'en-US':
      'The formula in {where} has not been calculated: open the workbook in Excel or WPS and save it once',
  },
  'workbook.name.resultOnInput': {
    'zh-CN':
      '结果名称 {name} 指向一个输入或说明单元格；重新计算不会覆盖它，请把该名称移到结果单元格',
    'en-US':
      'The result name {name} refers to an input or explanation cell; recalculation will not overwrite it: move the name to a result cell',
  },
  'workbook.indicators.oneCell': {
    'zh-CN': '名称 {name} 只指向一个单元格；它应包括表头行和全部指标行',
    'en-US':
      'The name {name} is a single cell; it must cover the header row and every indicator row',
  },
  'workbook.indicators.rowOutside': {
    'zh-CN':
      '第 {row} 行（“{name}”）像一个指标，但在绩效指标表 {table}（{address}）之外，不会被评分：请把名称 {table} 扩展到第 {row} 行（公式 → 名称管理器），或删除该行',
    'en-US':
      'Row {row} ("{name}") looks like an indicator but lies outside the indicator table {table} ({address}), so it would not be scored: extend the name {table} to row {row} (Formulas → Name Manager), or delete the row',
  },
  'workbook.indicators.empty': {
    'zh-CN': '绩效指标表 {name} 中没有任何指标行',
    'en-US': 'The indicator table {name} has no indicator rows',
  },
  'workbook.header.missing': {
    'zh-CN': '绩效指标表缺少“{header}”列（可用的表头：{accepted}）',
    'en-US': 'The indicator table has no "{header}" column (accepted headers: {accepted})',
  },
  'workbook.header.duplicate': {
    'zh-CN': '表头“{header}”出现了不止一次：{cells}',
    'en-US': 'The header "{header}" appears more than once: {cells}',
  },
  'workbook.rules.shape': {
    'zh-CN': '评分规则区域 {name}（{address}）应有两列：规则键 | 取值',
    'en-US': 'The rules range {name} ({address}) needs two columns: key | value',
  },
  'workbook.rules.unknownKey': {
    'zh-CN': '未知的评分规则键“{key}”；可用的键：{keys}',
    'en-US': 'Unknown rule key "{key}"; valid keys: {keys}',
  },
  'workbook.rules.duplicateKey': {
    'zh-CN': '评分规则键 {key} 重复（已在 {cell} 设置）',
    'en-US': 'The rule key {key} is given twice (already set in {cell})',
  },
  'workbook.conflict.handTyped': {
    'zh-CN': '{where} 中的值“{value}”不是本工具写入的；重新计算会覆盖它',
    'en-US':
      'The value "{value}" in {where} was not written by this tool; recalculating would overwrite it',
  },
  'workbook.conflict.cannotMove': {
    'zh-CN': '{where} 中的值“{value}”无法移到人工得分列：{why}',
    'en-US': 'The value "{value}" in {where} cannot be moved to the manual score column: {why}',
  },
  'workbook.conflict.notScoreColumn': {
    'zh-CN': '它不在得分列',
    'en-US': 'it is not in the score column',
  },
  'workbook.conflict.noManualColumn': {
    'zh-CN': '绩效指标表没有“人工得分”列',
    'en-US': 'the indicator table has no "人工得分" (manual score) column',
  },
  'workbook.conflict.manualFilled': {
    'zh-CN': '同一行的人工得分 {cell} 已有不同的值',
    'en-US': 'the manual score {cell} of the same row already holds a different value',
  },
  'workbook.annotation.noColumn': {
    'zh-CN': '无法写入说明：缺少“{header}”',
    'en-US': 'Cannot write the explanation: there is no "{header}"',
  },
  'workbook.annotation.noRow': {
    'zh-CN': '无法写入说明：没有第 {index} 个指标',
    'en-US': 'Cannot write the explanation: there is no indicator number {index}',
  },
  'workbook.cell.tooLong': {
    'zh-CN':
      '{where} 的文字有 {count} 个字符，超过 Excel 单元格上限（{limit} 个字符），未写入。请删减后再保存。',
    'en-US':
      'The text for {where} has {count} characters, more than an Excel cell holds ({limit}); nothing was written. Shorten it and save again.',
  },
  'workbook.status.final': { 'zh-CN': '最终', 'en-US': 'Final' },
  'workbook.status.provisional': { 'zh-CN': '暂定', 'en-US': 'Provisional' },
  'workbook.status.open': {
    'zh-CN': '{count} 项偏差待说明',
    'en-US': 'Deviations awaiting an explanation: {count}',
  },
  'workbook.status.withWarnings': {
    'zh-CN': '{status}；注意：{warnings}（综合得分按所填分值计算）',
    'en-US': '{status}; note: {warnings} (the total is out of the weights as given)',
  },
  'workbook.status.allExplained': {
    'zh-CN': '已完成，无待说明偏差',
    'en-US': 'Complete, no deviation awaits an explanation',
  },
  'workbook.status.provisionalBecause': {
    'zh-CN': '暂定：{reasons}',
    'en-US': 'Provisional: {reasons}',
  },
  'workbook.status.monitoring': {
    'zh-CN': '年中监控（时间进度 {elapsed}）：红灯 {red}、黄灯 {yellow}、绿灯 {green}',
    'en-US':
      'Mid-year monitoring ({elapsed} of the year elapsed): {red} red, {yellow} yellow, {green} green',
  },
  'workbook.status.monitoringShort': { 'zh-CN': '年中监控', 'en-US': 'Mid-year monitoring' },
  'workbook.status.more': { 'zh-CN': '等另 {count} 项', 'en-US': 'and {count} more' },
  'workbook.write.rolledBack': {
    'zh-CN': '写入工作簿失败（{cause}），已全部撤回，工作簿未改变。请稍后重试。',
    'en-US':
      'Writing to the workbook failed ({cause}); everything was rolled back and the workbook is unchanged. Please try again.',
  },
  'workbook.write.notSent': {
    'zh-CN': '写入工作簿失败（{cause}）：Excel 在写入前拒绝了请求，工作簿未改变。',
    'en-US':
      'Writing to the workbook failed ({cause}): Excel refused the request before anything was written; the workbook is unchanged.',
  },
  'workbook.write.notRolledBack': {
    'zh-CN':
      '写入工作簿失败（{cause}），撤回也失败（{rollbackCause}）：以下单元格或工作表可能已被改写：{cells}。请检查这些位置，必要时关闭工作簿且不保存。',
    'en-US':
      'Writing to the workbook failed ({cause}) and rolling it back failed too ({rollbackCause}): these cells or sheets may have been changed: {cells}. Check them, or close the workbook without saving.',
  },
  'workbook.write.sheetsLost': {
    'zh-CN':
      '写入工作簿失败（{cause}），其余写入已撤回，但正被替换的工作表 {cells} 已删除，无法恢复；它是绩效自评助手生成且未经修改的工作表，请重新生成。',
    'en-US':
      'Writing to the workbook failed ({cause}); the rest was rolled back, but the sheet being replaced, {cells}, was deleted and cannot be restored. It was a sheet PerfScore generated and nobody had edited: generate it again.',
  },
  'workbook.write.moreCells': { 'zh-CN': '等另 {count} 处', 'en-US': ' and {count} more' },
  'workbook.log.undone': {
    'zh-CN': '撤销了 {time} 的计算',
    'en-US': 'Undid the recalculation of {time}',
  },
  'workbook.log.time': { 'zh-CN': '时间', 'en-US': 'Time' },
  'workbook.log.profile': { 'zh-CN': '评分规则', 'en-US': 'Profile' },
  'workbook.log.total': { 'zh-CN': '总分', 'en-US': 'Total' },
  'workbook.log.grade': { 'zh-CN': '等级', 'en-US': 'Grade' },
  'workbook.log.state': { 'zh-CN': '最终/暂定', 'en-US': 'Final/provisional' },
  'workbook.log.open': { 'zh-CN': '待处理项', 'en-US': 'Open flags' },
  'workbook.log.hash': { 'zh-CN': '输入SHA-256', 'en-US': 'Input SHA-256' },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    workbook: typeof workbookMessages;
  }
}
