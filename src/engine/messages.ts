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

/**
 * A flag whose text is rendered from the catalog the first time it is read (most flags of a
 * large evaluation are never displayed). It serialises to the plain contract shape
 * {code, severity, message, params}.
 */
class CatalogFlag implements Flag {
  private text: string | undefined;

  constructor(
    readonly code: FlagCode,
    readonly severity: Severity,
    readonly params: MessageParams,
    private readonly locale: Locale,
    private readonly key: string,
  ) {}

  get message(): string {
    if (this.text === undefined) this.text = t(this.key, this.params, this.locale);
    return this.text;
  }

  toJSON(): Flag {
    return { code: this.code, severity: this.severity, message: this.message, params: this.params };
  }
}

/** A flag; its text is the catalog's `engine.flag.<code>`, or `engine.flag.<code>.<variant>`. */
export function makeFlag(
  code: FlagCode,
  locale: Locale,
  params: MessageParams = {},
  variant?: string,
): Flag {
  const key = variant ? `engine.flag.${code}.${variant}` : `engine.flag.${code}`;
  return new CatalogFlag(code, FLAG_SEVERITY[code], params, locale, key);
}

export function makeProblem(
  where: string,
  key: string,
  locale: Locale,
  params: MessageParams = {},
): Problem {
  return { where, code: key, message: t(key, params, locale), params };
}
