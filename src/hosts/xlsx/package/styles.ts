/**
 * The styles part: reading each cell style's number format, and appending (once, then reused)
 * the styles a write needs: a cell style with another number format, a cell style with a
 * layout's look (font, fill, border, alignment: cell-look.ts), a differential format (dxf) for
 * a conditional format's colours. Existing entries are never changed or renumbered, so every
 * other cell keeps its look.
 */
import type { CellStyle } from '../../../workbook/port/types';
import { lookedFont, lookedXf, solidFill, THIN_BORDER } from './cell-look';
import { builtInFormat, builtInId } from './number-formats';
import { attributesOf, escapeText } from './xml';

/** The lists of the styles part that the product appends to, in CT_Stylesheet order. */
type StyleList = 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const ITEM: Record<StyleList, string> = {
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};
/** CT_Stylesheet's children (Part 1, 18.8.39), in order. */
const STYLESHEET_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

function itemsOf(xml: string, list: StyleList): string[] {
  const found = block(xml, list);
  if (!found) return [];
  const item = ITEM[list];
  const re = new RegExp(`<(\\w+:)?${item}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/\\1?${item}>)`, 'g');
  return found.inner.match(re) ?? [];
}

/** A minimal styles part for a package that has none (Part 1, 18.8.39 requires the lists). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function block(
  xml: string,
  local: string,
): { start: number; end: number; inner: string; prefix: string } | null {
  const open = new RegExp(`<(\\w+:)?${local}\\b[^>]*?(\\/?)>`).exec(xml);
  if (!open) return null;
  const prefix = open[1] ?? '';
  const start = open.index;
  if (open[2] === '/') return { start, end: start + open[0].length, inner: '', prefix };
  const close = xml.indexOf(`</${prefix}${local}>`, start);
  if (close < 0) return null;
  const end = close + `</${prefix}${local}>`.length;
  return { start, end, inner: xml.slice(start + open[0].length, close), prefix };
}

export class Styles {
  private xml: string;
  private readonly customFormats = new Map<number, string>();
  private readonly items: Record<StyleList, string[]>;
  private readonly added = new Map<string, number>();
  private readonly looks = new WeakMap<CellStyle, Map<number, number>>();
  /** True once something was appended: the part must be written. */
  changed = false;

  constructor(xml: string) {
    this.xml = xml;
    const numFmts = block(xml, 'numFmts');
    if (numFmts) {
      const re = /<(?:\w+:)?numFmt\b([^>]*?)\/?>/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(numFmts.inner))) {
        const a = attributesOf(m[1]);
        if (a.numFmtId !== undefined && a.formatCode !== undefined) {
          this.customFormats.set(Number(a.numFmtId), a.formatCode);
        }
      }
    }
    this.items = {
      fonts: itemsOf(xml, 'fonts'),
      fills: itemsOf(xml, 'fills'),
      borders: itemsOf(xml, 'borders'),
      cellXfs: itemsOf(xml, 'cellXfs'),
      dxfs: itemsOf(xml, 'dxfs'),
    };
  }

  private get xfs(): string[] {
    return this.items.cellXfs;
  }

  /** A cell style's element (the default style's for an unknown index). */
  private xfOf(style: number): string {
    return (
      this.xfs[style] ??
      this.xfs[0] ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    );
  }

  /** Format codes by style index, as looked up (a table has few styles and many cells). */
  private readonly formatCache: string[] = [];

  /** The number format code of a cell style ("General" when unknown). */
  formatOf(style: number): string {
    const known = this.formatCache[style];
    if (known !== undefined) return known;
    const xf = this.xfs[style];
    if (!xf) return 'General';
    const id = Number(/\bnumFmtId\s*=\s*"(\d+)"/.exec(xf)?.[1] ?? 0);
    const code = this.customFormats.get(id) ?? builtInFormat(id) ?? 'General';
    this.formatCache[style] = code;
    return code;
  }

  /** The id of a format code: built in, already declared, or declared now. */
  private formatId(code: string): number {
    const builtIn = builtInId(code);
    if (builtIn !== undefined) return builtIn;
    for (const [id, existing] of this.customFormats) if (existing === code) return id;
    const id = Math.max(163, ...this.customFormats.keys()) + 1;
    this.customFormats.set(id, code);
    const element = `<numFmt numFmtId="${id}" formatCode="${escapeText(code)}"/>`;
    const numFmts = block(this.xml, 'numFmts');
    if (numFmts) {
      const p = numFmts.prefix;
      const inner = numFmts.inner + (p ? element.replace('<numFmt', `<${p}numFmt`) : element);
      this.xml =
        this.xml.slice(0, numFmts.start) +
        `<${p}numFmts count="${this.customFormats.size}">${inner}</${p}numFmts>` +
        this.xml.slice(numFmts.end);
    } else {
      const root = /<(\w+:)?styleSheet\b[^>]*>/.exec(this.xml);
      if (!root) throw new Error('styles part without <styleSheet>');
      const p = root[1] ?? '';
      const at = root.index + root[0].length;
      const el = p ? element.replace('<numFmt', `<${p}numFmt`) : element;
      this.xml = `${this.xml.slice(0, at)}<${p}numFmts count="1">${el}</${p}numFmts>${this.xml.slice(at)}`;
    }
    this.changed = true;
    return id;
  }

  /** A cell style like `style` with another number format (appended once, then reused). */
  withFormat(style: number, code: string): number {
    if (this.formatOf(style) === code) return style;
    const key = `xf|${style}|${code}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const id = this.formatId(code);
    const base = this.xfOf(style);
    let xf = /\bnumFmtId\s*=\s*"\d+"/.test(base)
      ? base.replace(/\bnumFmtId\s*=\s*"\d+"/, `numFmtId="${id}"`)
      : base.replace(/<(\w+:)?xf\b/, (open) => `${open} numFmtId="${id}"`);
    xf = /\bapplyNumberFormat\s*=/.test(xf)
      ? xf.replace(/\bapplyNumberFormat\s*=\s*"[^"]*"/, 'applyNumberFormat="1"')
      : xf.replace(/<(\w+:)?xf\b/, (open) => `${open} applyNumberFormat="1"`);
    const index = this.xfIndex(xf);
    this.added.set(key, index);
    return index;
  }

  /**
   * A cell style like `style` with a layout's look on top (bold, size, fill, border, alignment;
   * what the look leaves out stays as it was), appended once and reused.
   */
  withLook(style: number, look: CellStyle): number {
    // A layout's block hands the same look to each of its cells: found by identity first.
    let byStyle = this.looks.get(look);
    if (!byStyle) this.looks.set(look, (byStyle = new Map()));
    const seen = byStyle.get(style);
    if (seen !== undefined) return seen;
    const key = `look|${style}|${JSON.stringify(look)}`;
    const known = this.added.get(key);
    if (known !== undefined) {
      byStyle.set(style, known);
      return known;
    }
    const base = this.xfOf(style);
    const ids: { font?: number; fill?: number; border?: number } = {};
    if (look.bold || look.fontSize) {
      const fontId = Number(
        attributesOf(/<(?:\w+:)?xf\b([^>]*)/.exec(base)?.[1] ?? '').fontId ?? 0,
      );
      ids.font = this.item(
        'fonts',
        lookedFont(this.items.fonts[fontId] ?? this.items.fonts[0], look),
      );
    }
    if (look.fill) ids.fill = this.item('fills', solidFill(look.fill));
    if (look.border) ids.border = this.item('borders', THIN_BORDER);
    const xf = lookedXf(base, look, ids);
    const index = xf === base ? style : this.xfIndex(xf);
    this.added.set(key, index);
    byStyle.set(style, index);
    return index;
  }

  /** A cell style's index: an equal one already there (a file written before), or appended. */
  private xfIndex(xf: string): number {
    const existing = this.xfs.indexOf(xf);
    return existing >= 0 ? existing : this.append('cellXfs', xf);
  }

  /** The index of an item of a list: an equal one already there, or the item appended. */
  private item(list: 'fonts' | 'fills' | 'borders', element: string): number {
    const existing = this.items[list].indexOf(element);
    return existing >= 0 ? existing : this.append(list, element);
  }

  /** A differential format with a solid fill and optionally a font colour (RGB hex). */
  dxf(fill: string, fontColor?: string): number {
    const font = fontColor ? `<font><color rgb="FF${fontColor.toUpperCase()}"/></font>` : '';
    const element = `<dxf>${font}<fill><patternFill patternType="solid"><bgColor rgb="FF${fill.toUpperCase()}"/></patternFill></fill></dxf>`;
    const existing = this.items.dxfs.indexOf(element);
    if (existing >= 0) return existing;
    return this.append('dxfs', element);
  }

  /** Appends an element to a list, creating the list (in schema order) when absent. */
  private append(list: StyleList, element: string): number {
    const existing = block(this.xml, list);
    const items = this.items[list];
    const count = items.length;
    items.push(element);
    this.changed = true;
    if (existing) {
      const p = existing.prefix;
      const el = p ? element.replace(/<(\/?)(\w)/g, `<$1${p}$2`) : element;
      this.xml =
        this.xml.slice(0, existing.start) +
        `<${p}${list} count="${count + 1}">${existing.inner}${el}</${p}${list}>` +
        this.xml.slice(existing.end);
      return count;
    }
    const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(list) + 1).join('|');
    const before = new RegExp(`<(?:\\w+:)?(?:${later})\\b|<\\/(?:\\w+:)?styleSheet>`).exec(
      this.xml,
    );
    if (!before) throw new Error('styles part without </styleSheet>');
    this.xml = `${this.xml.slice(0, before.index)}<${list} count="1">${element}</${list}>${this.xml.slice(before.index)}`;
    return 0;
  }

  toXml(): string {
    return this.xml;
  }
}
