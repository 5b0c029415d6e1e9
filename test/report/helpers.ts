/** The seed and its evaluation, for the report tests. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { evaluate } from '../../src/engine';
import { asCells } from '../../src/cli/json-input';
import type { EvaluationInput, EvaluationResult, PlainInput } from '../../src/engine/types';
import type { ReportDraft } from '../../src/report';

export const SEED = path.join(__dirname, '..', 'fixtures', 'seed-2023.input.json');
export const SEED_MANUAL = path.join(
  __dirname,
  '..',
  'fixtures',
  'seed-2023-manual-scores.input.json',
);

/** A JSON input file as written (bare values). */
export function loadPlain(file = SEED): PlainInput {
  return JSON.parse(readFileSync(file, 'utf8')) as PlainInput;
}

/** A JSON input file as the JSON reader gives it to the engine (cells). */
export function loadInput(file = SEED): EvaluationInput {
  return asCells(loadPlain(file));
}

export function evaluated(input: EvaluationInput): {
  input: EvaluationInput;
  result: EvaluationResult;
} {
  return { input, result: evaluate(input) };
}

/**
 * The seed as it stood at mid-year (年中监控): every year-end actual blank, the mid-year
 * values as given, 90万元 of the 187.84万元 budget spent so far.
 */
export function midYearInput(): EvaluationInput {
  return asCells(midYearPlain());
}

/** The same mid-year seed as a JSON file writes it (bare values). */
export function midYearPlain(): PlainInput {
  const input = loadPlain();
  input.indicators.forEach((row) => (row.actual = null));
  input.budget.spent = 90;
  return input;
}

/**
 * The paragraph of the indicator called `name` in the draft's analysis (section 三); it starts
 * with the name and a colon (「：」, the English draft ':').
 */
export function paragraphOf(draft: ReportDraft, name: string, colon = '：'): string {
  const found = draft.analysis.subsections
    .flatMap((block) => block.paragraphs)
    .find((text) => text.startsWith(`${name}${colon}`));
  if (!found) throw new Error(`no paragraph for ${name}`);
  return found;
}
