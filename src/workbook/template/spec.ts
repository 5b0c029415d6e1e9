/**
 * The template workbook as plain data, independent of any spreadsheet library: its sheets are
 * the one sheet model (src/workbook/sheets/sheet-model.ts, built with SheetBuilder), its names
 * and where its indicator table is. templatePlan (plan.ts) turns it into the write plan that
 * 插入模板 applies and that the browser preview's fake workbook is made of. No Node or DOM
 * imports here.
 *
 * Addresses are A1 style without "$" or sheet ("B3", "A5:O13"); row heights and the layout's
 * rows are row numbers as A1 writes them (5 for "A5"). Code that builds it counts rows and
 * columns from 0 (src/workbook/a1.ts).
 */
import type { ListValidation, PrintSetup } from '../port/types';
import type { SheetCell, SheetModel } from '../sheets/sheet-model';

/** A cell of a template sheet: the one sheet model's cell (src/workbook/sheets/sheet-model.ts). */
export type TemplateCell = SheetCell;

/** A drop-down list on a block of cells. */
export type TemplateValidation = ListValidation;
export type TemplatePrint = PrintSetup;

/** A template sheet, built with the one SheetBuilder (src/workbook/sheets/sheet-builder.ts). */
export type TemplateSheet = SheetModel;

/** A workbook-scoped defined name. */
export interface TemplateName {
  name: string;
  sheet: string;
  /** "C4" or "A5:O13". */
  address: string;
}

/** Where the indicator table is, for hosts and tests. */
export interface TemplateLayout {
  sheet: string;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Column letter of each indicator column, by contract key (level1, name, score…). */
  columns: Record<string, string>;
}

export interface TemplateSpec {
  sheets: TemplateSheet[];
  names: TemplateName[];
  layout: TemplateLayout;
}
