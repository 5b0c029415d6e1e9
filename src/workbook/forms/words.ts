/**
 * The printed words of real 自评表 forms (real-forms.md), compared after headerWords():
 * full-width folded, spaces and line breaks dropped, "(A)" "(10分)" "(万元)" suffixes removed.
 */
import { headerWords } from '../contract/headers';
import type { BudgetKey, CellScalar, ResultKey } from '../port/types';

/** A column of the budget block: an input of the contract or one of its results. */
export type BudgetColumn =
  | {
      kind: 'budget';
      key: Extract<BudgetKey, 'initial' | 'final' | 'spent' | 'weight' | 'reason'>;
    }
  | { kind: 'result'; key: Extract<ResultKey, 'executionRate' | 'executionScore'> };

const BUDGET_HEADERS: [string[], BudgetColumn][] = [
  [['年初预算数', '年初预算', '年初预算资金总额'], { kind: 'budget', key: 'initial' }],
  [
    ['全年预算数', '调整后预算数', '全年(调整)预算数', '全年预算', '预算数'],
    { kind: 'budget', key: 'final' },
  ],
  [
    ['全年执行数', '预算执行数', '执行数', '实际投入资金额', '全年实际支出', '实际支出'],
    { kind: 'budget', key: 'spent' },
  ],
  [['分值', '权重', '分值权重', '执行率权重'], { kind: 'budget', key: 'weight' }],
  [['执行率', '预算执行率'], { kind: 'result', key: 'executionRate' }],
  [['得分', '执行率得分'], { kind: 'result', key: 'executionScore' }],
  // The budget's own explanation (L2 "原因", L6 "产生差异的原因"): where 预算偏差说明 is written.
  [
    ['原因', '产生差异的原因', '差异原因', '偏差原因', '原因分析', '偏差原因分析', '未完成原因'],
    { kind: 'budget', key: 'reason' },
  ],
];

const BUDGET_BY_WORDS = new Map<string, BudgetColumn>();
for (const [words, column] of BUDGET_HEADERS)
  for (const w of words) BUDGET_BY_WORDS.set(headerWords(w), column);

export function budgetColumnOf(raw: CellScalar): BudgetColumn | null {
  const words = headerWords(raw);
  return words ? (BUDGET_BY_WORDS.get(words) ?? null) : null;
}

/** The budget's total row (never a 其中 row). */
const BUDGET_TOTAL = ['年度资金总额', '资金总额', '总额', '合计', '总计', '预算资金总额'].map((w) =>
  headerWords(w),
);

export function isBudgetTotalLabel(raw: CellScalar): boolean {
  return BUDGET_TOTAL.includes(headerWords(raw));
}

export function isPartLabel(raw: CellScalar): boolean {
  return headerWords(raw).startsWith('其中');
}

/** Rows that end the indicator table: its total, or the notes printed under it. */
const TOTAL_ROW = ['总分', '合计', '总计', '自评总分', '自评得分', '总得分'].map((w) =>
  headerWords(w),
);
const AFTER_TABLE = [
  '其他需要说明事项',
  '其他需说明事项',
  '评价结论',
  '存在问题',
  '偏差大或目标未完成原因分析',
  '改进措施及结果应用方案',
  '项目负责人',
  '财务负责人',
  '填表人',
].map((w) => headerWords(w));

export function isTotalRowLabel(raw: CellScalar): boolean {
  return TOTAL_ROW.includes(headerWords(raw));
}

export function endsTable(raw: CellScalar): boolean {
  const words = headerWords(raw);
  return TOTAL_ROW.includes(words) || AFTER_TABLE.some((w) => words.startsWith(w));
}

/** Labels whose right-hand neighbour names the project or the department. */
const INFO_LABELS = [
  '项目名称',
  '部门(单位)名称',
  '部门名称',
  '单位名称',
  '主管部门',
  '预算部门',
  '实施单位',
].map((w) => headerWords(w));

/** The label's rank (lower is better: 项目名称 before 主管部门), or -1. */
export function infoLabelRank(raw: CellScalar): number {
  return INFO_LABELS.indexOf(headerWords(raw));
}

export const GRADE_WORDS = ['优', '良', '中', '差', '优秀', '良好', '合格', '不合格'];

/** Header texts of a grade cell's label. */
export const GRADE_LABELS = ['自评等级', '评价等级', '等级', '自评结果'].map((w) => headerWords(w));
