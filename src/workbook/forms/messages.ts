/**
 * Messages of the form recognizer (src/workbook/forms): what it could not find in a 自评表.
 * Loading this module adds them to the catalog (the recognizer imports it), so that the task pane
 * downloads them only with 识别表格.
 */
import { registerMessages, type MessageTable } from '../../i18n/catalog';

export const formsMessages = {
  'forms.noTable': {
    'zh-CN':
      '没有找到绩效指标表：工作簿没有定义名称（Indicators / 绩效指标 等），也没有一个工作表的表头行同时有指标名称、指标值、完成值和分值或得分（应有的表头：{headers}）',
    'en-US':
      'No indicator table found: the workbook defines no names (Indicators / 绩效指标…), and no sheet has a header row naming the indicator, its target, its actual and its weight or score (expected headers: {headers})',
  },
  'forms.twoTables': {
    'zh-CN':
      '工作表 {sheet} 中有多个像绩效指标表的表头（{cells}），无法确定用哪一个；请删去多余的一个，或在面板中选择区域',
    'en-US':
      'The sheet {sheet} has several header rows that look like an indicator table ({cells}); cannot tell which one to use: remove the extra one, or select the range in the pane',
  },
  'forms.columnMissing': {
    'zh-CN': '工作表 {sheet} 的绩效指标表缺少“{header}”列（可用的表头：{accepted}）',
    'en-US':
      'The indicator table of the sheet {sheet} has no "{header}" column (accepted headers: {accepted})',
  },
  'forms.noRows': {
    'zh-CN': '工作表 {sheet} 的绩效指标表没有任何指标行（表头下面就是“{stop}”）',
    'en-US':
      'The indicator table of the sheet {sheet} has no indicator rows (the header is followed by "{stop}")',
  },
  'forms.noBudget': {
    'zh-CN':
      '工作表 {sheet} 中没有找到预算执行情况：应有一行表头含“全年执行数”（或预算执行数）和“全年预算数”（或年初预算数、调整后预算数），其下一行是“年度资金总额”',
    'en-US':
      'No budget found on the sheet {sheet}: expected a header row with 全年执行数 (or 预算执行数) and 全年预算数 (or 年初预算数, 调整后预算数), with the 年度资金总额 row under it',
  },
  'forms.twoBudgets': {
    'zh-CN': '工作表 {sheet} 中有多个预算执行表头（{cells}），无法确定用哪一个',
    'en-US':
      'The sheet {sheet} has several budget header rows ({cells}); cannot tell which one to use',
  },
} satisfies MessageTable;

declare module '../../i18n/catalog' {
  interface MessageSections {
    forms: typeof formsMessages;
  }
}

registerMessages(formsMessages);
