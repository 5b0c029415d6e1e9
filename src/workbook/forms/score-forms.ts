/**
 * Scoring the forms of a workbook without the contract's names (the command line): recognise
 * them, score each through its binding, write the scores into the form's own cells. A
 * department's own scores already typed in those cells are audited, not overwritten, unless
 * the policy is 'overwrite'.
 */
import { planRecalculation, type RecalculateOptions } from '../recalculation/recalculate';
import type { RecalcOutcome, WorkbookHost, WorkbookSnapshot, WritePlan } from '../port/types';
import { applyAllOrNone } from '../safety/write-failed';
import { bindingPlan, boundSnapshot, formsRequest } from './bind';
import { recognizeForms, type FormBinding, type FormRecognition } from './recognize';
import { typedScores, type TypedScores } from './typed-scores';

export interface ScoredForm {
  binding: FormBinding;
  /** The recalculation of the form through its binding (`written`: scores were written). */
  outcome: RecalcOutcome;
  /** The department's own scores, audited (present when they stopped the write). */
  typed: TypedScores | null;
  /** The binding's names were defined (one form per workbook). */
  namesWritten: boolean;
}

export interface FormsScoring {
  recognition: FormRecognition;
  forms: ScoredForm[];
}

export interface ScoreFormsOptions extends RecalculateOptions {
  /** Define the binding's names too (only where the workbook holds one form). */
  writeNames: boolean;
}

function merged(a: WritePlan, b: WritePlan): WritePlan {
  return { ...a, createNames: [...a.createNames, ...b.createNames] };
}

/**
 * Recognises the forms of `snapshot` (read with formsRequest()) and scores each, writing
 * through `host`. Nothing is written when the recognition has problems.
 */
export async function scoreForms(
  host: WorkbookHost,
  snapshot: WorkbookSnapshot,
  options: ScoreFormsOptions,
): Promise<FormsScoring> {
  const recognition = recognizeForms(snapshot);
  const forms: ScoredForm[] = [];
  if (recognition.problems.length > 0) return { recognition, forms };
  const withNames = options.writeNames && recognition.forms.length === 1;
  let current = snapshot;
  for (const [i, binding] of recognition.forms.entries()) {
    if (i > 0) current = await host.read(formsRequest());
    const bound = boundSnapshot(current, binding);
    const outcome = planRecalculation(bound, options);
    const names = withNames ? bindingPlan(binding) : null;
    if (outcome.plan) {
      const plan = names ? merged(outcome.plan, names) : outcome.plan;
      await applyAllOrNone(host, plan, bound, { locale: options.locale });
      forms.push({
        binding,
        outcome: { ...outcome, written: true },
        typed: null,
        namesWritten: withNames,
      });
      continue;
    }
    const blockedByTyped =
      outcome.result !== undefined &&
      outcome.result.errors.length === 0 &&
      (outcome.blocking?.length ?? 0) > 0 &&
      options.conflictPolicy === 'refuse';
    const typed = blockedByTyped
      ? typedScores(outcome.reading, bound, { profile: options.profile })
      : null;
    if (typed && names) await applyAllOrNone(host, names, bound, { locale: options.locale });
    forms.push({ binding, outcome, typed, namesWritten: Boolean(typed && names) });
  }
  return { recognition, forms };
}
