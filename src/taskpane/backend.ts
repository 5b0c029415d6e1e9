/**
 * What the task pane asks of the workbook it runs against. The pane knows nothing of Office:
 * inside Excel this is backed by the Office.js host (office-backend.ts), in the browser preview
 * by the fake Excel host; both go through the same workbook contract (workbook-backend.ts).
 */
import type { EvaluationResult } from '../engine/types';
import type { FormBinding } from '../workbook/forms/recognize';

/** An indicator row (its index in the evaluation) or the budget block. */
export type AnnotationTarget = number | 'budget';

export type ConflictPolicy = 'refuse' | 'overwrite' | 'moveToManual';

/** An output cell holding a value that PerfScore did not write. */
export interface ConflictCell {
  where: string;
  value: string;
}

export type RecalcView =
  | {
      kind: 'scored';
      /** The evaluation; its `monitoring` is present in mid-year monitoring (年中监控). */
      result: EvaluationResult;
      /** The budget's explanation as the workbook holds it (预算偏差说明). */
      budgetReason: string;
      /**
       * Whether the workbook has a cell for that explanation: a recognised form often has
       * none (the MOF 2020 form), and then the pane says how to add one instead of an editor.
       */
      budgetReasonCell: boolean;
      /** Each indicator's mid-year value as displayed ("94.24%", "18.2万件"; "" when blank). */
      midYear: string[];
    }
  | { kind: 'conflicts'; conflicts: ConflictCell[] }
  | { kind: 'missingNames'; missing: string[] };

/** One row of the 评分规则 range as the settings show it. */
export interface RuleSetting {
  key: string;
  /** The value in the workbook ("" = profile default). */
  value: string;
}

export interface RuleSettings {
  /** null when the workbook has no Rules range. */
  rows: RuleSetting[] | null;
}

export interface TemplateCheck {
  /** Sheets of the template that the workbook already has (asked before they are touched). */
  existingSheets: string[];
}

/** 生成报告文字: what was written (the 自评报告 sheet) and the text to copy. */
export interface ReportDraftView {
  /** The sheet the draft was written to: 自评报告, or 自评报告(2)… when that one was kept. */
  sheet: string;
  /** The 自评报告 sheet left untouched because it holds the user's edits (absent: none). */
  kept?: string;
  text: string;
  /** The composite was provisional: the report says so and states no grade. */
  provisional: boolean;
  /** A mid-year evaluation: the draft is the monitoring report (lights, no score or grade). */
  midYear: boolean;
}

/** A message about a cell, as the pane lists it. */
export interface CellMessage {
  where: string;
  message: string;
}

/** 撤销上次计算: whether the outputs were restored, the sentence to show, the cells in the way. */
export interface UndoView {
  undone: boolean;
  message: string;
  problems: CellMessage[];
}

/** 生成评价结果: the 评价结果 sheet written, or why not. */
export interface ResultsSheetView {
  written: boolean;
  /** The sheet written: 评价结果, or 评价结果(2)… when 评价结果 holds the user's edits. */
  sheet: string;
  /** The edited sheet kept untouched, with the message saying so. */
  kept?: string;
  message?: string;
  problems: CellMessage[];
}

/** 识别表格: the form found in a workbook without the names, or what is missing. */
export interface FormRecognitionView {
  /**
   * The form on the active sheet, else the first form found (null: none could be recognised,
   * `problems` say why).
   */
  binding: FormBinding | null;
  /**
   * The sheets of the other forms found (a workbook with one form per project): the names
   * describe one form, the command line scores them all in one run.
   */
  otherSheets: string[];
  /** What was unsure or missing, each naming its sheet or cells. */
  problems: CellMessage[];
}

export interface PaneBackend {
  recalculate(policy: ConflictPolicy): Promise<RecalcView>;
  /** Writes reason and measures of one row as text, in one write. */
  annotate(target: AnnotationTarget, reason: string, measures: string): Promise<void>;
  /** Selects the row (or the budget block) in the sheet. */
  select(target: AnnotationTarget): Promise<void>;
  /**
   * Selects a cell or block named as messages name it ("绩效指标!K8", "绩效指标!J5:J12");
   * false (nothing selected) for a JSON path or a sheet the workbook lacks.
   */
  selectCell(where: string): Promise<boolean>;
  /** Drafts the report from the workbook as it is now and writes the 自评报告 sheet (one write). */
  draftReport(): Promise<ReportDraftView>;
  /** Restores the output cells as they were before the last recalculation. */
  undoLastRecalculation(): Promise<UndoView>;
  /** Writes the 评价结果 sheet with its chart. */
  writeResultsSheet(): Promise<ResultsSheetView>;
  /** Looks for a 自评表 in the workbook's sheets (reads only). */
  recognizeForm(): Promise<FormRecognitionView>;
  /** Defines the contract's names over the form's cells (one write, no cell written). */
  confirmForm(binding: FormBinding): Promise<void>;
  /** The range selected in the sheet ("Sheet1!B12:J24"), null when there is none. */
  selectedRange(): Promise<{ sheet: string; address: string } | null>;
  checkTemplate(): Promise<TemplateCheck>;
  insertTemplate(): Promise<void>;
  readSettings(): Promise<RuleSettings>;
  saveSettings(rows: RuleSetting[]): Promise<void>;
  /** Recalculations started elsewhere (the ribbon); returns the unsubscribe function. */
  onExternalRecalc?(listener: (view: RecalcView) => void): () => void;
}
