/** Exit codes (workbook-contract.md §5) and usage errors. */
import { DEFAULT_PROFILE, PROFILE_NAMES } from '../engine';
import type { MessageParams } from '../engine/types';
import type { MessageKey } from '../i18n/catalog';
import type { Console } from './io';
// The usage text includes `perfscore report`'s line, from the report's message section.
import '../report/format';

export const EXIT = {
  /** Scored (final or provisional). */
  ok: 0,
  /** The inputs have errors (listed on standard error); nothing written. */
  inputErrors: 1,
  /** Usage error or unreadable file. */
  usage: 2,
} as const;

export function usageText(c: Console): string {
  const lines = c
    .msg('cli.usage', { profiles: PROFILE_NAMES.join(', '), defaultProfile: DEFAULT_PROFILE })
    .split('\n');
  // `perfscore report` goes after the other commands, before --help / --version.
  const at = lines.findIndex((line) => line.includes('perfscore --help'));
  lines.splice(at < 0 ? lines.length : at, 0, c.msg('report.cli.usage'));
  return lines.join('\n');
}

/** Prints "perfscore：<message>" and the usage on standard error; returns exit code 2. */
export function usageFailure(c: Console, message: string): number {
  c.err(c.msg('cli.error.prefix', { message }));
  c.err('');
  c.err(usageText(c));
  return EXIT.usage;
}

/**
 * A file problem (unreadable, refused, cannot be saved): one line naming the file and the way
 * out, without the usage text (it would not help); exit code 2.
 */
export function fileFailure(c: Console, message: string): number {
  c.err(c.msg('cli.error.prefix', { message }));
  return EXIT.usage;
}

/** usageFailure with a catalog message. */
export function usageError(c: Console, key: MessageKey, params: MessageParams = {}): number {
  return usageFailure(c, c.msg(key, params));
}
