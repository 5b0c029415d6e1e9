/**
 * Scoring a workbook file (.xlsx, .xlsm, .xls) through the contract: open its package,
 * recalculate through the package host (one read, one write into the package in memory), and
 * report what came out. Saving the file is left to the caller, so that nothing is written when
 * anything is wrong.
 */
import type { EvaluationInput, EvaluationResult, Locale, Problem } from '../engine/types';
import { isXlsxError } from '../hosts/xlsx/errors';
import type { PackageHost } from '../hosts/xlsx/package-host';
import { openWorkbookFile } from '../hosts/xlsx/workbook-file';
import { WriteFailedError } from '../workbook/safety/write-failed';
import { INDICATORS_NAME } from '../workbook/contract/contract';
import { formsRequest, scoreForms, type ScoredForm } from '../workbook/forms';
import { findName, indexNames } from '../workbook/contract/names';
import { readContract } from '../workbook/contract/read';
import { recalculate } from '../workbook/recalculation/recalculate';
import type { ConflictPolicy, ManualMove, OutputConflict } from '../workbook/port/types';

export type XlsxScored =
  | {
      kind: 'scored';
      input: EvaluationInput;
      result: EvaluationResult;
      decimals: number;
      host: PackageHost;
      /** The file was an old .xls workbook: the output is a new .xlsx copy. */
      legacy: boolean;
      moved: ManualMove[];
    }
  | {
      /** A workbook without the names: the forms recognised in it, each scored. */
      kind: 'forms';
      forms: ScoredForm[];
      /** Something was written (scores or names): the workbook is worth saving. */
      written: boolean;
      host: PackageHost;
      legacy: boolean;
    }
  | { kind: 'unreadable'; message: string }
  | { kind: 'inputErrors'; problems: Problem[] }
  | { kind: 'conflicts'; conflicts: OutputConflict[]; policy: ConflictPolicy };

export interface XlsxScoreOptions {
  locale: Locale;
  profile?: string;
  now: Date;
  conflictPolicy: ConflictPolicy;
  /**
   * On a workbook without the contract's names, recognise its forms (default) or refuse with
   * the missing names (--no-detect).
   */
  detect?: boolean;
  /** Define the binding's names when a form is recognised (not in batch runs). */
  writeNames?: boolean;
}

export async function scoreXlsxFile(file: string, options: XlsxScoreOptions): Promise<XlsxScored> {
  let opened;
  try {
    opened = await openWorkbookFile(file);
  } catch (error) {
    if (isXlsxError(error)) return { kind: 'unreadable', message: error.localized(options.locale) };
    throw error;
  }
  const { host, legacy } = opened;
  try {
    return await scoreOpened(host, legacy, options);
  } catch (error) {
    // The package host checks a plan whole before writing (merged output cells, bad
    // addresses): what it refuses is a problem of the workbook's layout, named cell by cell.
    const cause = error instanceof WriteFailedError ? error.writeError : error;
    if (isXlsxError(cause)) {
      const problem = {
        where: '',
        code: cause.key,
        message: cause.localized(options.locale),
        params: cause.params,
      };
      return { kind: 'inputErrors', problems: [problem] };
    }
    throw error;
  }
}

async function scoreOpened(
  host: PackageHost,
  legacy: boolean,
  options: XlsxScoreOptions,
): Promise<XlsxScored> {
  const snapshot = await host.read(formsRequest());
  if (!findName(indexNames(snapshot), INDICATORS_NAME).found) {
    if (options.detect === false) {
      return { kind: 'inputErrors', problems: readContract(snapshot).problems };
    }
    const scoring = await scoreForms(host, snapshot, {
      locale: options.locale,
      profile: options.profile,
      now: options.now,
      conflictPolicy: options.conflictPolicy,
      writeNames: options.writeNames ?? true,
    });
    if (scoring.recognition.problems.length > 0)
      return { kind: 'inputErrors', problems: scoring.recognition.problems };
    const errors = scoring.forms.flatMap((f) => [
      ...f.outcome.reading.problems,
      ...(f.outcome.result?.errors ?? []),
    ]);
    if (errors.length > 0) return { kind: 'inputErrors', problems: errors };
    // Hand-typed values that neither the audit nor the policy resolves (--move-to-manual on a
    // form without a 人工得分 column): reported as on any workbook.
    const blocking = scoring.forms.flatMap((f) =>
      f.outcome.written || f.typed ? [] : (f.outcome.blocking ?? []),
    );
    if (blocking.length > 0)
      return { kind: 'conflicts', conflicts: blocking, policy: options.conflictPolicy };
    return {
      kind: 'forms',
      forms: scoring.forms,
      written: scoring.forms.some((f) => f.outcome.written || f.namesWritten),
      host,
      legacy,
    };
  }
  const outcome = await recalculate(host, {
    locale: options.locale,
    profile: options.profile,
    now: options.now,
    conflictPolicy: options.conflictPolicy,
  });
  switch (outcome.kind) {
    case 'missingNames':
    case 'inputErrors':
      return { kind: 'inputErrors', problems: outcome.problems };
    case 'conflicts':
      // Hand-typed values in output cells block writing (the recalculation names them).
      return {
        kind: 'conflicts',
        conflicts: outcome.blocking ?? [],
        policy: options.conflictPolicy,
      };
    default:
      break;
  }
  if (!outcome.result) return { kind: 'inputErrors', problems: outcome.problems };
  const input = outcome.reading.input;
  return {
    kind: 'scored',
    input,
    result: outcome.result,
    decimals: outcome.result.scoreDecimals,
    host,
    legacy,
    moved: outcome.moved,
  };
}
