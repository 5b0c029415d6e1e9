/**
 * FakeWorkbook: an in-memory workbook with an `Excel.run`-like entry point, a sync counter,
 * fault injection for hardening tests, and plain views of its sheets for the preview grid.
 */
import { type Block, parseBlock } from '../../workbook/a1';
import { type CellValue, displayText } from './cells';
import { ErrorCodes, FakeExcelError } from './errors';
import { lineAt } from './format';
import {
  type BorderLine,
  type CellFormat,
  type CellSide,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  WorkbookModel,
} from './model';
import { bindModel, FakeWorkbookObject } from './objects';
import { FakeRequestContext, type SyncEngine } from './proxy';

/** The fake's request context: `context.workbook`, `context.sync()`. */
export class FakeContext extends FakeRequestContext {
  readonly workbook: FakeWorkbookObject;

  constructor(engine: SyncEngine, model: WorkbookModel) {
    super(engine);
    bindModel(this, model);
    this.workbook = new FakeWorkbookObject(this);
  }
}

export interface FaultInjection {
  /** Fail the Nth sync from now (1 = the next one) before it applies anything… */
  sync?: number;
  /** …or the Nth queued operation from now (the operations before it are applied). */
  operation?: number;
  /** Error code of the failure (default GeneralException). */
  code?: string;
  message?: string;
}

/** One cell of a sheet as the preview grid shows it. */
export interface GridCell {
  value: CellValue;
  text: string;
  formula?: string;
  numberFormat: string;
  /** Font, fill, alignment (Range.format); absent: Excel's defaults. */
  format?: CellFormat;
  /** The border lines drawn around the cell (a line between two cells belongs to both). */
  borders: Partial<Record<'top' | 'bottom' | 'left' | 'right', BorderLine>>;
}

export class FakeWorkbook implements SyncEngine {
  readonly model: WorkbookModel;
  /** Every sync made on this workbook, through any context. */
  syncCount = 0;
  /** Every queued operation run on this workbook. */
  operationCount = 0;
  /** Faults waiting to happen (each fails once). */
  private faults: { atSync?: number; atOperation?: number; code: string; message: string }[] = [];
  /** Every run() started. */
  runCount = 0;
  /**
   * Every run, sync and operation, in order ("run 2 start", "sync 3", "op 12 Range.values",
   * "run 2 end"); anyone may add markers of their own.
   */
  readonly trace: string[] = [];
  /** Whether `trace` records (off by default: tests of interleaving turn it on). */
  tracing = false;

  constructor(model: WorkbookModel = new WorkbookModel()) {
    this.model = model;
  }

  /**
   * Like Excel.run: runs the batch with a new request context; when the batch leaves queued
   * operations behind, they are sent in one last sync (counted), as Excel.run does.
   */
  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this, this.model);
    const id = ++this.runCount;
    if (this.tracing) this.trace.push(`run ${id} start`);
    try {
      const result = await batch(context);
      if (context.hasPendingOperations) await context.sync();
      return result;
    } finally {
      if (this.tracing) this.trace.push(`run ${id} end`);
    }
  };

  /**
   * Makes a later sync or operation fail once, with the given error code. Faults add up: two
   * calls make two later failures (a write and its rollback).
   */
  injectFault(fault: FaultInjection): void {
    this.faults.push({
      atSync: fault.sync === undefined ? undefined : this.syncCount + fault.sync,
      atOperation:
        fault.operation === undefined ? undefined : this.operationCount + fault.operation,
      code: fault.code ?? ErrorCodes.generalException,
      message: fault.message ?? 'An internal error has occurred. (injected)',
    });
  }

  /** Forgets the faults that have not happened yet. */
  clearFaults(): void {
    this.faults = [];
  }

  private takeFault(
    matches: (fault: { atSync?: number; atOperation?: number }) => boolean,
  ): { code: string; message: string } | null {
    const index = this.faults.findIndex(matches);
    if (index < 0) return null;
    const [fault] = this.faults.splice(index, 1);
    return fault;
  }

  /** @internal */
  beginSync(): void {
    this.syncCount += 1;
    if (this.tracing) this.trace.push(`sync ${this.syncCount}`);
    const fault = this.takeFault((f) => f.atSync === this.syncCount);
    if (fault) throw new FakeExcelError(fault.code, fault.message, 'RequestContext.sync');
  }

  /** @internal */
  beforeOperation(location: string): void {
    this.operationCount += 1;
    if (this.tracing) this.trace.push(`op ${this.operationCount} ${location}`);
    const fault = this.takeFault((f) => f.atOperation === this.operationCount);
    if (fault) throw new FakeExcelError(fault.code, fault.message, location);
  }

  /** Sheet names in order. */
  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  private rectOf(sheetName: string, address?: string): Block | null {
    const sheet = this.model.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    if (address !== undefined) {
      const rect = parseBlock(address);
      if (!rect) throw new Error(`not an address: ${address}`);
      return rect;
    }
    const used = sheet.usedRect();
    return used && { top: 0, left: 0, bottom: used.bottom, right: used.right };
  }

  /**
   * The values of a sheet from A1 to the end of its used range (or of `address`): "" for empty
   * cells, error values as text. An empty sheet gives [].
   */
  sheetValues(sheetName: string, address?: string): CellValue[][] {
    return this.sheetGrid(sheetName, address).map((row) => row.map((cell) => cell.value));
  }

  /** Like sheetValues, with the displayed text, formula and number format of every cell. */
  sheetGrid(sheetName: string, address?: string): GridCell[][] {
    const rect = this.rectOf(sheetName, address);
    const sheet = this.model.sheet(sheetName)!;
    if (!rect) return [];
    const out: GridCell[][] = [];
    for (let r = rect.top; r < rect.bottom + 1; r++) {
      const row: GridCell[] = [];
      for (let c = rect.left; c < rect.right + 1; c++) {
        const cell = sheet.cell(r, c);
        const borders: GridCell['borders'] = {};
        for (const side of ['top', 'bottom', 'left', 'right'] as const) {
          const line = lineAt(sheet, r, c, side);
          if (line.style !== 'None') borders[side] = line;
        }
        row.push({
          value: cell?.value ?? '',
          text: displayText(cell),
          formula: cell?.formula,
          numberFormat: cell?.numberFormat ?? 'General',
          format: sheet.format(r, c),
          borders,
        });
      }
      out.push(row);
    }
    return out;
  }

  /** The format (font, fill, alignment, borders) of one cell ("A5"); undefined: Excel's default. */
  cellFormat(sheetName: string, address: string): CellFormat | undefined {
    const rect = parseBlock(address);
    if (!rect) throw new Error(`not an address: ${address}`);
    return this.model.sheet(sheetName)?.format(rect.top, rect.left);
  }

  /**
   * The four border lines of one cell as Excel draws them (a line between two cells belongs to
   * both: a cell's top is the bottom of the cell above when it has none of its own).
   */
  cellBorders(
    sheetName: string,
    address: string,
  ): Record<'top' | 'bottom' | 'left' | 'right', BorderLine> {
    const rect = parseBlock(address);
    const sheet = this.model.sheet(sheetName);
    if (!rect || !sheet) throw new Error(`no cell ${sheetName}!${address}`);
    const at = (side: CellSide) => lineAt(sheet, rect.top, rect.left, side);
    return { top: at('top'), bottom: at('bottom'), left: at('left'), right: at('right') };
  }

  /** Column widths in points, by 0-based column, from A to the last column given a width. */
  columnWidths(sheetName: string): number[] {
    const widths = this.model.sheet(sheetName)?.columnWidths ?? new Map<number, number>();
    const last = Math.max(-1, ...widths.keys());
    return Array.from({ length: last + 1 }, (_, c) => widths.get(c) ?? DEFAULT_COLUMN_WIDTH);
  }

  /** The height of a row in points (1-based row number, as Excel shows it). */
  rowHeight(sheetName: string, row: number): number {
    return this.model.sheet(sheetName)?.rowHeights.get(row - 1) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Merged areas of a sheet, as "A1:B2" rectangles (0-based). */
  sheetMerges(sheetName: string): Block[] {
    return [...(this.model.sheet(sheetName)?.merges ?? [])];
  }
}

/** An empty fake workbook (no sheets). */
export function createFakeWorkbook(): FakeWorkbook {
  return new FakeWorkbook();
}
