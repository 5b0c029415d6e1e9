/**
 * One recalculation, the same for every host (command line, ribbon button, task pane):
 * one host.read, the contract read, evaluate, the plan, and at most one host.apply.
 */
import { evaluate } from '../../engine/evaluate';
import type { EvaluationResult, Locale, Problem } from '../../engine/types';
import { buildRecalcPlan, conflictProblems, decideConflicts } from './plan';
import {
  missingRequiredNames,
  readContract,
  rowsBelowTableOf,
  snapshotRequest,
} from '../contract/read';
import type {
  ConflictPolicy,
  ContractReading,
  ManualMove,
  OutputConflict,
  RecalcOutcome,
  WorkbookHost,
  WorkbookSnapshot,
} from '../port/types';
import { applyAllOrNone } from '../safety/write-failed';

export interface RecalculateOptions {
  locale?: Locale;
  /** A profile name overriding the workbook's 评分规则 profile (--profile). */
  profile?: string;
  /** The time logged on 评分记录 (default: now). */
  now?: Date;
  conflictPolicy: ConflictPolicy;
}

/**
 * A snapshot read through the contract and scored: `problems` holds the reading's structural
 * problems (then there is no result) or the evaluation's errors; either stops a write. Every
 * operation that scores the workbook (recalculation, 评价结果, 自评报告) starts here.
 */
export function scoreSnapshot(
  snapshot: WorkbookSnapshot,
  options: { profile?: string },
): { reading: ContractReading; result?: EvaluationResult; problems: Problem[] } {
  const reading = readContract(snapshot);
  if (reading.problems.length > 0) return { reading, problems: reading.problems };
  const result = evaluate(reading.input, options);
  return { reading, result, problems: result.errors };
}

/**
 * Snapshot → outcome and plan, without touching a host (exported for tests and batch runs):
 * the workbook scored, the conflict policy applied once (decideConflicts: with
 * 'moveToManual' the moved scores are scored again), then the plan. `kind` is 'planned' when
 * the plan may be written.
 */
export function planRecalculation(
  snapshot: WorkbookSnapshot,
  options: RecalculateOptions,
): RecalcOutcome {
  const locale = options.locale ?? 'zh-CN';
  const evalOptions = { profile: options.profile };
  const scored = scoreSnapshot(snapshot, evalOptions);
  const stopped = { conflicts: [], written: false, moved: [] };
  const missing = missingRequiredNames(scored.reading);
  if (missing.length > 0) {
    const { reading, result, problems } = scored;
    return { kind: 'missingNames', missing, reading, result, problems, ...stopped };
  }
  if (!scored.result || scored.problems.length > 0) {
    const { reading, result, problems } = scored;
    return { kind: 'inputErrors', reading, result, problems, ...stopped };
  }
  const decision = decideConflicts(
    scored.result,
    scored.reading,
    snapshot,
    options.conflictPolicy,
    locale,
  );
  const { conflicts, reading } = decision;
  const moved: ManualMove[] = reading.manualMoves ?? [];
  const after = { reading, conflicts, written: false, moved };
  const blocked = (result: EvaluationResult, blocking: OutputConflict[], problems: Problem[]) =>
    ({ kind: 'conflicts', result, blocking, problems, ...after }) satisfies RecalcOutcome;
  if (decision.blocking.length > 0)
    return blocked(scored.result, decision.blocking, decision.problems);
  let result: EvaluationResult = scored.result;
  if (moved.length > 0) {
    // The moved scores are manual scores now: the composite and the statuses change.
    result = evaluate(reading.input, evalOptions);
    if (result.errors.length > 0)
      return { kind: 'inputErrors', result, problems: result.errors, ...after };
  }
  const built = buildRecalcPlan(result, reading, snapshot, {
    now: options.now ?? new Date(),
    conflictPolicy: options.conflictPolicy,
    locale,
    profile: options.profile,
  });
  // Values that became conflicts only after the moves were scored stop it all the same.
  if (built.blocking.length > 0)
    return blocked(result, built.blocking, conflictProblems(built.blocking));
  return { kind: 'planned', result, problems: [], plan: built.plan, ...after };
}

/**
 * The recalculation's snapshot: one read; a second one, of the table's sheet, only when rows
 * lie between the end of Indicators and 自评总分 (a row inserted just above the total), so that
 * they are checked rather than silently left out.
 */
export async function readForRecalculation(host: WorkbookHost): Promise<WorkbookSnapshot> {
  const request = snapshotRequest();
  const snapshot = await host.read(request);
  const gap = rowsBelowTableOf(snapshot);
  if (!gap || snapshot.sheets.some((s) => s.name === gap.sheet)) return snapshot;
  const sheet = await host.read({ names: [], sheets: [gap.sheet] });
  return { ...snapshot, sheets: [...snapshot.sheets, ...sheet.sheets] };
}

/**
 * Reads the workbook once, scores it and, when the inputs have no errors and no conflict
 * blocks it, writes the plan once. `written` says whether anything was written. The write is
 * all-or-none: when the host fails half-way, what it wrote is put back and the promise rejects
 * with a WriteFailedError saying whether that worked (write-failed.ts).
 */
export async function recalculate(
  host: WorkbookHost,
  options: RecalculateOptions,
): Promise<RecalcOutcome> {
  const snapshot = await readForRecalculation(host);
  const outcome = planRecalculation(snapshot, options);
  if (outcome.kind !== 'planned' || !outcome.plan) return outcome;
  await applyAllOrNone(host, outcome.plan, snapshot, { locale: options.locale });
  return { ...outcome, kind: 'written', written: true };
}
