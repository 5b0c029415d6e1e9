/**
 * The named-range contract (workbook-contract.md §1) as data: names and their Chinese aliases,
 * the accepted header texts of each Indicators column and each column's role, and the sheets
 * the product keeps for itself (the 评分记录 log and the hidden state sheet).
 */
import type { BudgetKey, ColumnKey, ColumnRole, InfoKey, ResultKey } from '../port/types';

export interface ContractName<K extends string = string> {
  key: K;
  /** The canonical ASCII name ("Budget_Final"). */
  name: string;
  /** Accepted aliases ("全年预算数"). */
  aliases: string[];
  required: boolean;
}

export const BUDGET_NAMES: ContractName<BudgetKey>[] = [
  { key: 'initial', name: 'Budget_Initial', aliases: ['年初预算数'], required: false },
  { key: 'adjustment', name: 'Budget_Adjustment', aliases: ['年中调整数'], required: false },
  { key: 'final', name: 'Budget_Final', aliases: ['全年预算数'], required: true },
  { key: 'spent', name: 'Budget_Spent', aliases: ['全年执行数'], required: true },
  { key: 'weight', name: 'Budget_Weight', aliases: ['预算执行率分值'], required: false },
  { key: 'reason', name: 'Budget_Reason', aliases: ['预算偏差说明'], required: false },
];

export const RESULT_NAMES: ContractName<ResultKey>[] = [
  { key: 'executionRate', name: 'Result_ExecutionRate', aliases: ['预算执行率'], required: false },
  {
    key: 'executionScore',
    name: 'Result_ExecutionScore',
    aliases: ['预算执行得分'],
    required: false,
  },
  { key: 'total', name: 'Result_Total', aliases: ['自评总分'], required: false },
  { key: 'grade', name: 'Result_Grade', aliases: ['评价等级'], required: false },
  { key: 'status', name: 'Result_Status', aliases: ['评价状态'], required: false },
];

/**
 * Optional one-cell names for the department, the year and the money unit (an addition to
 * contract v1: the batch summary shows them when a workbook defines them).
 */
export const INFO_NAMES: ContractName<InfoKey>[] = [
  { key: 'department', name: 'Info_Department', aliases: ['部门名称'], required: false },
  { key: 'year', name: 'Info_Year', aliases: ['评价年度'], required: false },
  { key: 'unit', name: 'Info_Unit', aliases: ['金额单位'], required: false },
];

/**
 * Optional breakdown of the budget (an addition to contract v1): a table whose first row is
 * the header, one line per row; a 合计 / 总计 / 小计 (Total) row is their sum. Read only, for the audit.
 */
export const BUDGET_LINES_NAME: ContractName<'budgetLines'> = {
  key: 'budgetLines',
  name: 'Budget_Lines',
  aliases: ['预算明细'],
  required: false,
};

export interface BudgetLineColumnSpec {
  key: 'name' | 'initial' | 'final' | 'spent';
  required: boolean;
  /** Accepted header texts, matched like the Indicators headers; the first is the usual one. */
  headers: string[];
}

export const BUDGET_LINE_COLUMNS: BudgetLineColumnSpec[] = [
  {
    key: 'name',
    required: true,
    headers: ['项目', '科目', '支出项目', '预算科目', '项目名称', 'Line'],
  },
  { key: 'initial', required: false, headers: ['年初预算数', 'Initial'] },
  { key: 'final', required: true, headers: ['全年预算数', 'Final'] },
  { key: 'spent', required: false, headers: ['全年执行数', 'Spent'] },
];

export const INDICATORS_NAME: ContractName<'indicators'> = {
  key: 'indicators',
  name: 'Indicators',
  aliases: ['绩效指标'],
  required: true,
};

/**
 * Optional: a cell where the form prints its own scoring rules in words ("反向指标按A/B计分",
 * "100%-80%、80%-50%、50%-0"), defined by the recognizer; its rules apply like 评分规则 keys.
 */
export const PRINTED_RULES_NAME: ContractName<'printedRules'> = {
  key: 'printedRules',
  name: 'Rules_Printed',
  aliases: ['表内评分规则'],
  required: false,
};

export const RULES_NAME: ContractName<'rules'> = {
  key: 'rules',
  name: 'Rules',
  aliases: ['评分规则'],
  required: false,
};

/** Every name of the contract, canonical name first. */
export const CONTRACT_NAMES = {
  budget: BUDGET_NAMES,
  results: RESULT_NAMES,
  info: INFO_NAMES,
  budgetLines: BUDGET_LINES_NAME,
  indicators: INDICATORS_NAME,
  rules: RULES_NAME,
} as const;

export interface ColumnSpec {
  key: ColumnKey;
  role: ColumnRole;
  required: boolean;
  /** Accepted header texts; the first is the one the template writes. */
  headers: string[];
}

/** The Indicators columns, in the order of the contract's table. */
export const COLUMN_SPECS: ColumnSpec[] = [
  { key: 'level1', role: 'input', required: false, headers: ['一级指标', 'Level 1'] },
  { key: 'level2', role: 'input', required: false, headers: ['二级指标', 'Level 2'] },
  {
    key: 'name',
    role: 'input',
    required: true,
    headers: ['三级指标', '指标名称', '绩效指标', 'Indicator'],
  },
  {
    key: 'operator',
    role: 'input',
    required: false,
    headers: ['指标性质', '指标方向', '运算符', 'Operator'],
  },
  {
    key: 'target',
    role: 'input',
    required: true,
    headers: ['年度指标值', '预期指标值', '指标值', '目标值', '年初指标值', '年初目标值', 'Target'],
  },
  {
    key: 'adjustedTarget',
    role: 'input',
    required: false,
    headers: ['调整指标值', '调整后指标值', '全年(调整)指标值', 'Adjusted target'],
  },
  {
    key: 'unit',
    role: 'input',
    required: false,
    headers: ['计量单位', '度量单位', '单位', 'Unit'],
  },
  {
    key: 'midYear',
    role: 'input',
    required: false,
    headers: ['年中完成值', '年中监控值', '年中监控实际完成值', 'Mid-year'],
  },
  {
    key: 'actual',
    role: 'input',
    required: true,
    headers: [
      '实际完成值',
      '全年完成值',
      '完成值',
      '全年实际值',
      '全年实际完成值',
      '指标实际完成值',
      'Actual',
    ],
  },
  {
    key: 'weight',
    role: 'input',
    required: true,
    headers: ['分值', '权重', '指标权重', '指标分值', '指标分值权重', 'Weight'],
  },
  {
    key: 'cumulative',
    role: 'input',
    required: false,
    headers: ['是否累计', '累计指标', 'Cumulative'],
  },
  {
    key: 'manualScore',
    role: 'input',
    required: false,
    headers: ['人工得分', '调整得分', 'Manual score'],
  },
  {
    key: 'completion',
    role: 'output',
    required: false,
    headers: ['完成率', '得分系数', 'Completion'],
  },
  {
    key: 'score',
    role: 'output',
    required: false,
    headers: ['得分', '自评得分', '指标得分', 'Score'],
  },
  { key: 'status', role: 'output', required: false, headers: ['偏差状态', '状态', 'Status'] },
  {
    key: 'reason',
    role: 'annotation',
    required: false,
    headers: [
      '偏差原因分析',
      '偏差原因',
      '未完成原因分析',
      '偏差原因分析及改进措施',
      '产生差异的原因及改进措施',
      'Reason',
    ],
  },
  { key: 'measures', role: 'annotation', required: false, headers: ['改进措施', 'Measures'] },
];

/** Accepted header texts per column key. */
export const HEADER_ALIASES: Record<ColumnKey, string[]> = Object.fromEntries(
  COLUMN_SPECS.map((c) => [c.key, c.headers]),
) as Record<ColumnKey, string[]>;

export const COLUMN_ROLES: Record<ColumnKey, ColumnRole> = Object.fromEntries(
  COLUMN_SPECS.map((c) => [c.key, c.role]),
) as Record<ColumnKey, ColumnRole>;

export const OUTPUT_COLUMNS: ColumnKey[] = ['completion', 'score', 'status'];

/** The log sheet: one line appended per recalculation. */
export const LOG_SHEET = '评分记录';

/**
 * The product's own state sheet (veryHidden): what the last recalculation wrote into each
 * output cell, so that a value the product did not write is recognised as the user's.
 */
export const STATE_SHEET = 'PerfScoreState';

/** Number formats of written values. */
export const FORMATS = {
  rate: '0.00%',
  text: '@',
} as const;

/** "0.00" for 2 decimals, "0" for none. */
export function scoreFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}
