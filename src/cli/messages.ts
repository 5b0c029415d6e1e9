/**
 * Texts of the command line (`perfscore`): usage, progress, tables, errors. Loading this module
 * adds them to the catalog (the command line's modules import it; the pane never does).
 */
import { registerMessages, type MessageTable } from '../i18n/catalog';

export const cliMessages = {
  // Usage and general errors.
  'cli.usage': {
    'zh-CN': [
      '用法：',
      '  perfscore score <输入.json|输入.xlsx|输入.xls> [--json] [--profile 方案] [--out 文件] [--in-place] [--force]',
      '                  [--overwrite | --move-to-manual] [--no-detect] [--lang zh-CN|en-US]',
      '      评分并显示结果表；.xlsx 的结果写入 <文件名>.scored.xlsx（或 --out 指定的文件，',
      '      --in-place 则写回原文件）',
      '      --monitor 年中监控（实际完成值均为空时自动进行）；--elapsed 时间进度，默认 0.5',
      '      没有定义名称的自评表（财预〔2020〕10号等格式）按表头识别，得分写入表中原有的得分单元格，',
      '      并写入名称；--no-detect 则不识别、直接报告缺少的名称',
      '  perfscore bind <输入.xlsx|输入.xls> [--sheet 工作表] [--out 文件] [--in-place] [--force]',
      '      只识别自评表并定义名称（不写入得分），写入 <文件名>.bound.xlsx',
      '  perfscore template <输出.xlsx> [--sample] [--force]',
      '      生成空白自评表模板；--sample 填入示例数据并评分；--force 覆盖已有文件',
      '  perfscore batch <文件夹> --summary <汇总.xlsx> [--profile 方案] [--overwrite | --move-to-manual]',
      '      为文件夹中的每个 .xlsx / .xls / .json 评分（每张识别出的自评表一行），并写出汇总工作簿',
      '  perfscore --help       显示本说明',
      '  perfscore --version    显示版本号',
      '',
      '评分规则方案：{profiles}（默认 {defaultProfile}）',
      '退出码：0 已评分（最终或暂定）；1 输入数据有误（未写入任何文件）；2 用法错误或文件无法读取',
    ].join('\n'),
    'en-US': [
      'Usage:',
      '  perfscore score <input.json|input.xlsx|input.xls> [--json] [--profile NAME] [--out FILE] [--in-place] [--force]',
      '                  [--overwrite | --move-to-manual] [--no-detect] [--lang zh-CN|en-US]',
      '      score and print the result table; an .xlsx is written to <name>.scored.xlsx',
      '      (or the --out file; --in-place writes over the input)',
      '      --monitor: mid-year monitoring (automatic when every actual is blank);',
      '      --elapsed: the elapsed share of the year, default 0.5',
      '      a form without defined names (财预〔2020〕10号 and other layouts) is recognised by its',
      '      headers, its own score cells receive the scores and the names are defined;',
      '      --no-detect refuses instead, naming the missing names',
      '  perfscore bind <input.xlsx|input.xls> [--sheet SHEET] [--out FILE] [--in-place] [--force]',
      '      recognise the form and define the names only (no scores), written to <name>.bound.xlsx',
      '  perfscore template <out.xlsx> [--sample] [--force]',
      '      write a blank self-evaluation template; --sample fills in and scores the sample;',
      '      --force replaces an existing file',
      '  perfscore batch <folder> --summary <summary.xlsx> [--profile NAME] [--overwrite | --move-to-manual]',
      '      score every .xlsx / .xls / .json in the folder (one row per recognised form) and write a summary workbook',
      '  perfscore --help       show this help',
      '  perfscore --version    show the version',
      '',
      'Rule profiles: {profiles} (default {defaultProfile})',
      'Exit status: 0 scored (final or provisional); 1 input errors (nothing written); 2 usage error or unreadable file',
    ].join('\n'),
  },
  'cli.error.prefix': { 'zh-CN': 'perfscore：{message}', 'en-US': 'perfscore: {message}' },
  'cli.error.noCommand': { 'zh-CN': '请指定命令', 'en-US': 'No command given' },
  'cli.error.unknownCommand': {
    'zh-CN': '未知命令“{command}”',
    'en-US': 'Unknown command "{command}"',
  },
  'cli.error.unknownOption': {
    'zh-CN': '未知选项“{option}”',
    'en-US': 'Unknown option "{option}"',
  },
  'cli.error.optionNeedsValue': {
    'zh-CN': '选项 {option} 需要一个值',
    'en-US': 'Option {option} needs a value',
  },
  'cli.error.missingArgument': {
    'zh-CN': '缺少参数：{what}',
    'en-US': 'Missing argument: {what}',
  },
  'cli.error.extraArgument': {
    'zh-CN': '多余的参数“{argument}”',
    'en-US': 'Unexpected argument "{argument}"',
  },
  'cli.error.conflictingOptions': {
    'zh-CN': '选项 {first} 和 {second} 不能同时使用',
    'en-US': 'Options {first} and {second} cannot be used together',
  },
  'cli.error.unknownLang': {
    'zh-CN': '不支持的语言“{lang}”，可选：zh-CN, en-US',
    'en-US': 'Unsupported language "{lang}"; choose zh-CN or en-US',
  },
  'cli.error.unknownProfile': {
    'zh-CN': '评分规则方案“{name}”不存在，可选：{profiles}',
    'en-US': 'There is no rule profile "{name}"; available: {profiles}',
  },
  'cli.error.unknownFileType': {
    'zh-CN': '无法识别的文件类型：{file}（应为 .json、.xlsx、.xlsm 或 .xls）',
    'en-US': 'Unrecognised file type: {file} (expected .json, .xlsx, .xlsm or .xls)',
  },
  'cli.error.optionOnlyForJson': {
    'zh-CN': '选项 {option} 目前只适用于 .json 文件（工作簿中实际完成值为空时自动进行年中监控）',
    'en-US':
      'Option {option} applies to .json files for now (a workbook whose actuals are blank is monitored automatically)',
  },
  'cli.error.optionOnlyForXlsx': {
    'zh-CN': '选项 {option} 只适用于 .xlsx 工作簿',
    'en-US': 'Option {option} applies to .xlsx workbooks only',
  },
  'cli.error.fileNotFound': { 'zh-CN': '找不到文件 {file}', 'en-US': 'File not found: {file}' },
  'cli.error.fileUnreadable': {
    'zh-CN': '无法读取文件 {file}：{reason}',
    'en-US': 'Cannot read {file}: {reason}',
  },
  'cli.error.jsonSyntax': {
    'zh-CN': '{file} 不是有效的 JSON：{reason}',
    'en-US': '{file} is not valid JSON: {reason}',
  },
  'cli.error.inputErrors': {
    'zh-CN': '输入数据有 {count} 处错误，未写入任何文件：',
    'en-US': 'The input has {count} error(s); nothing was written:',
  },
  'cli.error.problemLine': { 'zh-CN': '  {where}：{message}', 'en-US': '  {where}: {message}' },
  'cli.error.unexpected': {
    'zh-CN': '处理 {file} 时出现意外错误：{reason}',
    'en-US': 'Unexpected error while processing {file}: {reason}',
  },
  'cli.error.targetExists': {
    'zh-CN': '{file} 已存在，未覆盖；如需覆盖请加 --force',
    'en-US': '{file} already exists and was not replaced; add --force to replace it',
  },
  'cli.error.openElsewhere': {
    'zh-CN':
      '{file} 正在被 Excel/WPS 打开（存在锁定文件 {lock}），未写入：请先在 Excel/WPS 中保存并关闭该工作簿后再试',
    'en-US':
      '{file} is open in Excel or WPS (its lock file {lock} exists) and was not written: save and close it there, then try again',
  },
  'cli.error.readOnly': {
    'zh-CN': '{file} 是只读文件，未写入：去掉 --in-place 写入副本，或先取消该文件的只读属性',
    'en-US':
      '{file} is read-only and was not written: leave out --in-place to write a copy, or make the file writable first',
  },
  'cli.error.outIsInput': {
    'zh-CN': '输出文件与输入文件相同；如需写回原文件请使用 --in-place',
    'en-US': 'The output file is the input file; use --in-place to write over the input',
  },
  'cli.error.notFolder': {
    'zh-CN': '{folder} 不是文件夹',
    'en-US': '{folder} is not a folder',
  },

  // JSON input shape.
  'cli.shape.notObject': {
    'zh-CN': '应为 JSON 对象（{ … }），实际是{actual}',
    'en-US': 'expected a JSON object ({ … }), found {actual}',
  },
  'cli.shape.notArray': {
    'zh-CN': '应为数组（[ … ]），实际是{actual}',
    'en-US': 'expected an array ([ … ]), found {actual}',
  },
  'cli.shape.missing': { 'zh-CN': '缺少此项', 'en-US': 'is missing' },
  'cli.shape.notScalar': {
    'zh-CN': '应为数字或文字，实际是{actual}',
    'en-US': 'expected a number or text, found {actual}',
  },
  'cli.shape.type.array': { 'zh-CN': '数组', 'en-US': 'an array' },
  'cli.shape.type.object': { 'zh-CN': '对象', 'en-US': 'an object' },
  'cli.shape.type.string': { 'zh-CN': '文字', 'en-US': 'text' },
  'cli.shape.type.number': { 'zh-CN': '数字', 'en-US': 'a number' },
  'cli.shape.type.boolean': { 'zh-CN': '布尔值', 'en-US': 'a boolean' },
  'cli.shape.type.null': { 'zh-CN': '空值（null）', 'en-US': 'null' },

  // Output conflicts in workbooks.
  'cli.conflict.header': {
    'zh-CN': '以下 {count} 个输出单元格中有手工填写的内容，为避免丢失，未写入任何文件：',
    'en-US': '{count} output cell(s) hold values typed by hand; to keep them, nothing was written:',
  },
  'cli.conflict.cell': {
    'zh-CN': '  {where}：{value}',
    'en-US': '  {where}: {value}',
  },
  'cli.conflict.options': {
    'zh-CN':
      '请选择：--move-to-manual 把手工得分移到“人工得分”列后重新评分；--overwrite 用计算结果覆盖这些单元格',
    'en-US':
      'Choose: --move-to-manual moves the hand-typed scores into the 人工得分 (manual score) column and rescores; --overwrite replaces these cells with the computed results',
  },
  'cli.conflict.unmovable': {
    'zh-CN': '以下单元格无法移到“人工得分”列（不在得分列、没有人工得分列或人工得分已有内容）：',
    'en-US':
      'These cells cannot be moved into the manual score column (not in the score column, no manual score column, or the manual score is already filled in):',
  },
  'cli.conflict.unmovableOptions': {
    'zh-CN': '请先在工作簿中处理这些单元格（移走或清空），或使用 --overwrite 用计算结果覆盖它们',
    'en-US':
      'Deal with these cells in the workbook first (move or clear them), or use --overwrite to replace them with the computed results',
  },
  'cli.moved': {
    'zh-CN': '已把 {count} 个手工得分移到“人工得分”列：{cells}',
    'en-US': 'Moved {count} hand-typed score(s) into the manual score column: {cells}',
  },
  'cli.written': { 'zh-CN': '已写入 {file}', 'en-US': 'Written: {file}' },

  // The result table.
  'cli.table.title': {
    'zh-CN': '部门整体支出绩效自评结果',
    'en-US': 'Budget performance self-evaluation',
  },
  'cli.table.department': { 'zh-CN': '部门：{value}', 'en-US': 'Department: {value}' },
  'cli.table.year': { 'zh-CN': '年度：{value}', 'en-US': 'Year: {value}' },
  'cli.table.profile': { 'zh-CN': '评分规则：{value}', 'en-US': 'Rule profile: {value}' },
  'cli.table.rules': {
    'zh-CN': '不同于该方案的规则：{value}',
    'en-US': 'Rules differing from the profile: {value}',
  },
  'cli.table.rule': { 'zh-CN': '{key} = {value}（{where}）', 'en-US': '{key} = {value} ({where})' },
  'cli.table.source': { 'zh-CN': '文件：{value}', 'en-US': 'File: {value}' },
  'cli.table.unknown': { 'zh-CN': '（未填写）', 'en-US': '(not given)' },
  'cli.table.col.level1': { 'zh-CN': '一级指标', 'en-US': 'Level 1' },
  'cli.table.col.name': { 'zh-CN': '指标', 'en-US': 'Indicator' },
  'cli.table.col.target': { 'zh-CN': '目标', 'en-US': 'Target' },
  'cli.table.col.actual': { 'zh-CN': '实际', 'en-US': 'Actual' },
  'cli.table.col.completion': { 'zh-CN': '完成率', 'en-US': 'Completion' },
  'cli.table.col.weight': { 'zh-CN': '分值', 'en-US': 'Weight' },
  'cli.table.col.score': { 'zh-CN': '得分', 'en-US': 'Score' },
  'cli.table.col.status': { 'zh-CN': '状态', 'en-US': 'Status' },
  'cli.table.manualMark': { 'zh-CN': '{score}（人工）', 'en-US': '{score} (manual)' },
  'cli.table.none': { 'zh-CN': '—', 'en-US': '—' },
  'cli.table.execution': {
    'zh-CN':
      '预算执行：执行率 {rate}，调整率 {adjustmentRate}，得分 {score} / {weight}（{status}）',
    'en-US':
      'Budget execution: rate {rate}, adjustment rate {adjustmentRate}, score {score} / {weight} ({status})',
  },
  'cli.table.totalFinal': {
    'zh-CN': '综合得分：{total} / {max}    评价等级：{grade}（最终结果）',
    'en-US': 'Total: {total} / {max}    Grade: {grade} (final)',
  },
  'cli.table.levels': { 'zh-CN': '一级指标得分：{levels}', 'en-US': 'By level 1: {levels}' },
  'cli.table.levelSeparator': { 'zh-CN': '；', 'en-US': '; ' },
  'cli.table.level': { 'zh-CN': '{name} {score} / {weight}', 'en-US': '{name} {score} / {weight}' },
  'cli.table.levelPartial': {
    'zh-CN': '{name} {score} / {weight}（暂定）',
    'en-US': '{name} {score} / {weight} (provisional)',
  },
  'cli.table.noLevel': { 'zh-CN': '（未填一级指标）', 'en-US': '(no level 1)' },
  'cli.table.warningLine': {
    'zh-CN': '注意：{message}（综合得分按所填分值计算）',
    'en-US': 'Note: {message} (the total is out of the weights as given)',
  },
  'cli.table.totalProvisional': {
    'zh-CN': '综合得分：{total} / {max}（暂定）    评价等级：待定（暂按 {grade}，尚不是最终结果）',
    'en-US':
      'Total: {total} / {max} (PROVISIONAL)    Grade: pending (provisionally {grade}; not final)',
  },
  'cli.table.provisionalWhy': {
    'zh-CN': '暂定原因：',
    'en-US': 'Why it is provisional:',
  },
  'cli.table.reasonLine': { 'zh-CN': '  - {message}', 'en-US': '  - {message}' },
  'cli.table.openHeader': {
    'zh-CN': '需要处理的事项（{count} 项）：',
    'en-US': 'To do ({count}):',
  },
  'cli.table.noOpen': {
    'zh-CN': '没有需要处理的事项。',
    'en-US': 'Nothing left to do.',
  },
  'cli.audit.header': {
    'zh-CN': '审核发现 {count} 项（人工得分与规则不一致、输入数据前后不符）：',
    'en-US':
      'Audit: {count} finding(s) (manual scores differing from the rules, inconsistent inputs):',
  },
  'cli.audit.line': { 'zh-CN': '  {n}. {where}：{message}', 'en-US': '  {n}. {where}: {message}' },
  'cli.audit.lineNote': {
    'zh-CN': '  {n}. {where}：{message}（提示）',
    'en-US': '  {n}. {where}: {message} (note)',
  },
  'cli.monitor.header': {
    'zh-CN': '年中监控（时间进度 {elapsed}）：',
    'en-US': 'Mid-year monitoring ({elapsed} of the year elapsed):',
  },
  'cli.monitor.execution': {
    'zh-CN': '  - 【{light}】{name}：已支出全年预算的 {completion}，进度比 {progress}',
    'en-US': '  - [{light}] {name}: {completion} of the budget spent, pace {progress}',
  },
  'cli.monitor.cumulative': {
    'zh-CN': '  - 【{light}】{name}：年中完成目标的 {completion}，进度比 {progress}，{likelihood}',
    'en-US':
      '  - [{light}] {name}: {completion} of the target at mid-year, pace {progress}, {likelihood}',
  },
  'cli.monitor.rate': {
    'zh-CN': '  - 【{light}】{name}：年中完成率 {progress}，{likelihood}',
    'en-US': '  - [{light}] {name}: mid-year completion {progress}, {likelihood}',
  },
  'cli.table.doneHeader': {
    'zh-CN': '已说明的事项与提示：',
    'en-US': 'Explained items and notes:',
  },
  'cli.table.flagLine': {
    'zh-CN': '  {n}. 【{label}】{subject}：{message}',
    'en-US': '  {n}. [{label}] {subject}: {message}',
  },
  'cli.table.flagSeparator': { 'zh-CN': '；', 'en-US': '; ' },
  'cli.table.adviceLine': { 'zh-CN': '     → {advice}', 'en-US': '     → {advice}' },
  'cli.table.explanationLine': {
    'zh-CN': '     说明：{reason}',
    'en-US': '     Explanation: {reason}',
  },
  'cli.table.subject.execution': { 'zh-CN': '预算执行', 'en-US': 'Budget execution' },
  'cli.table.subject.overall': { 'zh-CN': '整体', 'en-US': 'Overall' },
  'cli.table.label.open': { 'zh-CN': '待处理', 'en-US': 'to do' },
  'cli.table.label.explained': { 'zh-CN': '已说明', 'en-US': 'explained' },
  'cli.table.label.note': { 'zh-CN': '提示', 'en-US': 'note' },

  // What to do about each flag.
  'cli.advice.shortfall': {
    'zh-CN': '请在“偏差原因分析”中说明未完成的原因，并在“改进措施”中写明改进措施',
    'en-US':
      'Explain why the target was missed under 偏差原因分析 (reason) and the remedy under 改进措施 (measures)',
  },
  'cli.advice.overAchievement': {
    'zh-CN': '请在“偏差原因分析”中说明超额完成的原因（年初目标是否设定偏低）',
    'en-US':
      'Explain under 偏差原因分析 (reason) why the target was exceeded (was it set too low?)',
  },
  'cli.advice.overrideDiffers': {
    'zh-CN': '请在“偏差原因分析”中说明人工调整得分的理由',
    'en-US': 'Give the reason for the manual score under 偏差原因分析 (reason)',
  },
  'cli.advice.executionBelow': {
    'zh-CN': '请在“预算偏差说明”中说明执行率偏低的原因',
    'en-US': 'Explain the low execution rate under 预算偏差说明 (budget reason)',
  },
  'cli.advice.budgetAdjusted': {
    'zh-CN': '请在“预算偏差说明”中说明年中调整预算的理由',
    'en-US':
      'Give the reason for the mid-year budget adjustment under 预算偏差说明 (budget reason)',
  },
  'cli.advice.needsManualScore': {
    'zh-CN': '请在“人工得分”中填入规定区间内的分数，并在“偏差原因分析”中说明评分依据',
    'en-US':
      'Enter a score within the allowed band under 人工得分 (manual score) and explain it under 偏差原因分析 (reason)',
  },
  'cli.advice.incomplete': {
    'zh-CN': '请填写“实际完成值”；确无发生额的填写“无发生额”，不适用的填写“不适用”',
    'en-US':
      'Fill in the actual value; write 无发生额 when nothing happened, or 不适用 when it does not apply',
  },
  'cli.advice.weightsNot100': {
    'zh-CN':
      '请核对预算执行率分值与各指标分值：综合得分按所填分值合计计算，分值填错请更正后重新评分',
    'en-US':
      'Check the execution weight and the indicator weights: the total is out of the weights as given; correct a wrong weight and score again',
  },
  'cli.advice.nonStandardLevelWeights': {
    'zh-CN': '请核对一级指标分值是否符合本地区的评分规定',
    'en-US': 'Check that the level-1 weights follow your region’s scoring rules',
  },
  'cli.advice.other': {
    'zh-CN': '请在“偏差原因分析”中说明',
    'en-US': 'Explain it under 偏差原因分析 (reason)',
  },

  // template
  'cli.template.written': { 'zh-CN': '已生成模板 {file}', 'en-US': 'Template written: {file}' },
  'cli.template.sampleWritten': {
    'zh-CN': '已生成示例工作簿 {file}（已评分）',
    'en-US': 'Sample workbook written and scored: {file}',
  },

  // batch
  'cli.batch.none': {
    'zh-CN': '{folder} 中没有可评分的 .xlsx 或 .json 文件',
    'en-US': 'No .xlsx or .json file to score in {folder}',
  },
  'cli.batch.failed': { 'zh-CN': '失败 {file}：{reason}', 'en-US': 'FAILED {file}: {reason}' },
  'cli.batch.inputErrors': {
    'zh-CN': '输入数据有 {count} 处错误（第一处 {where}：{message}）',
    'en-US': '{count} input error(s) (first: {where}: {message})',
  },
  'cli.batch.conflicts': {
    'zh-CN':
      '{count} 个输出单元格有手工填写的内容（{cells}），请加 --overwrite 或 --move-to-manual',
    'en-US':
      '{count} output cell(s) hold hand-typed values ({cells}); add --overwrite or --move-to-manual',
  },
  'cli.batch.progress': {
    'zh-CN': '评分中 [{bar}] {done}/{total} {file}',
    'en-US': 'Scoring [{bar}] {done}/{total} {file}',
  },
  'cli.batch.done': {
    'zh-CN': '已评分 {scored} 个文件，失败 {failed} 个；汇总已写入 {file}',
    'en-US': 'Scored {scored} file(s), {failed} failed; summary written to {file}',
  },
  'cli.summary.sheet': { 'zh-CN': '评分汇总', 'en-US': 'Summary' },
  'cli.summary.col.department': { 'zh-CN': '部门', 'en-US': 'Department' },
  'cli.summary.col.year': { 'zh-CN': '年度', 'en-US': 'Year' },
  'cli.summary.col.total': { 'zh-CN': '自评总分', 'en-US': 'Total' },
  'cli.summary.col.grade': { 'zh-CN': '评价等级', 'en-US': 'Grade' },
  'cli.summary.col.state': {
    'zh-CN': '最终/暂定/年中监控',
    'en-US': 'Final/provisional/mid-year',
  },
  'cli.summary.col.open': { 'zh-CN': '待处理事项', 'en-US': 'Open flags' },
  'cli.summary.col.file': { 'zh-CN': '文件', 'en-US': 'File' },
  'cli.summary.final': { 'zh-CN': '最终', 'en-US': 'final' },
  'cli.summary.provisional': { 'zh-CN': '暂定', 'en-US': 'provisional' },
  'cli.summary.withWarnings': {
    'zh-CN': '{state}；注意：{warnings}',
    'en-US': '{state}; note: {warnings}',
  },
  'cli.summary.monitoring': {
    'zh-CN': '年中监控（时间进度 {elapsed}）：红灯 {red}、黄灯 {yellow}、绿灯 {green}',
    'en-US':
      'Mid-year monitoring ({elapsed} of the year): red {red}, yellow {yellow}, green {green}',
  },
  'cli.summary.failedSheet': { 'zh-CN': '未评分文件', 'en-US': 'Not scored' },
  'cli.summary.col.reason': { 'zh-CN': '原因', 'en-US': 'Reason' },
  'cli.summary.col.sheet': { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  'cli.summary.col.own': { 'zh-CN': '单位自评总分', 'en-US': "Department's own total" },
  'cli.summary.col.audit': { 'zh-CN': '核对提示', 'en-US': 'Audit findings' },
  'cli.forms.found': {
    'zh-CN': '识别表格：工作表 {sheet}，没有定义名称，按表头识别',
    'en-US': 'Recognised form: sheet {sheet}, no defined names, read by its headers',
  },
  'cli.forms.foundTitled': {
    'zh-CN': '识别表格：工作表 {sheet}（{title}），没有定义名称，按表头识别',
    'en-US': 'Recognised form: sheet {sheet} ({title}), no defined names, read by its headers',
  },
  'cli.forms.cells': {
    'zh-CN': '  预算：{budget}；绩效指标：{table}，{count} 项；总分：{total}；等级：{grade}',
    'en-US':
      '  Budget: {budget}; indicators: {table}, {count} rows; total: {total}; grade: {grade}',
  },
  'cli.forms.typed': {
    'zh-CN':
      '表中已填有单位自己的得分（{rows} 行），未被覆盖：单位自评总分 {own}（{where}），按规则 {rule}。',
    'en-US':
      "The form already holds the department's own scores ({rows} rows), left as they are: its total {own} ({where}), by the rules {rule}.",
  },
  'cli.forms.typedOptions': {
    'zh-CN': '如要用规则得分替换表中已填的得分：--overwrite',
    'en-US': "To replace the department's scores in the form with the rule's: --overwrite",
  },
  'cli.forms.severalNoNames': {
    'zh-CN': '此工作簿有 {count} 张自评表：名称只能描述一张表，未写入名称；下次运行会重新识别',
    'en-US':
      'This workbook holds {count} forms: names can describe only one, so none were written; the next run recognises them again',
  },
  'cli.forms.nothingWritten': {
    'zh-CN': '未写入任何文件（表中得分均已由单位填写）',
    'en-US': "Nothing written (every score cell holds the department's own score)",
  },
  'cli.error.inPlaceXls': {
    'zh-CN': '.xls 文件不能用 --in-place：评分结果写成 .xlsx（用 --out 指定文件名）',
    'en-US':
      'An .xls file cannot be scored --in-place: the result is written as .xlsx (name it with --out)',
  },
  'cli.bind.hasNames': {
    'zh-CN': '{file} 已定义名称（{name}），无需识别；未写入任何文件',
    'en-US': '{file} already defines the names ({name}); nothing to recognise, nothing written',
  },
  'cli.bind.several': {
    'zh-CN': '此工作簿有 {count} 张自评表（{sheets}）：名称只能描述一张，请用 --sheet 选择',
    'en-US':
      'This workbook holds {count} forms ({sheets}): names describe only one; choose it with --sheet',
  },
  'cli.bind.noSheet': {
    'zh-CN': '没有识别出工作表 {sheet} 中的自评表（识别出的：{sheets}）',
    'en-US': 'No form recognised on the sheet {sheet} (recognised: {sheets})',
  },
  'cli.bind.evidence': {
    'zh-CN': '  {name} → {where}（依据：{because}）',
    'en-US': '  {name} → {where} (because of: {because})',
  },
  'cli.error.noDetect': {
    'zh-CN': '（--no-detect：不识别没有名称的自评表）',
    'en-US': '(--no-detect: forms without names are not recognised)',
  },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    cli: typeof cliMessages;
  }
}

registerMessages(cliMessages);
