/**
 * Texts of 识别表格's findings in the pane. Loading this module adds them to the catalog
 * (src/taskpane/FormRecognition.tsx imports it: they load with it, when a workbook without the
 * names is recognised).
 */
import { registerMessages, type MessageTable } from '../i18n/catalog';

export const paneFormMessages = {
  'pane.form.title': { 'zh-CN': '识别到的表格：{sheet}', 'en-US': 'Form found: {sheet}' },
  'pane.form.intro': {
    'zh-CN':
      '请核对以下区域（点“选中”可在工作表中查看）。如有不对，在工作表中选中正确的区域，再点该项的“用所选区域”。',
    'en-US':
      'Check these ranges (Select shows each in the sheet). If one is wrong, select the right range in the sheet and click its Use selection.',
  },
  'pane.form.part.budget': { 'zh-CN': '预算', 'en-US': 'Budget' },
  'pane.form.part.indicators': { 'zh-CN': '绩效指标', 'en-US': 'Indicators' },
  'pane.form.part.total': { 'zh-CN': '总分', 'en-US': 'Total' },
  'pane.form.part.grade': { 'zh-CN': '等级', 'en-US': 'Grade' },
  'pane.form.part': { 'zh-CN': '{label}：{where}', 'en-US': '{label}: {where}' },
  'pane.form.rows': { 'zh-CN': '{where}，{count} 项', 'en-US': '{where}, {count} rows' },
  'pane.form.separator': { 'zh-CN': '；', 'en-US': '; ' },
  'pane.form.show': { 'zh-CN': '选中', 'en-US': 'Select' },
  'pane.form.showPart': { 'zh-CN': '选中{label}', 'en-US': 'Select the {label}' },
  'pane.form.useSelection': { 'zh-CN': '用所选区域', 'en-US': 'Use selection' },
  'pane.form.useSelectionFor': {
    'zh-CN': '{label}用所选区域',
    'en-US': 'Use the selection for the {label}',
  },
  'pane.form.noSelection': {
    'zh-CN': '请先在工作表中选中一个区域，再点“用所选区域”。',
    'en-US': 'Select a range in the sheet first, then click Use selection.',
  },
  'pane.form.moved': { 'zh-CN': '{label}已改为 {where}。', 'en-US': '{label} is now {where}.' },
  'pane.form.typed': {
    'zh-CN': '表中已填有单位自己的得分（{count} 处）：重新计算时会先询问，不会直接覆盖。',
    'en-US':
      "The form already holds the department's own scores ({count} cells): recalculating asks before replacing them.",
  },
  'pane.form.others': {
    'zh-CN':
      '本工作簿还有 {count} 张自评表（{sheets}）。名称只对应一张表：这里用的是当前工作表上的这张。要评另一张，请在确认之前切换到它的工作表，再点“识别表格”；命令行 perfscore score 一次评完所有表。',
    'en-US':
      'This workbook has {count} more forms ({sheets}). The names describe one form: this one, on the active sheet. To score another, go to its sheet and click Recognise form again before confirming; the command line (perfscore score) scores them all in one run.',
  },
  'pane.form.sheetSeparator': { 'zh-CN': '、', 'en-US': ', ' },
  'pane.form.confirm': { 'zh-CN': '确认并定义名称', 'en-US': 'Confirm and define the names' },
  'pane.form.confirming': { 'zh-CN': '正在定义…', 'en-US': 'Defining…' },
  'pane.form.unsure': {
    'zh-CN': '无法确定表格的位置，请核对：',
    'en-US': 'The form could not be recognised for certain; please check:',
  },
  'pane.form.unsureHint': {
    'zh-CN': '补全或更正表头后再点“识别表格”，或插入模板后填写。',
    'en-US':
      'Complete or correct the headers and recognise again, or insert the template and fill it in.',
  },
  'pane.form.bound': {
    'zh-CN': '已定义 {count} 个名称，表格中的单元格未改动。现在可以点击“重新计算”。',
    'en-US':
      '{count} names defined; no cell of the form was changed. You can now click Recalculate.',
  },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    paneForm: typeof paneFormMessages;
  }
}

registerMessages(paneFormMessages);
