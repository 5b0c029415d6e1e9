/** `perfscore score <in.json|in.xlsx>`: score one file, print the report, write the workbook. */
import * as path from 'path';
import { PROFILE_NAMES } from '../engine';
import { Decimal, roundHalfUp } from '../engine/decimal';
import { elapsedShare } from '../engine/monitoring';
import type { EvaluateOptions, EvaluationResult } from '../engine/types';
import { isLegacyName } from '../hosts/xlsx/workbook-file';
import type { ConflictPolicy } from '../workbook/port/types';
import { isArgError, parseArgs, type ParsedArgs } from './args';
import { renderAuditLines } from './audit-lines';
import { scoreJsonFile } from './evaluate-json';
import { scoreXlsxFile, type XlsxScored } from './evaluate-xlsx';
import { bindingLines, typedLines } from './forms-output';
import type { Console } from './io';
import { printConflicts, printProblems } from './problems';
import { renderHeader, renderReport, type ReportHeader } from './report';
import { saveWorkbook, writeRefusal } from './file-safety';
import { EXIT, fileFailure, usageError } from './usage';
import { auditJson, resultJson } from '../i18n/result-json';
import { messageOf } from '../i18n/said';

const SPEC = {
  flags: [
    '--json',
    '--in-place',
    '--overwrite',
    '--move-to-manual',
    '--monitor',
    '--no-detect',
    '--force',
  ],
  options: ['--profile', '--out', '--lang', '--elapsed'],
};

export type FileKind = 'json' | 'xlsx';

export function fileKind(file: string): FileKind | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls') return 'xlsx';
  return null;
}

/** A name the command line may create a new workbook under (.xlsx or .xlsm, never .xls). */
export function isNewWorkbookName(file: string): boolean {
  return fileKind(file) === 'xlsx' && !isLegacyName(file);
}

/** The checked --profile value; undefined when not given, null (after a message) when unknown. */
export function profileOption(args: ParsedArgs, c: Console): string | undefined | null {
  const profile = args.options.get('--profile');
  if (profile === undefined || PROFILE_NAMES.includes(profile)) return profile;
  usageError(c, 'cli.error.unknownProfile', { name: profile, profiles: PROFILE_NAMES.join(', ') });
  return null;
}

/** --overwrite / --move-to-manual; null (after a message) when both are given. */
export function conflictOption(args: ParsedArgs, c: Console): ConflictPolicy | null {
  const overwrite = args.flags.has('--overwrite');
  const move = args.flags.has('--move-to-manual');
  if (overwrite && move) {
    usageError(c, 'cli.error.conflictingOptions', {
      first: '--overwrite',
      second: '--move-to-manual',
    });
    return null;
  }
  return overwrite ? 'overwrite' : move ? 'moveToManual' : 'refuse';
}

/** The --elapsed text (0.5 or 50%) as an exact share, half-up to 4 decimals; NaN if no number. */
function elapsedOf(text: string): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const digits = percent ? trimmed.slice(0, -1).trim() : trimmed;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(digits)) return NaN;
  return roundHalfUp(new Decimal(digits).dividedBy(percent ? 100 : 1), 4).toNumber();
}

/** --monitor and --elapsed 0.5 | 50%; null (after a message) when the share is not in (0, 1]. */
export function monitorOptions(args: ParsedArgs, c: Console): EvaluateOptions | null {
  const text = args.options.get('--elapsed');
  const elapsed = text === undefined ? undefined : elapsedOf(text);
  if (elapsed !== undefined && elapsedShare(elapsed) === null) {
    usageError(c, 'monitor.badElapsed', { value: text ?? '' });
    return null;
  }
  return { mode: args.flags.has('--monitor') ? 'monitoring' : undefined, elapsed };
}

/** Where the scored workbook goes; null (after a message) when --out names the input. */
export function outputPath(
  file: string,
  args: ParsedArgs,
  c: Console,
  suffix = 'scored',
): string | null {
  if (args.flags.has('--in-place')) {
    if (path.extname(file).toLowerCase() === '.xls') {
      // A file problem with its way out, on one line.
      fileFailure(c, c.msg('cli.error.inPlaceXls'));
      return null;
    }
    if (args.options.has('--out')) {
      usageError(c, 'cli.error.conflictingOptions', { first: '--in-place', second: '--out' });
      return null;
    }
    return file;
  }
  const out = args.options.get('--out');
  if (out !== undefined) {
    if (path.resolve(out) === path.resolve(file)) {
      usageError(c, 'cli.error.outIsInput');
      return null;
    }
    return out;
  }
  // An .xls input is written as .xlsx (the .xlsx host cannot write the old format).
  const ext = path.extname(file);
  const outExt = isLegacyName(file) ? '.xlsx' : ext.toLowerCase();
  return path.join(path.dirname(file), `${path.basename(file, ext)}.${suffix}${outExt}`);
}

export function printResult(
  c: Console,
  json: boolean,
  result: EvaluationResult,
  header: ReportHeader,
  decimals: number,
): void {
  if (json) c.out(JSON.stringify(resultJson(result, c.locale), null, 2));
  else if (result.monitoring)
    // Mid-year monitoring: the traffic lights are the report; year-end scores do not exist yet.
    c.out(
      [
        ...renderHeader(result, header, c),
        ...result.provisionalReasons.map((r) => messageOf(r, c.locale)),
        ...renderAuditLines(result, c),
      ].join('\n'),
    );
  else
    c.out(
      [...renderReport(result, header, decimals, c), ...renderAuditLines(result, c)].join('\n'),
    );
}

export async function scoreCommand(argv: string[], c: Console): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (isArgError(args)) return usageError(c, args.key, args.params);
  const [file, ...extra] = args.positionals;
  if (!file) return usageError(c, 'cli.error.missingArgument', { what: '<in.json|in.xlsx>' });
  if (extra.length) return usageError(c, 'cli.error.extraArgument', { argument: extra[0] });
  const profile = profileOption(args, c);
  if (profile === null) return EXIT.usage;
  const policy = conflictOption(args, c);
  if (policy === null) return EXIT.usage;
  const kind = fileKind(file);
  if (!kind) return usageError(c, 'cli.error.unknownFileType', { file });
  const json = args.flags.has('--json');
  const monitoring = monitorOptions(args, c);
  if (monitoring === null) return EXIT.usage;
  const options = { locale: c.locale, profile, ...monitoring };

  if (kind === 'json') {
    for (const option of ['--in-place', '--overwrite', '--move-to-manual']) {
      if (args.flags.has(option)) return usageError(c, 'cli.error.optionOnlyForXlsx', { option });
    }
    for (const option of ['--out', '--force']) {
      if (args.options.has(option) || args.flags.has(option)) {
        return usageError(c, 'cli.error.optionOnlyForXlsx', { option });
      }
    }
    const scored = await scoreJsonFile(file, options);
    if (scored.kind === 'unreadable') return fileFailure(c, scored.message);
    if (scored.kind === 'inputErrors') {
      if (json && scored.result)
        c.out(JSON.stringify(resultJson(scored.result, c.locale), null, 2));
      printProblems(c, scored.problems);
      return EXIT.inputErrors;
    }
    const header = { department: scored.input.department, year: scored.input.year, file };
    printResult(c, json, scored.result, header, scored.decimals);
    return EXIT.ok;
  }

  if (args.flags.has('--monitor'))
    return usageError(c, 'cli.error.optionOnlyForJson', { option: '--monitor' });
  const out = outputPath(file, args, c);
  if (out === null) return EXIT.usage;
  const refusal = await writeRefusal(file, out, args, c);
  if (refusal) return fileFailure(c, refusal);
  const scored = await scoreXlsxFile(file, {
    ...options,
    now: c.now(),
    conflictPolicy: policy,
    detect: !args.flags.has('--no-detect'),
  });
  switch (scored.kind) {
    case 'unreadable':
      return fileFailure(c, scored.message);
    case 'inputErrors':
      printProblems(c, scored.problems);
      if (args.flags.has('--no-detect')) c.err(c.msg('cli.error.noDetect'));
      return EXIT.inputErrors;
    case 'conflicts':
      printConflicts(c, scored.conflicts, scored.policy);
      return EXIT.inputErrors;
  }
  if (scored.kind === 'forms') return printForms(c, json, scored, file, out);
  const failed = await saveWorkbook(c, scored.host, file, out, scored.legacy);
  if (failed !== null) return failed;
  const header = { department: scored.input.department, year: scored.input.year, file };
  printResult(c, json, scored.result, header, scored.decimals);
  if (scored.moved.length) {
    const cells = scored.moved.map((m) => `${m.from.where} → ${m.to.where}`).join('，');
    c.err(c.msg('cli.moved', { count: scored.moved.length, cells }));
  }
  c.err(c.msg('cli.written', { file: out }));
  return EXIT.ok;
}

/** A workbook without names: each recognised form, its cells, its result; saved when written. */
async function printForms(
  c: Console,
  json: boolean,
  scored: Extract<XlsxScored, { kind: 'forms' }>,
  file: string,
  out: string,
): Promise<number> {
  if (scored.written) {
    const failed = await saveWorkbook(c, scored.host, file, out, scored.legacy);
    if (failed !== null) return failed;
  }
  if (json) {
    c.out(
      JSON.stringify(
        scored.forms.map((f) => ({
          sheet: f.binding.sheet,
          names: f.binding.names.map((n) => ({ name: n.name, where: n.where })),
          result: f.outcome.result && resultJson(f.outcome.result, c.locale),
          written: f.outcome.written,
          typed: f.typed && {
            total: f.typed.total,
            where: f.typed.totalWhere,
            audit: f.typed.result.audit.map((item) => auditJson(item, c.locale)),
          },
        })),
        null,
        2,
      ),
    );
  }
  for (const form of scored.forms) {
    const result = form.outcome.result;
    if (!result) continue;
    const input = form.outcome.reading.input;
    if (!json) {
      c.out(bindingLines(form.binding, c).join('\n'));
      // With the department's own scores, the audit printed is theirs (typedLines).
      printResult(
        c,
        false,
        form.typed ? { ...result, audit: [] } : result,
        { department: input.department, year: input.year, file },
        result.scoreDecimals,
      );
      const typed = typedLines(form, result.scoreDecimals, c);
      if (typed.length) c.out(typed.join('\n'));
      c.out('');
    }
  }
  if (scored.forms.length > 1)
    c.err(c.msg('cli.forms.severalNoNames', { count: scored.forms.length }));
  if (scored.written) c.err(c.msg('cli.written', { file: out }));
  else c.err(c.msg('cli.forms.nothingWritten'));
  return EXIT.ok;
}
