/**
 * `perfscore report <in.json|in.xlsx> --out <report.md|report.docx> [--profile NAME] [--force]
 * [--monitor] [--elapsed 0.5]`: drafts the self-evaluation report text from the evaluation
 * (src/report; at mid-year the 年中监控 draft, chosen like `perfscore score`) and writes it
 * atomically (a temporary file renamed into place). Nothing is written when the inputs have
 * errors; an existing file is kept unless --force is given.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { EvaluateOptions, EvaluationInput, EvaluationResult } from '../engine/types';
import { writeFileAtomic } from '../hosts/atomic-file';
import { draftReport, reportToMarkdown, type ReportDraft } from '../report';
import { isArgError, parseArgs } from './args';
import { scoreJsonFile } from './evaluate-json';
import { scoreXlsxFile } from './evaluate-xlsx';
import type { Console } from './io';
import { printConflicts, printProblems } from './problems';
import { reportDocx } from './report-docx';
import { fileKind, monitorOptions, profileOption } from './score';
import { EXIT, fileFailure, usageError } from './usage';

const SPEC = {
  flags: ['--force', '--monitor'],
  options: ['--out', '--profile', '--lang', '--elapsed'],
};

export type ReportFormat = 'md' | 'docx';

export function reportFormat(file: string): ReportFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md') return 'md';
  if (ext === '.docx') return 'docx';
  return null;
}

type Evaluated =
  { ok: true; input: EvaluationInput; result: EvaluationResult } | { ok: false; code: number };

/** Reads and evaluates the input through the same loaders as `perfscore score`. */
async function evaluateFile(
  file: string,
  profile: string | undefined,
  monitoring: EvaluateOptions,
  c: Console,
): Promise<Evaluated> {
  const options = { locale: c.locale, profile };
  const scored =
    fileKind(file) === 'json'
      ? await scoreJsonFile(file, { ...options, ...monitoring })
      : // Only the in-memory workbook is recalculated (and never saved): outputs may be replaced.
        await scoreXlsxFile(file, { ...options, now: c.now(), conflictPolicy: 'overwrite' });
  switch (scored.kind) {
    case 'scored':
      return { ok: true, input: scored.input, result: scored.result };
    case 'forms': {
      // A workbook without names: the report of its (first) recognised form.
      const form = scored.forms.find((f) => f.outcome.result);
      if (!form?.outcome.result) return { ok: false, code: EXIT.inputErrors };
      return { ok: true, input: form.outcome.reading.input, result: form.outcome.result };
    }
    case 'unreadable':
      return { ok: false, code: fileFailure(c, scored.message) };
    case 'inputErrors':
      printProblems(c, scored.problems);
      return { ok: false, code: EXIT.inputErrors };
    case 'conflicts':
      // Not expected with the overwrite policy; reported as `score` reports them.
      printConflicts(c, scored.conflicts, scored.policy);
      return { ok: false, code: EXIT.inputErrors };
  }
}

async function render(draft: ReportDraft, format: ReportFormat): Promise<Buffer> {
  return format === 'md' ? Buffer.from(reportToMarkdown(draft), 'utf8') : reportDocx(draft);
}

function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

export async function reportCommand(argv: string[], c: Console): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (isArgError(args)) return usageError(c, args.key, args.params);
  const [file, ...extra] = args.positionals;
  if (!file) return usageError(c, 'cli.error.missingArgument', { what: '<in.json|in.xlsx>' });
  if (extra.length) return usageError(c, 'cli.error.extraArgument', { argument: extra[0] });
  if (!fileKind(file)) return usageError(c, 'cli.error.unknownFileType', { file });
  const out = args.options.get('--out');
  if (out === undefined) {
    return usageError(c, 'cli.error.missingArgument', { what: '--out <report.md|report.docx>' });
  }
  const format = reportFormat(out);
  if (!format) return usageError(c, 'report.cli.unknownOutputType', { file: out });
  const profile = profileOption(args, c);
  if (profile === null) return EXIT.usage;
  const monitoring = monitorOptions(args, c);
  if (monitoring === null) return EXIT.usage;
  if (fileKind(file) === 'xlsx' && args.flags.has('--monitor')) {
    return usageError(c, 'cli.error.optionOnlyForJson', { option: '--monitor' });
  }
  const force = args.flags.has('--force');
  const exists = async (): Promise<boolean> =>
    fs.access(out).then(
      () => true,
      () => false,
    );
  if (!force && (await exists())) {
    c.fail('cli.error.targetExists', { file: out });
    return EXIT.usage;
  }

  const evaluated = await evaluateFile(file, profile, monitoring, c);
  if (!evaluated.ok) return evaluated.code;
  const draft = draftReport(evaluated.input, evaluated.result, c.locale);
  try {
    await writeFileAtomic(out, await render(draft, format), { replace: force });
  } catch (error) {
    if (isErrno(error) && error.code === 'EEXIST') {
      c.fail('cli.error.targetExists', { file: out });
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      c.fail('report.cli.cannotWrite', { file: out, reason });
    }
    return EXIT.usage;
  }
  c.err(
    c.msg(
      draft.monitoring
        ? 'report.cli.writtenMonitoring'
        : draft.provisional
          ? 'report.cli.writtenProvisional'
          : 'report.cli.written',
      { file: out },
    ),
  );
  return EXIT.ok;
}
