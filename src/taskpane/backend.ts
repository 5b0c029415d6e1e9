/**
 * What the task pane asks of the workbook it runs against. The pane knows nothing of Office:
 * inside Excel this is backed by the Office.js host (office-backend.ts), in the browser preview
 * by the fake Excel host; both go through the same workbook contract (workbook-backend.ts).
 */
import type { EvaluationResult } from '../engine/types';

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
      result: EvaluationResult;
      /** The budget's explanation as the workbook holds it (预算偏差说明). */
      budgetReason: string;
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

export interface PaneBackend {
  recalculate(policy: ConflictPolicy): Promise<RecalcView>;
  /** Writes reason and measures of one row as text, in one write. */
  annotate(target: AnnotationTarget, reason: string, measures: string): Promise<void>;
  /** Selects the row (or the budget block) in the sheet. */
  select(target: AnnotationTarget): Promise<void>;
  checkTemplate(): Promise<TemplateCheck>;
  insertTemplate(): Promise<void>;
  readSettings(): Promise<RuleSettings>;
  saveSettings(rows: RuleSetting[]): Promise<void>;
  /** Recalculations started elsewhere (the ribbon); returns the unsubscribe function. */
  onExternalRecalc?(listener: (view: RecalcView) => void): () => void;
}
