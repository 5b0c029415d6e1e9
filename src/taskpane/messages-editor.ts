/**
 * Texts of the explanation editor and its quick phrases. Loading this module adds them to the
 * catalog (src/taskpane/AnnotationEditor.tsx imports it: they load with it, when a line is first
 * opened).
 */
import { registerMessages, type MessageTable } from '../i18n/catalog';

export const paneEditorMessages = {
  'pane.editor.reason': { 'zh-CN': '偏差原因分析', 'en-US': 'Reason for the deviation' },
  'pane.editor.measures': { 'zh-CN': '改进措施', 'en-US': 'Improvement measures' },
  'pane.editor.phrases': { 'zh-CN': '常用语', 'en-US': 'Quick phrases' },
  'pane.editor.save': { 'zh-CN': '保存说明', 'en-US': 'Save explanation' },
  'pane.editor.saving': { 'zh-CN': '正在保存…', 'en-US': 'Saving…' },
  'pane.editor.reasonRequired': {
    'zh-CN': '请填写偏差原因分析。',
    'en-US': 'Please write the reason for the deviation.',
  },
  'pane.editor.discard': { 'zh-CN': '放弃草稿', 'en-US': 'Discard draft' },
  'pane.editor.draftRestored': {
    'zh-CN': '已恢复未保存的草稿。',
    'en-US': 'Your unsaved draft is back.',
  },
  'pane.editor.count': {
    'zh-CN': '已输入 {count} / {limit} 个字符',
    'en-US': '{count} of {limit} characters',
  },
  'pane.editor.limitReached': {
    'zh-CN':
      '已达 Excel 单元格上限 {limit} 个字符，多出的 {over} 个字符未输入。请精简文字，或把详细内容放在附件中。',
    'en-US':
      'An Excel cell holds at most {limit} characters: the {over} characters beyond that were not entered. Shorten the text or put the details in an attachment.',
  },
  'pane.editor.manualHint': {
    'zh-CN': '此指标需人工评分：请在“人工得分”列填写 {min}–{max} 分，并说明评分依据。',
    'en-US':
      'This indicator needs a manual score: enter {min}–{max} in the “Manual score” column and explain it.',
  },
  'pane.phrase.shortfall.reason.1': {
    'zh-CN': '受客观因素影响，实际完成值未达到年度目标。',
    'en-US': 'Objective factors kept the result below the annual target.',
  },
  'pane.phrase.shortfall.reason.2': {
    'zh-CN': '年度目标设置偏高，与实际工作量不匹配。',
    'en-US': 'The annual target was set too high for the actual workload.',
  },
  'pane.phrase.shortfall.measures.1': {
    'zh-CN': '加强过程监控，及时纠正执行偏差。',
    'en-US': 'Monitor progress more closely and correct deviations early.',
  },
  'pane.phrase.shortfall.measures.2': {
    'zh-CN': '科学合理设置下年度绩效目标。',
    'en-US': 'Set next year’s targets on a sounder basis.',
  },
  'pane.phrase.overAchievement.reason.1': {
    'zh-CN': '工作效率较高，超额完成年度目标任务。',
    'en-US': 'Higher efficiency: the annual target was exceeded.',
  },
  'pane.phrase.overAchievement.reason.2': {
    'zh-CN': '年度目标设置偏保守。',
    'en-US': 'The annual target was set conservatively.',
  },
  'pane.phrase.overAchievement.measures.1': {
    'zh-CN': '合理安排制定下年度目标。',
    'en-US': 'Set next year’s targets realistically.',
  },
  'pane.phrase.budget.reason.1': {
    'zh-CN': '根据工作需要调整年度预算。',
    'en-US': 'The budget was adjusted to the year’s work.',
  },
  'pane.phrase.budget.reason.2': {
    'zh-CN': '部分项目支出进度慢于预期。',
    'en-US': 'Some projects spent more slowly than planned.',
  },
  'pane.phrase.budget.measures.1': {
    'zh-CN': '加强预算执行管理，提高预算编制的准确性。',
    'en-US': 'Manage budget execution better and budget more accurately.',
  },
  'pane.phrase.manual.reason.1': {
    'zh-CN': '该指标为定性指标，依据工作完成情况人工评分。',
    'en-US': 'A qualitative indicator, scored by hand from the work done.',
  },
  'pane.phrase.manual.reason.2': {
    'zh-CN': '人工得分依据：',
    'en-US': 'Basis of the manual score: ',
  },
  'pane.phrase.manual.measures.1': {
    'zh-CN': '完善指标设置，尽量采用可量化的指标。',
    'en-US': 'Prefer measurable indicators in future.',
  },
  'pane.phrase.general.reason.1': {
    'zh-CN': '偏差较小，属正常波动。',
    'en-US': 'A small deviation within normal variation.',
  },
  'pane.phrase.general.measures.1': {
    'zh-CN': '持续跟踪，确保目标按期完成。',
    'en-US': 'Keep tracking to meet the targets on time.',
  },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    paneEditor: typeof paneEditorMessages;
  }
}

registerMessages(paneEditorMessages);
