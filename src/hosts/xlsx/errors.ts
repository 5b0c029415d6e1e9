/**
 * Errors of the .xlsx host and file functions: a catalog key with its parameters, so that the
 * command line can print the message in the user's language (`message` is zh-CN).
 */
import type { Locale, MessageParams } from '../../engine/types';
import { t, type MessageKey } from '../../i18n/catalog';
import './messages';

export class XlsxError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(key: MessageKey, params: MessageParams = {}) {
    super(t(key, params, 'zh-CN'));
    this.name = 'XlsxError';
    this.key = key;
    this.params = params;
  }

  /** The message in another language. */
  localized(locale: Locale): string {
    return t(this.key, this.params, locale);
  }
}

export function isXlsxError(error: unknown): error is XlsxError {
  return error instanceof XlsxError;
}
