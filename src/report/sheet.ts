/**
 * The drafted report as a worksheet (自评报告) and as plain text for the clipboard. Pure: the
 * pane builds one WritePlan from the draft and the sheet as it was read, and applies it in one
 * write. The sheet reads like the report: the title, bold headings, each paragraph wrapped in
 * one merged row across the table's width (its height estimated from its length, since Excel
 * does not fit the height of merged cells), and the indicator table with borders. Every value
 * is written as text ('@'), so a paragraph that begins with "=" never becomes a formula.
 *
 * The sheet carries its own proof of being untouched: a last line (the stamp) with a check
 * code, the first 8 hex digits of the SHA-256 of the sheet's text above it. Drafting again
 * replaces a sheet whose code still matches (or an empty one); a sheet the user edited, or one
 * that is not ours, is never touched: the new draft goes to the newest 自评报告(n) still
 * untouched (replaced), else to the first free 自评报告(2), 自评报告(3)… (sheet-stamp.ts).
 */
import type { Locale } from '../engine/types';
import type { CellStyle, SheetSnapshot, WorkbookSnapshot, WritePlan } from '../workbook/port/types';
import { SheetBuilder } from '../workbook/sheets/sheet-builder';
import { sheetLayout, sheetWrite } from '../workbook/sheets/sheet-emit';
import {
  type StampedSheetState,
  sheetCode,
  stampCodeOf,
  stampText,
  stampedSheetState,
  stampedSheetTarget,
} from '../workbook/sheets/sheet-stamp';
import { FILL_HEADER, TITLE } from '../workbook/template/styles';
import type { ReportDraft, ReportSection, ReportTable } from './types';

/** The sheet the pane writes the report into (replaced while untouched, else kept). */
export const REPORT_SHEET = '自评报告';

/** Column widths (Excel characters) of the report: the indicator table's six columns. */
const WIDTHS = [26, 18, 18, 12, 10, 14];
const COLUMNS = WIDTHS.length;
/** Width units one line of a merged paragraph holds (a CJK character takes two). */
const LINE_UNITS = WIDTHS.reduce((a, b) => a + b, 0) - 4;
const LINE_POINTS = 16;

export type ReportLineKind =
  | 'title'
  | 'notice'
  | 'heading'
  | 'subheading'
  | 'paragraph'
  | 'caption'
  | 'tableHeader'
  | 'tableRow'
  | 'blank'
  | 'stamp';

/** One row of the report sheet (and one line, or table row, of the copied text). */
export interface ReportLine {
  kind: ReportLineKind;
  /** The text of a title, heading or paragraph; the cells of a table row. */
  cells: string[];
  /** Which cells of a table row hold figures (right-aligned). */
  numeric?: boolean[];
}

function sectionLines(section: ReportSection): ReportLine[] {
  const lines: ReportLine[] = [{ kind: 'heading', cells: [section.heading] }];
  for (const text of section.paragraphs) lines.push({ kind: 'paragraph', cells: [text] });
  for (const block of section.subsections) {
    lines.push({ kind: 'subheading', cells: [block.heading] });
    for (const text of block.paragraphs) lines.push({ kind: 'paragraph', cells: [text] });
  }
  return lines;
}

function tableLines(table: ReportTable): ReportLine[] {
  return [
    { kind: 'caption', cells: [table.caption] },
    { kind: 'tableHeader', cells: table.header },
    ...table.rows.map((cells) => ({ kind: 'tableRow' as const, cells, numeric: table.numeric })),
  ];
}

/** The report, row by row: title, notice, 一、…, 三、… with the table, 四、…. */
export function reportLines(draft: ReportDraft): ReportLine[] {
  const blank: ReportLine = { kind: 'blank', cells: [] };
  const lines: ReportLine[] = [{ kind: 'title', cells: [draft.title] }];
  if (draft.notice) lines.push({ kind: 'notice', cells: [draft.notice] });
  lines.push(blank, ...sectionLines(draft.overview), blank);
  lines.push(...sectionLines(draft.analysis), blank);
  lines.push(...tableLines(draft.table), blank);
  lines.push(...sectionLines(draft.conclusion));
  return lines;
}

/**
 * The report as plain text: one paragraph per line, a blank line before each section, the
 * table's rows with tabs between cells (pasted into Word or Excel, they become a table).
 */
export function reportText(draft: ReportDraft): string {
  return `${reportLines(draft)
    .map((line) => line.cells.join('\t'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Display width of a text in Excel character units (CJK and full-width forms count two). */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text)
    units +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return units;
}

/** Estimated height (points) of a wrapped paragraph across the report's width. */
export function paragraphHeight(text: string): number {
  const lines = text
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil(textUnits(part) / LINE_UNITS)), 0);
  return lines * LINE_POINTS + 4;
}

const STYLE: Record<ReportLineKind, CellStyle | null> = {
  title: TITLE,
  notice: { bold: true, fill: 'FFF2CC', wrap: true, vertical: 'top' },
  heading: { bold: true, fontSize: 13 },
  subheading: { bold: true },
  paragraph: { wrap: true, vertical: 'top' },
  caption: { bold: true, horizontal: 'center' },
  tableHeader: { bold: true, fill: FILL_HEADER, horizontal: 'center', border: true, wrap: true },
  tableRow: { border: true, wrap: true, vertical: 'top' },
  blank: null,
  stamp: { fontSize: 9, wrap: true, vertical: 'top' },
};

const MERGED: ReadonlySet<ReportLineKind> = new Set([
  'title',
  'notice',
  'heading',
  'subheading',
  'paragraph',
  'caption',
  'stamp',
]);

const STAMP_KEY = 'report.sheet.stamp';

/** The stamp, the sheet's last line: when it was drafted and the code of the text above. */
export function reportStamp(code: string, now: Date, locale: Locale): string {
  return stampText(STAMP_KEY, code, now, locale);
}

/** The code a stamp (of either language) carries; null when the text is no stamp of ours. */
export function stampCode(text: string): string | null {
  return stampCodeOf(STAMP_KEY, text);
}

/**
 * What a sheet of the report's name holds, as read: 'empty'; 'untouched' (its last line is a
 * stamp whose code matches the text above it); 'edited' (anything else: edited since it was
 * drafted, or not ours at all).
 */
export function reportSheetState(sheet: SheetSnapshot): StampedSheetState {
  return stampedSheetState(sheet, STAMP_KEY);
}

/**
 * One row of the sheet: its cells as text across the table's width, merged for a line of
 * text, styled by its kind (figures of a table row right-aligned), its height estimated for a
 * wrapped paragraph.
 */
function writeLine(b: SheetBuilder, r: number, line: ReportLine): void {
  for (let c = 0; c < COLUMNS; c++) b.set(r, c, line.cells[c] ?? '', { numberFormat: '@' });
  const whole = { top: r, left: 0, bottom: r, right: COLUMNS - 1 };
  if (MERGED.has(line.kind)) b.merge(whole);
  const style = STYLE[line.kind];
  if (style) b.style(whole, style);
  if (line.kind === 'paragraph' || line.kind === 'notice' || line.kind === 'stamp') {
    b.height(r, paragraphHeight(line.cells[0] ?? ''));
  } else if (line.kind === 'title') b.height(r, 28);
  if (line.kind === 'tableRow' && line.numeric) {
    line.numeric.forEach((numeric, c) => {
      if (numeric) b.style({ top: r, left: c, bottom: r, right: c }, { horizontal: 'right' });
    });
  }
}

/** The plan of 生成报告文字 and where it writes. */
export interface ReportSheetOutcome {
  plan: WritePlan;
  /** The sheet the draft is written to. */
  sheet: string;
  /** The newest 自评报告 (or (n)) left as it was because it holds the user's edits, or null. */
  kept: string | null;
}

/**
 * One plan that writes the report sheet, decided from the workbook as read (the snapshot's
 * sheets include 自评报告 and every 自评报告(n) that exists: readForStampedSheet): the newest of
 * them that is empty or untouched is deleted and created again in the same plan (deletions run
 * first in every host, and nothing of the old sheet, its rows, heights, merges or formats, is
 * left); when all are edited or not ours, they are kept as they are and the draft goes to
 * 自评报告 if absent, else to the first free 自评报告(n).
 */
export function reportSheetPlan(
  draft: ReportDraft,
  snapshot: Pick<WorkbookSnapshot, 'sheets' | 'sheetNames'>,
  now: Date,
): ReportSheetOutcome {
  // A sheet of the family that was not read cannot be proven untouched: it is kept.
  const { sheet, replace, kept } = stampedSheetTarget(REPORT_SHEET, STAMP_KEY, snapshot);

  // Every value is text ('@'), blanks included; the stamp codes the text above it.
  const b = new SheetBuilder(sheet, WIDTHS);
  const body: ReportLine[] = [...reportLines(draft), { kind: 'blank', cells: [] }];
  body.forEach((line, r) => writeLine(b, r, line));
  const stamp = reportStamp(sheetCode(b.values('')), now, draft.locale);
  writeLine(b, body.length, { kind: 'stamp', cells: [stamp] });
  const model = b.build();
  const write = sheetWrite(model, '');
  const plan: WritePlan = {
    ...(replace ? { deleteSheets: [replace] } : {}),
    createSheets: [{ name: sheet }],
    createNames: [],
    writes: write ? [write] : [],
    layouts: [sheetLayout(model)],
  };
  return { plan, sheet, kept };
}
