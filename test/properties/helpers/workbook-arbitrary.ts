/**
 * Generated workbooks for the workbook-level properties: a budget block, an Indicators table of
 * mixed indicator kinds (≥ ≤ = 定性, 无发生额, "/", blank actuals, percent-formatted numbers
 * and percent texts, 万 magnifiers, manual scores inside and outside the weight, reasons
 * present or absent), blank rows, columns of the user's own with arbitrary text (formula-like
 * text included), level cells blank below the first of a run (merged-cell style), optional
 * hand-typed values in the 得分 column, and the Result_* cells. A spec is laid out by
 * `buildWorkbook` in any row order and any column order.
 */
import fc from 'fast-check';
import { LOG_SHEET, cellAddress, columnKeyOf } from '../../../src/workbook';
import type { Locale } from '../../../src/engine/types';
import type { CellScalar, ConflictPolicy } from '../../../src/workbook/port/types';
import { MemoryWorkbook } from '../../workbook/helpers/memory-host';

export interface Cell {
  value: CellScalar;
  format?: string;
}

export interface IndicatorSpec {
  level1: string;
  level2: string;
  /** The 指标性质 cell: '' or 定量 for any row, 定性 for qualitative ones. */
  operator: string;
  /** Unique within a workbook (the properties compare rows by name). */
  name: string;
  target: Cell;
  unit: string;
  midYear: Cell;
  actual: Cell;
  weight: Cell;
  manual: Cell;
  reason: string;
  measures: string;
  /** A value typed into the 得分 column by hand ('' for none). */
  handScore: CellScalar;
  /** The hand-typed 得分 is a formula (its value is handScore). */
  handFormula: boolean;
  /** Values typed into 完成率 and 偏差状态 by hand ('' for none). */
  handCompletion: CellScalar;
  handStatus: CellScalar;
}

export interface ExtraColumn {
  header: string;
  /** One value per table row (data and blank rows alike). */
  values: CellScalar[];
}

/** The table's own columns, canonical order; a spec leaves some optional ones out. */
export const TABLE_COLUMNS = [
  'level1',
  'level2',
  'name',
  'operator',
  'target',
  'unit',
  'midYear',
  'actual',
  'weight',
  'manual',
  'completion',
  'score',
  'status',
  'reason',
  'measures',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

const HEADERS: Record<TableColumn, string[]> = {
  level1: ['一级指标', 'Level 1'],
  level2: ['二级指标', '二 级\n指标'],
  name: ['三级指标', '指标名称'],
  operator: ['指标性质', '指标方向'],
  target: ['年度指标值', '预期指标值'],
  unit: ['计量单位', '单位'],
  midYear: ['年中完成值', '年中监控值'],
  actual: ['实际完成值', '全年完成值'],
  weight: ['分值', '　权　重　'],
  manual: ['人工得分', 'Manual score'],
  completion: ['完成率', 'Completion'],
  score: ['得分', '自评得分'],
  status: ['偏差状态', 'Status'],
  reason: ['偏差原因分析', '偏差原因'],
  measures: ['改进措施', 'Measures'],
};

const REQUIRED: TableColumn[] = ['name', 'target', 'actual', 'weight'];

export interface WorkbookSpec {
  budget: { initial: number; adjustment: number; final: number; spent: number; weight: number };
  /** Chinese aliases (全年预算数, 绩效指标, 自评总分) instead of the canonical names. */
  aliases: boolean;
  indicators: IndicatorSpec[];
  /** Blank rows inserted before the indicator of that index (index = length: at the end). */
  blankBefore: number[];
  /** What blank rows hold in the output columns (typed by hand; '' for nothing). */
  blankRowOutput: CellScalar;
  /** Which optional table columns exist (the required ones always do). */
  columns: TableColumn[];
  /** Which header spelling each column uses (index into its accepted spellings). */
  spelling: number;
  extras: ExtraColumn[];
  /** The table's top-left cell, 0-based. */
  top: number;
  left: number;
  /** Level cells blank below the first of a run, as merged cells read. */
  mergedLevels: boolean;
  resultCells: boolean;
  /** key | value rows of a 评分规则 table (none: no table). */
  rules: [string, CellScalar][] | null;
  /** Lines already on 评分记录 before the first recalculation (null: no such sheet). */
  logLines: number | null;
}

/** A number of at most 2 decimals in [min, max]. */
const cents = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

const plainNumber = (n: number): string => String(n);

interface Value {
  qualitative?: boolean;
  target: Cell;
  actual: Cell;
  midYear: Cell;
  unit: string;
}

/** A comparison of `op` in a unit, actual as text or as a bare number (unit from the row). */
const quantitative: fc.Arbitrary<Value> = fc
  .record({
    op: fc.constantFrom('≥', '≤', '=', '>', '<'),
    unit: fc.constantFrom('件', '人次', '万元', '元', '个', '天'),
    target: cents(0.5, 500),
    actual: cents(0, 1000),
    mid: cents(0, 500),
    textActual: fc.boolean(),
    unitColumn: fc.boolean(),
  })
  .map(({ op, unit, target, actual, mid, textActual, unitColumn }) => ({
    target: { value: `${op}${plainNumber(target)}${unit}` },
    actual: { value: textActual || !unitColumn ? `${plainNumber(actual)}${unit}` : actual },
    midYear: { value: `${plainNumber(mid)}${unit}` },
    unit: unitColumn ? unit : '',
  }));

/** Percent targets; actuals as "97.5%" text or as 0.975 in a percent-formatted cell. */
const percent: fc.Arbitrary<Value> = fc
  .record({
    op: fc.constantFrom('≥', '≤', '='),
    target: fc.integer({ min: 1, max: 100 }),
    actualBasis: fc.integer({ min: 0, max: 12000 }),
    asNumber: fc.boolean(),
    midAsNumber: fc.boolean(),
    mid: fc.integer({ min: 0, max: 10000 }),
  })
  .map(({ op, target, actualBasis, asNumber, midAsNumber, mid }) => ({
    target: { value: `${op}${target}%` },
    actual: asNumber
      ? { value: actualBasis / 10000, format: '0.00%' }
      : { value: `${actualBasis / 100}%` },
    midYear: midAsNumber ? { value: mid / 10000, format: '0.00%' } : { value: `${mid / 100}%` },
    unit: '',
  }));

/** 万 magnifiers: "≥40万件" against "72.3万件" or "723000件". */
const magnified: fc.Arbitrary<Value> = fc
  .record({
    op: fc.constantFrom('≥', '≤'),
    base: fc.constantFrom('件', '人次', '元'),
    target: fc.integer({ min: 1, max: 900 }),
    actual: fc.integer({ min: 0, max: 20000 }),
    wan: fc.boolean(),
  })
  .map(({ op, base, target, actual, wan }) => ({
    target: { value: `${op}${target}万${base}` },
    actual: { value: wan ? `${actual / 10}万${base}` : `${actual * 1000}${base}` },
    midYear: { value: '' },
    unit: '',
  }));

const qualitative: fc.Arbitrary<Value> = fc
  .record({
    target: fc.constantFrom('有效', '达成年度指标', '明显提升', '群众满意'),
    actual: fc.constantFrom('达成', '达成年度指标', '有效', '部分达成', '未达成', '已完成'),
  })
  .map(({ target, actual }) => ({
    qualitative: true,
    target: { value: target },
    actual: { value: actual },
    midYear: { value: '' },
    unit: '',
  }));

const special: fc.Arbitrary<Value> = fc.oneof(
  fc.record({ target: fc.constantFrom('≥5%', '≤100万元', '=1次') }).map(({ target }) => ({
    target: { value: target },
    actual: { value: '无发生额' },
    midYear: { value: target.endsWith('%') ? '0%' : '' },
    unit: '',
  })),
  fc.constantFrom<Value>(
    { target: { value: '/' }, actual: { value: '/' }, midYear: { value: '/' }, unit: '' },
    { target: { value: '不适用' }, actual: { value: '/' }, midYear: { value: '' }, unit: '' },
  ),
  fc.constantFrom('≥95%', '≤30天', '有效').map((target) => ({
    target: { value: target },
    actual: { value: '' },
    midYear: { value: '' },
    unit: '',
  })),
);

/** Operators in words, full-width digits, and dates (时效指标). */
const wordy: fc.Arbitrary<Value> = fc.oneof(
  fc
    .record({
      target: fc.constantFrom('不低于95%', '95%以上', '≥９５％', '>=90%', '5%以内', '不超过10%'),
      actual: fc.constantFrom('96%', '９８％', '3%', '100%', '12.5%'),
    })
    .map(({ target, actual }) => ({
      target: { value: target },
      actual: { value: actual },
      midYear: { value: '' },
      unit: '',
    })),
  fc
    .record({
      target: fc.constantFrom('≤2023-12-31', '2023年12月31日前', '2023年6月30日前'),
      actual: fc.constantFrom('2023-11-30', '2024-01-15', '2023年12月20日'),
    })
    .map(({ target, actual }) => ({
      target: { value: target },
      actual: { value: actual },
      midYear: { value: '' },
      unit: '',
    })),
);

const indicatorValue: fc.Arbitrary<Value> = fc.oneof(
  { arbitrary: wordy, weight: 1 },
  { arbitrary: quantitative, weight: 4 },
  { arbitrary: percent, weight: 3 },
  { arbitrary: magnified, weight: 2 },
  { arbitrary: qualitative, weight: 2 },
  { arbitrary: special, weight: 2 },
);

/** Arbitrary text of the user's own, including text that looks like a formula. */
export const userText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('=SUM(A1:A3)', '+1', '-2', '@cmd', '=1+1', '=HYPERLINK("x")', ' ', '备注'),
  fc.tuple(fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 8 })).map(([a, b]) => a + b),
);

const LEVEL1 = ['产出指标', '效益指标', '成本指标', '满意度指标'];
const LEVEL2 = ['数量指标', '质量指标', '时效指标', '社会效益指标', '经济成本指标'];

const indicatorArb = fc.record({
  level1: fc.constantFrom(...LEVEL1),
  level2: fc.constantFrom(...LEVEL2),
  value: indicatorValue,
  operatorShown: fc.boolean(),
  weight: fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 30 }).map((w): Cell => ({ value: w })), weight: 4 },
    { arbitrary: cents(0.5, 20).map((w): Cell => ({ value: w })), weight: 1 },
    {
      arbitrary: fc.integer({ min: 1, max: 30 }).map((w): Cell => ({ value: String(w) })),
      weight: 1,
    },
  ),
  /** 0: none; 1: inside [0, w] (as a fraction of w); 2: above w; 3: negative. */
  manualKind: fc.oneof(
    { arbitrary: fc.constant(0), weight: 24 },
    { arbitrary: fc.constant(1), weight: 6 },
    { arbitrary: fc.constant(2), weight: 1 },
    { arbitrary: fc.constant(3), weight: 1 },
  ),
  manualFraction: fc.integer({ min: 0, max: 100 }),
  /** Names that look like formulas too ("=指标3"); the index keeps them unique. */
  namePrefix: fc.constantFrom('', '', '', '=', '+', '-', '@', ' '),
  reason: fc.oneof(fc.constant(''), fc.constant(''), userText),
  measures: fc.oneof(fc.constant(''), userText),
  handScore: fc.oneof(
    { arbitrary: fc.constant<CellScalar>(''), weight: 8 },
    { arbitrary: fc.integer({ min: 0, max: 30 }).map((n): CellScalar => n), weight: 1 },
    { arbitrary: userText.map((s): CellScalar => s), weight: 1 },
  ),
  handFormula: fc.boolean(),
  handCompletion: fc.oneof(
    { arbitrary: fc.constant<CellScalar>(''), weight: 30 },
    { arbitrary: fc.constantFrom<CellScalar>(1, 0.5, '100%'), weight: 1 },
  ),
  handStatus: fc.oneof(
    { arbitrary: fc.constant<CellScalar>(''), weight: 30 },
    { arbitrary: fc.constantFrom<CellScalar>('正常', '=A1', '已说明'), weight: 1 },
  ),
});

/** A 评分规则 table: a profile and a few keys, values as typed (text or numbers). */
const rulesArb: fc.Arbitrary<[string, CellScalar][]> = fc
  .record(
    {
      profile: fc.constantFrom('mof-2020', 'guangxi', 'legacy-80-70-60'),
      scoreDecimals: fc.constantFrom<CellScalar>(0, 1, 2, 3, '1'),
      reverseFormula: fc.constantFrom('linear', 'ratio', 'manual'),
      equalTreatment: fc.constantFrom('asGreaterEqual', 'strict'),
      notApplicable: fc.constantFrom('rescale', 'zero'),
      totalFrom: fc.constantFrom('roundedRows', 'unroundedRows'),
      roundCompletionFirst: fc.constantFrom<CellScalar>(true, false, '是', '否'),
      noOccurrenceMet: fc.constantFrom<CellScalar>(true, false),
    },
    { requiredKeys: [] },
  )
  .map((r) => Object.entries(r) as [string, CellScalar][]);

function weightNumber(cell: Cell): number {
  return typeof cell.value === 'number' ? cell.value : Number(cell.value);
}

/** Specs with `withHandScores` false never have a value typed into 得分 by hand. */
export function workbookSpec(
  options: { withHandScores?: boolean; maxIndicators?: number } = {},
): fc.Arbitrary<WorkbookSpec> {
  const maxIndicators = options.maxIndicators ?? 10;
  return fc
    .record({
      budget: fc
        .record({
          initial: cents(10, 2000),
          adjustment: cents(-50, 50),
          final: cents(10, 2000),
          spentShare: fc.integer({ min: 0, max: 120 }),
          weight: fc.constantFrom(10, 10, 5, 0),
        })
        .map(({ initial, adjustment, final, spentShare, weight }) => ({
          initial,
          adjustment,
          final,
          spent: Math.round(final * spentShare) / 100,
          weight,
        })),
      aliases: fc.boolean(),
      indicators: fc.array(indicatorArb, { minLength: 1, maxLength: maxIndicators }),
      blankBefore: fc.array(fc.nat({ max: maxIndicators }), { maxLength: 3 }),
      blankRowOutput: fc.oneof(
        { arbitrary: fc.constant<CellScalar>(''), weight: 3 },
        { arbitrary: fc.constantFrom<CellScalar>(5, '小计', '=SUM(A1)'), weight: 1 },
      ),
      optional: fc.subarray(
        TABLE_COLUMNS.filter((c) => !REQUIRED.includes(c)),
        { minLength: 0 },
      ),
      spelling: fc.nat({ max: 1 }),
      extras: fc.array(
        fc.record({
          header: userText.filter((h) => columnKeyOf(h) === null),
          values: fc.array(
            fc.oneof(
              userText.map((s): CellScalar => s),
              fc.integer({ min: -5, max: 1000 }).map((n): CellScalar => n),
            ),
            { minLength: maxIndicators + 4, maxLength: maxIndicators + 4 },
          ),
        }),
        { maxLength: 3 },
      ),
      top: fc.nat({ max: 3 }),
      left: fc.nat({ max: 3 }),
      mergedLevels: fc.boolean(),
      resultCells: fc.boolean(),
      rules: fc.option(rulesArb, { freq: 3 }),
      logLines: fc.option(fc.nat({ max: 3 }), { freq: 2 }),
    })
    .map((r): WorkbookSpec => {
      const indicators = r.indicators.map((g, i): IndicatorSpec => {
        const w = weightNumber(g.weight);
        let manual: Cell = { value: '' };
        if (g.manualKind === 1) manual = { value: Math.round(w * g.manualFraction) / 100 };
        else if (g.manualKind === 2) manual = { value: w + 1 + g.manualFraction / 10 };
        else if (g.manualKind === 3) manual = { value: -1 - g.manualFraction / 10 };
        return {
          level1: g.level1,
          level2: g.level2,
          operator: g.operatorShown ? (g.value.qualitative ? '定性' : '定量') : '',
          name: `${g.namePrefix}指标${i + 1}`,
          target: g.value.target,
          unit: g.value.unit,
          midYear: g.value.midYear,
          actual: g.value.actual,
          weight: g.weight,
          manual,
          reason: g.reason,
          measures: g.measures,
          handScore: options.withHandScores ? g.handScore : '',
          handFormula: g.handFormula,
          handCompletion: options.withHandScores ? g.handCompletion : '',
          handStatus: options.withHandScores ? g.handStatus : '',
        };
      });
      const columns = TABLE_COLUMNS.filter((c) => REQUIRED.includes(c) || r.optional.includes(c));
      return {
        budget: r.budget,
        aliases: r.aliases,
        indicators,
        blankBefore: r.blankBefore.map((b) => Math.min(b, indicators.length)),
        blankRowOutput: options.withHandScores ? r.blankRowOutput : '',
        columns,
        spelling: r.spelling,
        extras: r.extras,
        top: r.top,
        left: r.left,
        mergedLevels: r.mergedLevels,
        resultCells: r.resultCells,
        rules: r.rules,
        logLines: r.logLines,
      };
    });
}

export const policyArb: fc.Arbitrary<ConflictPolicy> = fc.constantFrom(
  'refuse',
  'overwrite',
  'moveToManual',
);

export const localeArb: fc.Arbitrary<Locale> = fc.constantFrom('zh-CN', 'en-US');

/** A permutation of 0..n-1. */
export function permutation(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.nat(), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((k, i) => [k, i])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, i]) => i),
  );
}

export const TABLE_SHEET = '绩效指标';
export const RULES_SHEET = '规则';
export const BUDGET_SHEET = '预算';

/** A table column as laid out: its header and what it holds in each table row. */
interface LaidColumn {
  header: string;
  /** The table column's key, or null for a column of the user's own. */
  key: TableColumn | null;
  cell: (row: TableRow, rowNumber: number) => Cell;
}

/** A row of the table: an indicator, or null for a blank row. */
type TableRow = IndicatorSpec | null;

function indicatorCell(key: TableColumn, ind: IndicatorSpec): Cell {
  switch (key) {
    case 'level1':
      return { value: ind.level1 };
    case 'level2':
      return { value: ind.level2 };
    case 'name':
      return { value: ind.name };
    case 'operator':
      return { value: ind.operator };
    case 'target':
      return ind.target;
    case 'unit':
      return { value: ind.unit };
    case 'midYear':
      return ind.midYear;
    case 'actual':
      return ind.actual;
    case 'weight':
      return ind.weight;
    case 'manual':
      return ind.manual;
    case 'score':
      return { value: ind.handScore };
    case 'completion':
      return { value: ind.handCompletion };
    case 'status':
      return { value: ind.handStatus };
    case 'reason':
      return { value: ind.reason };
    case 'measures':
      return { value: ind.measures };
  }
}

export interface Layout {
  /** Indicator order (indices into spec.indicators); default: as generated. */
  rowOrder?: number[];
  /** Column order: indices into [...spec.columns, ...spec.extras]; default: as generated. */
  columnOrder?: number[];
}

/** Where things ended up: the sheet row of each indicator and the column of each table key. */
export interface Placed {
  workbook: MemoryWorkbook;
  /** Indicator name → 0-based sheet row. */
  rowOf: Map<string, number>;
  /** Table column key → 0-based sheet column. */
  columnOf: Map<TableColumn, number>;
  /** Extra column index → 0-based sheet column. */
  extraColumnOf: number[];
  headerRow: number;
  lastRow: number;
}

/** Budget and Result_* names, one cell each in column B of the budget sheet from row 2. */
const BUDGET_CELL_NAMES: [canonical: string, alias: string][] = [
  ['Budget_Initial', '年初预算数'],
  ['Budget_Adjustment', '年中调整数'],
  ['Budget_Final', '全年预算数'],
  ['Budget_Spent', '全年执行数'],
  ['Budget_Weight', '预算执行率分值'],
  ['Result_ExecutionRate', '预算执行率'],
  ['Result_ExecutionScore', '预算执行得分'],
  ['Result_Total', '自评总分'],
  ['Result_Grade', '评价等级'],
  ['Result_Status', '评价状态'],
];

/** Where buildWorkbook puts the Result_* cells ("预算!B7" … "预算!B11"), in the order above. */
export const RESULT_CELLS = BUDGET_CELL_NAMES.flatMap(([canonical], i) =>
  canonical.startsWith('Result_') ? [`${BUDGET_SHEET}!B${i + 2}`] : [],
);

export function buildWorkbook(spec: WorkbookSpec, layout: Layout = {}): Placed {
  const wb = new MemoryWorkbook();
  const b = spec.budget;

  // Budget and results on their own sheet, one cell each.
  const values: CellScalar[] = [b.initial, b.adjustment, b.final, b.spent, b.weight];
  BUDGET_CELL_NAMES.forEach(([canonical, alias], i) => {
    const value = values[i] ?? '';
    const isResult = canonical.startsWith('Result_');
    if (isResult && !spec.resultCells) return;
    wb.put(BUDGET_SHEET, `A${i + 2}`, [[alias, value]]);
    wb.define(spec.aliases ? alias : canonical, `${BUDGET_SHEET}!B${i + 2}`);
  });

  // The table's rows: indicators in layout order, blank rows where the spec puts them.
  const order = layout.rowOrder ?? spec.indicators.map((_, i) => i);
  const rows: TableRow[] = [];
  order.forEach((index, position) => {
    for (const before of spec.blankBefore) if (before === position) rows.push(null);
    rows.push(spec.indicators[index]);
  });
  for (const before of spec.blankBefore) if (before >= order.length) rows.push(null);

  // Merged-cell style: a level cell is blank when the row above (blank rows skipped) has the
  // same level (level 2 only when level 1 is the same too, as a merge would be drawn).
  const shownLevels = new Map<IndicatorSpec, { level1: string; level2: string }>();
  let previous: IndicatorSpec | null = null;
  for (const row of rows) {
    if (!row) continue;
    const same1 = spec.mergedLevels && previous !== null && previous.level1 === row.level1;
    const same2 = same1 && previous !== null && previous.level2 === row.level2;
    shownLevels.set(row, { level1: same1 ? '' : row.level1, level2: same2 ? '' : row.level2 });
    previous = row;
  }

  const laid: LaidColumn[] = [
    ...spec.columns.map((key): LaidColumn => ({
      header: HEADERS[key][spec.spelling % HEADERS[key].length],
      key,
      cell: (row) => {
        if (!row) return { value: '' };
        if (key === 'level1' || key === 'level2') {
          const shown = shownLevels.get(row);
          return { value: shown ? shown[key] : '' };
        }
        return indicatorCell(key, row);
      },
    })),
    ...spec.extras.map((extra): LaidColumn => ({
      header: extra.header,
      key: null,
      cell: (_row, n) => ({ value: extra.values[n % extra.values.length] }),
    })),
  ];
  const columnOrder = layout.columnOrder ?? laid.map((_, i) => i);
  const placed = columnOrder.map((i) => laid[i]);

  const columnOf = new Map<TableColumn, number>();
  const extraColumnOf: number[] = [];
  placed.forEach((column, c) => {
    const sheetColumn = spec.left + c;
    if (column.key) columnOf.set(column.key, sheetColumn);
    else extraColumnOf[laid.indexOf(column) - spec.columns.length] = sheetColumn;
    wb.set(TABLE_SHEET, spec.top, sheetColumn, column.header);
  });
  const rowOf = new Map<string, number>();
  rows.forEach((row, r) => {
    const sheetRow = spec.top + 1 + r;
    if (row) rowOf.set(row.name, sheetRow);
    placed.forEach((column, c) => {
      const cell = column.cell(row, r);
      wb.set(TABLE_SHEET, sheetRow, spec.left + c, cell.value, cell.format);
    });
  });
  // A hand-typed 得分 may be a formula.
  const scoreColumn = columnOf.get('score');
  if (scoreColumn !== undefined) {
    for (const row of rows) {
      if (!row || row.handScore === '' || !row.handFormula) continue;
      const at = cellAddress(rowOf.get(row.name) ?? 0, scoreColumn);
      wb.formula(
        TABLE_SHEET,
        at,
        `=${cellAddress(0, 0)}*0+${JSON.stringify(row.handScore)}`,
        row.handScore,
      );
    }
  }
  const lastRow = spec.top + rows.length;
  const right = spec.left + placed.length - 1;
  wb.define(
    spec.aliases ? '绩效指标' : 'Indicators',
    `${TABLE_SHEET}!${cellAddress(spec.top, spec.left)}:${cellAddress(lastRow, right)}`,
  );
  if (spec.rules) {
    const rules = spec.rules;
    wb.put(RULES_SHEET, 'A1', [['规则项', '值'], ...rules.map(([k, v]) => [k, v])]);
    wb.define(spec.aliases ? '评分规则' : 'Rules', `${RULES_SHEET}!A1:B${rules.length + 1}`);
  }
  if (spec.logLines !== null) {
    wb.sheet(LOG_SHEET);
    for (let i = 0; i < spec.logLines; i++) {
      wb.put(LOG_SHEET, `A${i + 1}`, [[i === 0 ? '时间' : `2023-12-0${i} 10:00:00`, 'mof-2020']]);
    }
  }
  return { workbook: wb, rowOf, columnOf, extraColumnOf, headerRow: spec.top, lastRow };
}

/** Every cell of every sheet: "Sheet!A1" → value, number format and formula. */
export function cellsOf(wb: MemoryWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const [sheet, cells] of wb.sheets) {
    for (const [key, cell] of cells) {
      const [r, c] = key.split(',').map(Number);
      // A blank General cell is the same as no cell at all.
      if (cell.value === '' && cell.format === 'General' && !cell.formula) continue;
      out.set(
        `${sheet}!${cellAddress(r, c)}`,
        JSON.stringify([cell.value, cell.format, cell.formula]),
      );
    }
  }
  return out;
}
