/**
 * Texts of the mid-year view (年中监控). Loading this module adds them to the catalog
 * (./MonitoringView.tsx imports it: they load with it, when a mid-year workbook is first
 * recalculated).
 */
import { registerMessages, type MessageTable } from '../i18n/catalog';

export const paneMonitorMessages = {
  'pane.monitor.counts': {
    'zh-CN': '红灯 {red} · 黄灯 {yellow} · 绿灯 {green}',
    'en-US': 'Red {red} · Yellow {yellow} · Green {green}',
  },
  'pane.monitor.notFinal': {
    'zh-CN': '年中监控看进度，不是评分：填入全年实际完成值后才计算综合得分和等级。',
    'en-US':
      'Mid-year monitoring shows progress, not a score: the composite and the grade come once the year-end actuals are in.',
  },
  'pane.monitor.reached': { 'zh-CN': '已达目标', 'en-US': 'Target met' },
  'pane.monitor.indicators': { 'zh-CN': '指标进度', 'en-US': 'Indicators' },
} satisfies MessageTable;

declare module '../i18n/catalog' {
  interface MessageSections {
    paneMonitor: typeof paneMonitorMessages;
  }
}

registerMessages(paneMonitorMessages);
