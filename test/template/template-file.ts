/**
 * The template as the command line writes it (templateWorkbookBytes: the template's plan on a
 * blank package), for tests that need it as a file, as bytes, or read back by exceljs to be
 * edited the way another program would edit it.
 */
import { promises as fs } from 'fs';
import * as ExcelJS from 'exceljs';
import { templateWorkbookBytes } from '../../src/hosts/xlsx';
import type { TemplateSpec } from '../../src/workbook/template/spec';

/** The template's file written to `file`. */
export async function writeTemplateFile(spec: TemplateSpec, file: string): Promise<void> {
  await fs.writeFile(file, await templateWorkbookBytes(spec));
}

/** The template's file as exceljs reads it. */
export async function templateExcelJs(spec: TemplateSpec): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateWorkbookBytes(spec)) as unknown as ArrayBuffer);
  return workbook;
}
