/**
 * Open Packaging Conventions (ECMA-376 Part 2): relationship parts and their targets, and the
 * content types part.
 */
import { attributesOf, escapeText } from './xml';

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  /** The part it points at ("xl/worksheets/sheet1.xml"), or null for an external target. */
  part: string | null;
}

export const REL_TYPES = {
  officeDocument:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
};

/** Strict OOXML spells the relationship types differently; the last segment is what counts. */
export function relTypeIs(type: string, wanted: string): boolean {
  return type === wanted || type.endsWith(wanted.slice(wanted.lastIndexOf('/')));
}

export const WORKSHEET_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against its source part (Part 2, 9.3 and RFC 3986): an
 * absolute target ("/xl/drawings/drawing1.xml", as openpyxl writes) from the package root, a
 * relative one ("../drawings/drawing1.xml", as Excel writes) from the source's folder.
 */
export function resolveTarget(source: string, target: string): string {
  const clean = decodeURI(target.split('#')[0]).replace(/\\/g, '/');
  const base = clean.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The relationships of `source` from its .rels part's text. */
export function parseRelationships(source: string, xml: string): Relationship[] {
  const out: Relationship[] = [];
  const re = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const a = attributesOf(m[1]);
    if (!a.Id || !a.Target) continue;
    const external = a.TargetMode === 'External';
    out.push({
      id: a.Id,
      type: a.Type ?? '',
      target: a.Target,
      part: external ? null : resolveTarget(source, a.Target),
    });
  }
  return out;
}

/** A relationship id not used in the part yet ("rId7"). */
export function freeRelationshipId(existing: Relationship[]): string {
  const used = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Adds a <Relationship> before </Relationships>. */
export function addRelationship(xml: string, id: string, type: string, target: string): string {
  const element = `<Relationship Id="${escapeText(id)}" Type="${escapeText(type)}" Target="${escapeText(target)}"/>`;
  const close = /<\/(\w+:)?Relationships>/.exec(xml);
  if (!close) throw new Error('relationships part without </Relationships>');
  const prefix = close[1] ?? '';
  const el = prefix ? element.replace('<Relationship', `<${prefix}Relationship`) : element;
  return xml.slice(0, close.index) + el + xml.slice(close.index);
}

/** Removes the <Relationship> with the given id. */
export function removeRelationship(xml: string, id: string): string {
  return xml.replace(/<(?:\w+:)?Relationship\b[^>]*?\/?>/g, (element) =>
    attributesOf(element).Id === id ? '' : element,
  );
}

/** A relative target from `source`'s folder to `part` (what Excel writes). */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** Adds an <Override> for a new part to [Content_Types].xml (kept when one exists). */
export function addOverride(xml: string, part: string, contentType: string): string {
  const partName = `/${part}`;
  const re = /<(?:\w+:)?Override\b[^>]*?\/?>/g;
  for (const element of xml.match(re) ?? []) {
    if (attributesOf(element).PartName?.toLowerCase() === partName.toLowerCase()) return xml;
  }
  const close = /<\/(\w+:)?Types>/.exec(xml);
  if (!close) throw new Error('[Content_Types].xml without </Types>');
  const prefix = close[1] ?? '';
  const element = `<${prefix}Override PartName="${escapeText(partName)}" ContentType="${escapeText(contentType)}"/>`;
  return xml.slice(0, close.index) + element + xml.slice(close.index);
}

/** Removes the <Override> of a part. */
export function removeOverride(xml: string, part: string): string {
  const partName = `/${part}`.toLowerCase();
  return xml.replace(/<(?:\w+:)?Override\b[^>]*?\/?>/g, (element) =>
    attributesOf(element).PartName?.toLowerCase() === partName ? '' : element,
  );
}
