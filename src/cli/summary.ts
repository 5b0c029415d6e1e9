/** The batch summary workbook (exceljs): one row per scored file, sorted by total. */
import * as ExcelJS from 'exceljs';
import type { Console } from './io';

export interface SummaryRow {
  department: string;
  year: string | number | null;
  total: number;
  grade: string;
  provisional: boolean;
  open: number;
  file: string;
}

export interface FailedFile {
  file: string;
  reason: string;
}

/** Highest total first; equal totals by file name. */
export function sortSummary(rows: SummaryRow[]): SummaryRow[] {
  return [...rows].sort((a, b) => b.total - a.total || a.file.localeCompare(b.file));
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
  const keys = ['department', 'year', 'total', 'grade', 'state', 'open', 'file'];
  header(
    ws,
    keys.map((key) => c.msg(`cli.summary.col.${key}`)),
  );
  [36, 8, 10, 10, 10, 10, 40].forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.getColumn(3).numFmt = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  for (const row of sortSummary(rows)) {
    ws.addRow([
      row.department,
      row.year,
      row.total,
      row.grade,
      c.msg(row.provisional ? 'cli.summary.provisional' : 'cli.summary.final'),
      row.open,
      row.file,
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
