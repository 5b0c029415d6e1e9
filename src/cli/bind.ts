/**
 * `perfscore bind <form.xlsx>`: recognise a form without names and define the contract's
 * names over its own cells, writing nothing else, so that the add-in and the next run read it
 * as they read the template.
 */
import * as path from 'path';
import { isXlsxError } from '../hosts/xlsx/errors';
import { openWorkbookFile } from '../hosts/xlsx/workbook-file';
import { INDICATORS_NAME } from '../workbook/contract/contract';
import { bindingPlan, formsRequest, recognizeForms } from '../workbook/forms';
import { findName, indexNames } from '../workbook/contract/names';
import { applyAllOrNone } from '../workbook/safety/write-failed';
import { isArgError, parseArgs } from './args';
import { saveWorkbook, writeRefusal } from './file-safety';
import { bindingLines } from './forms-output';
import type { Console } from './io';
import { printProblems } from './problems';
import { fileKind, outputPath } from './score';
import { EXIT, fileFailure, usageError } from './usage';

const SPEC = { flags: ['--in-place', '--force'], options: ['--out', '--sheet', '--lang'] };

export async function bindCommand(argv: string[], c: Console): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (isArgError(args)) return usageError(c, args.key, args.params);
  const [file, ...extra] = args.positionals;
  if (!file) return usageError(c, 'cli.error.missingArgument', { what: '<in.xlsx>' });
  if (extra.length) return usageError(c, 'cli.error.extraArgument', { argument: extra[0] });
  if (fileKind(file) !== 'xlsx') return usageError(c, 'cli.error.unknownFileType', { file });
  const out = outputPath(file, args, c, 'bound');
  if (out === null) return EXIT.usage;

  const refusal = await writeRefusal(file, out, args, c);
  if (refusal) return fileFailure(c, refusal);

  // The workbook is edited as the package it is: only workbook.xml gains the names.
  let opened;
  try {
    opened = await openWorkbookFile(file);
  } catch (error) {
    if (isXlsxError(error)) return fileFailure(c, error.localized(c.locale));
    throw error;
  }
  const { host, legacy } = opened;
  const snapshot = await host.read(formsRequest());
  const named = findName(indexNames(snapshot), INDICATORS_NAME).found;
  if (named) {
    c.err(c.msg('cli.bind.hasNames', { file: path.basename(file), name: named.name }));
    return EXIT.ok;
  }
  const recognition = recognizeForms(snapshot);
  if (recognition.problems.length) {
    printProblems(c, recognition.problems);
    return EXIT.inputErrors;
  }
  const wanted = args.options.get('--sheet');
  const sheets = recognition.forms.map((f) => f.sheet).join('、');
  const forms = wanted ? recognition.forms.filter((f) => f.sheet === wanted) : recognition.forms;
  if (wanted && forms.length === 0) {
    c.fail('cli.bind.noSheet', { sheet: wanted, sheets });
    return EXIT.inputErrors;
  }
  if (forms.length > 1) {
    c.fail('cli.bind.several', { count: forms.length, sheets });
    return EXIT.inputErrors;
  }
  const [form] = forms;
  await applyAllOrNone(host, bindingPlan(form), snapshot, { locale: c.locale });
  const failed = await saveWorkbook(c, host, file, out, legacy);
  if (failed !== null) return failed;
  c.out(
    [
      ...bindingLines(form, c),
      ...form.names.map((n) =>
        c.msg('cli.bind.evidence', {
          name: n.name,
          where: n.where,
          because: n.evidence.map((e) => `${e.where}“${e.text}”`).join('，'),
        }),
      ),
    ].join('\n'),
  );
  c.err(c.msg('cli.written', { file: out }));
  return EXIT.ok;
}
