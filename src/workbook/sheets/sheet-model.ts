/**
 * One sheet the product lays out whole (the template's sheets, 评价结果, 自评报告, the sample
 * form) as plain data: its cells with value, number format, formula and style, merged areas,
 * column widths, row heights, blocks styled as a whole, drop-down lists, frozen panes and
 * print setup. Built with SheetBuilder (sheet-builder.ts), turned into the write plan's
 * CellWrite and SheetLayout by sheet-emit.ts: no host reads it any other way.
 *
 * Addresses are A1 style without "$" or sheet ("B3", "A5:O13"); row heights are by row number
 * as A1 writes them (5 for "A5"). Code that builds it counts rows and columns from 0
 * (src/workbook/a1.ts).
 */
import type { CellScalar, CellStyle, ListValidation, PrintSetup, StyledBlock } from '../port/types';

export interface SheetCell {
  address: string;
  /**
   * null: no value (a styled empty cell, or a covered cell of a merged area): written as the
   * sheet's blank. With `formula`, the formula's result as the product computes it (null when
   * it is not computed).
   */
  value: CellScalar;
  /**
   * A formula the cell holds ("=SUM(B3:B4)", with its "="): an input the user owns, such as the
   * 合计 row of 预算明细. Hosts that cannot write formulas write `value`.
   */
  formula?: string;
  /** Excel number format ("0.00%", "@"); absent means General. */
  numberFormat?: string;
  /** How the cell looks; equal styles of neighbouring cells are written as one block. */
  style?: CellStyle;
}

export interface SheetModel {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  cells: SheetCell[];
  /** Merged areas ("A1:O1"). */
  merges: string[];
  /**
   * Blocks styled as a whole ("A7:F7"), drawn after the cells' own styles and in this order: a
   * later block sets only the properties its style names.
   */
  styles?: StyledBlock[];
  /** Rows and columns frozen at the top and left (a frozen header). */
  freeze?: { rows: number; columns: number };
  validations: ListValidation[];
  print?: PrintSetup;
}
