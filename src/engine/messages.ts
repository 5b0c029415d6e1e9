/** Flags and problems with their text from the message catalog. */
import { t } from '../i18n/catalog';
import type { Flag, FlagCode, Locale, MessageParams, Problem, Severity } from './types';

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

export function makeFlag(code: FlagCode, locale: Locale, params: MessageParams = {}): Flag {
  return {
    code,
    severity: FLAG_SEVERITY[code],
    message: t(`engine.flag.${code}`, params, locale),
    params,
  };
}

export function makeProblem(
  where: string,
  key: string,
  locale: Locale,
  params: MessageParams = {},
): Problem {
  return { where, code: key, message: t(key, params, locale), params };
}
