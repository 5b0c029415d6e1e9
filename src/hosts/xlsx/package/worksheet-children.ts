/**
 * The worksheet's own child elements in its text (a sheet's frame: the rows left out), found
 * by a walk of the tags that tracks depth, so that an element of the same name nested deeper
 * (a sheet view's or a rule's <extLst>) is never mistaken for one. A child is replaced in
 * place or inserted where CT_Worksheet's sequence puts it (Excel refuses a sheet whose
 * children are out of order); every other character of the text is kept.
 */

/** CT_Worksheet's children (Part 1, 18.3.1.99), in schema order. */
export const WORKSHEET_CHILDREN = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

export type WorksheetChild = (typeof WORKSHEET_CHILDREN)[number];

/** One child element of <worksheet>: its local name and where its text lies. */
export interface ChildSpan {
  local: string;
  start: number;
  end: number;
}

interface Children {
  /** The worksheet's namespace prefix ("x:" or ""). */
  prefix: string;
  children: ChildSpan[];
  /** Where </worksheet> begins. */
  close: number;
}

const TAG =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([\w.-]+:)?([\w.-]+)\b[^>]*?(\/?)>/g;

/** The worksheet's children, in the order they are written. */
export function worksheetChildren(xml: string): Children {
  const re = new RegExp(TAG);
  let depth = 0;
  let prefix = '';
  let current: ChildSpan | null = null;
  const children: ChildSpan[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[3] === undefined) continue;
    const [closing, selfClosing] = [m[1] === '/', m[4] === '/'];
    if (depth === 0) {
      if (m[3] === 'worksheet' && !closing) {
        prefix = m[2] ?? '';
        depth = 1;
      }
      continue;
    }
    if (depth === 1) {
      if (closing) return { prefix, children, close: m.index };
      current = { local: m[3], start: m.index, end: m.index + m[0].length };
      if (selfClosing) children.push(current);
      else depth = 2;
      continue;
    }
    if (closing) depth -= 1;
    else if (!selfClosing) depth += 1;
    if (depth === 1 && current) {
      current.end = m.index + m[0].length;
      children.push(current);
    }
  }
  throw new Error('worksheet part without </worksheet>');
}

/** The text of the worksheet's (first) child called `local`, or null. */
export function childText(xml: string, local: WorksheetChild): string | null {
  const child = worksheetChildren(xml).children.find((c) => c.local === local);
  return child ? xml.slice(child.start, child.end) : null;
}

/**
 * The worksheet with its child `local` set to `element` (null removes it): the existing one
 * replaced where it stands, or the new one inserted before the first child that the schema
 * puts after it. `element` is written as given (with the sheet's prefix: withPrefix).
 */
export function setChild(xml: string, local: WorksheetChild, element: string | null): string {
  const { children, close } = worksheetChildren(xml);
  const text = element ?? '';
  const existing = children.find((c) => c.local === local);
  if (existing) return xml.slice(0, existing.start) + text + xml.slice(existing.end);
  if (!text) return xml;
  const rank = WORKSHEET_CHILDREN.indexOf(local);
  const later = children.find((c) => {
    const other = WORKSHEET_CHILDREN.indexOf(c.local as WorksheetChild);
    return other > rank;
  });
  const at = later ? later.start : close;
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The worksheet's namespace prefix ("x:" or ""). */
export function worksheetPrefix(xml: string): string {
  return /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
}

/** Elements written without a prefix, given the sheet's (`x:`) when it uses one. */
export function withPrefix(element: string, prefix: string): string {
  return prefix ? element.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${prefix}`) : element;
}
