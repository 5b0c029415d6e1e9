/**
 * Defined names as the file holds them (xl/workbook.xml), read at the XML level: the package
 * host reads and edits the file's own <definedName> elements, so every name (sheet-scoped,
 * constant, formula, hidden, built-in) keeps its scope, flags and formula as the file has them.
 */
import { parseBlock, type Block } from '../../workbook/a1';

/** One <definedName> element of a workbook.xml. */
export interface DefinedNameRecord {
  name: string;
  /** Index into <sheets> of the sheet the name is local to; undefined for workbook scope. */
  localSheetId?: number;
  /** Name of that sheet (resolved when the file was read). */
  localSheet?: string;
  hidden: boolean;
  /** The name's formula, XML-decoded, without a leading "=" ("绩效指标!$A$1:$P$12"). */
  formula: string;
}

export interface WorkbookXmlInfo {
  /** Sheet names in <sheets> order (worksheets, chartsheets and dialog sheets alike). */
  sheets: string[];
  names: DefinedNameRecord[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[e] ?? whole;
  });
}

export function encodeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = decodeXml(m[3] ?? m[4] ?? '');
  return out;
}

/** Reads the sheet list and the defined names of a workbook.xml. */
export function readWorkbookXml(xml: string): WorkbookXmlInfo {
  const sheets: string[] = [];
  const sheetRe = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = sheetRe.exec(xml))) {
    const name = attributes(m[1]).name;
    if (name !== undefined) sheets.push(name);
  }
  const names: DefinedNameRecord[] = [];
  const nameRe = /<(\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1?definedName>)/g;
  while ((m = nameRe.exec(xml))) {
    const attrs = attributes(m[2]);
    if (attrs.name === undefined) continue;
    const local = attrs.localSheetId !== undefined ? Number(attrs.localSheetId) : undefined;
    names.push({
      name: attrs.name,
      localSheetId: local,
      localSheet: local !== undefined ? sheets[local] : undefined,
      hidden: attrs.hidden === '1' || attrs.hidden === 'true',
      formula: decodeXml(m[3] ?? '').replace(/^=/, ''),
    });
  }
  return { sheets, names };
}

/** A new workbook-scoped name's element. */
export function definedNameXml(name: string, formula: string): string {
  return `<definedName name="${encodeXml(name)}">${encodeXml(formula)}</definedName>`;
}

/** What a name's formula refers to. */
export type ReferenceTarget =
  | { kind: 'range'; sheet: string; block: Block; wholeColumns: boolean; wholeRows: boolean }
  | { kind: 'invalidReference' }
  | { kind: 'notARange' }
  | { kind: 'external' };

const SHEET_PART = /^(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!(.+)$/u;

/**
 * Parses a name's formula as one rectangular reference ("Sheet!$A$1:$B$2", "'My sheet'!A1",
 * "Sheet!$A:$C", "Sheet!$3:$9"). A #REF! anywhere is an invalid reference; a reference into
 * another workbook ("[1]Sheet!A1") is external; anything else (constants, formulas, several
 * areas) is not a range.
 */
export function parseNameFormula(formula: string): ReferenceTarget {
  const text = formula.trim().replace(/^=/, '');
  if (/#REF!/i.test(text)) return { kind: 'invalidReference' };
  if (/^'?\[[^\]]*\]/.test(text) || /(^|[^'"])\[\d+\]/.test(text)) return { kind: 'external' };
  const m = SHEET_PART.exec(text);
  if (!m) return { kind: 'notARange' };
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const ref = m[3].replace(/\$/g, '');
  const block = parseBlock(ref);
  if (!block) return { kind: 'notARange' };
  const wholeColumns = /^[A-Za-z]{1,3}:[A-Za-z]{1,3}$/.test(ref);
  const wholeRows = /^\d{1,7}:\d{1,7}$/.test(ref);
  return { kind: 'range', sheet, block, wholeColumns, wholeRows };
}
