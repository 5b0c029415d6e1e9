/**
 * The drafted report as a worksheet (自评报告) and as plain text for the clipboard. Pure: the
 * pane builds one WritePlan from the draft and the sheet as it was read, and applies it in one
 * write. The sheet reads like the report: the title, bold headings, each paragraph wrapped in
 * one merged row across the table's width (its height estimated from its length, since Excel
 * does not fit the height of merged cells), and the indicator table with borders. Every value
 * is written as text ('@'), so a paragraph that begins with "=" never becomes a formula.
 */
import type {
  CellScalar,
  CellStyle,
  SheetSnapshot,
  StyledBlock,
  WritePlan,
} from '../workbook/types';
import { blockAddress, cellAddress } from '../workbook/a1';
import { FILL_HEADER, TITLE } from '../workbook/template/styles';
import type { ReportDraft, ReportSection, ReportTable } from './types';

/** The sheet the pane writes the report into (replaced when it exists). */
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
  | 'blank';

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
};

const MERGED: ReadonlySet<ReportLineKind> = new Set([
  'title',
  'notice',
  'heading',
  'subheading',
  'paragraph',
  'caption',
]);

/**
 * One plan that (re)writes the 自评报告 sheet: created when the workbook lacks it; when it
 * exists, what it held (values, merges, formats) is cleared over the block it used, in the
 * same write. `existing` is the sheet as read (its used range), null when absent or empty.
 */
export function reportSheetPlan(
  draft: ReportDraft,
  existing: SheetSnapshot | null,
  sheetNames: string[],
): WritePlan {
  const lines = reportLines(draft);
  const present = sheetNames.find((n) => n.toLowerCase() === REPORT_SHEET.toLowerCase());
  const sheet = present ?? REPORT_SHEET;
  const used = existing?.used ?? null;
  // The block written: the report, and whatever the old report used beyond it (cleared).
  const bottom = Math.max(lines.length - 1, used ? used.rowIndex + used.values.length - 1 : 0);
  const right = Math.max(
    COLUMNS - 1,
    used ? used.columnIndex + (used.values[0]?.length ?? 1) - 1 : 0,
  );
  const values: CellScalar[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r <= bottom; r++) {
    const line = lines[r];
    const row: CellScalar[] = [];
    const format: string[] = [];
    for (let c = 0; c <= right; c++) {
      row.push(line && c < COLUMNS ? (line.cells[c] ?? '') : '');
      format.push(line && c < COLUMNS ? '@' : 'General');
    }
    values.push(row);
    formats.push(format);
  }

  const merges: string[] = [];
  const styles: StyledBlock[] = [];
  const rowHeights: Record<number, number> = {};
  lines.forEach((line, r) => {
    const whole = blockAddress(r, 0, r, COLUMNS - 1);
    if (MERGED.has(line.kind)) merges.push(whole);
    const style = STYLE[line.kind];
    if (style) styles.push({ address: whole, style });
    if (line.kind === 'paragraph' || line.kind === 'notice') {
      rowHeights[r + 1] = paragraphHeight(line.cells[0] ?? '');
    } else if (line.kind === 'title') rowHeights[r + 1] = 28;
    if (line.kind === 'tableRow' && line.numeric) {
      line.numeric.forEach((numeric, c) => {
        if (numeric) styles.push({ address: cellAddress(r, c), style: { horizontal: 'right' } });
      });
    }
  });

  return {
    createSheets: present ? [] : [{ name: REPORT_SHEET }],
    createNames: [],
    writes: [{ sheet, address: blockAddress(0, 0, bottom, right), values, numberFormats: formats }],
    layouts: [
      {
        sheet,
        ...(used ? { reset: blockAddress(0, 0, bottom, right) } : {}),
        merges,
        columnWidths: WIDTHS,
        rowHeights,
        styles,
      },
    ],
  };
}
