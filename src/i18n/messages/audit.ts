import type { MessageTable } from '../catalog';

/**
 * The audit and the mid-year monitoring (年中监控). Kept short: this section is in the task
 * pane's bundle (the command line's longer lines are in the cli section).
 */
export const auditMessages = {
  'audit.manualDiffers': {
    'zh-CN': '{name}：人工得分 {manual} 与规则得分 {rule} 不一致',
    'en-US': '{name}: manual score {manual}, rule score {rule}',
  },
  'audit.budgetMismatch': {
    'zh-CN': '年初预算数 {initial} + 调整数 {adjustment} = {sum}，不等于全年预算数 {final}',
    'en-US': 'Initial {initial} + adjustment {adjustment} = {sum}, not the final budget {final}',
  },
  'audit.budgetLinesMismatch': {
    'zh-CN': '预算明细的{label}合计 {sum}（{span}）与{label} {total} 不一致，相差 {difference}',
    'en-US':
      'The budget lines add up to {sum} in {label} ({span}), not the {label} {total}: off by {difference}',
  },
  'audit.budgetLinesSubtotal': {
    'zh-CN':
      '预算明细“{name}”行的{label} {total} 不等于各行之和 {sum}（{span}），相差 {difference}',
    'en-US':
      'The {label} of the row “{name}”, {total}, is not the sum of its lines {sum} ({span}): off by {difference}',
  },
  'audit.budgetLines.column.final': { 'zh-CN': '全年预算数', 'en-US': 'final budget' },
  'audit.budgetLines.column.spent': { 'zh-CN': '全年执行数', 'en-US': 'spending' },
  'audit.budgetLines.column.initial': { 'zh-CN': '年初预算数', 'en-US': 'initial budget' },
  'audit.budgetLines.notMoney': {
    'zh-CN': '预算明细中的“{text}”不是金额（应为数字，单位 {unit}）',
    'en-US': '“{text}” in the budget lines is not an amount of money (a number, unit {unit})',
  },
  'audit.budgetLines.headerMissing': {
    'zh-CN': '预算明细表缺少“{header}”列（可用的表头：{accepted}）',
    'en-US': 'The budget lines table has no "{header}" column (accepted headers: {accepted})',
  },
  'audit.midYearAboveYearEnd': {
    'zh-CN': '{name}：年中值 {midYear} 大于全年值 {actual}（累计指标）',
    'en-US': '{name}: mid-year {midYear} is above year-end {actual} (cumulative)',
  },
  'monitor.provisional': {
    'zh-CN': '年中监控：尚无全年实际完成值，不是最终评分',
    'en-US': 'Mid-year monitoring: no year-end actuals, not a final score',
  },
  'monitor.badElapsed': {
    'zh-CN': '时间进度 {value} 无效：应为 0 到 1 之间的比例（如 0.5）',
    'en-US': 'Elapsed share {value} is not a fraction in (0, 1] (e.g. 0.5)',
  },
  'monitor.item': {
    'zh-CN': '{name}：进度 {progress}，{light}，{likelihood}',
    'en-US': '{name}: pace {progress}, {light}, {likelihood}',
  },
  'monitor.execution': { 'zh-CN': '预算执行', 'en-US': 'Budget execution' },
  'monitor.light.red': { 'zh-CN': '红灯', 'en-US': 'red' },
  'monitor.light.yellow': { 'zh-CN': '黄灯', 'en-US': 'yellow' },
  'monitor.light.green': { 'zh-CN': '绿灯', 'en-US': 'green' },
  'monitor.likelihood.likely': { 'zh-CN': '预计能完成', 'en-US': 'likely' },
  'monitor.likelihood.atRisk': { 'zh-CN': '存在风险', 'en-US': 'at risk' },
  'monitor.likelihood.unlikely': { 'zh-CN': '预计难以完成', 'en-US': 'unlikely' },
  'monitor.category.funding': { 'zh-CN': '经费保障', 'en-US': 'Funding' },
  'monitor.category.system': { 'zh-CN': '制度保障', 'en-US': 'Rules' },
  'monitor.category.staff': { 'zh-CN': '人员保障', 'en-US': 'Staff' },
  'monitor.category.hardware': { 'zh-CN': '硬件条件保障', 'en-US': 'Equipment' },
  'monitor.category.other': { 'zh-CN': '其他', 'en-US': 'Other' },
} satisfies MessageTable;

declare module '../catalog' {
  interface MessageSections {
    audit: typeof auditMessages;
  }
}
