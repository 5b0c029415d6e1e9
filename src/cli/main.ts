/**
 * The `perfscore` command line (workbook-contract.md §5). bin/perfscore.js calls main() with
 * the arguments; tests call it in-process with captured streams.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Locale } from '../engine/types';
import { batchCommand } from './batch';
import { bindCommand } from './bind';
import { Console, localeFromEnv, type CliIo } from './io';
import { reportCommand } from './report-command';
import { scoreCommand } from './score';
import { templateCommand } from './template';
import { EXIT, usageError, usageText } from './usage';

export type { CliIo } from './io';

const COMMANDS: Record<string, (argv: string[], c: Console) => Promise<number>> = {
  score: scoreCommand,
  template: templateCommand,
  batch: batchCommand,
  bind: bindCommand,
  report: reportCommand,
};

function version(): string {
  const file = path.join(__dirname, '..', '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Finds --lang anywhere in argv (removing it); undefined when absent, null when invalid. */
function takeLang(argv: string[]): { rest: string[]; lang?: string; bad?: string } {
  const rest: string[] = [];
  let lang: string | undefined;
  let bad: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let value: string | undefined;
    if (arg === '--lang') value = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else {
      rest.push(arg);
      continue;
    }
    if (value === 'zh-CN' || value === 'en-US') lang = value;
    else bad = value;
  }
  return { rest, lang, bad };
}

function defaultIo(): CliIo {
  // `perfscore score … | head`: a closed pipe ends the output quietly, not with a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY) };
}

/** Runs one command; resolves to the exit code (0 scored, 1 input errors, 2 usage). */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const { rest, lang, bad } = takeLang(argv);
  const locale: Locale = (lang as Locale | undefined) ?? localeFromEnv(io.env ?? process.env);
  const c = new Console(io, locale);
  if (bad !== undefined) return usageError(c, 'cli.error.unknownLang', { lang: bad });
  const [command, ...args] = rest;
  if (command === undefined) return usageError(c, 'cli.error.noCommand');
  if (command === '--help' || command === '-h' || command === 'help') {
    c.out(usageText(c));
    return EXIT.ok;
  }
  if (command === '--version' || command === '-v' || command === '-V') {
    c.out(version());
    return EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) return usageError(c, 'cli.error.unknownCommand', { command });
  if (args.includes('--help') || args.includes('-h')) {
    c.out(usageText(c));
    return EXIT.ok;
  }
  try {
    return await run(args, c);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    c.fail('cli.error.unexpected', { file: args[0] ?? command, reason });
    return EXIT.usage;
  }
}
