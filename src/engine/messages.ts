/** Flags and problems as the engine says them: codes, catalog keys and parameters, no text. */
import type { MessageKey } from '../i18n/catalog';
import type { Flag, FlagCode, MessageRef, Problem, SaidParams, Severity } from './types';

/** Severity of each flag code: warnings need an explanation, info never changes a status. */
export const FLAG_SEVERITY: Record<FlagCode, Severity> = {
  shortfall: 'warning',
  overAchievement: 'warning',
  overrideDiffers: 'warning',
  executionBelow: 'warning',
  budgetAdjusted: 'warning',
  weightsNot100: 'warning',
  needsManualScore: 'warning',
  midYearRegression: 'info',
  noOccurrence: 'info',
  nonStandardLevelWeights: 'info',
  incomplete: 'error',
};

/** A flag; its text is the catalog's `engine.flag.<code>`, or a variant of it (`key`). */
export function makeFlag(
  code: FlagCode,
  params: SaidParams = {},
  key: MessageKey = `engine.flag.${code}`,
): Flag {
  return { code, severity: FLAG_SEVERITY[code], key, params };
}

/** A problem with `where`; its text is the catalog's `key`. */
export function makeProblem(where: string, key: MessageKey, params: SaidParams = {}): Problem {
  return { where, code: key, params };
}

/** Problems gathered while reading, in the order found. */
export class ProblemList {
  readonly list: Problem[] = [];
  add(where: string, key: MessageKey, params: SaidParams = {}): void {
    this.list.push(makeProblem(where, key, params));
  }
}

/** A parameter that is a text of its own, made in the message's language. */
export function textParam(key: MessageKey, params?: MessageRef['params']): MessageRef {
  return params ? { key, params } : { key };
}

/** What an engine function throws when its arguments are wrong: a problem, made text where shown. */
export class ProblemError extends RangeError {
  constructor(readonly problem: Problem) {
    super(problem.code);
    this.name = 'ProblemError';
  }
}
