/**
 * Evaluation result → write plan (workbook-contract.md §3): the output columns of every data
 * row, the Result_* cells that exist, one line on the 评分记录 log, and the state sheet. Input
 * and annotation cells are never written; an output cell holding a value the product did not
 * write is a conflict, handled by the caller's policy.
 */
import { formatPercentShort } from '../../engine/format';
import type {
  EvaluationResult,
  Locale,
  MessageRef,
  MonitoringResult,
  Problem,
} from '../../engine/types';
import { t } from '../../i18n/catalog';
import { messageOf } from '../../i18n/said';
import { makeProblem, textParam } from '../../engine/messages';
import { blockAddress, cellAddress, locate, whereOf } from '../a1';
import { inputSha256 } from '../contract/canonical';
import { localTime } from '../local-time';
import { FORMATS, LOG_SHEET, STATE_SHEET, scoreFormat } from '../contract/contract';
import { isBlank } from '../../engine/input-cells';
import { sameValue } from '../port/same-value';
import { indicatorStatusFormat, indicatorStatusText } from '../sheets/results-sheet-status';
import { readState, readUndo, stateWrite, type WrittenState } from '../safety/state';
import { buildUndoRecord } from '../safety/undo-record';
import { plainIndicator } from '../contract/table-rows';
import type {
  CellScalar,
  CellWrite,
  ColumnKey,
  ContractReading,
  ManualMove,
  OutputConflict,
  RangeSnapshot,
  RecalcPlan,
  RecalcPlanOptions,
  ResultKey,
  WorkbookSnapshot,
  WritePlan,
} from '../port/types';

export const LOG_COLUMNS = ['time', 'profile', 'total', 'grade', 'state', 'open', 'hash'] as const;

export function emptyPlan(): WritePlan {
  return { createSheets: [], createNames: [], writes: [] };
}

export { sameValue };

interface CellNow {
  value: CellScalar;
  formula: string | null;
}

/** What a cell of a range holds now (blank outside the range). */
function cellIn(
  range: RangeSnapshot | null | undefined,
  rowIndex: number,
  columnIndex: number,
): CellNow {
  if (!range) return { value: '', formula: null };
  const r = rowIndex - range.rowIndex;
  const c = columnIndex - range.columnIndex;
  return {
    value: range.values[r]?.[c] ?? '',
    formula: range.formulas[r]?.[c] ?? null,
  };
}

function findRange(snapshot: WorkbookSnapshot, name: string): RangeSnapshot | null {
  const key = name.trim().toLowerCase();
  return snapshot.names.find((n) => n.name.trim().toLowerCase() === key)?.range ?? null;
}

/**
 * The output cells of one column of the table (or one Result_* cell) to write, row by row:
 * one object per column, not one per cell, so that a table of 100,000 rows costs its values.
 */
interface OutputCells {
  sheet: string;
  columnIndex: number;
  output: ColumnKey | ResultKey;
  /** The number format of every cell of the column, when it has one. */
  format?: string;
  /** 0-based sheet rows, ascending. */
  rows: number[];
  /** What each row gets. */
  values: CellScalar[];
}

/**
 * The status line of a mid-year monitoring (年中监控): the elapsed share and the lights,
 * 「年中监控（时间进度 50%）：红灯 3、黄灯 1、绿灯 5」, then the input errors, if any.
 */
export function monitoringStatusText(
  result: EvaluationResult,
  monitoring: MonitoringResult,
  locale: Locale,
): string {
  const elapsed = formatPercentShort(monitoring.elapsed);
  const text = t('workbook.status.monitoring', { elapsed, ...monitoring.lights }, locale);
  const errors = result.provisionalReasons.filter((p) => p.code === 'engine.pending.errors');
  return [text, ...errors.map((p) => messageOf(p, locale))].join('；');
}

/** The Result_Status line: why provisional, or how many deviations still need explaining. */
export function resultStatusText(result: EvaluationResult, locale: Locale): string {
  if (result.monitoring) return monitoringStatusText(result, result.monitoring, locale);
  const status = compositeStatusText(result, locale);
  // Whole-evaluation warnings (weights not adding up to 100) stand beside the status: they
  // do not make the composite provisional (scoring-rules.md §7).
  if (result.warnings.length === 0) return status;
  const warnings = result.warnings.map((w) => messageOf(w, locale)).join('；');
  return t('workbook.status.withWarnings', { status, warnings }, locale);
}

function compositeStatusText(result: EvaluationResult, locale: Locale): string {
  if (result.provisional) {
    const reasons = result.provisionalReasons;
    const shown = reasons.slice(0, 3).map((p) => messageOf(p, locale));
    if (reasons.length > 3)
      shown.push(t('workbook.status.more', { count: reasons.length - 3 }, locale));
    const text = shown.length ? shown.join('；') : t('workbook.status.provisional', {}, locale);
    return t('workbook.status.provisionalBecause', { reasons: text }, locale);
  }
  return result.openCount > 0
    ? t('workbook.status.open', { count: result.openCount }, locale)
    : t('workbook.status.allExplained', {}, locale);
}

/**
 * The grade cell's text: never a final-looking grade while the composite is provisional, nor
 * at mid-year (a monitoring is always provisional).
 */
export function gradeText(result: EvaluationResult): string {
  return result.provisional || result.monitoring ? '待定' : result.grade;
}

/** A conflict when the cell holds a value the product neither writes now nor wrote before. */
function conflictAt(
  sheet: string,
  rowIndex: number,
  columnIndex: number,
  now: CellNow,
  value: CellScalar,
  output: ColumnKey | ResultKey,
  indicatorIndex: number | undefined,
  state: WrittenState,
): OutputConflict | null {
  const { value: held, formula } = now;
  if (!formula && isBlank(held)) return null;
  if (!formula && sameValue(held, value)) return null;
  const before = state.get(whereOf(sheet, cellAddress(rowIndex, columnIndex)));
  if (!formula && before !== undefined && sameValue(held, before)) return null;
  const address = cellAddress(rowIndex, columnIndex);
  const conflict: OutputConflict = {
    where: whereOf(sheet, address),
    sheet,
    address,
    value: held,
    output,
  };
  if (formula) conflict.formula = formula;
  if (indicatorIndex !== undefined) conflict.indicatorIndex = indicatorIndex;
  return conflict;
}

/**
 * What the recalculation writes into the output cells, column by column, and the cells among
 * them holding values the product did not write (conflicts), in one pass.
 */
function collectOutputs(
  result: EvaluationResult,
  reading: ContractReading,
  snapshot: WorkbookSnapshot,
  state: WrittenState,
  locale: Locale,
  decimals: number,
): { outputs: OutputCells[]; conflicts: OutputConflict[] } {
  const outputs: OutputCells[] = [];
  const conflicts: OutputConflict[] = [];
  const layout = reading.layout;
  const table = layout.indicators;
  if (table) {
    const range = findRange(snapshot, table.name);
    // The indicator of each row below the header (-1: not an indicator row).
    const first = table.headerRowIndex + 1;
    const indexOfRow = new Int32Array(Math.max(0, table.lastRowIndex - first + 1)).fill(-1);
    table.dataRows.forEach((row, i) => {
      if (row >= first && row <= table.lastRowIndex) indexOfRow[row - first] = i;
    });
    const columns: { key: ColumnKey; format?: string }[] = [
      { key: 'completion', format: FORMATS.rate },
      { key: 'score', format: scoreFormat(decimals) },
      { key: 'status' },
    ];
    for (const { key, format } of columns) {
      const column = table.columns[key];
      if (!column) continue;
      const c = column.columnIndex;
      const cells: OutputCells = {
        sheet: table.sheet,
        columnIndex: c,
        output: key,
        rows: [],
        values: [],
      };
      if (format !== undefined) cells.format = format;
      for (let row = first; row <= table.lastRowIndex; row++) {
        const index = indexOfRow[row - first];
        const now = cellIn(range, row, c);
        if (index < 0) {
          // Not an indicator row: clear what the product wrote before, touch nothing else.
          const before = state.get(whereOf(table.sheet, cellAddress(row, c)));
          if (before === undefined || isBlank(before)) continue;
          if (!sameValue(now.value, before) || now.formula) continue;
          cells.rows.push(row);
          cells.values.push('');
          continue;
        }
        const r = result.indicators[index];
        let value: CellScalar = '';
        if (r) {
          if (key === 'completion') value = r.completion ?? '';
          else if (key === 'score') value = r.score ?? '';
          else value = indicatorStatusText(result, index, locale);
        }
        cells.rows.push(row);
        cells.values.push(value);
        const conflict = conflictAt(table.sheet, row, c, now, value, key, index, state);
        if (conflict) conflicts.push(conflict);
      }
      outputs.push(cells);
    }
  }
  // At mid-year (年中监控) there is no composite and no execution score before the year end:
  // those cells are written blank; the share of the budget spent so far is real and kept.
  const monitoring = result.monitoring !== undefined;
  const resultValues: Record<ResultKey, { value: CellScalar; format?: string }> = {
    executionRate: { value: result.execution.rate ?? '', format: FORMATS.rate },
    executionScore: {
      value: monitoring ? '' : (result.execution.score ?? ''),
      format: scoreFormat(decimals),
    },
    // A provisional total stays a number but never looks final: "6.90（暂定）".
    total: {
      value: monitoring ? '' : result.total,
      format:
        result.provisional && !monitoring
          ? `${scoreFormat(decimals)}"${t('workbook.total.provisionalSuffix', {}, locale)}"`
          : scoreFormat(decimals),
    },
    grade: { value: gradeText(result) },
    status: { value: resultStatusText(result, locale) },
  };
  for (const key of Object.keys(resultValues) as ResultKey[]) {
    const cell = layout.results[key];
    if (!cell) continue;
    const { value, format } = resultValues[key];
    const cells: OutputCells = {
      sheet: cell.sheet,
      columnIndex: cell.columnIndex,
      output: key,
      rows: [cell.rowIndex],
      values: [value],
    };
    if (format !== undefined) cells.format = format;
    outputs.push(cells);
    const now = cellIn(findRange(snapshot, cell.name), cell.rowIndex, cell.columnIndex);
    const conflict = conflictAt(
      cell.sheet,
      cell.rowIndex,
      cell.columnIndex,
      now,
      value,
      key,
      undefined,
      state,
    );
    if (conflict) conflicts.push(conflict);
  }
  return { outputs, conflicts };
}

/**
 * Contiguous single-column blocks of the cells to write: the cells of a sheet's column
 * gathered (in the order the column first appears), ordered by row and cut where a row is
 * missing. A number format, when any cell of a block has one, is given for each of its cells
 * ("General" for those without); cells of the same format share one row of formats.
 */
function blocksOf(outputs: OutputCells[]): CellWrite[] {
  const groups = new Map<string, OutputCells[]>();
  for (const cells of outputs) {
    if (cells.rows.length === 0) continue;
    const key = `${cells.sheet}\u0000${cells.columnIndex}`;
    const list = groups.get(key) ?? [];
    list.push(cells);
    groups.set(key, list);
  }
  const formatRows = new Map<string, string[]>();
  const formatRow = (format: string): string[] => {
    let row = formatRows.get(format);
    if (!row) formatRows.set(format, (row = [format]));
    return row;
  };
  const writes: CellWrite[] = [];
  for (const list of groups.values()) {
    // The column's cells in list order, then (when several lists share it) ordered by row; the
    // same row keeps list order.
    const single = list.length === 1;
    const rows = single ? list[0].rows : list.flatMap((cells) => cells.rows);
    const values = single ? list[0].values : list.flatMap((cells) => cells.values);
    const formats = list.flatMap((cells) => (single ? [] : cells.rows.map(() => cells.format)));
    const formatAt = (i: number): string | undefined => (single ? list[0].format : formats[i]);
    const order = Array.from(rows, (_, i) => i);
    if (!single) order.sort((a, b) => rows[a] - rows[b]);
    let start = 0;
    for (let i = 1; i <= order.length; i++) {
      if (i < order.length && rows[order[i]] === rows[order[i - 1]] + 1) continue;
      const run = order.slice(start, i);
      const column = list[0].columnIndex;
      const write: CellWrite = {
        sheet: list[0].sheet,
        address: blockAddress({
          top: rows[run[0]],
          left: column,
          bottom: rows[run[run.length - 1]],
          right: column,
        }),
        values: run.map((j) => [values[j]]),
      };
      if (run.some((j) => formatAt(j)))
        write.numberFormats = run.map((j) => formatRow(formatAt(j) ?? 'General'));
      writes.push(write);
      start = i;
    }
  }
  return writes;
}

/** Why a conflict cannot be moved into 人工得分, or null when it can. */
function unmovableReason(
  conflict: OutputConflict,
  reading: ContractReading,
  snapshot: WorkbookSnapshot,
): MessageRef | null {
  const table = reading.layout.indicators;
  if (conflict.output !== 'score' || conflict.indicatorIndex === undefined || !table)
    return textParam('workbook.conflict.notScoreColumn');
  const manual = table.columns.manualScore;
  if (!manual) return textParam('workbook.conflict.noManualColumn');
  const row = table.dataRows[conflict.indicatorIndex];
  const now = cellIn(findRange(snapshot, table.name), row, manual.columnIndex);
  if (!isBlank(now.value) && !sameValue(now.value, conflict.value))
    return textParam('workbook.conflict.manualFilled', {
      cell: whereOf(table.sheet, cellAddress(row, manual.columnIndex)),
    });
  return null;
}

/** Conflicts as problems (for messages), with the reason a move is impossible when given. */
export function conflictProblems(conflicts: OutputConflict[]): Problem[] {
  return conflicts.map((c) =>
    makeProblem(c.where, 'workbook.conflict.handTyped', {
      where: c.where,
      value: c.formula ?? String(c.value),
    }),
  );
}

/**
 * The reading with the hand-typed scores of `conflicts` moved into the input's 人工得分
 * (first step of 'moveToManual'): evaluate `reading.input` again, then build the plan with
 * the returned reading, which also writes those 人工得分 cells. Conflicts that cannot be moved
 * are returned as `unmovable` with the reason.
 */
export function applyConflictResolution(
  reading: ContractReading,
  conflicts: OutputConflict[],
  snapshot: WorkbookSnapshot,
): { reading: ContractReading; moved: ManualMove[]; unmovable: Problem[] } {
  const table = reading.layout.indicators;
  const moved: ManualMove[] = [...(reading.manualMoves ?? [])];
  const unmovable: Problem[] = [];
  const indicators = [...reading.input.indicators];
  for (const conflict of conflicts) {
    if (moved.some((m) => m.from.where === conflict.where)) continue;
    if (conflict.output !== 'score') continue;
    const why = unmovableReason(conflict, reading, snapshot);
    if (why || !table || conflict.indicatorIndex === undefined) {
      unmovable.push(
        makeProblem(conflict.where, 'workbook.conflict.cannotMove', {
          where: conflict.where,
          value: conflict.formula ?? String(conflict.value),
          why: why ?? '',
        }),
      );
      continue;
    }
    const row = table.dataRows[conflict.indicatorIndex];
    const manual = table.columns.manualScore;
    if (!manual) continue;
    const to = locate(table.sheet, row, manual.columnIndex);
    const from = locate(conflict.sheet, row, table.columns.score?.columnIndex ?? 0);
    moved.push({ indicatorIndex: conflict.indicatorIndex, from, to, value: conflict.value });
    indicators[conflict.indicatorIndex] = {
      ...plainIndicator(indicators[conflict.indicatorIndex]),
      manualScore: { value: conflict.value, where: to.where },
    };
  }
  return {
    reading: { ...reading, input: { ...reading.input, indicators }, manualMoves: moved },
    moved,
    unmovable,
  };
}

/** What the recalculation would write, and the output cells holding values it did not write. */
function outputConflicts(
  result: EvaluationResult,
  reading: ContractReading,
  snapshot: WorkbookSnapshot,
  locale: Locale,
): { outputs: OutputCells[]; conflicts: OutputConflict[]; state: WrittenState } {
  const state = readState(snapshot);
  const collected = collectOutputs(result, reading, snapshot, state, locale, result.scoreDecimals);
  return { ...collected, state };
}

/** The conflict policy applied once, before anything is planned: see decideConflicts. */
export interface ConflictDecision {
  /** Every output cell holding a value the product did not write. */
  conflicts: OutputConflict[];
  /** The conflicts that stop the write (none with 'overwrite'). */
  blocking: OutputConflict[];
  /** The blocking conflicts as messages, each naming its cell (and why it cannot move). */
  problems: Problem[];
  /**
   * The reading to score and plan: with 'moveToManual', the hand-typed scores moved into the
   * input's 人工得分 (`manualMoves`); else the reading as it was.
   */
  reading: ContractReading;
}

/**
 * The one place that decides what happens to values typed by hand into output cells:
 * 'refuse' stops at any; 'overwrite' writes over them; 'moveToManual' moves hand-typed scores
 * into 人工得分 (the caller scores the returned reading again), and any other hand-typed
 * output value (完成率, 偏差状态, Result_*), or a score that cannot move, stops the write.
 */
export function decideConflicts(
  result: EvaluationResult,
  reading: ContractReading,
  snapshot: WorkbookSnapshot,
  policy: RecalcPlanOptions['conflictPolicy'],
  locale: Locale = 'zh-CN',
): ConflictDecision {
  const { conflicts } = outputConflicts(result, reading, snapshot, locale);
  if (conflicts.length === 0 || policy === 'overwrite')
    return { conflicts, blocking: [], problems: [], reading };
  if (policy === 'refuse')
    return {
      conflicts,
      blocking: conflicts,
      problems: conflictProblems(conflicts),
      reading,
    };
  const blocking = conflicts.filter(
    (c) => c.output !== 'score' || unmovableReason(c, reading, snapshot) !== null,
  );
  if (blocking.length > 0) {
    const problems = [
      ...conflictProblems(blocking.filter((c) => c.output !== 'score')),
      ...applyConflictResolution(reading, blocking, snapshot).unmovable,
    ];
    return { conflicts, blocking, problems, reading };
  }
  const moved = applyConflictResolution(reading, conflicts, snapshot);
  return { conflicts, blocking: [], problems: [], reading: moved.reading };
}

/**
 * The write plan of one recalculation, and the output cells holding values the product did
 * not write. Conflicts not already moved into 人工得分 (`reading.manualMoves`, decided by
 * decideConflicts) block the write, except with 'overwrite': the plan is then empty.
 */
export function buildRecalcPlan(
  result: EvaluationResult,
  reading: ContractReading,
  snapshot: WorkbookSnapshot,
  options: RecalcPlanOptions,
): RecalcPlan {
  const locale = options.locale ?? 'zh-CN';
  const decimals = result.scoreDecimals;
  const collected = outputConflicts(result, reading, snapshot, locale);
  const { conflicts, state } = collected;
  const moves = reading.manualMoves ?? [];
  const open = conflicts.filter((c) => !moves.some((m) => m.from.where === c.where));
  if (open.length > 0 && options.conflictPolicy !== 'overwrite') {
    return { plan: emptyPlan(), conflicts, blocking: open };
  }

  const plan = emptyPlan();
  // 人工得分 cells receiving moved scores (only with the user's 'moveToManual').
  const moveWrites: CellWrite[] = moves.map((m) => ({
    sheet: m.to.sheet,
    address: m.to.address,
    values: [[m.value]],
  }));
  plan.writes.push(...moveWrites);
  const outputs = blocksOf(collected.outputs);
  plan.writes.push(...outputs);
  plan.writes.push(...logWrites(result, reading, options, locale, decimals, plan));
  if (!reading.layout.state)
    plan.createSheets.push({ name: STATE_SHEET, visibility: 'veryHidden' });
  // The state also keeps what these cells held before, for 撤销上次计算 (undo.ts).
  const previousUndo = readUndo(snapshot);
  const undo = buildUndoRecord(
    localTime(options.now),
    outputs,
    moveWrites,
    snapshot,
    state,
    previousUndo,
  );
  plan.writes.push(stateWrite(outputs, reading.layout.state, undo));
  // 偏差状态 colours (results-sheet-status.ts): conditional formats, static fills without them.
  const statusFormat = indicatorStatusFormat(result, reading, locale);
  if (statusFormat) plan.conditionalFormats = [statusFormat];
  return { plan, conflicts, blocking: [] };
}

function logWrites(
  result: EvaluationResult,
  reading: ContractReading,
  options: RecalcPlanOptions,
  locale: Locale,
  decimals: number,
  plan: WritePlan,
): CellWrite[] {
  const writes: CellWrite[] = [];
  const log = reading.layout.log;
  const sheet = log?.sheet ?? LOG_SHEET;
  if (!log) plan.createSheets.push({ name: LOG_SHEET, visibility: 'visible' });
  let row = log ? log.lastRowIndex + 1 : 0;
  if (row === 0) {
    writes.push({
      sheet,
      address: blockAddress({ top: 0, left: 0, bottom: 0, right: LOG_COLUMNS.length - 1 }),
      values: [LOG_COLUMNS.map((k) => t(`workbook.log.${k}`, {}, locale))],
    });
    row = 1;
  }
  writes.push({
    sheet,
    address: blockAddress({ top: row, left: 0, bottom: row, right: LOG_COLUMNS.length - 1 }),
    values: [
      [
        localTime(options.now),
        result.profile,
        result.monitoring ? '' : result.total,
        gradeText(result),
        t(
          result.monitoring
            ? 'workbook.status.monitoringShort'
            : result.provisional
              ? 'workbook.status.provisional'
              : 'workbook.status.final',
          {},
          locale,
        ),
        result.openCount,
        inputSha256(reading.input),
      ],
    ],
    numberFormats: [['@', '@', scoreFormat(decimals), '@', '@', '0', '@']],
  });
  return writes;
}
