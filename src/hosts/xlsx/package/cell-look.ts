/**
 * A layout's look (CellStyle: bold, font size, solid fill, thin grey border, alignment) as the
 * styles part's elements: a font derived from the cell's own (its name and colour kept), a
 * fill, a border, and the cell style (xf) that points at them. What the look leaves out is
 * kept as the cell had it, as Excel does when a format is set on a range.
 */
import type { CellStyle } from '../../../workbook/port/types';
import { attributesOf, withAttributes } from './xml';

/** The template's thin grey border on every side (Excel's "thin", colour 808080). */
const THIN_SIDE = (side: string): string =>
  `<${side} style="thin"><color rgb="FF808080"/></${side}>`;
export const THIN_BORDER = `<border>${['left', 'right', 'top', 'bottom'].map(THIN_SIDE).join('')}<diagonal/></border>`;

/** A solid fill of an RGB colour ("D9E1F2"). */
export function solidFill(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb.toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const DEFAULT_FONT =
  '<font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>';

/** `font` made bold and/or resized (a font's children may come in any order: CT_Font is a choice). */
export function lookedFont(font: string | undefined, look: CellStyle): string {
  const open = /^<(\w+:)?font\b[^>]*?(\/?)>/.exec(font ?? '');
  const p = open?.[1] ?? '';
  let inner =
    font && open
      ? open[2]
        ? ''
        : font.slice(open[0].length, font.lastIndexOf(`</${p}font>`))
      : null;
  if (inner === null) inner = DEFAULT_FONT.slice('<font>'.length, -'</font>'.length);
  if (look.fontSize) {
    const sz = `<${p}sz val="${look.fontSize}"/>`;
    inner = new RegExp(`<${p}sz\\b[^>]*?\\/?>`).test(inner)
      ? inner.replace(new RegExp(`<${p}sz\\b[^>]*?\\/?>`), sz)
      : sz + inner;
  }
  if (look.bold) {
    const b = new RegExp(`<${p}b(?:\\s[^>]*)?\\/?>`);
    inner = `<${p}b/>${inner.replace(b, '')}`;
  }
  return `<${p}font>${inner}</${p}font>`;
}

const VERTICAL: Record<NonNullable<CellStyle['vertical']>, string> = {
  top: 'top',
  middle: 'center',
  bottom: 'bottom',
};

/** An <alignment> with the look's settings over the cell's own. */
function lookedAlignment(existing: string | undefined, look: CellStyle, p: string): string {
  const attrs = existing
    ? attributesOf(/<(?:\w+:)?alignment\b([^>]*)/.exec(existing)?.[1] ?? '')
    : {};
  if (look.horizontal) attrs.horizontal = look.horizontal;
  if (look.vertical) attrs.vertical = VERTICAL[look.vertical];
  if (look.wrap) attrs.wrapText = '1';
  const text = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${p}alignment${text}/>`;
}

/**
 * The cell style `xf` with the look on top: its font, fill and border replaced by those of
 * `ids` (items of the styles part made for the look), its alignment merged. Unchanged when the
 * look changes nothing.
 */
export function lookedXf(
  xf: string,
  look: CellStyle,
  ids: { font?: number; fill?: number; border?: number },
): string {
  const m = /^<(\w+:)?xf\b[^>]*?(\/?)>/.exec(xf);
  if (!m) return xf;
  const p = m[1] ?? '';
  let open = m[0].replace(/\/>$/, '>');
  let inner = m[2] ? '' : xf.slice(m[0].length, xf.lastIndexOf(`</${p}xf>`));
  if (ids.font !== undefined) {
    open = withAttributes(open, { fontId: String(ids.font), applyFont: '1' });
  }
  if (ids.fill !== undefined) {
    open = withAttributes(open, { fillId: String(ids.fill), applyFill: '1' });
  }
  if (ids.border !== undefined) {
    open = withAttributes(open, { borderId: String(ids.border), applyBorder: '1' });
  }
  if (look.horizontal || look.vertical || look.wrap) {
    open = withAttributes(open, { applyAlignment: '1' });
    const re = new RegExp(`<${p}alignment\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${p}alignment>)`);
    const existing = re.exec(inner)?.[0];
    const alignment = lookedAlignment(existing, look, p);
    // <alignment> is the xf's first child (CT_Xf: alignment, protection, extLst).
    inner = existing ? inner.replace(re, alignment) : alignment + inner;
  }
  const out = inner ? `${open}${inner}</${p}xf>` : open.replace(/>$/, '/>');
  return out === xf ? xf : out;
}
