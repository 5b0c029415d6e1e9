/**
 * A WritePlan's conditional formats (偏差状态 colours) in a worksheet's text: the product's
 * own formats overlapping the block (made only of "cell equals a text" rules, as the product
 * writes them) are replaced by one "cellIs equal" rule per colour; the user's own formats
 * (other rules, formulas, data bars, those in the Excel 2010 extension list) are kept.
 */
import { blocksOverlap, parseBlock, type Block } from '../../../workbook/a1';
import type { ConditionalFormatSpec } from '../../../workbook/port/types';
import { escapeText } from './xml';

/** Elements that follow <conditionalFormatting> in a worksheet (Part 1, 18.3.1.99). */
const AFTER =
  /<(?:\w+:)?(?:dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/(?:\w+:)?worksheet>/;

function blocksOf(sqref: string): Block[] {
  return sqref
    .split(/\s+/)
    .map((part) => parseBlock(part.replace(/\$/g, '')))
    .filter((b): b is Block => b !== null);
}

/** Every rule "cellIs equal" to one quoted text constant. */
function isProducts(inner: string): boolean {
  const rules = inner.match(/<(\w+:)?cfRule\b[\s\S]*?(?:\/>|<\/\1?cfRule>)/g) ?? [];
  return (
    rules.length > 0 &&
    rules.every((rule) => {
      const open = /<(?:\w+:)?cfRule\b([^>]*)>/.exec(rule)?.[1] ?? '';
      const formulas = [...rule.matchAll(/<(\w+:)?formula>([\s\S]*?)<\/\1?formula>/g)].map(
        (f) => f[2],
      );
      return (
        /\btype\s*=\s*"cellIs"/.test(open) &&
        /\boperator\s*=\s*"equal"/.test(open) &&
        formulas.length === 1 &&
        /^&quot;(?:(?!&quot;).|&quot;&quot;)*&quot;$|^"(?:[^"]|"")*"$/.test(formulas[0])
      );
    })
  );
}

export function applySheetConditionalFormat(
  xml: string,
  spec: ConditionalFormatSpec,
  dxf: (fill: string, fontColor?: string) => number,
): string {
  const block = parseBlock(spec.address);
  if (!block) return xml;
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  // Only the worksheet's own elements: x14:conditionalFormatting inside <extLst> is the user's.
  const re = new RegExp(
    `<${prefix}conditionalFormatting\\b([^>]*)>([\\s\\S]*?)<\\/${prefix}conditionalFormatting>`,
    'g',
  );
  let maxPriority = 0;
  for (const m of xml.matchAll(/\bpriority\s*=\s*"(\d+)"/g)) {
    maxPriority = Math.max(maxPriority, Number(m[1]));
  }
  let lastEnd = -1;
  let edited = xml.replace(re, (element, attrs: string, inner: string) => {
    const sqref = /\bsqref\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (isProducts(inner) && blocksOf(sqref).some((b) => blocksOverlap(b, block))) return '';
    return element;
  });
  if (spec.rules.length === 0) return edited;
  const rules = spec.rules
    .map(
      (rule) =>
        `<${prefix}cfRule type="cellIs" dxfId="${dxf(rule.fill, rule.fontColor)}" priority="${++maxPriority}" operator="equal"><${prefix}formula>${escapeText(`"${rule.text.replace(/"/g, '""')}"`)}</${prefix}formula></${prefix}cfRule>`,
    )
    .join('');
  const element = `<${prefix}conditionalFormatting sqref="${spec.address}">${rules}</${prefix}conditionalFormatting>`;
  const closeTag = `</${prefix}conditionalFormatting>`;
  let at = edited.lastIndexOf(closeTag);
  // The last one outside <extLst>.
  const ext = edited.search(/<(?:\w+:)?extLst\b/);
  if (at >= 0 && (ext < 0 || at < ext)) lastEnd = at + closeTag.length;
  if (lastEnd < 0) {
    const sheetDataEnd = edited.search(/<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\b[^>]*\/>/);
    const tail = edited.slice(sheetDataEnd);
    const after = AFTER.exec(tail);
    at = after ? sheetDataEnd + after.index : edited.length;
    edited = edited.slice(0, at) + element + edited.slice(at);
    return edited;
  }
  return edited.slice(0, lastEnd) + element + edited.slice(lastEnd);
}
