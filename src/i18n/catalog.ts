/**
 * The one message catalog: every text shown to a user, Chinese first (zh-CN), English second
 * (en-US). Each feature keeps its table beside it (src/cli/messages.ts, src/taskpane/messages.ts,
 * src/workbook/messages.ts...; the engine's own words in src/i18n/messages); keys are prefixed by
 * the area ("engine.", "cli.", "workbook.", "pane."...), so the sections never clash.
 *
 * Keys are typed: `t` takes a `MessageKey`, the keys of every table, so a misspelt key fails the
 * type check. A table is declared `{...} satisfies MessageTable` and names itself in
 * `MessageSections` beside its definition (`declare module '.../i18n/catalog'`), so this module
 * knows every key without importing a feature.
 *
 * Placeholders are written {name} and filled from the params object.
 */
import type { Locale, MessageParams } from '../engine/types';
import { valuesMessages } from './messages/values';
import { engineMessages } from './messages/engine';
import { workbookMessages } from '../workbook/messages';
import { paneMessages } from '../taskpane/messages';
import { auditMessages } from './messages/audit';

export interface MessageText {
  'zh-CN': string;
  'en-US': string;
}

export type MessageTable = Record<string, MessageText>;

/**
 * Every table of the catalog by section name, as its type. Each table adds its own entry beside
 * its definition:
 *
 *     declare module '../i18n/catalog' {
 *       interface MessageSections {
 *         cli: typeof cliMessages;
 *       }
 *     }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the tables
export interface MessageSections {}

/** Every key of the catalog: a key that no table defines fails the type check. */
export type MessageKey = {
  [S in keyof MessageSections]: keyof MessageSections[S] & string;
}[keyof MessageSections];

type Suffix<Key, Prefix extends string> = Key extends `${Prefix}${infer Rest}` ? Rest : never;

/**
 * The ends of the keys under a prefix, for code that builds a key from a word:
 * `KeysUnder<'template.header.'>` is 'level1' | 'level2' | 'name'...
 */
export type KeysUnder<Prefix extends string> = Suffix<MessageKey, Prefix>;

/**
 * The sections every build carries. The other tables add themselves with `registerMessages` when
 * their module is loaded, and the modules that use them import them: the command line's and the
 * .xlsx host's, the Office host's, and those of features the task pane loads on demand (report
 * drafting, the template, the form recognizer, the explanation editor, 识别表格's findings, the
 * preview page; the rule labels by src/i18n/rule-labels.ts), so that the pane does not download
 * text it never shows, or only when the feature is used.
 */
const sections: MessageTable[] = [
  valuesMessages,
  engineMessages,
  workbookMessages,
  paneMessages,
  auditMessages,
];

export const catalog: MessageTable = Object.assign({}, ...sections);

/** Adds a section of messages to the catalog (idempotent). */
export function registerMessages(section: MessageTable): void {
  if (sections.includes(section)) return;
  sections.push(section);
  Object.assign(catalog, section);
}

/** Keys defined in more than one registered section (must stay empty; tested). */
export function duplicateKeys(): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const section of sections) {
    for (const key of Object.keys(section)) {
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
  }
  return twice;
}

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Picks zh-CN for any Chinese display language, en-US otherwise. */
export function localeFor(displayLanguage: string | undefined | null): Locale {
  return displayLanguage && /^zh/i.test(displayLanguage) ? 'zh-CN' : 'en-US';
}

type Template = (string | { param: string })[];
const compiled = new Map<string, Template>();

function compile(text: string): Template {
  const parts: Template = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ param: m[1] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Renders a catalog message; an unknown key is a programming error and throws. */
export function t(key: MessageKey, params?: MessageParams, locale?: Locale): string;
export function t(
  key: MessageKey,
  params: MessageParams = {},
  locale: Locale = DEFAULT_LOCALE,
): string {
  const id = `${locale}\u0000${key}`;
  let template = compiled.get(id);
  if (!template) {
    const entry = catalog[key];
    if (!entry) throw new Error(`message catalog has no key "${key}"`);
    template = compile(entry[locale]);
    compiled.set(id, template);
  }
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') out += part;
    else
      out += Object.prototype.hasOwnProperty.call(params, part.param)
        ? String(params[part.param])
        : `{${part.param}}`;
  }
  return out;
}
