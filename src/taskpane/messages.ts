/**
 * Texts of the task pane, in every build's catalog (src/i18n/catalog.ts lists them); the
 * preview's own texts are in src/preview/messages.ts, and those of the parts the pane loads on
 * demand beside them (./messages-form.ts, ./messages-editor.ts, ./messages-settings.ts, …).
 */
import type { MessageTable } from '../i18n/catalog';

export const paneMessages = {
  'pane.title': { 'zh-CN': '绩效自评助手', 'en-US': 'PerfScore' },
  'pane.recalculate': { 'zh-CN': '重新计算', 'en-US': 'Recalculate' },
  'pane.recalculating': { 'zh-CN': '正在计算…', 'en-US': 'Calculating…' },
  'pane.notYetCalculated': {
    'zh-CN': '点击“重新计算”读取工作簿并评分。',
    'en-US': 'Click “Recalculate” to read the workbook and score it.',
  },

  // Summary card.
  'pane.summary.title': { 'zh-CN': '综合得分', 'en-US': 'Composite score' },
  'pane.summary.outOf': { 'zh-CN': '满分 {max}', 'en-US': 'out of {max}' },
  'pane.summary.grade': { 'zh-CN': '评价等级', 'en-US': 'Grade' },
  'pane.summary.provisional': {
    'zh-CN': '暂定得分，尚非最终结果',
    'en-US': 'Provisional score, not final',
  },
  'pane.summary.provisionalGrade': {
    'zh-CN': '若无待处理事项，等级将为 {grade}',
    'en-US': 'Would be graded {grade} once nothing is pending',
  },
  'pane.summary.provisionalReasons': { 'zh-CN': '待定原因', 'en-US': 'Why it is provisional' },
  'pane.summary.final': { 'zh-CN': '最终结果', 'en-US': 'Final result' },
  'pane.summary.executionRate': { 'zh-CN': '预算执行率', 'en-US': 'Budget execution' },
  'pane.summary.executionScore': { 'zh-CN': '执行率得分', 'en-US': 'Execution score' },
  'pane.summary.subtotals': { 'zh-CN': '一级指标得分', 'en-US': 'Scores by level-1 indicator' },
  'pane.summary.scoreOf': { 'zh-CN': '{score} / {weight}', 'en-US': '{score} / {weight}' },
  'pane.summary.partialScoreOf': {
    'zh-CN': '{score}（暂定） / {weight}',
    'en-US': '{score} (provisional) / {weight}',
  },
  'pane.summary.warning': {
    'zh-CN': '注意：{message}（综合得分按所填分值计算）',
    'en-US': 'Note: {message} (the total is out of the weights as given)',
  },
  'pane.summary.noLevel': { 'zh-CN': '（未填一级指标）', 'en-US': '(no level 1)' },
  'pane.summary.openCount': { 'zh-CN': '{count} 项偏差待说明', 'en-US': '{count} open item(s)' },
  'pane.summary.allExplained': {
    'zh-CN': '所有偏差均已说明',
    'en-US': 'Every deviation is explained',
  },
  'pane.summary.monitoringNote': {
    'zh-CN': '尚无全年实际完成值，不计综合得分',
    'en-US': 'No year-end actuals yet: no composite score',
  },
  // Grades as the pane shows them (the sheet keeps 优/良/中/差, the contract's values).
  'pane.grade.优': { 'zh-CN': '优', 'en-US': 'Excellent' },
  'pane.grade.良': { 'zh-CN': '良', 'en-US': 'Good' },
  'pane.grade.中': { 'zh-CN': '中', 'en-US': 'Fair' },
  'pane.grade.差': { 'zh-CN': '差', 'en-US': 'Poor' },
  'pane.summary.monitoringTitle': { 'zh-CN': '年中监控概况', 'en-US': 'Mid-year overview' },
  'pane.summary.gradePending': { 'zh-CN': '待定', 'en-US': 'Pending' },
  'pane.summary.lightCount': { 'zh-CN': '{light} {count}', 'en-US': '{light} {count}' },
  'pane.summary.spent': { 'zh-CN': '已支出全年预算', 'en-US': 'Budget spent' },
  'pane.summary.elapsed': { 'zh-CN': '时间进度', 'en-US': 'Year elapsed' },
  'pane.summary.errors': {
    'zh-CN': '{count} 处数据有误，请先更正',
    'en-US': '{count} input problem(s) to correct first',
  },

  // Deviations.
  'pane.deviations.title': { 'zh-CN': '偏差说明', 'en-US': 'Deviations' },
  'pane.deviations.open': { 'zh-CN': '待说明（{count}）', 'en-US': 'Open ({count})' },
  'pane.deviations.explained': { 'zh-CN': '已说明（{count}）', 'en-US': 'Explained ({count})' },
  'pane.deviations.none': {
    'zh-CN': '没有需要说明的偏差。',
    'en-US': 'No deviation needs an explanation.',
  },
  'pane.deviations.target': { 'zh-CN': '目标', 'en-US': 'Target' },
  'pane.deviations.actual': { 'zh-CN': '实际', 'en-US': 'Actual' },
  'pane.deviations.completion': { 'zh-CN': '完成率', 'en-US': 'Completion' },
  'pane.deviations.rate': { 'zh-CN': '预算执行率', 'en-US': 'Execution rate' },
  'pane.deviations.score': { 'zh-CN': '得分', 'en-US': 'Score' },
  'pane.deviations.budgetName': { 'zh-CN': '预算执行', 'en-US': 'Budget execution' },
  'pane.deviations.statusOpen': { 'zh-CN': '待说明', 'en-US': 'Open' },
  'pane.deviations.statusManual': { 'zh-CN': '待人工评分', 'en-US': 'Needs manual score' },
  'pane.deviations.statusExplained': { 'zh-CN': '已说明', 'en-US': 'Explained' },
  'pane.deviations.errorsTitle': { 'zh-CN': '数据问题', 'en-US': 'Input problems' },

  // Annotation editor.
  'pane.editor.cancel': { 'zh-CN': '取消', 'en-US': 'Cancel' },
  'pane.editor.close': { 'zh-CN': '关闭', 'en-US': 'Close' },
  'pane.editor.noBudgetCell': {
    'zh-CN':
      '这张表没有填写预算执行偏差说明的单元格。请选一个单元格，把它命名为“预算偏差说明”（公式 › 定义名称），再点“重新计算”，即可在这里填写；也可以在自评报告中说明。',
    'en-US':
      'This workbook has no cell for the budget execution explanation. Select a cell, name it "预算偏差说明" (Formulas › Define Name) and click Recalculate to write it here; or explain it in the self-evaluation report.',
  },
  'pane.editor.saved': { 'zh-CN': '已保存到工作表：{name}', 'en-US': 'Saved to the sheet: {name}' },
  'pane.drafts.badge': { 'zh-CN': '有未保存的草稿', 'en-US': 'Unsaved draft' },
  'pane.drafts.kept': {
    'zh-CN': '{count} 条未保存的说明已保留为草稿：在“偏差说明”中打开该项即可继续编辑。',
    'en-US':
      '{count} unsaved explanation(s) kept as drafts: open the item under Deviations to go on.',
  },
  'pane.drafts.waiting': {
    'zh-CN':
      '此工作簿有 {count} 条未保存的说明草稿：重新计算后，在“偏差说明”中打开该项即可继续编辑。',
    'en-US':
      'This workbook has {count} unsaved explanation draft(s): recalculate, then open the item under Deviations to go on.',
  },
  'pane.deviations.more': { 'zh-CN': '展开全文', 'en-US': 'Show all' },
  'pane.deviations.less': { 'zh-CN': '收起', 'en-US': 'Show less' },

  // Quick phrases (reason / measures) by flag.

  // Empty state (names missing) and template insertion.
  'pane.notInExcel.title': {
    'zh-CN': '请在 Excel 中使用绩效自评助手',
    'en-US': 'Open PerfScore in Excel',
  },
  'pane.notInExcel.body': {
    'zh-CN':
      '此页面是 Excel 加载项的任务窗格，需要在 Excel（桌面版或网页版）中打开。不使用 Excel 试用，请打开 preview.html。',
    'en-US':
      'This page is the task pane of an Excel add-in: open it in Excel (desktop or on the web). To try it without Excel, open preview.html.',
  },
  'pane.empty.title': {
    'zh-CN': '此工作簿还不是绩效自评表',
    'en-US': 'This workbook is not a self-evaluation form yet',
  },
  'pane.empty.body': {
    'zh-CN': '找不到所需的名称（{names}）。插入模板后，填写预算与指标，再点击“重新计算”。',
    'en-US':
      'The required names ({names}) are missing. Insert the template, fill in the budget and indicators, then click “Recalculate”.',
  },
  'pane.empty.insert': { 'zh-CN': '插入模板', 'en-US': 'Insert template' },
  'pane.empty.inserting': { 'zh-CN': '正在插入…', 'en-US': 'Inserting…' },
  'pane.empty.confirmTitle': {
    'zh-CN': '替换同名工作表？',
    'en-US': 'Replace sheets of the same name?',
  },
  'pane.empty.confirmBody': {
    'zh-CN': '工作簿中已有工作表：{sheets}。插入模板会覆盖其中的内容。',
    'en-US':
      'The workbook already has the sheets {sheets}. Inserting the template overwrites them.',
  },
  'pane.empty.confirmReplace': { 'zh-CN': '覆盖并插入', 'en-US': 'Overwrite and insert' },
  'pane.empty.inserted': {
    'zh-CN': '模板已插入，请填写后重新计算。',
    'en-US': 'The template is in place: fill it in and recalculate.',
  },

  // 识别表格's button (what it shows: ./messages-form.ts).
  'pane.form.recognize': { 'zh-CN': '识别表格', 'en-US': 'Recognise form' },
  'pane.form.recognizing': { 'zh-CN': '正在识别…', 'en-US': 'Recognising…' },

  // Settings.
  'pane.settings.title': { 'zh-CN': '评分规则', 'en-US': 'Scoring rules' },
  'pane.settings.open': { 'zh-CN': '评分规则设置', 'en-US': 'Scoring rule settings' },
  'pane.settings.noRules': {
    'zh-CN': '工作簿中没有“评分规则”区域（名称 Rules），无法保存设置。',
    'en-US': 'The workbook has no Rules range (name Rules): settings cannot be saved.',
  },
  'pane.settings.savedRecalculate': {
    'zh-CN': '设置已保存到“评分规则”。请点击“重新计算”，按新规则更新工作表和本窗格。',
    'en-US':
      'Settings saved to the Rules range. Click Recalculate to update the sheet and this pane with the new rules.',
  },

  // Output conflicts.
  'pane.conflict.title': {
    'zh-CN': '输出单元格中有手工填写的值',
    'en-US': 'Output cells hold hand-typed values',
  },

  // Secondary actions: the report, the results sheet, undo.
  'pane.actions.label': { 'zh-CN': '更多操作', 'en-US': 'More actions' },
  'pane.report.draft': { 'zh-CN': '生成报告文字', 'en-US': 'Draft report' },
  'pane.report.drafting': { 'zh-CN': '正在生成…', 'en-US': 'Drafting…' },
  'pane.report.copied': {
    'zh-CN': '报告文字已写入“{sheet}”工作表，并已复制到剪贴板。',
    'en-US': 'The report text is on the “{sheet}” sheet and copied to the clipboard.',
  },
  'pane.report.notCopied': {
    'zh-CN':
      '报告文字已写入“{sheet}”工作表，但未能复制到剪贴板：请在下方选中文字后复制（Ctrl+C）。',
    'en-US':
      'The report text is on the “{sheet}” sheet but could not be copied: select the text below and copy it (Ctrl+C).',
  },
  'pane.report.keptEdited': {
    'zh-CN': '「{kept}」已有您的修改，未作改动；新稿已写入「{sheet}」。',
    'en-US':
      'The “{kept}” sheet has your changes and was left as it is; the new draft is on the “{sheet}” sheet.',
  },
  'pane.report.provisional': {
    'zh-CN': '综合得分为暂定，报告中不写评价等级。',
    'en-US': 'The composite is provisional: the report states no grade.',
  },
  'pane.locate.notFound': {
    'zh-CN': '无法定位：「{where}」不是本工作簿中的单元格。',
    'en-US': 'Cannot go there: “{where}” is not a cell of this workbook.',
  },
  'pane.report.midYear': {
    'zh-CN': '这是年中监控报告：写红黄绿灯与偏差原因，不写得分与评价等级。',
    'en-US':
      'This is the mid-year monitoring report: traffic lights and deviation reasons, no score or grade.',
  },
  'pane.report.text': { 'zh-CN': '报告文字', 'en-US': 'Report text' },
  'pane.report.hide': { 'zh-CN': '收起', 'en-US': 'Hide' },
  'pane.report.inputErrors': {
    'zh-CN': '{count} 处数据有误，请先更正再生成报告：',
    'en-US': '{count} input problem(s) to correct before drafting the report:',
  },
  'pane.results.write': { 'zh-CN': '生成评价结果', 'en-US': 'Results sheet' },
  'pane.results.writing': { 'zh-CN': '正在生成…', 'en-US': 'Writing…' },
  'pane.results.written': {
    'zh-CN': '已生成“{sheet}”工作表（含指标完成率图表）。',
    'en-US': 'The “{sheet}” sheet is written, with the completion chart.',
  },
  'pane.results.notWritten': {
    'zh-CN': '未生成“{sheet}”工作表：',
    'en-US': 'The “{sheet}” sheet was not written:',
  },
  'pane.undo.run': { 'zh-CN': '撤销上次计算', 'en-US': 'Undo recalc' },
  'pane.undo.running': { 'zh-CN': '正在撤销…', 'en-US': 'Undoing…' },
  'pane.undo.title': { 'zh-CN': '撤销上次计算', 'en-US': 'Undo the last recalculation' },

  // Audit (核对提示).
  'pane.audit.title': { 'zh-CN': '核对提示（{count}）', 'en-US': 'Checks ({count})' },

  // Mid-year monitoring (年中监控).
  'pane.monitor.title': { 'zh-CN': '年中监控', 'en-US': 'Mid-year monitoring' },
  'pane.monitor.elapsed': {
    'zh-CN': '时间进度 {elapsed}',
    'en-US': '{elapsed} of the year elapsed',
  },
  'pane.monitor.light.red': { 'zh-CN': '红灯', 'en-US': 'Red' },
  'pane.monitor.light.yellow': { 'zh-CN': '黄灯', 'en-US': 'Yellow' },
  'pane.monitor.light.green': { 'zh-CN': '绿灯', 'en-US': 'Green' },
  'pane.monitor.likelihood.likely': { 'zh-CN': '预计能完成', 'en-US': 'Likely to be met' },
  'pane.monitor.likelihood.atRisk': { 'zh-CN': '存在风险', 'en-US': 'At risk' },
  'pane.monitor.likelihood.unlikely': { 'zh-CN': '预计难以完成', 'en-US': 'Unlikely to be met' },
  'pane.monitor.executionDetail': {
    'zh-CN': '已支出全年预算的 {completion}，时间进度 {elapsed}',
    'en-US': '{completion} of the year’s budget spent, {elapsed} of the year elapsed',
  },
  'pane.monitor.cumulativeDetail': {
    'zh-CN': '完成年度目标的 {completion}，时间进度 {elapsed}',
    'en-US': '{completion} of the annual target done, {elapsed} of the year elapsed',
  },
  'pane.monitor.rateDetail': {
    'zh-CN': '年中 {midYear}，目标 {target}',
    'en-US': 'Mid-year {midYear}, target {target}',
  },
  'pane.monitor.progress': { 'zh-CN': '进度 {progress}', 'en-US': 'Pace {progress}' },
  'pane.monitor.categories': { 'zh-CN': '原因类别', 'en-US': 'Reason category' },
  'pane.monitor.categoryPrefix': { 'zh-CN': '{label}：', 'en-US': '{label}: ' },

  // Messages.
  'pane.error.title': { 'zh-CN': '操作未完成', 'en-US': 'The operation did not complete' },
  'pane.error.unexpected': {
    'zh-CN': '发生意外错误：{message}',
    'en-US': 'Unexpected error: {message}',
  },
  'pane.ribbonRecalculated': {
    'zh-CN': '功能区“重新计算”已完成。',
    'en-US': 'The ribbon recalculation has finished.',
  },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    pane: typeof paneMessages;
  }
}
