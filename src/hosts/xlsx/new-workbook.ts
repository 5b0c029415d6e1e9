/**
 * New workbooks (the template, `perfscore template`): a blank package (package/blank-package.ts)
 * with a write plan applied by the package host, the same plan the task pane's 插入模板 applies
 * in Excel. One renderer for the template, whichever host draws it.
 */
import type { WritePlan } from '../../workbook/port/types';
import type { TemplateSpec } from '../../workbook/template/spec';
import { templatePlan } from '../../workbook/template/plan';
import { PackageHost } from './package-host';
import { blankPackageBytes } from './package/blank-package';
import { WorkbookPackage } from './package/workbook-package';

/** A new workbook holding what `plan` writes (its sheets, names, cells and layouts). */
export async function newWorkbookFromPlan(
  plan: WritePlan,
  file = 'new.xlsx',
): Promise<PackageHost> {
  const host = new PackageHost(WorkbookPackage.open(blankPackageBytes(), file));
  await host.apply(plan);
  return host;
}

/** The template as a new workbook: every sheet, style, merge, list, print setup and name. */
export function templateWorkbook(spec: TemplateSpec, file?: string): Promise<PackageHost> {
  return newWorkbookFromPlan(templatePlan(spec, [], []), file);
}

/** The template's .xlsx bytes. */
export async function templateWorkbookBytes(spec: TemplateSpec): Promise<Buffer> {
  return (await templateWorkbook(spec)).toBuffer();
}
