/** The audit and the mid-year monitoring, printed under the report table of `perfscore score`. */
import type { EvaluationResult } from '../engine/types';
import type { Console } from './io';
import { formatPercent as percent } from '../engine/format';
import { messageOf, paramsIn } from '../i18n/said';

export function renderAuditLines(result: EvaluationResult, c: Console): string[] {
  const lines: string[] = [];
  const m = result.monitoring;
  if (m) {
    lines.push('', c.msg('cli.monitor.header', { elapsed: percent(m.elapsed) }));
    if (m.execution)
      lines.push(c.msg('cli.monitor.execution', paramsIn(m.execution.params, c.locale)));
    for (const item of m.indicators)
      lines.push(
        c.msg(
          `cli.monitor.${item.cumulative ? 'cumulative' : 'rate'}`,
          paramsIn(item.params, c.locale),
        ),
      );
  }
  if (result.audit.length) {
    lines.push('', c.msg('cli.audit.header', { count: result.audit.length }));
    result.audit.forEach((a, i) =>
      lines.push(
        c.msg(a.severity === 'info' ? 'cli.audit.lineNote' : 'cli.audit.line', {
          n: i + 1,
          where: a.where || '—',
          message: messageOf(a, c.locale),
        }),
      ),
    );
  }
  return lines;
}
