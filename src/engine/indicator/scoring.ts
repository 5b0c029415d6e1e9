/**
 * What a kind of indicator makes of its target and actual: a completion to score, or the
 * reason why the evaluator must give the score by hand and the band that score must fall in.
 */
import type { MessageKey } from '../../i18n/catalog';
import { ONE, ZERO } from '../decimal';
import { MET, type Completion } from '../completion';
import type { RuleProfile } from '../profiles';
import type { QualitativeTier } from '../qualitative';

export interface Scoring {
  completion: Completion | null;
  /** Set when the rule leaves the score to the evaluator; the band the manual score must be in. */
  manual: { reasonKey: MessageKey; band: QualitativeTier['band'] | null } | null;
  tier: QualitativeTier | null;
  noOccurrence: boolean;
}

const FULL_BAND = { min: ZERO, max: ONE, maxInclusive: true };

export function manualNeeded(
  reasonKey: MessageKey,
  band: QualitativeTier['band'] | null = FULL_BAND,
): Scoring {
  return { completion: null, manual: { reasonKey, band }, tier: null, noOccurrence: false };
}

/** A completion to score; a profile that scores none of it (completion.scored null) asks by hand. */
export function scored(completion: Completion): Scoring {
  return {
    completion,
    manual:
      completion.scored === null ? { reasonKey: 'engine.manual.profile', band: FULL_BAND } : null,
    tier: null,
    noOccurrence: false,
  };
}

/** 无发生 (nothing happened): met when the profile says so, else scored by hand. */
export function noOccurrence(profile: RuleProfile): Scoring {
  if (!profile.noOccurrenceMet) return manualNeeded('engine.manual.noOccurrence');
  return { completion: MET, manual: null, tier: null, noOccurrence: true };
}
