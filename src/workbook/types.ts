/**
 * The workbook contract's data flow, shared by every host (exceljs for the command line,
 * Office.js in Excel, the in-memory fake host of the preview and tests):
 *
 *   host.read(request)  → WorkbookSnapshot      (one batched read)
 *   snapshot            → EvaluationInput        (src/workbook: names, aliases, headers)
 *   evaluate(input)     → EvaluationResult       (src/engine, pure)
 *   result + snapshot   → WritePlan              (src/workbook)
 *   host.apply(plan)                             (one batched write)
 *
 * Addresses are A1 style without "$" and, where a sheet is named, "Sheet!A1" with the sheet
 * name unquoted ("绩效指标!H7"), which is how messages show them to the user.
 */
import type { CellScalar } from '../engine/types';

export type { CellScalar };

/** One rectangular block of cells, as read. Row/column indices are 0-based, sheet-absolute. */
export interface RangeSnapshot {
  sheet: string;
  /** "A1:P12" (no sheet, no $). */
  address: string;
  rowIndex: number;
  columnIndex: number;
  /**
   * Cell values as Excel's API gives them: numbers, strings, booleans; "" for an empty cell;
   * error values as their text ("#N/A", "#REF!"). Formulas are represented by their result.
   */
  values: CellScalar[][];
  /** Number format of each cell ("General", "0.00%", "@", "yyyy-mm-dd"). */
  numberFormats: string[][];
  /** Formula text where a cell holds a formula ("=B2*C2"), else null. */
  formulas: (string | null)[][];
}

/** A workbook-scoped defined name, resolved as far as the host could. */
export interface NameSnapshot {
  /** The name as the workbook spells it. */
  name: string;
  /** The range it refers to; null when it refers to no range of cells. */
  range: RangeSnapshot | null;
  /** Why there is no range: a deleted sheet (#REF!), a constant or formula name. */
  problem?: 'invalidReference' | 'notARange';
  /** The name's formula as the workbook holds it ("=绩效指标!$A$1:$P$12"). */
  formula?: string;
}

/** What a recalculation asks a host to read, in one batch. */
export interface SnapshotRequest {
  /** Candidate names (canonical names and their aliases); the host reads those that exist. */
  names: string[];
  /** Sheets whose used range is read whole when they exist (评分记录, the state sheet). */
  sheets: string[];
}

export interface SheetSnapshot {
  name: string;
  /** The used range; null for an empty sheet. */
  used: RangeSnapshot | null;
}

export interface WorkbookSnapshot {
  /** Names that exist, matched case-insensitively against the request. */
  names: NameSnapshot[];
  /** Requested sheets that exist. */
  sheets: SheetSnapshot[];
  /** Every sheet name of the workbook, in order. */
  sheetNames: string[];
}

/** One block of cells to write. */
export interface CellWrite {
  sheet: string;
  /** Top-left cell or block ("H7" or "H7:J12"); values must have the block's shape. */
  address: string;
  values: CellScalar[][];
  /** Number formats for the same block (optional). */
  numberFormats?: string[][];
}

export interface SheetCreation {
  name: string;
  /** 'hidden' sheets are not shown on the tab bar; 'veryHidden' not even in Unhide. */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
}

export interface NameCreation {
  name: string;
  /** "评价结果!B2" */
  reference: string;
}

/**
 * Everything one recalculation (or one annotation) writes, applied by the host in one batch.
 * Text values are always stored as text: a string beginning with = + - or @ never becomes a
 * formula (hosts take care of it, e.g. Office.js with a leading apostrophe).
 */
export interface WritePlan {
  createSheets: SheetCreation[];
  createNames: NameCreation[];
  writes: CellWrite[];
}

/** A host: the only code that touches a real (or fake) workbook. */
export interface WorkbookHost {
  read(request: SnapshotRequest): Promise<WorkbookSnapshot>;
  apply(plan: WritePlan): Promise<void>;
}
