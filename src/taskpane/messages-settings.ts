/**
 * Texts of the settings dialog. Loading this module adds them to the catalog (./SettingsDialog.tsx
 * imports it: they load with it, when the settings are first opened).
 */
import { registerMessages, type MessageTable } from '../i18n/catalog';

export const paneSettingsMessages = {
  'pane.settings.hint': {
    'zh-CN': '留空表示采用方案默认值。设置保存在工作簿的“评分规则”区域，随文件保存。',
    'en-US':
      'Leave blank for the profile default. Settings are saved in the workbook’s Rules range and travel with the file.',
  },
  'pane.settings.keyHint': {
    'zh-CN': '{description}（默认 {value}）',
    'en-US': '{description} (default {value})',
  },
  'pane.settings.save': { 'zh-CN': '保存设置', 'en-US': 'Save settings' },
  'pane.settings.close': { 'zh-CN': '关闭', 'en-US': 'Close' },
  'pane.settings.choice': { 'zh-CN': '{label}（{value}）', 'en-US': '{label} ({value})' },
  'pane.settings.ruleDefault': {
    'zh-CN': '（默认：{value}）',
    'en-US': '(default: {value})',
  },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    paneSettings: typeof paneSettingsMessages;
  }
}

registerMessages(paneSettingsMessages);
