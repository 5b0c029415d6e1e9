/**
 * Scoring an .xlsx workbook through the contract: load, recalculate through the xlsx host
 * (one read, one write into the in-memory workbook), and report what came out. Saving the
 * file is left to the caller, so that nothing is written when anything is wrong.
 */
import type * as ExcelJS from 'exceljs';
import type { EvaluationInput, EvaluationResult, Locale, Problem } from '../engine/types';
import { XlsxHost, isXlsxError, loadXlsxFile, type XlsxSource } from '../hosts/xlsx';
import { recalculate } from '../workbook/recalculate';
import type { ConflictPolicy, ManualMove, OutputConflict } from '../workbook/types';

export type XlsxScored =
  | {
      kind: 'scored';
      input: EvaluationInput;
      result: EvaluationResult;
      decimals: number;
      workbook: ExcelJS.Workbook;
      source: XlsxSource;
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
  let loaded;
  try {
    loaded = await loadXlsxFile(file);
  } catch (error) {
    if (isXlsxError(error)) return { kind: 'unreadable', message: error.localized(options.locale) };
    throw error;
  }
  const host = new XlsxHost(loaded.workbook, loaded.source);
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
    workbook: loaded.workbook,
    source: loaded.source,
    moved: outcome.moved,
  };
}
