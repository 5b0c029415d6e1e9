/**
 * 插入模板: the template spec (src/workbook/template) as one WritePlan for the current
 * workbook. New sheets are created; a sheet of the same name (the user agreed to replace it)
 * has the template's block written over it, empty template cells clearing what was there.
 * Names that already exist are kept. Cell styles, widths and validations are not part of a
 * WritePlan and stay as the workbook has them.
 */
import type { TemplateSpec } from '../workbook/template/spec';
import { blockName, parseBlock } from '../workbook/template/a1';
import type { CellScalar, CellWrite, WritePlan } from '../workbook/types';

// The pane loads this module on demand, together with the template it renders.
export { buildTemplateSpec } from '../workbook/template/build';

/** The template's sheets that the workbook already has (case-insensitive, as Excel). */
export function clashingSheets(spec: TemplateSpec, sheetNames: string[]): string[] {
  const present = new Set(sheetNames.map((n) => n.toLowerCase()));
  return spec.sheets.filter((s) => present.has(s.name.toLowerCase())).map((s) => s.name);
}

function sheetWrite(sheet: TemplateSpec['sheets'][number], replacing: boolean): CellWrite | null {
  let bottom = 0;
  let right = 0;
  const cells = sheet.cells
    .map((cell) => ({ cell, at: parseBlock(cell.address) }))
    .filter((c): c is { cell: (typeof sheet.cells)[number]; at: NonNullable<typeof c.at> } => {
      return c.at !== null;
    });
  for (const { at } of cells) {
    bottom = Math.max(bottom, at.top);
    right = Math.max(right, at.left);
  }
  if (bottom === 0) return null;
  // null leaves a cell untouched (a new sheet is empty anyway); "" clears a replaced sheet.
  const blank: CellScalar = replacing ? '' : null;
  const values: CellScalar[][] = Array.from({ length: bottom }, () =>
    Array.from({ length: right }, () => blank),
  );
  const numberFormats: string[][] = Array.from({ length: bottom }, () =>
    Array.from({ length: right }, () => 'General'),
  );
  for (const { cell, at } of cells) {
    values[at.top - 1][at.left - 1] = cell.value ?? blank;
    if (cell.numberFormat) numberFormats[at.top - 1][at.left - 1] = cell.numberFormat;
  }
  return {
    sheet: sheet.name,
    address: blockName({ top: 1, left: 1, bottom, right }),
    values,
    numberFormats,
  };
}

export function templatePlan(
  spec: TemplateSpec,
  sheetNames: string[],
  existingNames: string[],
): WritePlan {
  const present = new Set(sheetNames.map((n) => n.toLowerCase()));
  const named = new Set(existingNames.map((n) => n.toLowerCase()));
  const plan: WritePlan = { createSheets: [], createNames: [], writes: [] };
  for (const sheet of spec.sheets) {
    const replacing = present.has(sheet.name.toLowerCase());
    if (!replacing) plan.createSheets.push({ name: sheet.name, visibility: sheet.visibility });
    const write = sheetWrite(sheet, replacing);
    if (write) plan.writes.push(write);
  }
  for (const name of spec.names) {
    if (named.has(name.name.toLowerCase())) continue;
    plan.createNames.push({ name: name.name, reference: `${name.sheet}!${name.address}` });
  }
  return plan;
}
