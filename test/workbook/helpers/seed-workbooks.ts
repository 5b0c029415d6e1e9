/**
 * The seed report (test/fixtures/seed-2023.input.json) laid out as workbooks: once with the
 * contract's canonical names and headers, once as someone else would lay it out (Chinese
 * aliases, shuffled columns, merged level cells, percent-formatted actuals, extra columns).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { CellScalar } from '../../../src/workbook/port/types';
import { MemoryWorkbook } from './memory-host';

interface SeedIndicator {
  name: string;
  target: string;
  midYear: string;
  actual: string;
  weight: number;
  manualScore: number | null;
  reason: string;
  measures: string;
}

interface Seed {
  budget: { initial: number; adjustment: number; final: number; spent: number; weight: number };
  indicators: SeedIndicator[];
}

export const SEED: Seed = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/seed-2023.input.json'), 'utf8'),
) as Seed;

/** scoring-rules.md §9: the expected scores of the seed's indicators, in order. */
export const SEED_SCORES = [8, 12, 10, 10, 15, 9.46, 15, 10];
export const SEED_TOTAL = 99.26;

export const SEED_LEVELS: [string, string][] = [
  ['成本指标', '经济成本指标'],
  ['成本指标', '经济成本指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '数量指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

export const MAIN = '绩效自评表';

/**
 * Canonical layout on sheet 绩效自评表: budget in row 2 (B2:F2), the Indicators table from
 * A4 (header) to O12, results in row 14.
 */
export function canonicalSeedWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const b = SEED.budget;
  wb.put(MAIN, 'A1', [
    [
      '年初预算数',
      '年中调整数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
      '预算偏差说明',
    ],
  ]);
  wb.put(
    MAIN,
    'A2',
    [[b.initial, b.adjustment, b.final, b.spent, b.weight, '', '', '']],
    [['0.00', '0.00', '0.00', '0.00', 'General', '0.00%', '0.00', '@']],
  );
  wb.define('Budget_Initial', `${MAIN}!A2`)
    .define('Budget_Adjustment', `${MAIN}!B2`)
    .define('Budget_Final', `${MAIN}!C2`)
    .define('Budget_Spent', `${MAIN}!D2`)
    .define('Budget_Weight', `${MAIN}!E2`)
    .define('Result_ExecutionRate', `${MAIN}!F2`)
    .define('Result_ExecutionScore', `${MAIN}!G2`)
    .define('Budget_Reason', `${MAIN}!H2`);
  const header = [
    '一级指标',
    '二级指标',
    '三级指标',
    '指标性质',
    '年度指标值',
    '计量单位',
    '年中完成值',
    '实际完成值',
    '分值',
    '人工得分',
    '完成率',
    '得分',
    '偏差状态',
    '偏差原因分析',
    '改进措施',
  ];
  const rows: CellScalar[][] = SEED.indicators.map((ind, i) => [
    SEED_LEVELS[i][0],
    SEED_LEVELS[i][1],
    ind.name,
    '',
    ind.target,
    '',
    ind.midYear,
    ind.actual,
    ind.weight,
    ind.manualScore ?? '',
    '',
    '',
    '',
    ind.reason,
    ind.measures,
  ]);
  wb.put(MAIN, 'A4', [header, ...rows]);
  wb.define('Indicators', `${MAIN}!A4:O12`);
  wb.put(MAIN, 'A14', [['总分', '', '等级', '', '状态', '']]);
  wb.define('Result_Total', `${MAIN}!B14`)
    .define('Result_Grade', `${MAIN}!D14`)
    .define('Result_Status', `${MAIN}!F14`);
  return wb;
}

/** "83.22%" → 0.8322 (a number as a percent-formatted cell holds it). */
function percentNumber(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(text);
  return m ? Number((Number(m[1]) / 100).toFixed(6)) : null;
}

export const ALIAS_SHEET = '绩效指标';
export const BUDGET_SHEET = '预算';

/**
 * Someone else's layout: Chinese aliases for every name (全年预算数, 绩效指标, 自评总分...),
 * columns in another order with alternative headers (full-width, spaces, line breaks), a 序号
 * and a 备注 column of their own, level cells blank below the first of each run (merged),
 * percent actuals and mid-year values as numbers in "0.00%" cells, lower-case names, and
 * `blankRows` blank rows inside the named range below the data.
 */
export function aliasSeedWorkbook(blankRows = 0): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const b = SEED.budget;
  wb.put(BUDGET_SHEET, 'B2', [
    [b.initial],
    [b.adjustment],
    [b.final],
    [b.spent],
    [b.weight],
    [''],
    [''],
    [''],
  ]);
  wb.define('年初预算数', `${BUDGET_SHEET}!B2`)
    .define('年中调整数', `${BUDGET_SHEET}!B3`)
    .define('全年预算数', `${BUDGET_SHEET}!B4`)
    .define('全年执行数', `${BUDGET_SHEET}!B5`)
    .define('预算执行率分值', `${BUDGET_SHEET}!B6`)
    .define('预算执行率', `${BUDGET_SHEET}!B7`)
    .define('预算执行得分', `${BUDGET_SHEET}!B8`)
    .define('自评总分', `${BUDGET_SHEET}!B10`)
    .define('评价等级', `${BUDGET_SHEET}!B11`)
    .define('评价状态', `${BUDGET_SHEET}!B12`);
  // B..O: 序号, 三级指标(as 指标名称), 一级, 二级, 实际完成值(as 全年完成值), 目标(预期指标值),
  // 分值(权重), 备注, 年中(年中监控值), 得分(自评得分), 完成率, 偏差原因, 改进措施, 状态
  const header = [
    '序号',
    '指标名称',
    '一级指标',
    '二 级\n指标',
    '全年完成值',
    '预期指标值',
    '权重',
    '备注',
    '年中监控值',
    '自评得分',
    '完成率',
    '偏差原因',
    '改进措施',
    '偏差状态',
    '人工得分',
  ];
  const rows: CellScalar[][] = [];
  const formats: string[][] = [];
  SEED.indicators.forEach((ind, i) => {
    const [l1, l2] = SEED_LEVELS[i];
    const firstL1 = i === 0 || SEED_LEVELS[i - 1][0] !== l1;
    const firstL2 = firstL1 || SEED_LEVELS[i - 1][1] !== l2;
    const actual = percentNumber(ind.actual);
    const mid = percentNumber(ind.midYear);
    rows.push([
      i + 1,
      ind.name,
      firstL1 ? l1 : '',
      firstL2 ? l2 : '',
      actual ?? ind.actual,
      ind.target,
      ind.weight,
      `备注${i + 1}`,
      mid ?? ind.midYear,
      '',
      '',
      ind.reason,
      ind.measures,
      '',
      '',
    ]);
    const f = header.map(() => 'General');
    if (actual !== null) f[4] = '0.00%';
    if (mid !== null) f[8] = '0.00%';
    formats.push(f);
  });
  for (let i = 0; i < blankRows; i++) {
    rows.push(header.map(() => ''));
    formats.push(header.map(() => 'General'));
  }
  wb.put(
    ALIAS_SHEET,
    'B3',
    [header.map((h) => (h === '权重' ? '　权　重　' : h)), ...rows],
    [header.map(() => 'General'), ...formats],
  );
  const last = 3 + rows.length;
  wb.define('绩效指标', `${ALIAS_SHEET}!B3:P${last}`);
  return wb;
}

/** Column letters of the alias layout, by what they hold. */
export const ALIAS_COLUMNS = {
  no: 'B',
  name: 'C',
  level1: 'D',
  level2: 'E',
  actual: 'F',
  target: 'G',
  weight: 'H',
  note: 'I',
  midYear: 'J',
  score: 'K',
  completion: 'L',
  reason: 'M',
  measures: 'N',
  status: 'O',
  manual: 'P',
} as const;
