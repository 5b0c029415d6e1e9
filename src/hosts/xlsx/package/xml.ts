/** Text-level XML helpers for package parts: attributes, entities, element ranges. */
export { decodeXml, encodeXml } from '../defined-names';
import { decodeXml } from '../defined-names';

/** The attributes of a start tag's text (`<c r="A1" s="2">` or just `r="A1" s="2"`). */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** Text for an attribute value or element content. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** XML 1.0 forbids most control characters even as entities: they are written as _xHHHH_. */
export function escapeCellText(text: string): string {
  return escapeText(
    text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_').replace(
      // The control characters XML 1.0 cannot carry are exactly what this must match.
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    ),
  );
}

/** The inverse of escapeCellText's _xHHHH_ escapes (ECMA-376 22.9.2.19 ST_Xstring). */
export function unescapeCellText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** The text of every <t> in a string item (<si>, <is>): plain text and rich-text runs; phonetic runs (<rPh>) skipped. */
export function stringItemText(xml: string): string {
  const withoutPhonetic = xml.includes('rPh')
    ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/\1?rPh>/g, '')
    : xml;
  let text = '';
  const re = /<(\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/\1?t>|<(\w+:)?t(?:\s[^>]*)?\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(withoutPhonetic))) text += m[2] ?? '';
  return unescapeCellText(decodeXml(text));
}

/** An element with attributes set (or added) on its start tag. */
export function withAttributes(element: string, attrs: Record<string, string>): string {
  const end = element.indexOf('>') + 1;
  let out = element.slice(0, end);
  for (const [name, value] of Object.entries(attrs)) {
    const re = new RegExp(`\\s${name}\\s*=\\s*"[^"]*"`);
    out = re.test(out)
      ? out.replace(re, ` ${name}="${value}"`)
      : out.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
  }
  return out + element.slice(end);
}
