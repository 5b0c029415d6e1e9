/**
 * The 评价结果 sheet: a finished-looking summary of one evaluation, written
 * by the pane's 生成评价结果 in one read and one write.
 *
 *   row 1  title (department and year when the workbook names them: Info_Department/Info_Year)
 *   row 2  when and with which profile it was generated
 *   row 3  自评总分 | total | 评价等级 | grade | 预算执行率 | rate
 *   row 4  评价状态 | why provisional / how many deviations are open
 *   分项得分: 一级指标 | 分值 | 得分 | 得分率, one row for the budget execution, one per
 *          level-1 indicator (产出指标, 效益指标...) in the order met, and the 合计
 *   指标完成情况: 一级指标 | 三级指标 | 完成率 | 100%基准 | 得分 | 偏差状态, one row per indicator:
 *          the data of the native chart 指标完成率 (completion as columns, the 100% line as a
 *          line) drawn to the right, and 偏差状态 coloured by a conditional format.
 *
 * At mid-year (年中监控, result.monitoring) there is no composite: row 3 gives the elapsed
 * share, 待定 and the share of the budget spent, row 4 the lights (红灯 3、黄灯 1、绿灯 5), the
 * 分项得分 become the lights of each level-1 indicator, and 指标完成情况 shows the mid-year
 * completion and the progress against what is due by now.
 *
 * A provisional composite never looks final: its number format says （暂定） as Result_Total's
 * does (the partial sums and score rates too), the grade is 待定 and the status line gives the
 * reasons. Not-applicable rows rescaled away (profile notApplicable=rescale) count in no
 * subtotal, and a note says the composite was rescaled. Every text is written as text.
 *
 * The sheet's last line is a stamp with the check code of its values (sheet-stamp.ts, as
 * 自评报告): an empty or untouched 评价结果 is deleted and created again (its old values,
 * merges, chart and formats go with it); one the user edited is kept as it is and the new
 * results go to the newest 评价结果(n) still untouched (replaced), else to the first free
 * 评价结果(2), 评价结果(3)… The chart shows at most CHART_ROWS indicators.
 */
import { Decimal } from '../../engine/decimal';
import type { EvaluationResult, Locale, MonitorLight, Problem } from '../../engine/types';
import { t } from '../../i18n/catalog';
import './results-messages';
import { type Block, blockAddress, cellAddress } from '../a1';
import { FORMATS, scoreFormat } from '../contract/contract';
import { localTime } from '../local-time';
import { gradeText, resultStatusText } from '../recalculation/plan';
import { snapshotRequest } from '../contract/read';
import { scoreSnapshot } from '../recalculation/recalculate';
import { indicatorStatusText, statusColumnFormat } from './results-sheet-status';
import { readForStampedSheet, sheetCode, stampText, stampedSheetTarget } from './sheet-stamp';
import {
  FILL_OUTPUT,
  HEADER,
  INPUT as CELL,
  INPUT_CENTER as NUMBER,
  INPUT_WRAP as TEXT_WRAP,
  TITLE,
} from '../template/styles';
import type {
  CellStyle,
  ChartSpec,
  ContractReading,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
} from '../port/types';
import { applyAllOrNone } from '../safety/write-failed';
import { SheetBuilder } from './sheet-builder';
import { sheetLayout, sheetWrite } from './sheet-emit';

export const RESULTS_SHEET = '评价结果';
/** The chart's name on 评价结果. */
export const RESULTS_CHART = 'PerfScore指标完成率';
/** The catalog message of the stamp, the sheet's last line. */
const STAMP_KEY = 'workbook.results.stamp';
/** The chart shows the first this many indicators (the table lists them all). */
export const CHART_ROWS = 50;
/** The chart's height in rows: at least MIN, two per indicator, at most MAX. */
const CHART_MIN_HEIGHT = 20;
const CHART_MAX_HEIGHT = 40;

/** Columns A..F of the sheet; the chart is drawn from column H. */
const COLUMNS = 6;
const COLUMN_WIDTHS = [16, 32, 12, 12, 10, 14];
// The template's look (its title, header and bordered cells), so that the sheet reads alike.
const NOTE: CellStyle = { fontSize: 9, horizontal: 'left', vertical: 'middle' };
/** A section's heading row: grey as the form's outputs. */
const SECTION: CellStyle = { bold: true, fill: FILL_OUTPUT, border: true, vertical: 'middle' };
const LABEL: CellStyle = { ...HEADER };
const TOTAL: CellStyle = { ...NUMBER, bold: true };
/** The elapsed share of the year: "50%". */
const ELAPSED_FORMAT = '0%';

/** A merged, styled line of text across the sheet's columns. */
function line(b: SheetBuilder, row: number, text: string, style: CellStyle, height?: number): void {
  b.set(row, 0, text);
  const whole = { top: row, left: 0, bottom: row, right: COLUMNS - 1 };
  b.merge(whole);
  b.style(whole, style);
  if (height) b.height(row, height);
}

/** One cell's block. */
function at(row: number, column: number): Block {
  return { top: row, left: column, bottom: row, right: column };
}

function titleText(reading: ContractReading, locale: Locale): string {
  const department = reading.input.department?.trim() ?? '';
  const year = reading.input.year === undefined ? '' : String(reading.input.year).trim();
  if (department && year) return t('workbook.results.titleFull', { department, year }, locale);
  if (department) return t('workbook.results.titleDepartment', { department }, locale);
  if (year) return t('workbook.results.titleYear', { year }, locale);
  return t('workbook.results.title', {}, locale);
}

/** `0.00"（暂定）"`: a score that is not final yet. */
function provisionalFormat(decimals: number, locale: Locale): string {
  return `${scoreFormat(decimals)}"${t('workbook.total.provisionalSuffix', {}, locale)}"`;
}

/** `0.00%"（暂定）"`: a score rate that is not final yet. */
function provisionalRateFormat(locale: Locale): string {
  return `${FORMATS.rate}"${t('workbook.total.provisionalSuffix', {}, locale)}"`;
}

/** The total's number format: "0.00" or, while provisional, `0.00"（暂定）"`. */
export function totalFormat(result: EvaluationResult, locale: Locale): string {
  return result.provisional
    ? provisionalFormat(result.scoreDecimals, locale)
    : scoreFormat(result.scoreDecimals);
}

/** One row of 分项得分: the weights and the known scores of a level-1 indicator. */
export interface LevelSubtotal {
  /** The level-1 text ("产出指标"), or the catalog's 预算执行 for the execution row. */
  label: string;
  weight: number;
  /** Sum of the scores that count; null when none of the rows has a score. */
  score: number | null;
  /** Rows without a score (the composite is provisional then). */
  missing: number;
}

/**
 * A not-applicable row the composite leaves out (profile notApplicable=rescale: the engine
 * rescales over the applicable weights and gives the row no score; under 'zero' it scores 0).
 */
function rescaledAway(row: EvaluationResult['indicators'][number]): boolean {
  return row.status === 'notApplicable' && row.score === null;
}

/** The not-applicable rows left out of the composite and their weights (none: count 0). */
export function rescaledRows(result: EvaluationResult): { count: number; weight: number } {
  let count = 0;
  let weight = new Decimal(0);
  for (const row of result.indicators) {
    if (!rescaledAway(row)) continue;
    count += 1;
    weight = weight.plus(row.weight);
  }
  return { count, weight: weight.toNumber() };
}

/** The budget execution, then the engine's subtotal of each level-1 indicator (result.levels). */
export function levelSubtotals(result: EvaluationResult, locale: Locale): LevelSubtotal[] {
  const execution: LevelSubtotal = {
    label: t('workbook.results.execution', {}, locale),
    weight: result.execution.weight,
    score: result.execution.score,
    missing: result.execution.score === null ? 1 : 0,
  };
  return [
    execution,
    ...result.levels.map((level) => ({
      label: level.name || t('workbook.results.noLevel', {}, locale),
      weight: level.weight,
      score: level.score,
      missing: level.unscored,
    })),
  ];
}

/** The plan of 生成评价结果 and where it writes. */
export interface ResultsSheetPlan {
  plan: WritePlan;
  /** The sheet the results are written to: 评价结果, or 评价结果(n) when it is kept. */
  sheet: string;
  /** The newest 评价结果 (or (n)) left as it was because it holds the user's edits, or null. */
  kept: string | null;
}

/**
 * The plan that writes 评价结果 for `result`, decided from the workbook as read (its sheets
 * include 评价结果 and every 评价结果(n) that exists: readForStampedSheet): the newest of them
 * that is empty or untouched (its stamp's code matches its values) is deleted with its chart,
 * merges and formats and created anew in the same write (a plan's deletions run first); when
 * all are edited or not ours, they are kept as they are and the results go to 评价结果 if
 * absent, else to the first free 评价结果(n). Only that one sheet is touched.
 */
export function resultsSheetPlan(
  result: EvaluationResult,
  reading: ContractReading,
  workbook: Pick<WorkbookSnapshot, 'sheets' | 'sheetNames'>,
  locale: Locale = 'zh-CN',
  now: Date = new Date(),
): ResultsSheetPlan {
  const { sheet, replace, kept } = stampedSheetTarget(RESULTS_SHEET, STAMP_KEY, workbook);
  // Texts are stored as text, whatever they look like ("=cmd", "2023").
  const b = new SheetBuilder(sheet, COLUMN_WIDTHS, { textFormat: '@' });
  const decimals = result.scoreDecimals;
  const score = scoreFormat(decimals);

  line(b, 0, titleText(reading, locale), TITLE, 32);
  line(
    b,
    1,
    t('workbook.results.generated', { time: localTime(now), profile: result.profile }, locale),
    NOTE,
  );

  // Row 3: total, grade, execution rate (at mid-year: the elapsed share, 待定 and the share
  // of the budget spent: no composite before the year end); row 4: the status line.
  const monitoring = result.monitoring;
  if (monitoring) {
    b.set(2, 0, t('workbook.results.elapsed', {}, locale));
    b.set(2, 1, monitoring.elapsed, { numberFormat: ELAPSED_FORMAT });
  } else {
    b.set(2, 0, t('workbook.results.total', {}, locale));
    b.set(2, 1, result.total, { numberFormat: totalFormat(result, locale) });
  }
  b.set(2, 2, t('workbook.results.grade', {}, locale));
  b.set(2, 3, gradeText(result));
  // At mid-year the share of the year's budget spent (spent ÷ final, what the budget light
  // compares with the time share); at the year end the execution rate (预算执行率).
  b.set(2, 4, t(`workbook.results.${monitoring ? 'spent' : 'executionRate'}`, {}, locale));
  b.set(2, 5, (monitoring ? result.execution.spentShare : result.execution.rate) ?? '', {
    numberFormat: FORMATS.rate,
  });
  for (const c of [0, 2, 4]) b.style(at(2, c), LABEL);
  for (const c of [1, 3, 5]) b.style(at(2, c), TOTAL);
  b.set(3, 0, t('workbook.results.status', {}, locale));
  b.set(3, 1, resultStatusText(result, locale));
  b.merge({ top: 3, left: 1, bottom: 3, right: COLUMNS - 1 });
  b.style(at(3, 0), LABEL);
  b.style({ top: 3, left: 1, bottom: 3, right: COLUMNS - 1 }, TEXT_WRAP);
  b.height(3, 36);

  let row = 5;
  row = monitoring
    ? monitoringSection(b, row, result, locale)
    : subtotalSection(b, row, result, locale);

  // 指标完成情况: the chart's data (at mid-year: the mid-year completion and the progress).
  line(b, row, t('workbook.results.indicators', {}, locale), SECTION, 20);
  row += 1;
  const count = result.indicators.length;
  if (count > CHART_ROWS) {
    line(b, row, t('workbook.results.chartFirst', { shown: CHART_ROWS, count }, locale), NOTE);
    row += 1;
  }
  const headerRow = row;
  const indicatorHeader = monitoring
    ? (['level1', 'name', 'midYearCompletion', 'target', 'progress', 'rowStatus'] as const)
    : (['level1', 'name', 'completion', 'target', 'score', 'rowStatus'] as const);
  indicatorHeader.forEach((key, c) => b.set(row, c, t(`workbook.results.${key}`, {}, locale)));
  b.style({ top: row, left: 0, bottom: row, right: COLUMNS - 1 }, HEADER);
  row += 1;
  const firstIndicator = row;
  const texts: string[] = [];
  for (const [index, r] of result.indicators.entries()) {
    const status = indicatorStatusText(result, index, locale);
    texts.push(status);
    b.set(row, 0, r.level1);
    b.set(row, 1, r.name);
    if (monitoring) {
      const item = monitoring.indicators.find((m) => m.index === index);
      b.set(row, 2, item?.completion ?? r.midYearCompletion ?? '', { numberFormat: FORMATS.rate });
      b.set(row, 4, item?.progress ?? '', { numberFormat: FORMATS.rate });
    } else {
      b.set(row, 2, r.completion ?? '', { numberFormat: FORMATS.rate });
      b.set(row, 4, r.score ?? '', { numberFormat: score });
    }
    b.set(row, 3, 1, { numberFormat: FORMATS.rate });
    b.set(row, 5, status);
    row += 1;
  }
  const lastIndicator = row - 1;
  if (lastIndicator >= firstIndicator) {
    b.style({ top: firstIndicator, left: 0, bottom: lastIndicator, right: 1 }, TEXT_WRAP);
    b.style({ top: firstIndicator, left: 2, bottom: lastIndicator, right: COLUMNS - 1 }, NUMBER);
  }

  // A blank row, then the stamp: the check code of every value above it.
  b.set(row, 0, '');
  row += 1;
  const stamp = stampText(STAMP_KEY, sheetCode(b.values('')), now, locale);
  line(b, row, stamp, { ...NOTE, wrap: true, vertical: 'top' }, 30);

  const model = b.build();
  const write = sheetWrite(model, '');
  const plan: WritePlan = {
    ...(replace ? { deleteSheets: [replace] } : {}),
    createSheets: [{ name: sheet, visibility: 'visible' }],
    createNames: [],
    writes: write ? [write] : [],
    layouts: [sheetLayout(model)],
  };
  if (lastIndicator >= firstIndicator) {
    const lastCharted = Math.min(lastIndicator, headerRow + CHART_ROWS);
    plan.charts = [resultsChart(sheet, headerRow, lastCharted, monitoring !== undefined, locale)];
    plan.conditionalFormats = [statusColumnFormat(sheet, 5, firstIndicator, texts, locale)];
  }
  return { plan, sheet, kept };
}

/** 分项得分: weight, score and score rate of the execution and each level 1, and the 合计. */
function subtotalSection(
  b: SheetBuilder,
  start: number,
  result: EvaluationResult,
  locale: Locale,
): number {
  const decimals = result.scoreDecimals;
  const score = scoreFormat(decimals);
  let row = start;
  line(b, row, t('workbook.results.subtotals', {}, locale), SECTION, 20);
  row += 1;
  const subtotalHeader = ['level1', 'weight', 'score', 'scoreRate'] as const;
  subtotalHeader.forEach((key, c) => b.set(row, c, t(`workbook.results.${key}`, {}, locale)));
  b.style({ top: row, left: 0, bottom: row, right: subtotalHeader.length - 1 }, HEADER);
  row += 1;
  const subtotals = levelSubtotals(result, locale);
  const firstSubtotal = row;
  for (const s of subtotals) {
    b.set(row, 0, s.label);
    b.set(row, 1, s.weight, { numberFormat: 'General' });
    // A level with rows still unscored has a partial sum and rate: never shown as final.
    const partial = s.missing > 0;
    b.set(row, 2, s.score ?? '', {
      numberFormat: partial ? provisionalFormat(decimals, locale) : score,
    });
    b.set(
      row,
      3,
      s.score === null || s.weight === 0
        ? ''
        : new Decimal(s.score).dividedBy(s.weight).toDecimalPlaces(4).toNumber(),
      { numberFormat: partial ? provisionalRateFormat(locale) : FORMATS.rate },
    );
    row += 1;
  }
  b.style({ top: firstSubtotal, left: 0, bottom: row - 1, right: 0 }, CELL);
  b.style(
    { top: firstSubtotal, left: 1, bottom: row - 1, right: subtotalHeader.length - 1 },
    NUMBER,
  );
  b.set(row, 0, t('workbook.results.sum', {}, locale));
  b.set(row, 1, subtotals.reduce((sum, s) => sum.plus(s.weight), new Decimal(0)).toNumber(), {
    numberFormat: 'General',
  });
  b.set(row, 2, result.total, { numberFormat: totalFormat(result, locale) });
  b.set(
    row,
    3,
    result.maxTotal > 0
      ? new Decimal(result.total).dividedBy(result.maxTotal).toDecimalPlaces(4).toNumber()
      : '',
    { numberFormat: result.provisional ? provisionalRateFormat(locale) : FORMATS.rate },
  );
  b.style({ top: row, left: 0, bottom: row, right: 0 }, { ...CELL, bold: true });
  b.style({ top: row, left: 1, bottom: row, right: subtotalHeader.length - 1 }, TOTAL);
  row += 1;
  // Not-applicable rows rescaled away: the composite is not the sum of the subtotals.
  const rescaled = rescaledRows(result);
  if (rescaled.count > 0) {
    const params = { count: rescaled.count, weight: rescaled.weight, max: result.maxTotal };
    line(b, row, t('workbook.results.rescaled', params, locale), { ...NOTE, wrap: true }, 30);
    row += 1;
  }
  return row + 1;
}

/** One row of the mid-year section: how many lines of a level have each light. */
export interface LevelLights {
  /** The level-1 text, the catalog's 预算执行 for the execution row, 合计 for the sum. */
  label: string;
  counts: Record<MonitorLight, number>;
}

/** The lights of the budget execution, of each level-1 indicator (result.levels), and 合计. */
export function levelLights(result: EvaluationResult, locale: Locale): LevelLights[] {
  const monitoring = result.monitoring;
  if (!monitoring) return [];
  const none = (): Record<MonitorLight, number> => ({ red: 0, yellow: 0, green: 0 });
  const execution = { label: t('workbook.results.execution', {}, locale), counts: none() };
  if (monitoring.execution) execution.counts[monitoring.execution.light] += 1;
  const levels = result.levels.map((level) => ({
    label: level.name || t('workbook.results.noLevel', {}, locale),
    counts: level.lights ?? none(),
  }));
  const sum = { label: t('workbook.results.sum', {}, locale), counts: monitoring.lights };
  return [execution, ...levels, sum];
}

/** 年中监控: the number of red, yellow and green lights of each level, and the 合计. */
function monitoringSection(
  b: SheetBuilder,
  start: number,
  result: EvaluationResult,
  locale: Locale,
): number {
  let row = start;
  line(b, row, t('workbook.results.monitoring', {}, locale), SECTION, 20);
  row += 1;
  const lights: MonitorLight[] = ['red', 'yellow', 'green'];
  b.set(row, 0, t('workbook.results.level1', {}, locale));
  lights.forEach((light, c) => b.set(row, c + 1, t(`monitor.light.${light}`, {}, locale)));
  b.style({ top: row, left: 0, bottom: row, right: lights.length }, HEADER);
  row += 1;
  const first = row;
  for (const level of levelLights(result, locale)) {
    b.set(row, 0, level.label);
    lights.forEach((light, c) => b.set(row, c + 1, level.counts[light], { numberFormat: '0' }));
    row += 1;
  }
  b.style({ top: first, left: 0, bottom: row - 2, right: 0 }, CELL);
  b.style({ top: first, left: 1, bottom: row - 2, right: lights.length }, NUMBER);
  b.style({ top: row - 1, left: 0, bottom: row - 1, right: 0 }, { ...CELL, bold: true });
  b.style({ top: row - 1, left: 1, bottom: row - 1, right: lights.length }, TOTAL);
  return row + 1;
}

/** The chart: 完成率 as clustered columns and 100%基准 as a line, over the indicator names. */
function resultsChart(
  sheet: string,
  headerRow: number,
  lastRow: number,
  midYear: boolean,
  locale: Locale,
): ChartSpec {
  const rows = lastRow - headerRow;
  const height = Math.min(CHART_MAX_HEIGHT, Math.max(CHART_MIN_HEIGHT, rows * 2));
  return {
    sheet,
    name: RESULTS_CHART,
    type: 'columnClustered',
    title: t(`workbook.results.${midYear ? 'midYearChartTitle' : 'chartTitle'}`, {}, locale),
    // 三级指标 | 完成率 | 100%基准, with their header row: categories and series names.
    source: blockAddress({ top: headerRow, left: 1, bottom: lastRow, right: 3 }),
    series: [
      { name: t(`workbook.results.${midYear ? 'midYearCompletion' : 'completion'}`, {}, locale) },
      { name: t('workbook.results.target', {}, locale), line: true },
    ],
    // From column H, row 3, tall enough for the names under the columns (within bounds).
    position: `${cellAddress(2, COLUMNS + 1)}:${cellAddress(2 + height, COLUMNS + 9)}`,
  };
}

export interface ResultsSheetOptions {
  locale?: Locale;
  /** A profile name overriding the workbook's 评分规则 profile. */
  profile?: string;
  /** The generation time shown on the sheet (default: now). */
  now?: Date;
}

export interface ResultsSheetOutcome {
  result?: EvaluationResult;
  reading: ContractReading;
  /** Why nothing was written: reading problems, else evaluation errors. */
  problems: Problem[];
  written: boolean;
  plan?: WritePlan;
  /** The sheet written (评价结果, or 评价结果(n) when 评价结果 is kept); absent when none. */
  sheet?: string;
  /** The 评价结果 sheet left as it was because it holds the user's edits; null when none. */
  kept?: string | null;
  /** What was done, for the pane: the kept sheet and where the results went; absent else. */
  message?: string;
}

/**
 * 生成评价结果: reads the workbook (as a recalculation does, plus 评价结果 itself, and in a
 * second read its 评价结果(n) siblings when there are any), evaluates it and, when the inputs
 * have no errors, writes the results in one all-or-none apply: into the newest of 评价结果,
 * 评价结果(2)… that is empty or untouched (deleted and created anew in the same write), else
 * into 评价结果 when absent or the first free 评价结果(n), every edited one being kept as the
 * user left it. The 绩效指标 outputs are not written: that is the recalculation's.
 */
export async function writeResultsSheet(
  host: WorkbookHost,
  options: ResultsSheetOptions = {},
): Promise<ResultsSheetOutcome> {
  const locale = options.locale ?? 'zh-CN';
  const snapshot = await readForStampedSheet(host, snapshotRequest(), RESULTS_SHEET);
  const { reading, result, problems } = scoreSnapshot(snapshot, { profile: options.profile });
  if (!result || problems.length > 0) return { result, reading, problems, written: false };
  const { plan, sheet, kept } = resultsSheetPlan(
    result,
    reading,
    snapshot,
    locale,
    options.now ?? new Date(),
  );
  await applyAllOrNone(host, plan, snapshot, { locale });
  return {
    result,
    reading,
    problems: [],
    written: true,
    plan,
    sheet,
    kept,
    ...(kept ? { message: t('workbook.results.keptEdited', { kept, sheet }, locale) } : {}),
  };
}
