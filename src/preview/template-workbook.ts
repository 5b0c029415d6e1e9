/**
 * A template spec (src/workbook/template: buildTemplateSpec, or any sheet model such as the
 * sample form) as a fake workbook, the browser preview's and the pane tests' workbook: the
 * template's write plan (templatePlan, as 插入模板 writes it) applied through the Office host to
 * an empty fake workbook, so the preview shows what Excel shows after 插入模板. What the Office
 * host leaves out (drop-down lists, frozen panes, print setup) the fake does not model either.
 * The fake does not calculate: a formula of the template (预算明细's 合计 sums) keeps the result
 * the template computed, as a formula loaded from an .xlsx keeps its cached result. The
 * workbook returned counts its syncs and runs from zero.
 */
import type { TemplateSpec } from '../workbook/template/spec';
import { templatePlan } from '../workbook/template/plan';
import { parseBlock } from '../workbook/a1';
import type { WritePlan } from '../workbook/port/types';
import { OfficeHost } from '../hosts/office/office-host';
import { runOnFakeWorkbook } from './run-on-fake';
import type { WorkbookModel } from './fake-excel/model';
import { FakeWorkbook } from './fake-excel/workbook';

/** The plan's own results of the formulas it wrote, as the cells' values. */
function keepFormulaResults(model: WorkbookModel, plan: WritePlan): void {
  for (const write of plan.writes) {
    const sheet = model.sheet(write.sheet);
    const at = parseBlock(write.address);
    if (!sheet || !at || !write.formulas) continue;
    write.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const value = write.values[r]?.[c];
        const cell = sheet.cell(at.top + r, at.left + c);
        if (!formula || !cell || value === null || value === undefined || value === '') return;
        sheet.setCell(at.top + r, at.left + c, { ...cell, value });
      }),
    );
  }
}

/** Writes the template into a fake workbook that has none of its sheets (an empty one). */
export async function writeTemplateInto(fake: FakeWorkbook, spec: TemplateSpec): Promise<void> {
  const plan = templatePlan(
    spec,
    fake.model.sheets.map((s) => s.name),
    [...fake.model.names.values()].map((n) => n.name),
  );
  await new OfficeHost(runOnFakeWorkbook(fake)).apply(plan);
  keepFormulaResults(fake.model, plan);
}

export async function fakeWorkbookFromTemplateSpec(spec: TemplateSpec): Promise<FakeWorkbook> {
  const loading = new FakeWorkbook();
  await writeTemplateInto(loading, spec);
  return new FakeWorkbook(loading.model);
}
