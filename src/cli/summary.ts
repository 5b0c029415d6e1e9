/** The batch summary workbook (exceljs): one row per scored file, sorted by total. */
import * as ExcelJS from 'exceljs';
import { formatPercentShort } from '../engine/format';
import type { EvaluationResult, Flag, MonitorLight } from '../engine/types';
import { gradeText } from '../workbook/recalculation/plan';
import type { Console } from './io';
import { messageOf } from '../i18n/said';

/** A mid-year monitoring (年中监控): the elapsed share of the year and the lights counted. */
export interface SummaryMonitoring {
  elapsed: number;
  counts: Record<MonitorLight, number>;
}

export interface SummaryRow {
  department: string;
  year: string | number | null;
  /** null at mid-year: the engine's composite of the spending alone means nothing yet. */
  total: number | null;
  grade: string;
  provisional: boolean;
  monitoring: SummaryMonitoring | null;
  open: number;
  /** Whole-evaluation warnings (weights not adding up to 100), beside the state. */
  warnings: Flag[];
  file: string;
  /** The sheet of a recognised form ('' for a workbook with the names). */
  sheet: string;
  /** The total the department typed into its form, where it did (the review's figure). */
  ownTotal: number | null;
  /** Findings of the audit (核对提示): with a department's own scores, where they differ. */
  audit: number;
}

/** A scored file's summary row: at mid-year no total, grade 待定, the lights instead. */
export function summaryRowOf(
  file: string,
  department: string,
  year: string | number | null,
  result: EvaluationResult,
): SummaryRow {
  const m = result.monitoring;
  return {
    department,
    year,
    total: m ? null : result.total,
    grade: gradeText(result),
    provisional: result.provisional,
    monitoring: m ? { elapsed: m.elapsed, counts: m.lights } : null,
    open: result.openCount,
    warnings: result.warnings,
    file,
    sheet: '',
    ownTotal: null,
    audit: result.audit.length,
  };
}

function stateText(row: SummaryRow, c: Console): string {
  if (row.monitoring) {
    return c.msg('cli.summary.monitoring', {
      elapsed: formatPercentShort(row.monitoring.elapsed),
      ...row.monitoring.counts,
    });
  }
  const state = c.msg(row.provisional ? 'cli.summary.provisional' : 'cli.summary.final');
  if (row.warnings.length === 0) return state;
  return c.msg('cli.summary.withWarnings', {
    state,
    warnings: row.warnings.map((w) => messageOf(w, c.locale)).join('；'),
  });
}

export interface FailedFile {
  file: string;
  reason: string;
}

/** Highest total first, mid-year rows (no total) last; equal totals by file name. */
export function sortSummary(rows: SummaryRow[]): SummaryRow[] {
  const key = (row: SummaryRow): number => row.total ?? -Infinity;
  return [...rows].sort(
    (a, b) => (key(a) === key(b) ? 0 : key(b) - key(a)) || a.file.localeCompare(b.file),
  );
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};

function header(ws: ExcelJS.Worksheet, titles: string[]): void {
  const row = ws.addRow(titles);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
}

export function summaryWorkbook(
  rows: SummaryRow[],
  failed: FailedFile[],
  decimals: number,
  c: Console,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PerfScore';
  const ws = workbook.addWorksheet(c.msg('cli.summary.sheet'));
  const keys = [
    'department',
    'year',
    'total',
    'grade',
    'state',
    'open',
    'file',
    'sheet',
    'own',
    'audit',
  ] as const;
  header(
    ws,
    keys.map((key) => c.msg(`cli.summary.col.${key}`)),
  );
  [36, 8, 10, 10, 36, 10, 40, 24, 14, 10].forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  const scoreFormat = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  ws.getColumn(3).numFmt = scoreFormat;
  ws.getColumn(9).numFmt = scoreFormat;
  for (const row of sortSummary(rows)) {
    ws.addRow([
      row.department,
      row.year,
      row.total,
      row.grade,
      stateText(row, c),
      row.open,
      row.file,
      row.sheet,
      row.ownTotal,
      row.audit,
    ]);
  }
  if (failed.length) {
    const fws = workbook.addWorksheet(c.msg('cli.summary.failedSheet'));
    header(fws, [c.msg('cli.summary.col.file'), c.msg('cli.summary.col.reason')]);
    fws.getColumn(1).width = 40;
    fws.getColumn(2).width = 80;
    for (const f of failed) fws.addRow([f.file, f.reason]);
  }
  return workbook;
}
