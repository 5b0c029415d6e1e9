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
import { recalculate } from '../workbook/recalculate';
import type { ConflictPolicy, ManualMove, OutputConflict } from '../workbook/types';
import { WriteFailedError } from '../workbook/write-failed';

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
  | { kind: 'unreadable'; message: string }
  | { kind: 'inputErrors'; problems: Problem[] }
  | { kind: 'conflicts'; conflicts: OutputConflict[]; policy: ConflictPolicy };

export interface XlsxScoreOptions {
  locale: Locale;
  profile?: string;
  now: Date;
  conflictPolicy: ConflictPolicy;
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
  let outcome;
  try {
    outcome = await recalculate(host, {
      locale: options.locale,
      profile: options.profile,
      now: options.now,
      conflictPolicy: options.conflictPolicy,
    });
  } catch (error) {
    // The package host checks a plan whole before writing (merged output cells, bad
    // addresses): what it refuses is a problem of the workbook's layout, named cell by cell.
    const cause = error instanceof WriteFailedError ? error.writeError : error;
    if (isXlsxError(cause)) {
      return {
        kind: 'inputErrors',
        problems: [
          {
            where: '',
            code: cause.key,
            message: cause.localized(options.locale),
            params: cause.params,
          },
        ],
      };
    }
    if (isXlsxError(error)) return { kind: 'unreadable', message: error.localized(options.locale) };
    throw error;
  }
  const inputProblems = [...outcome.reading.problems, ...(outcome.result?.errors ?? [])];
  if (inputProblems.length) return { kind: 'inputErrors', problems: inputProblems };
  if (!outcome.written || !outcome.result) {
    // What blocks writing: hand-typed values in output cells (the recalculation names them).
    const blocking = outcome.blocking ?? [];
    if (!blocking.length) return { kind: 'inputErrors', problems: outcome.problems };
    return { kind: 'conflicts', conflicts: blocking, policy: options.conflictPolicy };
  }
  return {
    kind: 'scored',
    input: outcome.reading.input,
    result: outcome.result,
    decimals: outcome.result.scoreDecimals,
    host,
    legacy,
    moved: outcome.moved,
  };
}
