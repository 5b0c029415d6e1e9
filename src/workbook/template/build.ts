/**
 * The template workbook an accountant recognises as the MOF 项目支出绩效自评表:
 *
 * - 绩效自评表: title, department and year; the 项目资金 block (年初预算数, 年中调整数, 全年预算数,
 *   全年执行数, 分值, and the computed 执行率 and 得分); the indicator table with merged level
 *   cells, drop-down lists, number formats and a frozen header; the total, grade and status.
 * - 评分规则: every rule key of the scoring profile, its default and meaning; the 取值 column
 *   (blank = default) is the Rules range.
 * - 预算明细: the budget breakdown (Budget_Lines: 基本支出, 项目支出 and their 合计 row of SUM
 *   formulas), on its own sheet so that the form keeps its print layout (budget-lines-sheet.ts).
 * - 评分记录: the header of the log that each recalculation appends to.
 *
 * Every name of the workbook contract is defined. With `sample`, the seed report's figures
 * and reasons are filled in (output cells stay empty: the scoring writes them).
 */
import type { Locale } from '../../engine/types';
import { PROFILE_KEY_KINDS, PROFILE_NAMES, DEFAULT_PROFILE } from '../../engine/profiles';
import { monitorWords, profileEntries } from '../../i18n/rule-labels';
import { t, type KeysUnder } from '../../i18n/catalog';
import './messages';
import { LOG_SHEET } from '../contract/contract';
import { LOG_COLUMNS } from '../recalculation/plan';
import { MAX_COLUMNS, blockAddress, cellAddress, columnLetter } from '../a1';
import { SAMPLE } from './sample';
import { SheetBuilder } from '../sheets/sheet-builder';
import type { CellStyle } from '../port/types';
import type { TemplateName, TemplateSpec } from './spec';
import {
  HEADER,
  INPUT,
  INPUT_CENTER,
  INPUT_WRAP,
  LEVEL,
  MONEY_FORMAT,
  NOTE,
  OUTPUT,
  OUTPUT_WRAP,
  TITLE,
  TEMPLATE_MARGINS,
} from './styles';
import { buildBudgetLinesSheet } from './budget-lines-sheet';

export const MAIN_SHEET = '绩效自评表';
export const RULES_SHEET = '评分规则';
export { BUDGET_LINES_SHEET } from './budget-lines-sheet';
/** The log sheet is the contract's (src/workbook/contract/contract.ts). */
export { LOG_SHEET };

export interface TemplateOptions {
  /** Fill in the seed report's figures. */
  sample: boolean;
  locale?: Locale;
}

/** Indicator table columns, in order (keys are the contract's column keys). */
interface ColumnDef {
  key: KeysUnder<'template.header.'>;
  width: number;
  numberFormat?: string;
  style: CellStyle;
}

const INDICATOR_COLUMNS: ColumnDef[] = [
  { key: 'level1', width: 10, style: LEVEL },
  { key: 'level2', width: 12, style: LEVEL },
  { key: 'name', width: 24, style: INPUT_WRAP },
  { key: 'operator', width: 8, style: INPUT_CENTER },
  { key: 'target', width: 11, style: INPUT_CENTER },
  { key: 'unit', width: 9, style: INPUT_CENTER },
  { key: 'midYear', width: 11, style: INPUT_CENTER },
  { key: 'actual', width: 13, style: INPUT_CENTER },
  { key: 'weight', width: 7, style: INPUT_CENTER },
  { key: 'manualScore', width: 9, numberFormat: '0.00', style: INPUT_CENTER },
  { key: 'completion', width: 10, numberFormat: '0.00%', style: OUTPUT },
  { key: 'score', width: 8, numberFormat: '0.00', style: OUTPUT },
  { key: 'status', width: 11, style: OUTPUT_WRAP },
  { key: 'reason', width: 28, numberFormat: '@', style: INPUT_WRAP },
  { key: 'measures', width: 28, numberFormat: '@', style: INPUT_WRAP },
  // Optional (是 / 否): blank leaves it to the 评分规则 keys cumulativeNames, nonCumulativeUnits.
  { key: 'cumulative', width: 9, style: INPUT_CENTER },
];

export const OPERATORS = ['≥', '>', '≤', '<', '=', '定性'];
export const QUALITATIVE_TIERS = [
  '达成年度指标',
  '部分达成年度指标并具有一定效果',
  '未达成年度指标且效果较差',
];

/** Blank template rows: the MOF level-1/level-2 framework, two rows per level 2. */
const BLANK_LEVELS: [KeysUnder<'template.level.'>, KeysUnder<'template.level.'>[]][] = [
  ['output', ['quantity', 'quality', 'timeliness', 'cost']],
  ['effect', ['economic', 'social', 'ecological', 'sustainable']],
  ['satisfaction', ['serviceSatisfaction']],
];
const BLANK_ROWS_PER_LEVEL2 = 2;

// Rows and columns 0-based (src/workbook/a1.ts): the header is Excel's row 5.
const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 1;
const LAST_COLUMN = INDICATOR_COLUMNS.length - 1;

/** The whole row, as print titles name it ("5:5"). */
function wholeRow(row: number): string {
  return blockAddress({ top: row, left: 0, bottom: row, right: MAX_COLUMNS - 1 });
}

interface RowData {
  level1: string;
  level2: string;
  values: Record<string, string | number | null>;
}

function sampleRows(): RowData[] {
  return SAMPLE.indicators.map((row) => ({
    level1: row.level1,
    level2: row.level2,
    values: {
      name: row.name,
      operator: row.operator,
      target: row.target,
      unit: row.unit,
      midYear: row.midYear,
      actual: row.actual,
      weight: row.weight,
      reason: row.reason || null,
      measures: row.measures || null,
      cumulative: row.cumulative ?? null,
    },
  }));
}

function blankRows(locale: Locale): RowData[] {
  const rows: RowData[] = [];
  for (const [level1, level2s] of BLANK_LEVELS) {
    for (const level2 of level2s) {
      for (let i = 0; i < BLANK_ROWS_PER_LEVEL2; i++) {
        rows.push({
          level1: t(`template.level.${level1}`, {}, locale),
          level2: t(`template.level.${level2}`, {}, locale),
          values: {},
        });
      }
    }
  }
  return rows;
}

/** Runs of equal values: [start index, length]. */
function runs(values: string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || values[i] !== values[start]) {
      out.push([start, i - start]);
      start = i;
    }
  }
  return out;
}

function buildMainSheet(
  options: TemplateOptions,
  locale: Locale,
  names: TemplateName[],
): { sheet: SheetBuilder; lastDataRow: number; columns: Record<string, string> } {
  const b = new SheetBuilder(
    MAIN_SHEET,
    INDICATOR_COLUMNS.map((c) => c.width),
  );
  const name = (n: string, address: string): void => {
    names.push({ name: n, sheet: MAIN_SHEET, address });
  };
  const sample = options.sample;

  // Title, department, year.
  const year = sample ? String(SAMPLE.year) : t('template.yearBlank', {}, locale);
  b.area(0, 0, 0, LAST_COLUMN, t('template.title', { year }, locale), { style: TITLE });
  b.height(0, 32);
  const label: CellStyle = { ...HEADER };
  b.area(1, 0, 1, 1, t('template.department', {}, locale), { style: label });
  b.area(1, 2, 1, 9, sample ? SAMPLE.department : null, { style: INPUT });
  name('Info_Department', 'C2');
  b.set(1, 10, t('template.year', {}, locale), { style: label });
  b.set(1, 11, sample ? SAMPLE.year : null, { numberFormat: '0', style: INPUT_CENTER });
  name('Info_Year', 'L2');
  b.set(1, 12, t('template.unit', {}, locale), { style: label });
  b.area(1, 13, 1, LAST_COLUMN, SAMPLE.unit, { style: INPUT_CENTER });
  name('Info_Unit', 'N2');
  b.height(1, 22);

  // 项目资金 block: rows 3 (labels) and 4 (figures), columns C..I, reason J..O.
  b.area(2, 0, 3, 1, t('template.funds', {}, locale), { style: label });
  const money = MONEY_FORMAT;
  const funds: [KeysUnder<'template.'>, string, number | null, string, CellStyle][] = [
    ['budgetInitial', 'Budget_Initial', sample ? SAMPLE.budget.initial : null, money, INPUT_CENTER],
    [
      'budgetAdjustment',
      'Budget_Adjustment',
      sample ? SAMPLE.budget.adjustment : null,
      money,
      INPUT_CENTER,
    ],
    ['budgetFinal', 'Budget_Final', sample ? SAMPLE.budget.final : null, money, INPUT_CENTER],
    ['budgetSpent', 'Budget_Spent', sample ? SAMPLE.budget.spent : null, money, INPUT_CENTER],
    ['budgetWeight', 'Budget_Weight', SAMPLE.budget.weight, 'General', INPUT_CENTER],
    ['executionRate', 'Result_ExecutionRate', null, '0.00%', OUTPUT],
    ['executionScore', 'Result_ExecutionScore', null, '0.00', OUTPUT],
  ];
  funds.forEach(([labelKey, contractName, value, numberFormat, style], i) => {
    const column = 2 + i;
    b.set(2, column, t(`template.${labelKey}`, {}, locale), { style: HEADER });
    b.set(3, column, value, { numberFormat, style });
    name(contractName, cellAddress(3, column));
  });
  const reasonColumn = 2 + funds.length;
  b.area(2, reasonColumn, 2, LAST_COLUMN, t('template.budgetReason', {}, locale), {
    style: HEADER,
  });
  b.area(3, reasonColumn, 3, LAST_COLUMN, null, { numberFormat: '@', style: INPUT_WRAP });
  name('Budget_Reason', cellAddress(3, reasonColumn));
  b.height(2, 30);
  b.height(3, 36);

  // Indicator table.
  const columns: Record<string, string> = {};
  INDICATOR_COLUMNS.forEach((col, i) => {
    columns[col.key] = columnLetter(i);
    b.set(HEADER_ROW, i, t(`template.header.${col.key}`, {}, locale), { style: HEADER });
  });
  b.height(HEADER_ROW, 30);
  const rows = sample ? sampleRows() : blankRows(locale);
  const lastDataRow = FIRST_DATA_ROW + rows.length - 1;
  rows.forEach((row, i) => {
    const r = FIRST_DATA_ROW + i;
    INDICATOR_COLUMNS.forEach((col, j) => {
      if (col.key === 'level1' || col.key === 'level2') return;
      const value = row.values[col.key] ?? null;
      b.set(r, j, value, { numberFormat: col.numberFormat, style: col.style });
    });
    b.height(r, 36);
  });
  // Level cells merged over their runs (level 2 runs never cross a level 1 boundary).
  const level1s = rows.map((r) => r.level1);
  const level2s = rows.map((r) => `${r.level1}\u0000${r.level2}`);
  for (const [start, length] of runs(level1s)) {
    const top = FIRST_DATA_ROW + start;
    b.area(top, 0, top + length - 1, 0, level1s[start], { style: LEVEL });
  }
  for (const [start, length] of runs(level2s)) {
    const top = FIRST_DATA_ROW + start;
    b.area(top, 1, top + length - 1, 1, rows[start].level2, { style: LEVEL });
  }
  name(
    'Indicators',
    blockAddress({ top: HEADER_ROW, left: 0, bottom: lastDataRow, right: LAST_COLUMN }),
  );

  const dataBlock = (key: string): string => {
    const column = INDICATOR_COLUMNS.findIndex((c) => c.key === key);
    return blockAddress({ top: FIRST_DATA_ROW, left: column, bottom: lastDataRow, right: column });
  };
  for (const validation of [
    {
      range: dataBlock('operator'),
      list: OPERATORS,
      strict: true,
      promptTitle: t('template.validation.operatorTitle', {}, locale),
      prompt: t('template.validation.operator', {}, locale),
      error: t('template.validation.operatorError', {}, locale),
    },
    {
      range: dataBlock('actual'),
      list: QUALITATIVE_TIERS,
      strict: false,
      promptTitle: t('template.validation.actualTitle', {}, locale),
      prompt: t('template.validation.actual', {}, locale),
    },
    {
      range: dataBlock('cumulative'),
      list: [t('template.cumulative.yes', {}, locale), t('template.cumulative.no', {}, locale)],
      strict: true,
      promptTitle: t('template.validation.cumulativeTitle', {}, locale),
      prompt: t('template.validation.cumulative', {}, locale),
      error: t('template.validation.cumulativeError', {}, locale),
    },
  ])
    b.validation(validation);

  // Total, grade, status.
  const totalRow = lastDataRow + 1;
  b.area(totalRow, 0, totalRow, 1, t('template.total', {}, locale), { style: label });
  b.set(totalRow, 2, null, { numberFormat: '0.00', style: { ...OUTPUT, bold: true } });
  name('Result_Total', cellAddress(totalRow, 2));
  b.set(totalRow, 3, t('template.grade', {}, locale), { style: label });
  b.set(totalRow, 4, null, { style: { ...OUTPUT, bold: true } });
  name('Result_Grade', cellAddress(totalRow, 4));
  b.area(totalRow, 5, totalRow, 6, t('template.status', {}, locale), { style: label });
  b.area(totalRow, 7, totalRow, LAST_COLUMN, null, { style: OUTPUT_WRAP });
  name('Result_Status', cellAddress(totalRow, 7));
  b.height(totalRow, 28);
  b.area(totalRow + 1, 0, totalRow + 1, LAST_COLUMN, t('template.note', {}, locale), {
    style: NOTE,
  });
  b.height(totalRow + 1, 30);

  b.freeze(HEADER_ROW + 1, 3);
  b.print({
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    titleRows: wholeRow(HEADER_ROW),
    centerHorizontally: true,
    margins: TEMPLATE_MARGINS,
  });
  return { sheet: b, lastDataRow, columns };
}

function buildRulesSheet(locale: Locale, names: TemplateName[]): SheetBuilder {
  const b = new SheetBuilder(RULES_SHEET, [28, 20, 20, 80]);
  b.area(0, 0, 0, 3, t('template.rules.title', {}, locale), {
    style: { bold: true, fontSize: 14, vertical: 'middle' },
  });
  b.height(0, 24);
  const headers = [
    t('template.rules.key', {}, locale),
    t('template.rules.value', {}, locale),
    t('template.rules.default', { profile: DEFAULT_PROFILE }, locale),
    t('template.rules.description', {}, locale),
  ];
  headers.forEach((h, i) => b.set(1, i, h, { style: HEADER }));
  const entries = profileEntries(DEFAULT_PROFILE, locale);
  const kinds = PROFILE_KEY_KINDS as Record<string, { kind: string; values?: readonly string[] }>;
  entries.forEach((entry, i) => {
    const r = 2 + i;
    b.set(r, 0, entry.key, { style: INPUT });
    const isProfile = entry.key === 'profile';
    b.set(r, 1, isProfile ? entry.value : null, { numberFormat: '@', style: INPUT_CENTER });
    b.set(r, 2, entry.value, { numberFormat: '@', style: { ...OUTPUT, fill: undefined } });
    b.set(r, 3, entry.description, { style: INPUT_WRAP });
    const kind = kinds[entry.key];
    const list = isProfile
      ? PROFILE_NAMES
      : kind?.kind === 'enum'
        ? [...(kind.values ?? [])]
        : kind?.kind === 'boolean'
          ? ['true', 'false', '是', '否']
          : kind?.kind === 'monitor'
            ? monitorWords(locale)
            : null;
    if (list) {
      b.validation({
        range: cellAddress(r, 1),
        list,
        strict: true,
        promptTitle: t('template.validation.ruleTitle', {}, locale),
        prompt: t('template.validation.rule', {}, locale),
      });
    }
  });
  const last = 1 + entries.length;
  names.push({
    name: 'Rules',
    sheet: RULES_SHEET,
    address: blockAddress({ top: 2, left: 0, bottom: last, right: 1 }),
  });
  b.area(last + 2, 0, last + 2, 3, t('template.rules.note', {}, locale), { style: NOTE });
  b.height(last + 2, 24);
  b.freeze(2, 0);
  b.print({ paper: 'A4', orientation: 'landscape', fitToWidth: true, margins: TEMPLATE_MARGINS });
  return b;
}

function buildLogSheet(locale: Locale): SheetBuilder {
  const b = new SheetBuilder(LOG_SHEET, [20, 14, 10, 8, 12, 12, 68]);
  // The header the recalculation writes on a new log (src/workbook/recalculation/plan.ts), styled.
  LOG_COLUMNS.forEach((key, i) => {
    b.set(0, i, t(`workbook.log.${key}`, {}, locale), { style: HEADER });
  });
  b.freeze(1, 0);
  b.print({ paper: 'A4', orientation: 'landscape', fitToWidth: true, margins: TEMPLATE_MARGINS });
  return b;
}

/** The template as data: sheets, cells, merges, validations, print setup and names. */
export function buildTemplateSpec(options: TemplateOptions): TemplateSpec {
  const locale = options.locale ?? 'zh-CN';
  const names: TemplateName[] = [];
  const main = buildMainSheet(options, locale, names);
  const year = options.sample ? String(SAMPLE.year) : t('template.yearBlank', {}, locale);
  const lines = buildBudgetLinesSheet(options.sample, year, locale, names);
  const rules = buildRulesSheet(locale, names);
  const log = buildLogSheet(locale);
  return {
    sheets: [main.sheet.build(), lines.build(), rules.build(), log.build()],
    names,
    layout: {
      sheet: MAIN_SHEET,
      headerRow: HEADER_ROW + 1,
      firstDataRow: FIRST_DATA_ROW + 1,
      lastDataRow: main.lastDataRow + 1,
      columns: main.columns,
    },
  };
}
