/** The streams and environment the command line runs with (injected by tests). */
import type { Locale, MessageParams } from '../engine/types';
import { t, type MessageKey } from '../i18n/catalog';
import './messages';

export interface OutputStream {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Whether standard error is a terminal (the batch progress bar is drawn only then). */
  isTTY: boolean;
  /** Environment variables (LANG picks the language); defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** The current time (for the log sheet); defaults to new Date(). */
  now?: () => Date;
}

/** What every command gets: the streams, the language and message helpers. */
export class Console {
  constructor(
    readonly io: CliIo,
    readonly locale: Locale,
  ) {}

  msg(key: MessageKey, params: MessageParams = {}): string {
    return t(key, params, this.locale);
  }

  out(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  err(text: string): void {
    this.io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** "perfscore：<catalog message>" on standard error. */
  fail(key: MessageKey, params: MessageParams = {}): void {
    this.failText(this.msg(key, params));
  }

  /** "perfscore：<message>" on standard error. */
  failText(message: string): void {
    this.err(this.msg('cli.error.prefix', { message }));
  }

  now(): Date {
    return this.io.now ? this.io.now() : new Date();
  }
}

/** --lang wins; else English when LANG (or LC_ALL) starts with "en"; Chinese by default. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const lang = env.LC_ALL || env.LANG || '';
  return /^en/i.test(lang) ? 'en-US' : 'zh-CN';
}
