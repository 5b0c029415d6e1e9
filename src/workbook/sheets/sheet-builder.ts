/**
 * The one builder of a sheet the product lays out whole: the template's sheets, 评价结果,
 * 自评报告 and the sample form. It collects cells (value, number format, formula, style),
 * merged areas, blocks styled whole, widths, heights, drop-down lists, frozen panes and print
 * setup into a SheetModel (sheet-model.ts); sheet-emit.ts turns that into the write plan's
 * CellWrite and SheetLayout. Rows and columns are 0-based, rectangles are a1.ts's `Block`.
 */
import type { CellScalar, CellStyle, ListValidation, PrintSetup } from '../port/types';
import { type Block, blockAddress, cellAddress } from '../a1';
import type { SheetCell, SheetModel } from './sheet-model';
import { sheetValues } from './sheet-emit';

export interface CellOptions {
  numberFormat?: string;
  /** A formula ("=SUM(B3:B4)"); the value is then its result, or null. */
  formula?: string;
  style?: CellStyle;
}

export interface SheetBuilderOptions {
  visibility?: SheetModel['visibility'];
  /**
   * The number format of every cell given a non-empty text ("@": a text is stored as text,
   * whatever it looks like, "=cmd" or "2023"); other cells keep the format they are given.
   */
  textFormat?: string;
}

export class SheetBuilder {
  private readonly cells = new Map<string, SheetCell>();
  private readonly model: SheetModel;
  private readonly textFormat: string | undefined;

  constructor(name: string, columnWidths: number[], options: SheetBuilderOptions = {}) {
    this.model = {
      name,
      visibility: options.visibility ?? 'visible',
      columnWidths,
      rowHeights: {},
      cells: [],
      merges: [],
      validations: [],
    };
    this.textFormat = options.textFormat;
  }

  /** One cell (set again, it keeps its place among the cells and takes the new content). */
  set(row: number, column: number, value: CellScalar, options: CellOptions = {}): void {
    const address = cellAddress(row, column);
    const cell: SheetCell = { address, value };
    const text = this.textFormat !== undefined && typeof value === 'string' && value !== '';
    const numberFormat = text ? this.textFormat : options.numberFormat;
    if (numberFormat) cell.numberFormat = numberFormat;
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
    if (bottom > top || right > left) this.merge({ top, left, bottom, right });
  }

  /** Merges a block (its cells keep what they hold; a merge shows the top-left value). */
  merge(block: Block): void {
    this.model.merges.push(blockAddress(block));
  }

  /** Styles a block as a whole, over the styles its cells were given. */
  style(block: Block, style: CellStyle): void {
    (this.model.styles ??= []).push({ address: blockAddress(block), style });
  }

  height(row: number, points: number): void {
    this.model.rowHeights[row + 1] = points;
  }

  validation(validation: ListValidation): void {
    this.model.validations.push(validation);
  }

  freeze(rows: number, columns: number): void {
    this.model.freeze = { rows, columns };
  }

  print(setup: PrintSetup): void {
    this.model.print = setup;
  }

  /** The values written so far, from A1 (what a stamp's check code is computed over). */
  values(blank: CellScalar): CellScalar[][] {
    return sheetValues(this.build(), blank);
  }

  build(): SheetModel {
    this.model.cells = [...this.cells.values()];
    return this.model;
  }
}
