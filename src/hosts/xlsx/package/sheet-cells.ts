/**
 * Reading a worksheet's cells as text, without building a document: the cells of a row
 * (sheet-rows.ts hands over the rows) and what each <c> element holds. Also the sheet's merged
 * areas, column styles and <sheetData> span, from its frame (the text around the rows).
 */
import { columnIndexOf, parseBlock, type Block } from '../../../workbook/a1';
import { attributesOf, decodeXml } from './xml';

/** One <c> element as written. */
export interface RawCell {
  /** 1-based row and column. */
  row: number;
  column: number;
  /** Style index (cellXfs), 0 when absent. */
  style: number;
  /** The t attribute ('n' when absent). */
  type: string;
  /** The <v> text, decoded; null when absent. */
  value: string | null;
  /** The inline string's text (<is>), already flattened. */
  inline: string | null;
  /** The <f> element's text, decoded; null when the cell has no <f>. */
  formula: string | null;
  /** For <f t="shared">: the group's si. */
  sharedIndex?: string;
  /** True for the first cell of a shared formula group (it holds the text and the ref). */
  sharedMaster?: boolean;
  /** The <f> element's t attribute ("array", "shared", "dataTable"). */
  formulaType?: string;
}

/** Where <sheetData>'s content lies in the sheet's text. */
export interface SheetDataSpan {
  /** Index just after the opening tag (or where a self-closing <sheetData/> was). */
  start: number;
  /** Index of the closing tag. */
  end: number;
  /** The namespace prefix the sheet uses ("x:" or ""). */
  prefix: string;
  /** True when the sheet had <sheetData/>: the span must be opened when cells are added. */
  selfClosing: boolean;
}

export function sheetDataSpan(xml: string): SheetDataSpan {
  const open = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new Error('worksheet without <sheetData>');
  const prefix = open[1] ?? '';
  const start = open.index + open[0].length;
  if (open[2] === '/') return { start: open.index, end: start, prefix, selfClosing: true };
  const end = xml.indexOf(`</${prefix}sheetData>`, start);
  if (end < 0) throw new Error('worksheet without </sheetData>');
  return { start, end, prefix, selfClosing: false };
}

const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

const V_RE = /<(?:\w+:)?v(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?v>)/;
const F_RE = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const IS_RE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const S_ATTR = /\bs\s*=\s*"(\d+)"/;
const T_ATTR = /\bt\s*=\s*"(\w+)"/;
const R_ATTR = /\br\s*=\s*"([^"]*)"/;
const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const CUSTOM_FORMAT = /\bcustomFormat\s*=\s*"(?:1|true)"/;

/** The cell reference's column, or the next column after `previous` when r is absent. */
function columnOf(ref: string | undefined, previousColumn: number): number {
  if (!ref) return previousColumn + 1;
  const m = CELL_REF.exec(ref);
  return m ? columnIndexOf(m[1]) + 1 : previousColumn + 1;
}

/** Parses one <c> element's attributes and content. */
export function parseCell(
  attrText: string,
  inner: string | undefined,
  row: number,
  column: number,
): RawCell {
  const style = S_ATTR.exec(attrText);
  const type = T_ATTR.exec(attrText);
  const cell: RawCell = {
    row,
    column,
    style: style ? Number(style[1]) : 0,
    type: type ? type[1] : 'n',
    value: null,
    inline: null,
    formula: null,
  };
  if (inner) {
    const v = V_RE.exec(inner);
    if (v) cell.value = decodeValue(v[1] ?? '');
    if (inner.includes('f')) {
      const f = F_RE.exec(inner);
      if (f) {
        cell.formula = decodeValue(f[2] ?? '');
        if (f[1]) {
          const fa = attributesOf(f[1]);
          if (fa.t) cell.formulaType = fa.t;
          if (fa.t === 'shared' && fa.si !== undefined) {
            cell.sharedIndex = fa.si;
            cell.sharedMaster = fa.ref !== undefined && cell.formula !== '';
          }
        }
      }
    }
    if (cell.type === 'inlineStr') {
      const is = IS_RE.exec(inner);
      if (is) cell.inline = is[1];
    }
  }
  return cell;
}

function decodeValue(text: string): string {
  return text.includes('&') ? decodeXml(text) : text;
}

/**
 * Calls `visit` for each <c> element of a row's body, in order: the element's match (1: its
 * attributes, 2: its content) and its 1-based column.
 */
export function eachCell(body: string, visit: (m: RegExpExecArray, column: number) => void): void {
  const re = new RegExp(CELL_RE);
  let previous = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    previous = columnOf(R_ATTR.exec(m[1])?.[1], previous);
    visit(m, previous);
  }
}

/** The row's style index when it has customFormat="1", else undefined. */
export function rowStyleOf(attrs: string): number | undefined {
  const style = CUSTOM_FORMAT.test(attrs) ? S_ATTR.exec(attrs) : null;
  return style ? Number(style[1]) : undefined;
}

/** The merged areas of a worksheet ("A1:B2"), 0-based. */
export function mergedAreas(xml: string): Block[] {
  const out: Block[] = [];
  const re = /<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const ref = attributesOf(m[1]).ref;
    const block = ref ? parseBlock(ref.replace(/\$/g, '')) : null;
    if (block) out.push(block);
  }
  return out;
}

/** Column styles from <cols> (1-based column → style index). */
export function columnStyles(xml: string): Map<number, number> {
  const out = new Map<number, number>();
  const cols = /<(\w+:)?cols\b[^>]*>([\s\S]*?)<\/\1?cols>/.exec(xml);
  if (!cols) return out;
  const re = /<(?:\w+:)?col\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cols[2]))) {
    const a = attributesOf(m[1]);
    if (a.style === undefined) continue;
    const min = Number(a.min);
    const max = Math.min(Number(a.max), 16384);
    for (let c = min; c <= max && max - min < 16384; c++) out.set(c, Number(a.style));
  }
  return out;
}
