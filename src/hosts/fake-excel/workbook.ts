/**
 * FakeWorkbook: an in-memory workbook with an `Excel.run`-like entry point, a sync counter,
 * fault injection for hardening tests, and plain views of its sheets for the preview grid.
 */
import { type Rect, parseRect } from './a1';
import { type CellValue, displayText } from './cells';
import { ErrorCodes, FakeExcelError } from './errors';
import { WorkbookModel } from './model';
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
}

export class FakeWorkbook implements SyncEngine {
  readonly model: WorkbookModel;
  /** Every sync made on this workbook, through any context. */
  syncCount = 0;
  /** Every queued operation run on this workbook. */
  operationCount = 0;
  private fault: { atSync?: number; atOperation?: number; code: string; message: string } | null =
    null;

  constructor(model: WorkbookModel = new WorkbookModel()) {
    this.model = model;
  }

  /**
   * Like Excel.run: runs the batch with a new request context; when the batch leaves queued
   * operations behind, they are sent in one last sync (counted), as Excel.run does.
   */
  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this, this.model);
    const result = await batch(context);
    if (context.hasPendingOperations) await context.sync();
    return result;
  };

  /** Makes a later sync or operation fail once, with the given error code. */
  injectFault(fault: FaultInjection): void {
    this.fault = {
      atSync: fault.sync === undefined ? undefined : this.syncCount + fault.sync,
      atOperation:
        fault.operation === undefined ? undefined : this.operationCount + fault.operation,
      code: fault.code ?? ErrorCodes.generalException,
      message: fault.message ?? 'An internal error has occurred. (injected)',
    };
  }

  /** @internal */
  beginSync(): void {
    this.syncCount += 1;
    if (this.fault?.atSync === this.syncCount) {
      const { code, message } = this.fault;
      this.fault = null;
      throw new FakeExcelError(code, message, 'RequestContext.sync');
    }
  }

  /** @internal */
  beforeOperation(location: string): void {
    this.operationCount += 1;
    if (this.fault?.atOperation === this.operationCount) {
      const { code, message } = this.fault;
      this.fault = null;
      throw new FakeExcelError(code, message, location);
    }
  }

  /** Sheet names in order. */
  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  private rectOf(sheetName: string, address?: string): Rect | null {
    const sheet = this.model.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    if (address !== undefined) {
      const rect = parseRect(address);
      if (!rect) throw new Error(`not an address: ${address}`);
      return rect;
    }
    const used = sheet.usedRect();
    return (
      used && {
        row: 0,
        column: 0,
        rowCount: used.row + used.rowCount,
        columnCount: used.column + used.columnCount,
      }
    );
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
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      const row: GridCell[] = [];
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const cell = sheet.cell(r, c);
        row.push({
          value: cell?.value ?? '',
          text: displayText(cell),
          formula: cell?.formula,
          numberFormat: cell?.numberFormat ?? 'General',
        });
      }
      out.push(row);
    }
    return out;
  }

  /** Merged areas of a sheet, as "A1:B2" rectangles (0-based). */
  sheetMerges(sheetName: string): Rect[] {
    return [...(this.model.sheet(sheetName)?.merges ?? [])];
  }
}

/** An empty fake workbook (no sheets). */
export function createFakeWorkbook(): FakeWorkbook {
  return new FakeWorkbook();
}
