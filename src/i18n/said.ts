/**
 * Words at the edge: the engine and the contract reading say what they found as codes, catalog
 * keys and parameters; the text is made here, in the language it is shown in, by the command
 * line, the JSON output, the cells the recalculation writes, the pane and the report alike.
 */
import { t } from './catalog';
import type { Locale } from './locale';
import type {
  AuditItem,
  Flag,
  MessageParams,
  MessageRef,
  MonitorItem,
  Problem,
  SaidParams,
} from '../engine/types';

/** Anything with a message: a flag, a problem, an audit item, a monitoring line. */
export type Said = Flag | Problem | AuditItem | MonitorItem;

/** A text of the catalog with its parameters. */
export function refText(ref: MessageRef, locale: Locale): string {
  return t(ref.key, ref.params, locale);
}

/** One parameter as text: a plain value as it is, a text of its own made in the locale. */
export function paramText(value: SaidParams[string] | undefined, locale: Locale): string {
  if (value === undefined) return '';
  return typeof value === 'object' ? refText(value, locale) : String(value);
}

/** The parameters with their texts made in the locale (plain values, as the catalog takes them). */
export function paramsIn(params: SaidParams | undefined, locale: Locale): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params ?? {}))
    out[name] = typeof value === 'object' ? refText(value, locale) : value;
  return out;
}

/** The message of a flag, problem, audit item or monitoring line, in the locale. */
export function messageOf(said: Said, locale: Locale): string {
  const key = 'key' in said ? said.key : said.code;
  return t(key, paramsIn(said.params, locale), locale);
}

/** A monitoring line's name: the indicator's, or the budget line's text. */
export function monitorNameOf(item: MonitorItem, locale: Locale): string {
  return paramText(item.params.name, locale);
}
