/**
 * Texts of the output-conflict dialog. Loading this module adds them to the catalog
 * (./ConflictDialog.tsx imports it: they load with it, when a recalculation first meets hand-typed
 * outputs).
 */
import { registerMessages, type MessageTable } from '../i18n/catalog';

export const paneConflictMessages = {
  'pane.conflict.body': {
    'zh-CN': '以下单元格不是由本工具写入的，重新计算会覆盖它们：',
    'en-US': 'These cells were not written by PerfScore; recalculating would overwrite them:',
  },
  'pane.conflict.cell': { 'zh-CN': '{where}：{value}', 'en-US': '{where}: {value}' },
  'pane.conflict.more': { 'zh-CN': '另有 {count} 处', 'en-US': 'and {count} more' },
  'pane.conflict.move': { 'zh-CN': '移到人工得分', 'en-US': 'Move to manual score' },
  'pane.conflict.overwrite': { 'zh-CN': '覆盖', 'en-US': 'Overwrite' },
  'pane.conflict.cancel': { 'zh-CN': '取消', 'en-US': 'Cancel' },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    paneConflict: typeof paneConflictMessages;
  }
}

registerMessages(paneConflictMessages);
