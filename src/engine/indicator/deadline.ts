/** Dates (时效指标): met when the actual date is on the right side of the target date. */
import { MET } from '../completion';
import type { Operator } from '../values/types';
import { manualNeeded, scored, type Scoring } from './scoring';

/** Both dates are ISO texts (2023-12-31), which compare as dates. */
export function deadlineScoring(operator: Operator, target: string, actual: string): Scoring {
  const met =
    operator === '≥' || operator === '>'
      ? actual >= target
      : operator === '='
        ? actual === target
        : actual <= target;
  return met ? scored(MET) : manualNeeded('engine.manual.late');
}
