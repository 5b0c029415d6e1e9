/**
 * Scoring an .xlsx workbook through the contract: load, recalculate through the xlsx host
 * (one read, one write into the in-memory workbook), and report what came out. Saving the
 * file is left to the caller, so that nothing is written when anything is wrong.
 */
import type * as ExcelJS from 'exceljs';
import type { EvaluationInput, EvaluationResult, Locale, Problem } from '../engine/types';
import { XlsxHost, isXlsxError, loadXlsxFile, type XlsxSource } from '../hosts/xlsx';
import { INDICATORS_NAME } from '../workbook/contract';
import { formsRequest, scoreForms, type ScoredForm } from '../workbook/forms';
import { findName, indexNames } from '../workbook/names';
import { readContract } from '../workbook/read';
import { recalculate } from '../workbook/recalculate';
import { isLegacyXls, loadLegacyXls } from './xls';
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
  | {
      /** A workbook without the names: the forms recognised in it, each scored. */
      kind: 'forms';
      forms: ScoredForm[];
      /** Something was written (scores or names): the workbook is worth saving. */
      written: boolean;
      workbook: ExcelJS.Workbook;
      source: XlsxSource;
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
  let loaded;
  try {
    loaded = isLegacyXls(file) ? await loadLegacyXls(file) : await loadXlsxFile(file);
  } catch (error) {
    if (isXlsxError(error)) return { kind: 'unreadable', message: error.localized(options.locale) };
    throw error;
  }
  const host = new XlsxHost(loaded.workbook, loaded.source);
  const snapshot = await host.read(formsRequest());
  if (!findName(indexNames(snapshot), INDICATORS_NAME).found) {
    if (options.detect === false) {
      return { kind: 'inputErrors', problems: readContract(snapshot, options).problems };
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
    return {
      kind: 'forms',
      forms: scoring.forms,
      written: scoring.forms.some((f) => f.outcome.written || f.namesWritten),
      workbook: loaded.workbook,
      source: loaded.source,
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
    workbook: loaded.workbook,
    source: loaded.source,
    moved: outcome.moved,
  };
}
