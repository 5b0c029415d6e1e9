/**
 * Texts of the audit list (核对提示). Loading this module adds them to the catalog (./AuditList.tsx
 * imports it: they load with it, when a recalculation first has checks to show).
 */
import { registerMessages, type MessageTable } from '../i18n/catalog';

export const paneAuditMessages = {
  'pane.audit.locate': { 'zh-CN': '定位 {where}', 'en-US': 'Go to {where}' },
  'pane.audit.severity.error': { 'zh-CN': '错误', 'en-US': 'Error' },
  'pane.audit.severity.warning': { 'zh-CN': '请核对', 'en-US': 'Check' },
  'pane.audit.severity.info': { 'zh-CN': '提示', 'en-US': 'Note' },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    paneAudit: typeof paneAuditMessages;
  }
}

registerMessages(paneAuditMessages);
