/**
 * A small helper that collects the cells, merges and sizes of one template sheet. Rows and
 * columns are 0-based, as everywhere (src/workbook/a1.ts); the sheet data holds A1 addresses
 * and row heights by row number ("5" in "A5").
 */
import type { CellScalar, CellStyle } from '../port/types';
import { blockAddress, cellAddress } from '../a1';
import type { TemplateCell, TemplateSheet } from './spec';

export interface CellOptions {
  numberFormat?: string;
  /** A formula ("=SUM(B3:B4)"); the value is then its result, or null. */
  formula?: string;
  style?: CellStyle;
}

export class SheetBuilder {
  private readonly cells = new Map<string, TemplateCell>();
  private readonly merges: string[] = [];
  readonly sheet: TemplateSheet;

  constructor(name: string, columnWidths: number[]) {
    this.sheet = {
      name,
      visibility: 'visible',
      columnWidths,
      rowHeights: {},
      cells: [],
      merges: this.merges,
      validations: [],
    };
  }

  /** One cell. */
  set(row: number, column: number, value: CellScalar, options: CellOptions = {}): void {
    const address = cellAddress(row, column);
    const cell: TemplateCell = { address, value };
    if (options.numberFormat) cell.numberFormat = options.numberFormat;
    if (options.formula) cell.formula = options.formula;
    if (options.style) cell.style = options.style;
    this.cells.set(address, cell);
  }

  /**
   * A merged area holding one value in its top-left cell; every covered cell gets the same
   * style and format, so that borders and fills are drawn on the whole area.
   */
  area(
    top: number,
    left: number,
    bottom: number,
    right: number,
    value: CellScalar,
    options: CellOptions = {},
  ): void {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        this.set(r, c, r === top && c === left ? value : null, options);
      }
    }
    if (bottom > top || right > left) this.merges.push(blockAddress({ top, left, bottom, right }));
  }

  height(row: number, points: number): void {
    this.sheet.rowHeights[row + 1] = points;
  }

  build(): TemplateSheet {
    this.sheet.cells = [...this.cells.values()];
    return this.sheet;
  }
}
