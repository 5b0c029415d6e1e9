/**
 * Errors of the .xlsx host and file functions: a catalog key with its parameters, so that the
 * command line can print the message in the user's language (`message` is zh-CN).
 */
import type { Locale, MessageParams } from '../../engine/types';
import { t, type MessageKey } from '../../i18n/catalog';
import './messages';

/** A parameter that is itself a list of catalog messages (e.g. the names that would be lost). */
export interface MessageList {
  param: string;
  items: { key: MessageKey; params: MessageParams }[];
}

export class XlsxError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly list?: MessageList;

  constructor(key: MessageKey, params: MessageParams = {}, list?: MessageList) {
    super(render(key, params, list, 'zh-CN'));
    this.name = 'XlsxError';
    this.key = key;
    this.params = list ? { ...params, [list.param]: renderList(list, 'zh-CN') } : params;
    this.list = list;
  }

  /** The message in another language. */
  localized(locale: Locale): string {
    return render(this.key, this.params, this.list, locale);
  }
}

function renderList(list: MessageList, locale: Locale): string {
  return list.items
    .map((item) => t(item.key, item.params, locale))
    .join(locale === 'zh-CN' ? '；' : '; ');
}

function render(
  key: MessageKey,
  params: MessageParams,
  list: MessageList | undefined,
  locale: Locale,
): string {
  return t(key, list ? { ...params, [list.param]: renderList(list, locale) } : params, locale);
}

export function isXlsxError(error: unknown): error is XlsxError {
  return error instanceof XlsxError;
}
