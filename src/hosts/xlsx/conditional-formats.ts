/**
 * A WritePlan's conditional formats (偏差状态 colours) on an exceljs worksheet: each spec
 * replaces the product's conditional formats overlapping its block (those made only of "cell
 * equals a text" rules, as the product writes them) by one "cellIs equal" rule per colour,
 * which Excel and LibreOffice apply as the values change. The user's own formats (banding,
 * formulas, data bars, other comparisons), even over the same cells, are kept. (Charts are not written: exceljs
 * cannot create them, so the command line's 评价结果 would have none.)
 */
import type * as ExcelJS from 'exceljs';
import { blocksOverlap, parseBlock, type Block } from '../../workbook/a1';
import type { ConditionalFormatSpec } from '../../workbook/port/types';

interface StoredFormat {
  ref: string;
  rules: { priority?: number; type?: string; operator?: string; formulae?: unknown[] }[];
}

/** A format as the product writes it: every rule "cell equals a text constant". */
function isProducts(cf: StoredFormat): boolean {
  return (
    cf.rules.length > 0 &&
    cf.rules.every(
      (rule) =>
        rule.type === 'cellIs' &&
        rule.operator === 'equal' &&
        rule.formulae?.length === 1 &&
        typeof rule.formulae[0] === 'string' &&
        /^"(?:[^"]|"")*"$/.test(rule.formulae[0]),
    )
  );
}

/** The blocks of a stored ref ("M5:M12" or "A1:A3 C1:C3"). */
function blocksOf(ref: string): Block[] {
  return ref
    .split(/\s+/)
    .map((part) => parseBlock(part.replace(/\$/g, '')))
    .filter((b): b is Block => b !== null);
}

/** A text as a formula constant: "待说明" (quotes doubled). */
function textConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

/** Replaces the conditional formats of the spec's block (see the header). */
export function applyConditionalFormat(ws: ExcelJS.Worksheet, spec: ConditionalFormatSpec): void {
  const block = parseBlock(spec.address);
  if (!block) return;
  // exceljs keeps the formats for which the filter is true.
  ws.removeConditionalFormatting(
    (cf: StoredFormat) => !isProducts(cf) || !blocksOf(cf.ref).some((b) => blocksOverlap(b, block)),
  );
  // No rules: the block's colours are cleared (a rollback's), nothing is added.
  if (spec.rules.length === 0) return;
  // Read after the removal: exceljs replaces the array.
  const stored = (ws as unknown as { conditionalFormattings: StoredFormat[] })
    .conditionalFormattings;
  let priority = Math.max(0, ...stored.flatMap((cf) => cf.rules.map((rule) => rule.priority ?? 0)));
  ws.addConditionalFormatting({
    ref: spec.address,
    rules: spec.rules.map((rule) => ({
      type: 'cellIs',
      operator: 'equal',
      formulae: [textConstant(rule.text)],
      priority: ++priority,
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
        ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
      },
    })),
  });
}
