/**
 * 插入模板: the template spec (src/workbook/template) as one WritePlan for the current
 * workbook. New sheets are created; a sheet of the same name (the user agreed to replace it)
 * has the template's block written over it, empty template cells clearing what was there.
 * Names that already exist are kept. The plan's `layouts` carry each sheet's merged areas,
 * column widths, row heights and cell styles (a replaced sheet's old merges and formats are
 * reset over the template's block first), and its drop-down lists, frozen panes and print
 * setup: the .xlsx host writes those; Excel's API needs 1.7 to 1.9 for them (the manifest asks
 * for 1.4), so the Office host leaves them out.
 */
import type { TemplateSpec } from './spec';
import { whereOf } from '../a1';
import type { SheetLayout, WritePlan } from '../port/types';
import { sheetLayout, sheetWrite } from '../sheets/sheet-emit';

// The pane loads this module on demand, together with the template it renders.
export { buildTemplateSpec } from './build';

/** The template's sheets that the workbook already has (case-insensitive, as Excel). */
export function clashingSheets(spec: TemplateSpec, sheetNames: string[]): string[] {
  const present = new Set(sheetNames.map((n) => n.toLowerCase()));
  return spec.sheets.filter((s) => present.has(s.name.toLowerCase())).map((s) => s.name);
}

export function templatePlan(
  spec: TemplateSpec,
  sheetNames: string[],
  existingNames: string[],
): WritePlan {
  const present = new Set(sheetNames.map((n) => n.toLowerCase()));
  const named = new Set(existingNames.map((n) => n.toLowerCase()));
  const layouts: SheetLayout[] = [];
  const plan: WritePlan = { createSheets: [], createNames: [], writes: [], layouts };
  for (const sheet of spec.sheets) {
    const replacing = present.has(sheet.name.toLowerCase());
    if (!replacing) plan.createSheets.push({ name: sheet.name, visibility: sheet.visibility });
    // null leaves a cell untouched (a new sheet is empty anyway); "" clears a replaced sheet.
    const write = sheetWrite(sheet, replacing ? '' : null);
    if (write) plan.writes.push(write);
    layouts.push(sheetLayout(sheet, replacing ? write?.address : undefined));
  }
  for (const name of spec.names) {
    if (named.has(name.name.toLowerCase())) continue;
    plan.createNames.push({ name: name.name, reference: whereOf(name.sheet, name.address) });
  }
  return plan;
}
