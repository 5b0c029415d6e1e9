/**
 * Writing cells into a worksheet's text: only the <c> elements of the cells written change
 * (replaced in place, or inserted in column order into their <row>, rows inserted in row
 * order); every other row, cell, attribute and element is kept as it was. A shared formula
 * whose first cell is overwritten is written out in full in the cells that used it.
 */
import { cellAddress } from '../../../workbook/a1';
import { shiftFormula } from './formula-shift';
import { parseCell, sheetDataSpan, type RawCell } from './sheet-cells';
import { attributesOf, escapeCellText, escapeText } from './xml';
import type { CellScalar } from '../../../workbook/port/types';

/** What one cell becomes. */
export interface CellContent {
  value: CellScalar;
  /** The number format to give it; undefined keeps the cell's. */
  numberFormat?: string;
  /** A formula (without "="); the value is its cached result. */
  formula?: string;
}

export interface PatchContext {
  /** The style index of the written cell (its old one, or the row's or column's for a new cell). */
  styleOf(
    old: RawCell | null,
    rowStyle: number | undefined,
    column: number,
    numberFormat?: string,
  ): number;
}

export interface PatchOutcome {
  /**
   * The new text in pieces (most of them slices of the old text): a sheet of a million rows
   * is not copied into one more string; the pieces are encoded straight into the saved file.
   */
  pieces: string[];
  /** Whether a written cell held a formula (the calculation chain must then be dropped). */
  replacedFormula: boolean;
}

function cellXml(ref: string, style: number, content: CellContent, prefix: string): string {
  const s = style ? ` s="${style}"` : '';
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

const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW_RE = /<(\w+:)?row\b([^>]*?)(\/?)>/g;
const R_ATTR = /\br\s*=\s*"([^"]*)"/;
const REF_COLUMN = /^\$?([A-Z]+)/;
const SHARED_INDEX = /\bsi\s*=/;

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
  let previous = 0;
  return body.replace(CELL_RE, (element, attrs: string, inner: string | undefined) => {
    const ref = /\br\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    const cell = parseCell(attrs, inner, row, previous + 1);
    if (ref) {
      const m = /^([A-Z]+)/.exec(ref);
      if (m) cell.column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    }
    previous = cell.column;
    const group = cell.sharedIndex !== undefined ? broken.get(cell.sharedIndex) : undefined;
    if (!group || cell.sharedMaster) return element;
    const text = shiftFormula(group.formula, cell.row - group.row, cell.column - group.column);
    return element.replace(
      /<(\w+:)?f\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?f>)/,
      `<${prefix}f>${escapeText(text)}</${prefix}f>`,
    );
  });
}

/**
 * Writes `cells` (row → column → content, 1-based) into a worksheet's text.
 */
export function patchSheet(
  xml: string,
  cells: Map<number, Map<number, CellContent>>,
  context: PatchContext,
): PatchOutcome {
  const span = sheetDataSpan(xml);
  const p = span.prefix;
  const pending = [...cells.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  let copiedUpTo = span.start;
  let replacedFormula = false;
  const broken = new Map<string, BrokenGroup>();

  const newRow = (row: number): string => {
    const columns = cells.get(row)!;
    const body = [...columns.keys()]
      .sort((a, b) => a - b)
      .map((column) => {
        const content = columns.get(column)!;
        return cellXml(
          cellAddress(row - 1, column - 1),
          context.styleOf(null, undefined, column, content.numberFormat),
          content,
          p,
        );
      })
      .join('');
    return `<${p}row r="${row}">${body}</${p}row>`;
  };

  const rebuildRow = (
    row: number,
    open: string,
    attrs: Record<string, string>,
    body: string,
  ): string => {
    const columns = cells.get(row)!;
    const rowStyle =
      attrs.customFormat === '1' || attrs.customFormat === 'true'
        ? Number(attrs.s ?? 0)
        : undefined;
    const pieces: string[] = [];
    const remaining = [...columns.keys()].sort((a, b) => a - b);
    let r = 0;
    let previous = 0;
    let last = 0;
    let inserted = false;
    CELL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CELL_RE.exec(body))) {
      const ref = R_ATTR.exec(m[1])?.[1];
      const refColumn = ref ? REF_COLUMN.exec(ref)?.[1] : undefined;
      const column = refColumn
        ? [...refColumn].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
        : previous + 1;
      previous = column;
      pieces.push(body.slice(last, m.index));
      last = m.index + m[0].length;
      while (r < remaining.length && remaining[r] < column) {
        const content = columns.get(remaining[r])!;
        pieces.push(
          cellXml(
            cellAddress(row - 1, remaining[r] - 1),
            context.styleOf(null, rowStyle, remaining[r], content.numberFormat),
            content,
            p,
          ),
        );
        inserted = true;
        r++;
      }
      if (r < remaining.length && remaining[r] === column) {
        const old = parseCell(m[1], m[2], row, column);
        if (old.formula !== null) replacedFormula = true;
        const content = columns.get(column)!;
        if (old.sharedMaster && old.sharedIndex !== undefined && content.formula === undefined) {
          broken.set(old.sharedIndex, { formula: old.formula ?? '', row, column });
        }
        pieces.push(
          cellXml(
            cellAddress(row - 1, column - 1),
            context.styleOf(old, rowStyle, column, content.numberFormat),
            content,
            p,
          ),
        );
        r++;
      } else {
        pieces.push(m[0]);
      }
    }
    pieces.push(body.slice(last));
    // Cells after the last one of the row go before any trailing element (<extLst>).
    let tail = '';
    while (r < remaining.length) {
      const content = columns.get(remaining[r])!;
      tail += cellXml(
        cellAddress(row - 1, remaining[r] - 1),
        context.styleOf(null, rowStyle, remaining[r], content.numberFormat),
        content,
        p,
      );
      inserted = true;
      r++;
    }
    let joined = pieces.join('');
    if (tail) {
      const ext = joined.search(/<(?:\w+:)?extLst\b/);
      joined = ext < 0 ? joined + tail : joined.slice(0, ext) + tail + joined.slice(ext);
    }
    if (broken.size) joined = materialize(joined, row, broken, p);
    // A row's spans are a hint of its first and last cell: dropped when cells are added.
    const openTag = inserted ? open.replace(/\s+spans\s*=\s*"[^"]*"/, '') : open;
    return `${openTag.replace(/\/>$/, '>')}${joined}</${p}row>`;
  };

  if (!span.selfClosing) {
    ROW_RE.lastIndex = span.start;
    let previousRow = 0;
    let m: RegExpExecArray | null;
    while ((m = ROW_RE.exec(xml)) && m.index < span.end) {
      const r = R_ATTR.exec(m[2]);
      const row = r ? Number(r[1]) : previousRow + 1;
      previousRow = row;
      const selfClosing = m[3] === '/';
      const bodyStart = ROW_RE.lastIndex;
      const close = selfClosing ? bodyStart : xml.indexOf(`</${m[1] ?? ''}row>`, bodyStart);
      const end = selfClosing ? bodyStart : close + `</${m[1] ?? ''}row>`.length;
      while (next < pending.length && pending[next] < row) {
        out.push(xml.slice(copiedUpTo, m.index), newRow(pending[next]));
        copiedUpTo = m.index;
        next++;
      }
      const writesHere = next < pending.length && pending[next] === row;
      if (!writesHere && broken.size && !selfClosing) {
        const body = xml.slice(bodyStart, close);
        if (SHARED_INDEX.test(body)) {
          out.push(xml.slice(copiedUpTo, bodyStart), materialize(body, row, broken, p));
          copiedUpTo = close;
        }
      }
      if (writesHere) {
        const body = selfClosing ? '' : xml.slice(bodyStart, close);
        out.push(xml.slice(copiedUpTo, m.index), rebuildRow(row, m[0], attributesOf(m[2]), body));
        copiedUpTo = end;
        next++;
      }
      ROW_RE.lastIndex = end;
    }
  }
  const rest: string[] = [];
  while (next < pending.length) rest.push(newRow(pending[next++]));
  if (span.selfClosing) {
    const open = /<(\w+:)?sheetData\b([^>]*?)\/>/.exec(xml.slice(span.start))!;
    const tag = `<${p}sheetData${open[2]}>${rest.join('')}</${p}sheetData>`;
    return { pieces: [xml.slice(0, span.start), tag, xml.slice(span.end)], replacedFormula };
  }
  out.push(xml.slice(copiedUpTo, span.end), rest.join(''), xml.slice(span.end));
  return { pieces: [xml.slice(0, span.start), ...out], replacedFormula };
}
