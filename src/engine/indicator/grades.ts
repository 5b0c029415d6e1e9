/** Qualitative (定性) indicators: the actual's tier decides full marks or a manual score band. */
import { MET } from '../completion';
import type { RuleProfile } from '../profiles';
import { qualitativeTier } from '../qualitative';
import type { ParsedValue } from '../values/types';
import { manualNeeded, noOccurrence, type Scoring } from './scoring';

export function gradeScoring(
  target: ParsedValue,
  actual: ParsedValue,
  profile: RuleProfile,
): Scoring {
  if (actual.kind === 'noOccurrence') return noOccurrence(profile);
  const targetText = target.kind === 'text' ? target.text : '';
  const actualText = actual.kind === 'text' ? actual.text : '';
  const tier = qualitativeTier(targetText, actualText, profile);
  if (tier === null) return manualNeeded('engine.manual.qualitativeUnknown');
  if (tier.fullMarks) return { completion: MET, manual: null, tier, noOccurrence: false };
  return {
    completion: null,
    manual: { reasonKey: tier.manualReasonKey, band: tier.band },
    tier,
    noOccurrence: false,
  };
}
