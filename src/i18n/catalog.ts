/**
 * The one message catalog: every text shown to a user, Chinese first (zh-CN), English second
 * (en-US). Each area of the product keeps its messages in src/i18n/messages/<area>.ts; keys are
 * prefixed by the area ("engine.", "cli.", "workbook.", "pane."...), so the sections never clash.
 *
 * Placeholders are written {name} and filled from the params object.
 */
import type { Locale, MessageParams } from '../engine/types';
import { valuesMessages } from './messages/values';
import { engineMessages } from './messages/engine';
import { workbookMessages } from './messages/workbook';
import { officeMessages } from './messages/office';
import { paneMessages } from './messages/pane';
import { auditMessages } from './messages/audit';

export interface MessageText {
  'zh-CN': string;
  'en-US': string;
}

export type MessageTable = Record<string, MessageText>;

/**
 * The sections every build carries. Sections of features the task pane does not load when it
 * opens (the command line, the .xlsx host, report drafting, the template) are added with
 * `registerMessages` by the modules that use them (src/i18n/node-messages.ts,
 * src/report/format.ts, src/workbook/template/messages.ts), so that the pane does not download
 * text it never shows, or only when the feature is used.
 */
const sections: MessageTable[] = [
  valuesMessages,
  engineMessages,
  workbookMessages,
  officeMessages,
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
export function t(
  key: string,
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
