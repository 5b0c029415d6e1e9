/**
 * Texts of the browser preview page only (dist/preview.html). Loading this module adds them to
 * the catalog (src/preview/index.tsx imports it): the task pane page does not carry them.
 */
import { registerMessages, type MessageTable } from '../i18n/catalog';

export const previewMessages = {
  'pane.preview.title': {
    'zh-CN': '绩效自评助手 · 浏览器预览',
    'en-US': 'PerfScore · browser preview',
  },
  'pane.preview.subtitle': {
    'zh-CN': '示例工作簿（内存中，不连接 Excel）。右侧任务窗格的每次写入都会显示在下表中。',
    'en-US':
      'The sample workbook, in memory (no Excel). Every write of the task pane on the right shows in this grid.',
  },
  'pane.preview.grid': { 'zh-CN': '工作表（只读）', 'en-US': 'Sheet (read-only)' },
  'pane.preview.writes': { 'zh-CN': '已写入 {count} 次', 'en-US': '{count} write(s)' },
  'pane.preview.corner': { 'zh-CN': '行号与列标', 'en-US': 'Row numbers and column letters' },
  'pane.preview.sheets': { 'zh-CN': '工作表', 'en-US': 'Sheets' },
  'pane.preview.samples': { 'zh-CN': '示例工作簿：', 'en-US': 'Sample workbook:' },
  'pane.preview.sample.seed': { 'zh-CN': '2023 年度自评', 'en-US': '2023 self-evaluation' },
  'pane.preview.sample.midyear': {
    'zh-CN': '年中监控（全年实际值为空）',
    'en-US': 'Mid-year (actuals blank)',
  },
  'pane.preview.sample.published': {
    'zh-CN': '含报告公布的得分',
    'en-US': 'With the published scores',
  },
  'pane.preview.sample.form': {
    'zh-CN': '财政部格式的自评表（无名称，可识别表格）',
    'en-US': 'An MOF-layout form (no names: Recognise form)',
  },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    preview: typeof previewMessages;
  }
}

registerMessages(previewMessages);
