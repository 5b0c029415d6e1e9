/** The pane's language: every text comes from the message catalog, in the pane's locale. */
import { createContext, useContext } from 'react';
import type { Locale, MessageParams } from '../engine/types';
import { t, type MessageKey } from '../i18n/catalog';

export const LocaleContext = createContext<Locale>('zh-CN');

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translate {
  return (key, params = {}) => t(key, params, locale);
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT(): Translate {
  return translator(useContext(LocaleContext));
}
