/**
 * The template workbook as plain data, independent of any spreadsheet library: the command
 * line renders it with exceljs (src/hosts/xlsx/template-writer.ts), the browser preview and
 * the task pane's 插入模板 render it into their own workbooks. No Node or DOM imports here.
 *
 * Addresses are A1 style without "$" or sheet ("B3", "A5:O13"); row heights and the layout's
 * rows are row numbers as A1 writes them (5 for "A5"). Code that builds it counts rows and
 * columns from 0 (src/workbook/a1.ts).
 */
import type { CellScalar, CellStyle, ListValidation, PrintSetup } from '../port/types';

export interface TemplateCell {
  address: string;
  /**
   * null: no value (a styled empty cell, or a covered cell of a merged area). With `formula`,
   * the formula's result as the template computes it (null when it is not computed).
   */
  value: CellScalar;
  /**
   * A formula the cell holds ("=SUM(B3:B4)", with its "="): an input the user owns, such as the
   * 合计 row of 预算明细. Hosts that cannot write formulas write `value`.
   */
  formula?: string;
  /** Excel number format ("0.00%", "@"); absent means General. */
  numberFormat?: string;
  /** How the cell looks: the write plan's own style type. */
  style?: CellStyle;
}

/** A drop-down list on a block of cells. */
export type TemplateValidation = ListValidation;
export type TemplatePrint = PrintSetup;

export interface TemplateSheet {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  cells: TemplateCell[];
  /** Merged areas ("A1:O1"). */
  merges: string[];
  /** Rows and columns frozen at the top and left (a frozen header). */
  freeze?: { rows: number; columns: number };
  validations: TemplateValidation[];
  print?: TemplatePrint;
}

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
