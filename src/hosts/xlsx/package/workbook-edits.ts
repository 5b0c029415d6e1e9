/**
 * Edits of the workbook part's text: sheets added and removed (with the sheet-scoped names and
 * the active tab following), names added and removed (workbook-scoped, or local to a sheet as
 * print titles are), and the request that spreadsheets recalculate formulas when the file is
 * opened (the cells written may feed the user's own formulas, whose cached results are then
 * out of date).
 */
import { definedNameXml } from '../defined-names';
import { attributesOf, escapeText } from './xml';

const REL_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

function rootPrefix(xml: string): string {
  return /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
}

/** Adds a <sheet> at the end of <sheets>. */
export function addSheetElement(
  xml: string,
  sheet: { name: string; sheetId: number; relId: string; visibility?: string },
): string {
  const p = rootPrefix(xml);
  const ns = /xmlns:(\w+)\s*=\s*"([^"]*)"/g;
  let relPrefix: string | null = null;
  for (const m of xml.matchAll(ns)) if (REL_NS.includes(m[2])) relPrefix = m[1];
  const idAttr = relPrefix
    ? `${relPrefix}:id="${escapeText(sheet.relId)}"`
    : `xmlns:r="${REL_NS[0]}" r:id="${escapeText(sheet.relId)}"`;
  const state =
    sheet.visibility && sheet.visibility !== 'visible' ? ` state="${sheet.visibility}"` : '';
  const element = `<${p}sheet name="${escapeText(sheet.name)}" sheetId="${sheet.sheetId}"${state} ${idAttr}/>`;
  const close = `</${p}sheets>`;
  const at = xml.indexOf(close);
  if (at < 0) throw new Error('workbook part without </sheets>');
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Removes the <sheet> at `index`, the names local to it, and renumbers later local names. */
export function removeSheetElement(xml: string, index: number): string {
  let i = -1;
  let edited = xml.replace(
    /<(?:\w+:)?sheet\b[^>]*?\/>|<(\w+:)?sheet\b[^>]*?>[\s\S]*?<\/\1?sheet>/g,
    (element) => {
      i++;
      return i === index ? '' : element;
    },
  );
  edited = edited.replace(
    /<(\w+:)?definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/\1?definedName>)/g,
    (element, _p, attrs: string) => {
      const local = attributesOf(attrs).localSheetId;
      if (local === undefined) return element;
      const n = Number(local);
      if (n === index) return '';
      if (n < index) return element;
      return element.replace(/\blocalSheetId\s*=\s*"\d+"/, `localSheetId="${n - 1}"`);
    },
  );
  edited = edited.replace(
    /\b(activeTab|firstSheet)\s*=\s*"(\d+)"/g,
    (whole, attr: string, value: string) => {
      const n = Number(value);
      return n >= index && n > 0 ? `${attr}="${n - 1}"` : whole;
    },
  );
  return edited.replace(/<(\w+:)?definedNames\b[^>]*>\s*<\/\1?definedNames>/, '');
}

/** Adds a <definedName>: workbook-scoped, or local to the sheet at `localSheetId`. */
export function addDefinedName(
  xml: string,
  name: string,
  formula: string,
  localSheetId?: number,
): string {
  const p = rootPrefix(xml);
  let element = definedNameXml(name, formula);
  if (localSheetId !== undefined) {
    element = element.replace('<definedName ', `<definedName localSheetId="${localSheetId}" `);
  }
  if (p) element = element.replace(/<(\/?)definedName/g, `<$1${p}definedName`);
  const close = new RegExp(`</${p}definedNames>`).exec(xml);
  if (close) return xml.slice(0, close.index) + element + xml.slice(close.index);
  const after =
    /<\/(?:\w+:)?externalReferences>|<\/(?:\w+:)?functionGroups>|<(?:\w+:)?functionGroups\b[^>]*\/>|<\/(?:\w+:)?sheets>/g;
  let at = -1;
  for (const m of xml.matchAll(after)) at = Math.max(at, (m.index ?? 0) + m[0].length);
  if (at < 0) throw new Error('workbook part without </sheets>');
  return `${xml.slice(0, at)}<${p}definedNames>${element}</${p}definedNames>${xml.slice(at)}`;
}

/**
 * Removes the <definedName> called `name` (case-insensitive): the workbook-scoped one, or the
 * one local to the sheet at `localSheetId`.
 */
export function removeDefinedName(xml: string, name: string, localSheetId?: number): string {
  const key = name.toLowerCase();
  const scope = localSheetId === undefined ? undefined : String(localSheetId);
  const edited = xml.replace(
    /<(\w+:)?definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/\1?definedName>)/g,
    (element, _p, attrs: string) => {
      const a = attributesOf(attrs);
      return a.localSheetId === scope && a.name?.toLowerCase() === key ? '' : element;
    },
  );
  return edited.replace(/<(\w+:)?definedNames\b[^>]*>\s*<\/\1?definedNames>/, '');
}

/** Asks for a full recalculation when the file is opened (<calcPr fullCalcOnLoad="1"/>). */
export function requestFullCalculation(xml: string): string {
  const p = rootPrefix(xml);
  const calcPr = /<(\w+:)?calcPr\b([^>]*?)(\/?)>/.exec(xml);
  if (calcPr) {
    if (/\bfullCalcOnLoad\s*=\s*"(1|true)"/.test(calcPr[2])) return xml;
    const attrs = calcPr[2].replace(/\s*\bfullCalcOnLoad\s*=\s*"[^"]*"/, '');
    const tag = `<${calcPr[1] ?? ''}calcPr${attrs} fullCalcOnLoad="1"${calcPr[3]}>`;
    return xml.slice(0, calcPr.index) + tag + xml.slice(calcPr.index + calcPr[0].length);
  }
  // calcPr follows definedNames (Part 1, 18.2.28); before oleSize, customWorkbookViews, …
  const before =
    /<(?:\w+:)?(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/.exec(
      xml,
    );
  if (!before) return xml;
  return `${xml.slice(0, before.index)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(before.index)}`;
}
