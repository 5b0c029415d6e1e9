/**
 * The styles part: reading each cell style's number format, and appending (once, then reused)
 * the styles a write needs: a cell style with another number format, a differential format
 * (dxf) for a conditional format's colours. Existing entries are never changed or renumbered,
 * so every other cell keeps its look.
 */
import { builtInFormat, builtInId } from './number-formats';
import { attributesOf, escapeText } from './xml';

const XF_RE = /<(\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?xf>)/g;
const DXF_RE = /<(\w+:)?dxf\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?dxf>)/g;

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
  private xfs: string[] = [];
  private dxfs: string[] = [];
  private readonly added = new Map<string, number>();
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
    const cellXfs = block(xml, 'cellXfs');
    this.xfs = cellXfs ? (cellXfs.inner.match(XF_RE) ?? []) : [];
    const dxfs = block(xml, 'dxfs');
    this.dxfs = dxfs ? (dxfs.inner.match(DXF_RE) ?? []) : [];
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
    const base =
      this.xfs[style] ??
      this.xfs[0] ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    let xf = /\bnumFmtId\s*=\s*"\d+"/.test(base)
      ? base.replace(/\bnumFmtId\s*=\s*"\d+"/, `numFmtId="${id}"`)
      : base.replace(/<(\w+:)?xf\b/, (open) => `${open} numFmtId="${id}"`);
    xf = /\bapplyNumberFormat\s*=/.test(xf)
      ? xf.replace(/\bapplyNumberFormat\s*=\s*"[^"]*"/, 'applyNumberFormat="1"')
      : xf.replace(/<(\w+:)?xf\b/, (open) => `${open} applyNumberFormat="1"`);
    const index = this.append('cellXfs', xf);
    this.xfs.push(xf);
    this.added.set(key, index);
    return index;
  }

  /** A differential format with a solid fill and optionally a font colour (RGB hex). */
  dxf(fill: string, fontColor?: string): number {
    const font = fontColor ? `<font><color rgb="FF${fontColor.toUpperCase()}"/></font>` : '';
    const element = `<dxf>${font}<fill><patternFill patternType="solid"><bgColor rgb="FF${fill.toUpperCase()}"/></patternFill></fill></dxf>`;
    const existing = this.dxfs.indexOf(element);
    if (existing >= 0) return existing;
    const index = this.append('dxfs', element);
    this.dxfs.push(element);
    return index;
  }

  /** Appends an element to a list (cellXfs, dxfs), creating the list when absent. */
  private append(list: 'cellXfs' | 'dxfs', element: string): number {
    const existing = block(this.xml, list);
    const count = list === 'cellXfs' ? this.xfs.length : this.dxfs.length;
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
    const before =
      list === 'dxfs'
        ? /<(?:\w+:)?(?:tableStyles|colors|extLst)\b|<\/(?:\w+:)?styleSheet>/.exec(this.xml)
        : /<(?:\w+:)?(?:cellStyles|dxfs|tableStyles|colors|extLst)\b|<\/(?:\w+:)?styleSheet>/.exec(
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
