/**
 * `perfscore batch <folder> --summary <out.xlsx>`: scores every .xlsx, .xls and .json file of
 * a folder (not the *.scored.xlsx files the score command writes) and writes a summary
 * workbook: one row per workbook with the names, one row per form recognised in a workbook
 * without them.
 * The scored files themselves are not written; a file that fails gets one line on standard
 * error and the others are still scored.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { isXlsxError, saveXlsxAtomic } from '../hosts/xlsx';
import type { ConflictPolicy } from '../workbook/port/types';
import { isArgError, parseArgs } from './args';
import { scoreJsonFile } from './evaluate-json';
import { scoreXlsxFile } from './evaluate-xlsx';
import type { Console } from './io';
import { Progress } from './progress';
import { conflictOption, fileKind, isNewWorkbookName, profileOption } from './score';
import { summaryRowOf, summaryWorkbook, type FailedFile, type SummaryRow } from './summary';
import { EXIT, usageError } from './usage';
import { messageOf } from '../i18n/said';

const SPEC = {
  flags: ['--overwrite', '--move-to-manual'],
  options: ['--summary', '--profile', '--lang'],
};

/** The files of a folder that batch scores, by name. */
export async function batchFiles(folder: string, summary: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const summaryPath = path.resolve(summary);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter(
      (name) =>
        fileKind(name) !== null &&
        !/\.scored\.xls[xm]$/i.test(name) &&
        !name.startsWith('~$') &&
        !name.startsWith('.') &&
        path.resolve(folder, name) !== summaryPath,
    )
    .sort((a, b) => a.localeCompare(b));
}

type FileOutcome =
  { ok: true; rows: SummaryRow[]; decimals: number } | { ok: false; reason: string };

async function scoreOne(
  file: string,
  name: string,
  c: Console,
  profile: string | undefined,
  policy: ConflictPolicy,
): Promise<FileOutcome> {
  const options = { locale: c.locale, profile };
  const scored =
    fileKind(file) === 'json'
      ? await scoreJsonFile(file, options)
      : await scoreXlsxFile(file, {
          ...options,
          now: c.now(),
          conflictPolicy: policy,
          writeNames: false,
        });
  switch (scored.kind) {
    case 'scored': {
      const { input, result } = scored;
      const row = summaryRowOf(name, input.department ?? '', input.year ?? null, result);
      return { ok: true, rows: [row], decimals: scored.decimals };
    }
    case 'forms': {
      // One row per recognised form: the department's own total beside the rule's.
      const rows = scored.forms.flatMap((form) => {
        const { result, reading } = form.outcome;
        if (!result) return [];
        const row = summaryRowOf(
          name,
          reading.input.department ?? '',
          reading.input.year ?? null,
          result,
        );
        row.sheet = form.binding.sheet;
        if (form.typed) {
          row.ownTotal = form.typed.total;
          row.audit = form.typed.result.audit.length;
        }
        return [row];
      });
      const decimals = scored.forms[0]?.outcome.result?.scoreDecimals ?? 2;
      return { ok: true, rows, decimals };
    }
    case 'unreadable':
      return { ok: false, reason: scored.message };
    case 'inputErrors': {
      const first = scored.problems[0];
      return {
        ok: false,
        reason: c.msg('cli.batch.inputErrors', {
          count: scored.problems.length,
          where: first?.where ?? '',
          message: first ? messageOf(first, c.locale) : '',
        }),
      };
    }
    case 'conflicts': {
      const cells = scored.conflicts.slice(0, 5).map((x) => x.where);
      if (scored.conflicts.length > 5) cells.push('…');
      return {
        ok: false,
        reason: c.msg('cli.batch.conflicts', {
          count: scored.conflicts.length,
          cells: cells.join('、'),
        }),
      };
    }
  }
}

export async function batchCommand(argv: string[], c: Console): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (isArgError(args)) return usageError(c, args.key, args.params);
  const [folder, ...extra] = args.positionals;
  if (!folder) return usageError(c, 'cli.error.missingArgument', { what: '<folder>' });
  if (extra.length) return usageError(c, 'cli.error.extraArgument', { argument: extra[0] });
  const summary = args.options.get('--summary');
  if (!summary) return usageError(c, 'cli.error.missingArgument', { what: '--summary <out.xlsx>' });
  if (!isNewWorkbookName(summary)) {
    return usageError(c, 'cli.error.unknownFileType', { file: summary });
  }
  const profile = profileOption(args, c);
  if (profile === null) return EXIT.usage;
  const policy = conflictOption(args, c);
  if (policy === null) return EXIT.usage;

  let names: string[];
  try {
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) return usageError(c, 'cli.error.notFolder', { folder });
    names = await batchFiles(folder, summary);
  } catch {
    return usageError(c, 'cli.error.notFolder', { folder });
  }
  if (!names.length) {
    c.fail('cli.batch.none', { folder });
    return EXIT.usage;
  }

  const rows: SummaryRow[] = [];
  const failed: FailedFile[] = [];
  let decimals = 2;
  let scoredFiles = 0;
  const progress = new Progress(c, names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    progress.update(i, name);
    let outcome: FileOutcome;
    try {
      outcome = await scoreOne(path.join(folder, name), name, c, profile, policy);
    } catch (error) {
      outcome = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) {
      decimals = outcome.decimals;
      rows.push(...outcome.rows);
      scoredFiles += 1;
    } else {
      progress.clear();
      c.err(c.msg('cli.batch.failed', { file: name, reason: outcome.reason }));
      failed.push({ file: name, reason: outcome.reason });
    }
  }
  progress.update(names.length, '');
  progress.clear();

  try {
    await saveXlsxAtomic(summaryWorkbook(rows, failed, decimals, c), summary);
  } catch (error) {
    if (!isXlsxError(error)) throw error;
    c.failText(error.localized(c.locale));
    return EXIT.usage;
  }
  c.err(c.msg('cli.batch.done', { scored: scoredFiles, failed: failed.length, file: summary }));
  return failed.length ? EXIT.inputErrors : EXIT.ok;
}
