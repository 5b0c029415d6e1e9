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
} from './contract/contract';
export type { ColumnSpec, ContractName } from './contract/contract';
export { columnKeyOf, normalizeHeader } from './contract/headers';
export { missingRequiredNames, readContract, snapshotRequest } from './contract/read';
export {
  LOG_COLUMNS,
  applyConflictResolution,
  buildRecalcPlan,
  decideConflicts,
  conflictProblems,
  emptyPlan,
  gradeText,
  resultStatusText,
} from './recalculation/plan';
export { AnnotationError, buildAnnotationPlan } from './recalculation/annotate';
export { planRecalculation, recalculate, scoreSnapshot } from './recalculation/recalculate';
export type { RecalculateOptions } from './recalculation/recalculate';
export { canonicalInputJson, inputSha256 } from './contract/canonical';
export { sha256Hex } from './safety/sha256';
export { readState, readUndo } from './safety/state';
export { inversePlan } from './safety/inverse';
export { WriteFailedError, applyAllOrNone } from './safety/write-failed';
export type { AllOrNoneOptions, WriteFailure } from './safety/write-failed';
export { NothingWrittenError } from './port/nothing-written';
export { planUndo, undoLastRecalculation } from './safety/undo';
export type { UndoOptions, UndoOutcome } from './safety/undo';
export { cellAddress, columnLetter, parseBlock, splitSheet, whereOf } from './a1';
export type * from './port/types';
