/** Scoring a contract JSON file: read, check the shape, evaluate. Nothing is printed here. */
import { evaluate } from '../engine';
import type {
  EvaluateOptions,
  EvaluationInput,
  EvaluationResult,
  Locale,
  Problem,
} from '../engine/types';
import { readJsonInput } from './json-input';

export type Scored =
  | { kind: 'scored'; input: EvaluationInput; result: EvaluationResult; decimals: number }
  | { kind: 'unreadable'; message: string }
  | { kind: 'inputErrors'; problems: Problem[]; result?: EvaluationResult };

export interface ScoreOptions extends Pick<EvaluateOptions, 'mode' | 'elapsed'> {
  locale: Locale;
  profile?: string;
}

/** Decimal places the profile (with the input's overrides) gives scores. */
/** Evaluates an input; a result with errors is an input failure (exit 1). */
export function evaluateInput(input: EvaluationInput, options: ScoreOptions): Scored {
  const { profile, mode, elapsed } = options;
  const result = evaluate(input, { profile, mode, elapsed });
  if (result.errors.length) return { kind: 'inputErrors', problems: result.errors, result };
  return { kind: 'scored', input, result, decimals: result.scoreDecimals };
}

export async function scoreJsonFile(file: string, options: ScoreOptions): Promise<Scored> {
  const read = await readJsonInput(file, options.locale);
  if (!read.ok) {
    return read.kind === 'unreadable'
      ? { kind: 'unreadable', message: read.message }
      : { kind: 'inputErrors', problems: read.problems };
  }
  return evaluateInput(read.input, options);
}
