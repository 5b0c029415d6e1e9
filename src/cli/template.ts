/**
 * `perfscore template <out.xlsx> [--sample] [--force]`: the 自评表 template workbook, made as
 * the pane's 插入模板 makes it (the template's write plan, applied to a blank package by the
 * package host); the sample is scored on the same host, and the file saved atomically.
 */
import { isXlsxError, savePackageAtomic, templateWorkbook } from '../hosts/xlsx';
import { recalculate } from '../workbook/recalculation/recalculate';
import { buildTemplateSpec } from '../workbook/template';
import { isArgError, parseArgs } from './args';
import { existingTarget } from './file-safety';
import type { Console } from './io';
import { printProblems } from './problems';
import { renderReport } from './report';
import { isNewWorkbookName } from './score';
import { EXIT, fileFailure, usageError } from './usage';

const SPEC = { flags: ['--sample', '--force'], options: [] };

export async function templateCommand(argv: string[], c: Console): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (isArgError(args)) return usageError(c, args.key, args.params);
  const [out, ...extra] = args.positionals;
  if (!out) return usageError(c, 'cli.error.missingArgument', { what: '<out.xlsx>' });
  if (extra.length) return usageError(c, 'cli.error.extraArgument', { argument: extra[0] });
  if (!isNewWorkbookName(out)) return usageError(c, 'cli.error.unknownFileType', { file: out });
  const refusal = args.flags.has('--force') ? null : await existingTarget(out, c);
  if (refusal) return fileFailure(c, refusal);
  const sample = args.flags.has('--sample');
  const host = await templateWorkbook(buildTemplateSpec({ sample, locale: c.locale }), out);
  let report: string[] = [];
  if (sample) {
    const outcome = await recalculate(host, {
      locale: c.locale,
      now: c.now(),
      conflictPolicy: 'refuse',
    });
    if (outcome.problems.length || !outcome.result) {
      printProblems(c, outcome.problems);
      return EXIT.inputErrors;
    }
    const input = outcome.reading.input;
    report = renderReport(
      outcome.result,
      { department: input.department, year: input.year, file: out },
      outcome.result.scoreDecimals,
      c,
    );
  }
  try {
    await savePackageAtomic(host, out);
  } catch (error) {
    if (!isXlsxError(error)) throw error;
    c.failText(error.localized(c.locale));
    return EXIT.usage;
  }
  if (report.length) c.out(report.join('\n'));
  c.err(c.msg(sample ? 'cli.template.sampleWritten' : 'cli.template.written', { file: out }));
  return EXIT.ok;
}
