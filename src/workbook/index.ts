/**
 * The named-range contract as code (workbook-contract.md), pure: snapshot → evaluation input →
 * write plan. Hosts (exceljs, Office.js, the fake host) only read snapshots and apply plans.
 */
export {
  BUDGET_NAMES,
  COLUMN_ROLES,
  COLUMN_SPECS,
  CONTRACT_NAMES,
  FORMATS,
  HEADER_ALIASES,
  INDICATORS_NAME,
  INFO_NAMES,
  LOG_SHEET,
  OUTPUT_COLUMNS,
  RESULT_NAMES,
  RULES_NAME,
  STATE_SHEET,
  scoreFormat,
} from './contract';
export type { ColumnSpec, ContractName } from './contract';
export { columnKeyOf, normalizeHeader } from './headers';
export { missingRequiredNames, readContract, snapshotRequest } from './read';
export type { ReadOptions } from './read';
export {
  LOG_COLUMNS,
  applyConflictResolution,
  buildRecalcPlan,
  decideConflicts,
  conflictProblems,
  emptyPlan,
  gradeText,
  resultStatusText,
} from './plan';
export { AnnotationError, buildAnnotationPlan } from './annotate';
export { planRecalculation, recalculate, scoreSnapshot } from './recalculate';
export type { RecalculateOptions } from './recalculate';
export { canonicalInputJson, inputSha256 } from './canonical';
export { sha256Hex } from './sha256';
export { readState, readUndo } from './state';
export { inversePlan } from './inverse';
export { WriteFailedError, applyAllOrNone } from './write-failed';
export type { AllOrNoneOptions } from './write-failed';
export { planUndo, undoLastRecalculation } from './undo';
export type { UndoOptions, UndoOutcome } from './undo';
export { cellAddress, columnLetter, parseBlock, splitWhere, whereOf } from './a1';
export type * from './types';
