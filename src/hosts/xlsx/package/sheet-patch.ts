/**
 * Writing cells into a worksheet's text: only the <c> elements of the cells written change
 * (replaced in place, or inserted in column order into their <row>, rows inserted in row
 * order); every other row, cell, attribute and element is kept as it was. A cell may also
 * keep its content and only change its style (a layout's look), and a row its height. A shared
 * formula whose first cell is overwritten is written out in full in the cells that used it.
 * The sheet is streamed (sheet-rows.ts): rows are read, rewritten and compressed a chunk at a
 * time.
 */
import { cellAddress } from '../../../workbook/a1';
import { shiftFormula } from './formula-shift';
import { eachCell, parseCell, sheetDataSpan, type RawCell } from './sheet-cells';
import { streamSheet, type RowElement, type SheetFrame } from './sheet-rows';
import type { DeflatingWriter } from './zip';
import { attributesOf, escapeCellText, escapeText, withAttributes } from './xml';
import type { CellScalar, CellStyle } from '../../../workbook/port/types';

/** What one cell becomes. */
export interface CellContent {
  /** The value; ignored when `keep`. */
  value: CellScalar;
  /** Only the style changes: the cell keeps its value and formula (absent: none is made). */
  keep?: boolean;
  /** The number format to give it; undefined keeps the cell's. */
  numberFormat?: string;
  /** A formula (without "="); the value is its cached result. */
  formula?: string;
  /** The cell's formats are cleared first (a layout's reset block). */
  clear?: boolean;
  /** A layout's look, over the cell's format. */
  look?: CellStyle;
}

export interface PatchContext {
  /** The style index of the written cell (its old one, or the row's or column's for a new cell). */
  styleOf(
    old: RawCell | null,
    rowStyle: number | undefined,
    column: number,
    content: CellContent,
  ): number;
}

export interface PatchOutcome {
  /** Whether a written cell held a formula (the calculation chain must then be dropped). */
  replacedFormula: boolean;
  /** The written sheet's frame (its text around the rows). */
  frame: SheetFrame;
}

function cellXml(ref: string, style: number, content: CellContent, prefix: string): string {
  const s = style ? ` s="${style}"` : '';
  if (content.keep) return `<${prefix}c r="${ref}"${s}/>`;
  const v = content.value;
  const c = `${prefix}c`;
  if (content.formula !== undefined) {
    const f = `<${prefix}f>${escapeText(content.formula)}</${prefix}f>`;
    if (v === null || v === '') return `<${c} r="${ref}"${s}>${f}</${c}>`;
    if (typeof v === 'number')
      return `<${c} r="${ref}"${s}>${f}<${prefix}v>${v}</${prefix}v></${c}>`;
    if (typeof v === 'boolean') {
      return `<${c} r="${ref}"${s} t="b">${f}<${prefix}v>${v ? 1 : 0}</${prefix}v></${c}>`;
    }
    return `<${c} r="${ref}"${s} t="str">${f}<${prefix}v>${escapeCellText(v)}</${prefix}v></${c}>`;
  }
  if (v === null || v === '') return `<${c} r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<${c} r="${ref}"${s}><${prefix}v>${v}</${prefix}v></${c}>`;
  if (typeof v === 'boolean')
    return `<${c} r="${ref}"${s} t="b"><${prefix}v>${v ? 1 : 0}</${prefix}v></${c}>`;
  // Text is stored as an inline string: always text, never a formula, and no shared-string
  // index of any other cell changes.
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeCellText(v)}</${prefix}t></${prefix}is></${c}>`;
}

const SHARED_INDEX = /\bsi\s*=/;
const FORMULA_ELEMENT = /<(\w+:)?f\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?f>)/;

interface BrokenGroup {
  formula: string;
  row: number;
  column: number;
}

/** Rewrites the dependents of broken shared formulas in one row's cells. */
function materialize(
  body: string,
  row: number,
  broken: Map<string, BrokenGroup>,
  prefix: string,
): string {
  const pieces: string[] = [];
  let last = 0;
  eachCell(body, (m, column) => {
    const cell = parseCell(m[1], m[2], row, column);
    const group = cell.sharedIndex !== undefined ? broken.get(cell.sharedIndex) : undefined;
    if (!group || cell.sharedMaster) return;
    const text = shiftFormula(group.formula, cell.row - group.row, cell.column - group.column);
    pieces.push(
      body.slice(last, m.index),
      m[0].replace(FORMULA_ELEMENT, `<${prefix}f>${escapeText(text)}</${prefix}f>`),
    );
    last = m.index + m[0].length;
  });
  if (!last) return body;
  pieces.push(body.slice(last));
  return pieces.join('');
}

/**
 * Writes `cells` (row → column → content, 1-based) into a worksheet, and `heights` (row → points)
 * on its rows: its rows are read from `rows` (the sheet's text in chunks) and the result goes
 * to `out`, with `frame` (the sheet's text around its rows, edited already: dimension,
 * conditional formats, layout) in place of the old.
 */
export async function patchSheet(
  rows: AsyncIterable<string>,
  frame: SheetFrame,
  cells: Map<number, Map<number, CellContent>>,
  context: PatchContext,
  out: DeflatingWriter,
  heights: Map<number, number> = new Map(),
): Promise<PatchOutcome> {
  const frameText = frame.head + frame.tail;
  const span = sheetDataSpan(frameText);
  const p = span.prefix;
  const pending = [...new Set([...cells.keys(), ...heights.keys()])].sort((a, b) => a - b);
  const noCells = new Map<number, CellContent>();
  const cellsOf = (row: number): Map<number, CellContent> => cells.get(row) ?? noCells;
  /** A row's start tag with its height set, when the layout gives one. */
  const sized = (open: string, row: number): string => {
    const height = heights.get(row);
    return height === undefined
      ? open
      : withAttributes(open, { ht: String(height), customHeight: '1' });
  };
  let next = 0;
  let replacedFormula = false;
  const broken = new Map<string, BrokenGroup>();
  /** A written cell's element; a restyled cell's old element with its new style. */
  const cellText = (
    row: number,
    column: number,
    old: { raw: RawCell; text: string } | null,
    rowStyle: number | undefined,
  ): string => {
    const content = cellsOf(row).get(column)!;
    const style = context.styleOf(old?.raw ?? null, rowStyle, column, content);
    if (content.keep && old) {
      const end = old.text.indexOf('>') + 1;
      const open = old.text.slice(0, end).replace(/\s+s\s*=\s*"[^"]*"/, '');
      return (style ? withAttributes(open, { s: String(style) }) : open) + old.text.slice(end);
    }
    // A cell made only to carry the default style would be no cell at all.
    if (content.keep && !style) return '';
    // The file counts rows and columns from 1.
    return cellXml(cellAddress(row - 1, column - 1), style, content, p);
  };

  const newRow = (row: number): string => {
    const columns = [...cellsOf(row).keys()].sort((a, b) => a - b);
    const body = columns.map((column) => cellText(row, column, null, undefined)).join('');
    return `${sized(`<${p}row r="${row}">`, row)}${body}</${p}row>`;
  };

  const rebuildRow = (element: RowElement): string => {
    const { row, body } = element;
    const attrs = attributesOf(element.attrs);
    const rowStyle =
      attrs.customFormat === '1' || attrs.customFormat === 'true'
        ? Number(attrs.s ?? 0)
        : undefined;
    const text = body ?? '';
    const pieces: string[] = [];
    const remaining = [...cellsOf(row).keys()].sort((a, b) => a - b);
    let r = 0;
    let last = 0;
    let inserted = false;
    eachCell(text, (m, column) => {
      pieces.push(text.slice(last, m.index));
      last = m.index + m[0].length;
      for (; r < remaining.length && remaining[r] < column; r++) {
        pieces.push(cellText(row, remaining[r], null, rowStyle));
        inserted = true;
      }
      if (r < remaining.length && remaining[r] === column) {
        const old = parseCell(m[1], m[2], row, column);
        const content = cellsOf(row).get(column)!;
        if (old.formula !== null && !content.keep) replacedFormula = true;
        if (
          old.sharedMaster &&
          old.sharedIndex !== undefined &&
          content.formula === undefined &&
          !content.keep
        ) {
          broken.set(old.sharedIndex, { formula: old.formula ?? '', row, column });
        }
        pieces.push(cellText(row, column, { raw: old, text: m[0] }, rowStyle));
        r++;
      } else {
        pieces.push(m[0]);
      }
    });
    pieces.push(text.slice(last));
    // Cells after the last one of the row go before any trailing element (<extLst>).
    let tail = '';
    for (; r < remaining.length; r++) {
      tail += cellText(row, remaining[r], null, rowStyle);
      inserted = true;
    }
    let joined = pieces.join('');
    if (tail) {
      const ext = joined.search(/<(?:\w+:)?extLst\b/);
      joined = ext < 0 ? joined + tail : joined.slice(0, ext) + tail + joined.slice(ext);
    }
    if (broken.size) joined = materialize(joined, row, broken, p);
    // A row's spans are a hint of its first and last cell: dropped when cells are added.
    const open = inserted ? element.open.replace(/\s+spans\s*=\s*"[^"]*"/, '') : element.open;
    return `${sized(open.replace(/\s*\/>$/, '>'), row)}${joined}</${p}row>`;
  };

  const rowText = (element: RowElement): string => {
    const { row, body } = element;
    let text = '';
    for (; next < pending.length && pending[next] < row; next++) text += newRow(pending[next]);
    if (next < pending.length && pending[next] === row) {
      next++;
      return text + rebuildRow(element);
    }
    if (broken.size && body && SHARED_INDEX.test(body)) {
      const materialized = materialize(body, row, broken, p);
      const close = element.text.slice(element.open.length + body.length);
      return text + element.open + materialized + close;
    }
    return text + element.text;
  };

  if (span.selfClosing && !pending.length) {
    out.write(frameText);
    return { replacedFormula, frame };
  }
  if (span.selfClosing) {
    const open = /<(\w+:)?sheetData\b([^>]*?)\/>/.exec(frameText.slice(span.start))!;
    const written = {
      head: `${frameText.slice(0, span.start)}<${p}sheetData${open[2]}>`,
      tail: `</${p}sheetData>${frameText.slice(span.end)}`,
    };
    out.write(written.head);
    while (next < pending.length) out.write(newRow(pending[next++]));
    out.write(written.tail);
    return { replacedFormula, frame: written };
  }
  out.write(frame.head);
  await streamSheet(rows, {
    between: (text) => out.write(text),
    row: (element) => out.write(rowText(element)),
    chunkDone: () => out.flush(),
  });
  while (next < pending.length) out.write(newRow(pending[next++]));
  out.write(frame.tail);
  return { replacedFormula, frame };
}
