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
import type { CellScalar } from '../../engine/types';
import type { EvaluationInput, EvaluationResult, Locale, Problem } from '../../engine/types';

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
  /**
   * Cells ("H7") holding a formula whose result the file does not carry (files written by
   * generators that do not calculate, such as openpyxl, before Excel or WPS saved them): their
   * value is not known. Only the .xlsx host can tell; Excel always has a result.
   */
  uncalculated?: string[];
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
  /**
   * The sheet a sheet-scoped name belongs to (Excel makes these when a sheet is copied);
   * absent for a workbook-scoped name.
   */
  scope?: string;
}

/** What a recalculation asks a host to read, in one batch. */
export interface SnapshotRequest {
  /** Candidate names (canonical names and their aliases); the host reads those that exist. */
  names: string[];
  /** Sheets whose used range is read whole when they exist (评分记录, the state sheet). */
  sheets: string[];
  /**
   * Read every visible sheet's used range too, with its merged areas where the host can tell
   * them: what the form recognizer needs on a workbook without the contract's names.
   */
  allSheets?: boolean;
}

export interface SheetSnapshot {
  name: string;
  /** The used range; null for an empty sheet. */
  used: RangeSnapshot | null;
  /**
   * Merged areas inside the used range ("A5:B9"), when the request asked for all sheets and the
   * host can read them (Office.js below ExcelApi 1.13 cannot: absent then, and a merged
   * area reads as its top-left value beside blanks).
   */
  merges?: string[];
  /** 'hidden' or 'veryHidden' sheets are never recognised as forms. */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
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
  /**
   * Formulas for the same block (optional): a non-null entry ("=B2*C2") is written as the
   * cell's formula, a null entry writes the value. Rollbacks and undo restore formulas, 插入模板
   * writes the template's own (预算明细's 合计 sums); recalculations never write one.
   */
  formulas?: (string | null)[][];
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

/** How a block of cells looks (a plan's styled blocks, and each cell of the template). */
export interface CellStyle {
  bold?: boolean;
  /** Font size in points. */
  fontSize?: number;
  /** Solid fill, RGB hex without "#" ("D9E1F2"). */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** A thin grey border on every side of every cell of the block. */
  border?: boolean;
}

export interface StyledBlock {
  /** "A5:O5" or "C4". */
  address: string;
  style: CellStyle;
}

/** A drop-down list on a block of cells (the template's 计算方式, 是否累计…). */
export interface ListValidation {
  /** "D5:D13" */
  range: string;
  list: string[];
  /** true: only list values are accepted; false: the list is a suggestion. */
  strict: boolean;
  promptTitle?: string;
  prompt?: string;
  error?: string;
}

/** How a sheet prints. */
export interface PrintSetup {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  /** Scale the sheet so that its width fits one page (height: as many pages as needed). */
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page ("5:5"). */
  titleRows?: string;
  /** Centre the print horizontally on the page. */
  centerHorizontally?: boolean;
  /** Page margins in inches; absent: Excel's defaults. */
  margins?: PageMargins;
}

export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/**
 * How one sheet is laid out: merged areas, column widths, row heights, cell styles, and for a
 * sheet that is created whole (the template's) its drop-down lists, frozen panes and print
 * setup. Applied after the plan's values (a merge keeps its top-left value).
 */
export interface SheetLayout {
  sheet: string;
  /**
   * A block whose merged areas and formats are reset BEFORE the plan writes anything: a sheet
   * being replaced, so that its old merges and fills do not mix with the new layout.
   */
  reset?: string;
  /** Merged areas ("A1:O1"). */
  merges: string[];
  /** Column widths in Excel characters (the .xlsx column width), from column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  styles: StyledBlock[];
  /** Drop-down lists (Office.js: ExcelApi 1.8; a host without them leaves them out). */
  validations?: ListValidation[];
  /** Rows and columns frozen at the top and left (Office.js: ExcelApi 1.7). */
  freeze?: { rows: number; columns: number };
  /** Page setup (Office.js: ExcelApi 1.9). */
  print?: PrintSetup;
}

/** One series of a chart, in the order of the source block's columns after the first. */
export interface ChartSeriesSpec {
  /** The series name, shown in the legend ("完成率"): the header text of its column. */
  name: string;
  /**
   * Drawn as a line over the columns (the 100% line). Needs ExcelApi 1.7 (series chartType):
   * where Excel has less, the series stays a column.
   */
  line?: boolean;
}

/**
 * A native chart (Office.js worksheet.charts.add(type, source, "Columns")): series by columns
 * of `source`, whose first row holds the series names and first column the category labels.
 */
export interface ChartSpec {
  sheet: string;
  /** The chart's name on its sheet ("PerfScore指标完成率"). */
  name: string;
  type: 'columnClustered' | 'barClustered';
  title: string;
  /** "B10:D18": header row over the data rows, category labels in the first column. */
  source: string;
  series: ChartSeriesSpec[];
  /** The block of cells the chart covers ("H3:P22"). */
  position: string;
}

/** A colour rule of a conditional format: a cell whose text equals `text` is coloured. */
export interface ConditionalFormatRule {
  text: string;
  /** Fill, RGB hex without "#" ("FFC7CE"). */
  fill: string;
  /** Font colour, RGB hex without "#" ("9C0006"). */
  fontColor?: string;
}

/**
 * Conditional formatting of one block of one column (偏差状态), replacing the conditional
 * formats the block had. Hosts without conditional formats (Excel below ExcelApi 1.6) draw
 * `fallback` instead: static fills, correct for the values written with the same plan.
 */
export interface ConditionalFormatSpec {
  sheet: string;
  /** "M5:M12" */
  address: string;
  rules: ConditionalFormatRule[];
  /**
   * The block's cells as the rules colour them now, same shape as the block: the matching
   * rule's colours, or null for a cell no rule matches (its fill is cleared).
   */
  fallback: ({ fill: string; fontColor?: string } | null)[][];
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
  /** The look of sheets (插入模板); absent for recalculations and annotations. */
  layouts?: SheetLayout[];
  /**
   * Workbook names deleted before anything else (the inverse of `createNames`, in a rollback).
   * A name that does not exist is an error.
   */
  deleteNames?: string[];
  /**
   * Sheets deleted before anything else, whatever their visibility (the inverse of
   * `createSheets` in a rollback; a generated sheet replaced by one of the same name). A sheet
   * that does not exist is an error.
   */
  deleteSheets?: string[];
  /** Native charts to add (评价结果), after the values; the .xlsx host cannot draw them. */
  charts?: ChartSpec[];
  /** Conditional formats to (re)place, after the values and layouts (偏差状态 colours). */
  conditionalFormats?: ConditionalFormatSpec[];
}

/** A host: the only code that touches a real (or fake) workbook. */
export interface WorkbookHost {
  read(request: SnapshotRequest): Promise<WorkbookSnapshot>;
  apply(plan: WritePlan): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// The contract as read (src/workbook/contract/read.ts) and what a recalculation writes (plan.ts).
// ---------------------------------------------------------------------------------------------

/** Column keys of the Indicators table (workbook-contract.md §1). */
export type ColumnKey =
  | 'level1'
  | 'level2'
  | 'name'
  | 'operator'
  | 'target'
  | 'adjustedTarget'
  | 'unit'
  | 'midYear'
  | 'actual'
  | 'weight'
  | 'cumulative'
  | 'manualScore'
  | 'completion'
  | 'score'
  | 'status'
  | 'reason'
  | 'measures';

/** input: read only; output: rewritten by every recalculation; annotation: by annotation only. */
export type ColumnRole = 'input' | 'output' | 'annotation';

export type BudgetKey = 'initial' | 'adjustment' | 'final' | 'spent' | 'weight' | 'reason';
export type ResultKey = 'executionRate' | 'executionScore' | 'total' | 'grade' | 'status';
/** Optional header cells (not in contract v1 §1, used by batch summaries when present). */
export type InfoKey = 'department' | 'year' | 'unit';

/** One cell of the workbook, located. Indices are 0-based and sheet-absolute. */
export interface CellLocation {
  sheet: string;
  /** "H7" (no sheet, no $). */
  address: string;
  rowIndex: number;
  columnIndex: number;
  /** "绩效指标!H7", as shown to users. */
  where: string;
}

/** A one-cell name of the contract, as found in the workbook. */
export interface NamedCell extends CellLocation {
  /** The name as the workbook spells it ("全年预算数", "budget_final"). */
  name: string;
}

export interface ColumnLayout {
  key: ColumnKey;
  role: ColumnRole;
  /** 0-based sheet column index. */
  columnIndex: number;
  /** Column letters ("H"). */
  letter: string;
  /** The header text as the workbook spells it. */
  header: string;
}

export interface IndicatorTableLayout {
  /** The name as the workbook spells it ("Indicators", "绩效指标"). */
  name: string;
  sheet: string;
  /** The whole range, "A3:P20". */
  address: string;
  /** 0-based sheet row of the header row. */
  headerRowIndex: number;
  firstColumnIndex: number;
  lastColumnIndex: number;
  /** 0-based sheet row of the range's last row. */
  lastRowIndex: number;
  /** Recognised columns, by key (unknown columns are not listed and never touched). */
  columns: Partial<Record<ColumnKey, ColumnLayout>>;
  /**
   * 0-based sheet row index of each data row, aligned with `input.indicators` and
   * `result.indicators` (blank rows are skipped). Excel's row number is `rowIndex + 1`.
   */
  dataRows: number[];
}

export interface RulesLayout {
  name: string;
  sheet: string;
  address: string;
  /** Each key row: the key text, the 0-based sheet row, and the value cell. */
  entries: { key: string; rowIndex: number; value: CellLocation }[];
}

/** Everything needed later to write into the workbook. */
export interface ContractLayout {
  budget: Partial<Record<BudgetKey, NamedCell>>;
  info: Partial<Record<InfoKey, NamedCell>>;
  indicators: IndicatorTableLayout | null;
  results: Partial<Record<ResultKey, NamedCell>>;
  rules: RulesLayout | null;
  /** The 评分记录 sheet as read: null when the workbook has none. */
  log: { sheet: string; lastRowIndex: number } | null;
  /** The product's state sheet as read: null when the workbook has none. */
  state: { sheet: string; lastRowIndex: number; lastColumnIndex: number } | null;
}

export interface ContractReading {
  input: EvaluationInput;
  layout: ContractLayout;
  /** Structural problems (missing names or headers, #REF! names...); any of them blocks writing. */
  problems: Problem[];
  /**
   * Output cells whose hand-typed values were moved into 人工得分 (set by
   * `applyConflictResolution`); a recalculation plan then writes those 人工得分 cells too.
   */
  manualMoves?: ManualMove[];
}

/** An output cell holding a value the product did not write. */
export interface OutputConflict {
  /** "绩效指标!K7" */
  where: string;
  sheet: string;
  address: string;
  /** What the cell holds now. */
  value: CellScalar;
  /** Its formula, when it holds one ("=H7/G7"). */
  formula?: string | null;
  /** Which output: a column key of the table, or a Result_* key. */
  output: ColumnKey | ResultKey;
  /** Index of the indicator row (for table cells; absent for Result_* cells). */
  indicatorIndex?: number;
}

/** One hand-typed score moved from 得分 to 人工得分. */
export interface ManualMove {
  indicatorIndex: number;
  from: CellLocation;
  to: CellLocation;
  value: CellScalar;
}

export type ConflictPolicy = 'refuse' | 'overwrite' | 'moveToManual';

export interface RecalcPlanOptions {
  now: Date;
  conflictPolicy: ConflictPolicy;
  locale?: Locale;
  /** The profile override the evaluation used (--profile), for rounding and the log. */
  profile?: string;
}

export interface RecalcPlan {
  /** Empty (nothing to write) when conflicts block it. */
  plan: WritePlan;
  conflicts: OutputConflict[];
  /**
   * Conflicts that block writing: with 'refuse' and 'moveToManual' those not moved into
   * 人工得分 by the reading (`manualMoves`, see decideConflicts); none with 'overwrite'.
   */
  blocking: OutputConflict[];
}

/**
 * What a recalculation came to, for the pane and the command line to switch on:
 * - `written`: the plan was applied (`planned` from planRecalculation: it would be);
 * - `conflicts`: values typed by hand into output cells stopped it (`blocking`, `problems`);
 * - `inputErrors`: the reading's or the evaluation's problems stopped it (`problems`);
 * - `missingNames`: a required name is missing (`missing`: "Indicators（绩效指标）"…).
 */
export type RecalcKind = 'written' | 'planned' | 'conflicts' | 'inputErrors' | 'missingNames';

export interface RecalcOutcome {
  kind: RecalcKind;
  /** With missingNames: the required names the workbook lacks, with their aliases. */
  missing?: string[];
  result?: EvaluationResult;
  reading: ContractReading;
  conflicts: OutputConflict[];
  /** The conflicts that stopped the write (absent when nothing blocked it). */
  blocking?: OutputConflict[];
  /**
   * Why nothing was written, each naming a cell: reading problems, else evaluation errors,
   * else the blocking conflicts (with 'moveToManual': why each could not be moved).
   */
  problems: Problem[];
  /** True when the plan was applied. */
  written: boolean;
  /** The plan that was applied (or would have been). */
  plan?: WritePlan;
  /** Values moved from 得分 into 人工得分 (moveToManual). */
  moved: ManualMove[];
}
