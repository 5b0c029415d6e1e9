/**
 * The figures of the whole evaluation that every view shows: the subtotal of each level-1
 * indicator and the counts of open and explained lines. Derived here once; the pane, the
 * 评价结果 sheet, the report and the command line only format them.
 */
import { Decimal, ZERO } from './decimal';
import type {
  ExecutionResult,
  IndicatorResult,
  LevelScore,
  MonitoringResult,
  RowStatus,
} from './types';

/**
 * One subtotal per level-1 indicator, in the order first met. The scores are the rounded row
 * scores (the ones printed beside each row). A not-applicable row without a score (rescaled
 * away: notApplicable=rescale) leaves its level; under notApplicable=zero it scores 0 and its
 * weight stays in the level.
 */
export function levelScores(indicators: readonly IndicatorResult[]): LevelScore[] {
  const groups = new Map<string, { weight: Decimal; score: Decimal | null; unscored: number }>();
  for (const row of indicators) {
    const name = row.level1.trim();
    const group = groups.get(name) ?? { weight: ZERO, score: null, unscored: 0 };
    groups.set(name, group);
    if (row.status === 'notApplicable' && row.score === null) continue;
    group.weight = group.weight.plus(row.weight);
    if (row.score === null) group.unscored += 1;
    else group.score = (group.score ?? ZERO).plus(row.score);
  }
  return [...groups].map(([name, g]) => ({
    name,
    weight: g.weight.toNumber(),
    score: g.score === null ? null : g.score.toNumber(),
    unscored: g.unscored,
  }));
}

/** The levels with, at mid-year, the count of each light among their indicators. */
export function withLevelLights(
  levels: LevelScore[],
  indicators: readonly IndicatorResult[],
  monitoring: MonitoringResult,
): LevelScore[] {
  const byName = new Map(
    levels.map((level) => [level.name, { ...level, lights: { red: 0, yellow: 0, green: 0 } }]),
  );
  for (const item of monitoring.indicators) {
    const row = item.index === null ? undefined : indicators[item.index];
    const level = row ? byName.get(row.level1.trim()) : undefined;
    if (level) level.lights[item.light] += 1;
  }
  return [...byName.values()];
}

const OPEN: ReadonlySet<RowStatus> = new Set(['needsExplanation', 'needsManualScore']);

/**
 * Lines (the budget execution and each indicator) still awaiting an explanation or a manual
 * score, and lines whose deviation is explained.
 */
export function lineCounts(
  execution: Pick<ExecutionResult, 'status'>,
  indicators: readonly Pick<IndicatorResult, 'status'>[],
): { open: number; explained: number } {
  let open = 0;
  let explained = 0;
  for (const line of [execution, ...indicators]) {
    if (OPEN.has(line.status)) open += 1;
    else if (line.status === 'explained') explained += 1;
  }
  return { open, explained };
}
