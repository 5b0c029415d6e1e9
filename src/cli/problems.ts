/** Printing input errors and output conflicts on standard error. */
import type { Problem } from '../engine/types';
import type { ConflictPolicy, OutputConflict } from '../workbook/port/types';
import type { Console } from './io';
import { messageOf } from '../i18n/said';

/** "indicators[3].actual：…" one per line, after a header line. */
export function printProblems(c: Console, problems: Problem[]): void {
  c.err(
    c.msg('cli.error.prefix', {
      message: c.msg('cli.error.inputErrors', { count: problems.length }),
    }),
  );
  for (const problem of problems) {
    c.err(
      c.msg('cli.error.problemLine', {
        where: problem.where || '—',
        message: messageOf(problem, c.locale),
      }),
    );
  }
}

function shown(conflict: OutputConflict): string {
  if (conflict.formula)
    return conflict.formula.startsWith('=') ? conflict.formula : `=${conflict.formula}`;
  return typeof conflict.value === 'string' ? `“${conflict.value}”` : String(conflict.value);
}

/** The cells holding hand-typed values, and the two ways forward. */
export function printConflicts(
  c: Console,
  conflicts: OutputConflict[],
  policy: ConflictPolicy,
): void {
  const header =
    policy === 'moveToManual'
      ? c.msg('cli.conflict.unmovable')
      : c.msg('cli.conflict.header', { count: conflicts.length });
  c.err(c.msg('cli.error.prefix', { message: header }));
  for (const conflict of conflicts) {
    c.err(c.msg('cli.conflict.cell', { where: conflict.where, value: shown(conflict) }));
  }
  c.err(
    c.msg(policy === 'moveToManual' ? 'cli.conflict.unmovableOptions' : 'cli.conflict.options'),
  );
}
