/**
 * The readable report of one evaluation: header, the indicator table, the budget execution
 * line, the composite and grade (clearly marked while provisional) and the flags, each with
 * what to do about it.
 */
import { Decimal } from 'decimal.js';
import type { EvaluationResult, Flag, IndicatorResult, RowStatus } from '../engine/types';
import type { Console } from './io';
import { renderTable, type Column } from './text-table';
import { formatFixed as fixed, formatPercent as percent } from '../engine/format';
import { messageOf } from '../i18n/said';

export interface ReportHeader {
  department?: string;
  year?: string | number;
  /** The file that was scored. */
  file?: string;
}

function plain(value: number): string {
  return new Decimal(value).toString();
}

const ADVICE_CODES = [
  'shortfall',
  'overAchievement',
  'overrideDiffers',
  'executionBelow',
  'budgetAdjusted',
  'needsManualScore',
  'incomplete',
  'weightsNot100',
  'nonStandardLevelWeights',
] as const;

type AdviceCode = (typeof ADVICE_CODES)[number] | 'other';

/** The advice for a flag; a shortfall that comes from a manual score is explained like one. */
function adviceCode(flag: Flag): AdviceCode {
  if (flag.params?.cause === 'manualScore') return 'overrideDiffers';
  return ADVICE_CODES.find((code) => code === flag.code) ?? 'other';
}

interface FlagItem {
  /** The line the flag belongs to: 'execution', 'overall' or the indicator's index. */
  line: string;
  subject: string;
  flag: Flag;
  state: 'open' | 'explained' | 'note';
  reason?: string;
}

function stateOf(flag: Flag, status: RowStatus | null): FlagItem['state'] {
  if (flag.severity === 'info') return 'note';
  return status === 'explained' ? 'explained' : 'open';
}

function flagItems(result: EvaluationResult, c: Console): FlagItem[] {
  const items: FlagItem[] = [];
  const execution = c.msg('cli.table.subject.execution');
  for (const flag of result.execution.flags) {
    items.push({
      line: 'execution',
      subject: execution,
      flag,
      state: stateOf(flag, result.execution.status),
    });
  }
  for (const row of result.indicators) {
    for (const flag of row.flags) {
      const state = stateOf(flag, row.status);
      items.push({
        line: String(row.index),
        subject: row.name,
        flag,
        state,
        reason: state === 'explained' && row.reason ? row.reason : undefined,
      });
    }
  }
  // Whole-evaluation notes; its warnings stand beside the composite (see renderReport).
  const overall = c.msg('cli.table.subject.overall');
  for (const flag of result.flags) {
    if (flag.severity === 'info')
      items.push({ line: 'overall', subject: overall, flag, state: 'note' });
  }
  return items;
}

/** `text`, made once for each value it is given (zero each time: 0 and -0 print apart). */
function remembered<K, V>(text: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (key === 0) return text(key);
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = text(key)));
    return value;
  };
}

function indicatorRows(
  result: EvaluationResult,
  decimals: number,
  withLevel1: boolean,
  c: Console,
): string[][] {
  const none = c.msg('cli.table.none');
  // A long table repeats its weights, scores, rates and statuses: each text is made once.
  const scoreText = remembered((score: number) => fixed(score, decimals));
  const rateText = remembered(percent);
  const weightText = remembered(plain);
  const statusText = remembered((status: RowStatus) => c.msg(`engine.status.${status}`));
  return result.indicators.map((row: IndicatorResult) => {
    let score = row.score === null ? none : scoreText(row.score);
    if (row.score !== null && row.manualScore !== null) {
      score = c.msg('cli.table.manualMark', { score });
    }
    const cells = [
      row.name,
      row.targetDisplay || none,
      row.actualDisplay || none,
      row.completion === null ? none : rateText(row.completion),
      weightText(row.weight),
      score,
      statusText(row.status),
    ];
    return withLevel1 ? [row.level1, ...cells] : cells;
  });
}

/** 一级指标得分: the engine's subtotal of each level 1, partial ones marked. */
function levelsLine(result: EvaluationResult, decimals: number, c: Console): string {
  const none = c.msg('cli.table.none');
  const levels = result.levels.map((level) =>
    c.msg(level.unscored > 0 ? 'cli.table.levelPartial' : 'cli.table.level', {
      name: level.name || c.msg('cli.table.noLevel'),
      score: level.score === null ? none : fixed(level.score, decimals),
      weight: plain(level.weight),
    }),
  );
  return c.msg('cli.table.levels', { levels: levels.join(c.msg('cli.table.levelSeparator')) });
}

/** The title lines: department, year, profile and file. */
export function renderHeader(result: EvaluationResult, header: ReportHeader, c: Console): string[] {
  const lines: string[] = [];
  const unknown = c.msg('cli.table.unknown');
  lines.push(c.msg('cli.table.title'));
  lines.push(c.msg('cli.table.department', { value: header.department || unknown }));
  lines.push(
    `${c.msg('cli.table.year', { value: header.year ?? unknown })}    ${c.msg('cli.table.profile', {
      value: result.profile,
    })}`,
  );
  // The rules that decided instead of the profile's, and where they were set.
  if (result.rules.length)
    lines.push(
      c.msg('cli.table.rules', {
        value: result.rules
          .map((r) => c.msg('cli.table.rule', { key: r.key, value: r.value, where: r.where }))
          .join('；'),
      }),
    );
  if (header.file) lines.push(c.msg('cli.table.source', { value: header.file }));
  lines.push('');
  return lines;
}

/** The report as lines of text. */
export function renderReport(
  result: EvaluationResult,
  header: ReportHeader,
  decimals: number,
  c: Console,
): string[] {
  const lines = renderHeader(result, header, c);

  const withLevel1 = result.indicators.some((row) => row.level1 !== '');
  const columns: Column[] = [
    { header: c.msg('cli.table.col.name'), align: 'left', maxWidth: 40 },
    { header: c.msg('cli.table.col.target'), align: 'left', maxWidth: 24 },
    { header: c.msg('cli.table.col.actual'), align: 'left', maxWidth: 24 },
    { header: c.msg('cli.table.col.completion'), align: 'right' },
    { header: c.msg('cli.table.col.weight'), align: 'right' },
    { header: c.msg('cli.table.col.score'), align: 'right' },
    { header: c.msg('cli.table.col.status'), align: 'left' },
  ];
  if (withLevel1) {
    columns.unshift({ header: c.msg('cli.table.col.level1'), align: 'left', maxWidth: 16 });
  }
  lines.push(...renderTable(columns, indicatorRows(result, decimals, withLevel1, c)));
  lines.push('');

  const ex = result.execution;
  const none = c.msg('cli.table.none');
  lines.push(
    c.msg('cli.table.execution', {
      rate: ex.rate === null ? none : percent(ex.rate),
      adjustmentRate: ex.adjustmentRate === null ? none : percent(ex.adjustmentRate),
      score: ex.score === null ? none : fixed(ex.score, decimals),
      weight: plain(ex.weight),
      status: c.msg(`engine.status.${ex.status}`),
    }),
  );
  // Without any level 1 (no 一级指标 column either) the total says it all.
  if (result.levels.some((level) => level.name !== '')) lines.push(levelsLine(result, decimals, c));
  lines.push('');

  const total = fixed(result.total, decimals);
  const max = plain(result.maxTotal);
  if (result.provisional) {
    lines.push(c.msg('cli.table.totalProvisional', { total, max, grade: result.provisionalGrade }));
    if (result.provisionalReasons.length) {
      lines.push(c.msg('cli.table.provisionalWhy'));
      for (const reason of result.provisionalReasons) {
        lines.push(c.msg('cli.table.reasonLine', { message: messageOf(reason, c.locale) }));
      }
    }
  } else {
    lines.push(c.msg('cli.table.totalFinal', { total, max, grade: result.grade }));
  }
  // Warnings about the whole evaluation stand beside the composite; it stays as it is.
  for (const warning of result.warnings) {
    lines.push(c.msg('cli.table.warningLine', { message: messageOf(warning, c.locale) }));
    lines.push(
      c.msg('cli.table.adviceLine', { advice: c.msg(`cli.advice.${adviceCode(warning)}`) }),
    );
  }
  lines.push('');

  const items = flagItems(result, c);
  const open = items.filter((item) => item.state === 'open');
  const rest = items.filter((item) => item.state !== 'open');
  if (open.length) {
    // One item per line awaiting an explanation or a manual score (result.openCount of them),
    // its flags side by side, each advice once.
    const byLine = new Map<string, FlagItem[]>();
    for (const item of open) byLine.set(item.line, [...(byLine.get(item.line) ?? []), item]);
    lines.push(c.msg('cli.table.openHeader', { count: byLine.size }));
    [...byLine.values()].forEach((flags, i) => {
      lines.push(
        c.msg('cli.table.flagLine', {
          n: i + 1,
          label: c.msg('cli.table.label.open'),
          subject: flags[0].subject,
          message: flags
            // The manual score's difference first, the shortfall it makes after it.
            .map((item) => item.flag)
            .sort(
              (x, y) =>
                Number(x.params?.cause === 'manualScore') -
                Number(y.params?.cause === 'manualScore'),
            )
            .map((flag) => messageOf(flag, c.locale))
            .join(c.msg('cli.table.flagSeparator')),
        }),
      );
      const advices = new Set(flags.map((item) => adviceCode(item.flag)));
      for (const code of advices)
        lines.push(c.msg('cli.table.adviceLine', { advice: c.msg(`cli.advice.${code}`) }));
    });
  } else {
    lines.push(c.msg('cli.table.noOpen'));
  }
  if (rest.length) {
    lines.push('');
    lines.push(c.msg('cli.table.doneHeader'));
    rest.forEach((item, i) => {
      const message = messageOf(item.flag, c.locale);
      lines.push(
        c.msg('cli.table.flagLine', {
          n: i + 1,
          label: c.msg(`cli.table.label.${item.state}`),
          subject: item.subject,
          message,
        }),
      );
      if (item.reason) lines.push(c.msg('cli.table.explanationLine', { reason: item.reason }));
    });
  }
  return lines;
}
