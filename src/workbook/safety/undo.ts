/**
 * 撤销上次计算: puts back what the output cells held before the last recalculation (values,
 * number formats, formulas), from the undo record the recalculation left on the state sheet
 * (undo-record.ts). One read, at most one write (all-or-none, write-failed.ts); one level only.
 * It refuses, naming the cells, when an output cell was changed by hand since the recalculation:
 * nothing the user typed is lost.
 */
import type { Locale, Problem } from '../../engine/types';
import { t } from '../../i18n/catalog';
import './undo-messages';
import { messageOf } from '../../i18n/said';
import { makeProblem } from '../../engine/messages';
import { blockAddress, cellAddress, whereOf } from '../a1';
import { LOG_SHEET, STATE_SHEET } from '../contract/contract';
import { SnapshotCells } from '../port/snapshot-cells';
import { localTime } from '../local-time';
import { LOG_COLUMNS } from '../recalculation/plan';
import { sheetExtent, snapshotRequest } from '../contract/read';
import { sameValue } from '../port/same-value';
import { readState, readUndo, stateWrite } from './state';
import type {
  CellScalar,
  CellWrite,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
} from '../port/types';
import { undoCells, type UndoCells } from './undo-record';
import { applyAllOrNone } from './write-failed';

export interface UndoOptions {
  locale?: Locale;
  /** The time logged on 评分记录 (default: now). */
  now?: Date;
}

export interface UndoOutcome {
  /** True when the outputs were restored (the write landed). */
  undone: boolean;
  /** 'undone'; 'nothingToUndo' (no recalculation since the last undo); 'refused' (hand edits). */
  status: 'undone' | 'nothingToUndo' | 'refused';
  /** One sentence for the user, complete on its own (catalog workbook.undo.*). */
  message: string;
  /** With 'refused': one problem per output cell changed since the recalculation. */
  problems: Problem[];
  /** The blocks restored (or that would be): "绩效指标!J7:J14". */
  restored: string[];
  /** Number of cells restored. */
  cellCount: number;
  /** When the undone recalculation ran ("2026-11-27 03:48:00"), when there was one. */
  recalculatedAt?: string;
  /** The write (absent unless the undo can go ahead). */
  plan?: WritePlan;
}

/** At most this many cells are named in the refusal sentence; problems list them all. */
const SHOWN_CELLS = 8;

function shownText(value: CellScalar | undefined): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Output cells whose content is not what the recalculation wrote there. */
function handEdits(blocks: UndoCells[], snapshot: WorkbookSnapshot): Problem[] {
  const state = readState(snapshot);
  const cells = new SnapshotCells(snapshot);
  const problems: Problem[] = [];
  for (const block of blocks) {
    for (let i = 0; i < block.rows * block.columns; i++) {
      const row = block.top + Math.floor(i / block.columns);
      const column = block.left + (i % block.columns);
      const where = whereOf(block.sheet, cellAddress(row, column));
      const written = block.written ? block.written[i] : (state.get(where) ?? '');
      const now = cells.find(block.sheet, row, column);
      if (!now) {
        problems.push(makeProblem(where, 'workbook.undo.cellMissing', { where }));
      } else if (now.formula || !sameValue(now.value, written)) {
        const params = {
          where,
          value: now.formula ?? shownText(now.value),
          written: shownText(written),
        };
        problems.push(makeProblem(where, 'workbook.undo.cellChanged', params));
      }
    }
  }
  return problems;
}

/** The 评分记录 line saying which recalculation was undone (and the header on a new log). */
function logWrites(
  snapshot: WorkbookSnapshot,
  recalculatedAt: string,
  now: Date,
  locale: Locale,
  plan: WritePlan,
): CellWrite[] {
  const log = sheetExtent(snapshot, LOG_SHEET);
  const exists = snapshot.sheetNames.find((s) => s.toLowerCase() === LOG_SHEET.toLowerCase());
  const sheet = log?.sheet ?? exists ?? LOG_SHEET;
  if (!exists) plan.createSheets.push({ name: LOG_SHEET, visibility: 'visible' });
  const width = LOG_COLUMNS.length;
  const writes: CellWrite[] = [];
  let row = log ? log.lastRowIndex + 1 : 0;
  if (row === 0) {
    writes.push({
      sheet,
      address: blockAddress({ top: 0, left: 0, bottom: 0, right: width - 1 }),
      values: [LOG_COLUMNS.map((k) => t(`workbook.log.${k}`, {}, locale))],
    });
    row = 1;
  }
  const line = new Array<CellScalar>(width).fill('');
  line[0] = localTime(now);
  line[LOG_COLUMNS.indexOf('state')] = t('workbook.log.undone', { time: recalculatedAt }, locale);
  writes.push({
    sheet,
    address: blockAddress({ top: row, left: 0, bottom: row, right: width - 1 }),
    values: [line],
    numberFormats: [line.map(() => '@')],
  });
  return writes;
}

function listed(problems: Problem[], locale: Locale): string {
  const shown = problems
    .slice(0, SHOWN_CELLS)
    .map((p) => messageOf(p, locale))
    .join(locale === 'zh-CN' ? '；' : '; ');
  return problems.length > SHOWN_CELLS
    ? `${shown}${t('workbook.write.moreCells', { count: problems.length - SHOWN_CELLS }, locale)}`
    : shown;
}

/** Snapshot → what an undo would do, without touching a host (the plan when it can go ahead). */
export function planUndo(snapshot: WorkbookSnapshot, options: UndoOptions = {}): UndoOutcome {
  const locale = options.locale ?? 'zh-CN';
  const record = readUndo(snapshot);
  const blocks = record ? record.b.map(undoCells) : [];
  if (!record || blocks.length === 0 || blocks.some((b) => b === null)) {
    return {
      undone: false,
      status: 'nothingToUndo',
      message: t('workbook.undo.nothing', {}, locale),
      problems: [],
      restored: [],
      cellCount: 0,
    };
  }
  const cells = blocks as UndoCells[];
  const restored = cells.map((b) => whereOf(b.sheet, b.restore.address));
  const cellCount = cells.reduce((n, b) => n + b.rows * b.columns, 0);
  const problems = handEdits(cells, snapshot);
  if (problems.length > 0) {
    return {
      undone: false,
      status: 'refused',
      message: t('workbook.undo.refused', { cells: listed(problems, locale) }, locale),
      problems,
      restored,
      cellCount,
      recalculatedAt: record.t,
    };
  }
  const plan: WritePlan = { createSheets: [], createNames: [], writes: [] };
  plan.writes.push(...cells.map((b) => b.restore));
  plan.writes.push(...logWrites(snapshot, record.t, options.now ?? new Date(), locale, plan));
  // The state after the undo: the restored values of the output blocks count as the product's,
  // except those the user had typed; no undo record, so a second undo has nothing to undo.
  const state = cells
    .filter((b) => !b.written)
    .map((b) => ({
      ...b.restore,
      values: b.restore.values.map((row, r) =>
        row.map((value, c) => (b.hand.has(r * b.columns + c) ? '' : value)),
      ),
    }));
  plan.writes.push(stateWrite(state, sheetExtent(snapshot, STATE_SHEET)));
  return {
    undone: false,
    status: 'undone',
    message: t('workbook.undo.done', { time: record.t, count: cellCount }, locale),
    problems: [],
    restored,
    cellCount,
    recalculatedAt: record.t,
    plan,
  };
}

/**
 * Undoes the last recalculation: one read, at most one write. Resolves with the outcome
 * (undone, nothing to undo, or refused with the changed cells); rejects with a
 * WriteFailedError when the write fails (saying whether it was rolled back).
 */
export async function undoLastRecalculation(
  host: WorkbookHost,
  options: UndoOptions = {},
): Promise<UndoOutcome> {
  const snapshot = await host.read(snapshotRequest());
  const outcome = planUndo(snapshot, options);
  if (!outcome.plan) return outcome;
  await applyAllOrNone(host, outcome.plan, snapshot, { locale: options.locale });
  return { ...outcome, undone: true };
}
