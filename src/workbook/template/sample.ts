/**
 * The seed report's figures (2023 部门整体支出绩效自评报告 of 乌鲁木齐高新技术产业开发区（新市区）
 * 政务服务管理局; see test/fixtures/seed-2023.input.json), laid out as an accountant fills the
 * 自评表: operator, target and actual as numbers in the row's unit. The report gives no
 * 一级/二级 levels; those below follow the MOF 共性指标框架.
 */

export interface SampleIndicator {
  level1: string;
  level2: string;
  name: string;
  operator: string;
  target: number;
  unit: string;
  midYear: number;
  /** A number in the row's unit, or the report's text (无发生额). */
  actual: number | string;
  weight: number;
  reason: string;
  measures: string;
  /** 是否累计 where the sample says it: the execution rates add up over the year. */
  cumulative?: string;
}

export interface SampleBudgetLine {
  name: string;
  initial: number;
  final: number;
  spent: number;
}

export const SAMPLE = {
  department: '乌鲁木齐高新技术产业开发区（乌鲁木齐市新市区）政务服务管理局',
  year: 2023,
  /** Money unit of the budget figures (also the blank template's default). */
  unit: '万元',
  budget: { initial: 212.65, adjustment: -24.81, final: 187.84, spent: 183.99, weight: 10 },
  /** The breakdown of 一（三）1 and 4 and 二（一）: 基本支出 and 项目支出 (they add up to the budget). */
  budgetLines: [
    { name: '基本支出', initial: 182.65, final: 185.44, spent: 181.59 },
    { name: '项目支出', initial: 30, final: 2.4, spent: 2.4 },
  ] as SampleBudgetLine[],
  indicators: [
    {
      level1: '产出指标',
      level2: '成本指标',
      name: '培训费下降率',
      operator: '≥',
      target: 5,
      unit: '%',
      midYear: 0,
      actual: '无发生额',
      weight: 8,
      reason: '',
      measures: '',
    },
    {
      level1: '产出指标',
      level2: '成本指标',
      name: '预算经费',
      operator: '≤',
      target: 212.65,
      unit: '万元',
      midYear: 129.67,
      actual: 183.99,
      weight: 12,
      reason: '部分年初预算调减，完成节约',
      measures: '提升财政资金使用效益，提高预算绩效管理工作的质量和水平',
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '项目支出预算执行率',
      operator: '=',
      target: 100,
      unit: '%',
      midYear: 46.91,
      actual: 100,
      weight: 10,
      reason: '',
      measures: '',
      cumulative: '是',
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '政府采购执行率',
      operator: '=',
      target: 100,
      unit: '%',
      midYear: 0,
      actual: 100,
      weight: 10,
      reason: '',
      measures: '',
      cumulative: '是',
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '全年办件数量',
      operator: '≥',
      target: 40,
      unit: '万件',
      midYear: 18.2,
      actual: 72.3,
      weight: 15,
      reason: '工作效率较高，超额完成年度目标任务',
      measures: '合理安排制定下年度目标',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '全程网办事项比例',
      operator: '≥',
      target: 88,
      unit: '%',
      midYear: 94.24,
      actual: 83.22,
      weight: 10,
      reason: '全程网办事项有所变动',
      measures: '进一步提升全程网办事项比例，提供更便捷的办事服务',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '事项审批时间缩短',
      operator: '≥',
      target: 73,
      unit: '%',
      midYear: 88.65,
      actual: 74.51,
      weight: 15,
      reason: '偏差较小',
      measures: '',
    },
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '群众满意度',
      operator: '≥',
      target: 95,
      unit: '%',
      midYear: 95,
      actual: 95,
      weight: 10,
      reason: '',
      measures: '',
    },
  ] as SampleIndicator[],
};
