import { evaluate } from '../../src/engine';
import { asCells } from '../../src/cli/json-input';
import type { PlainInput } from '../../src/engine/types';
import seed from '../fixtures/seed-2023.input.json';
import seedManual from '../fixtures/seed-2023-manual-scores.input.json';
import { messageOf } from '../../src/i18n/said';

// scoring-rules.md §9: the seed report scored with the default profile (mof-2020).
const expected: [string, number, number, string, string[]][] = [
  // name, completion (uncapped, 4 dp), score, status, flag codes
  ['培训费下降率', 1, 8, 'ok', ['noOccurrence']],
  ['预算经费', 1, 12, 'ok', []],
  ['项目支出预算执行率', 1, 10, 'ok', []],
  ['政府采购执行率', 1, 10, 'ok', []],
  ['全年办件数量', 1.8075, 15, 'explained', ['overAchievement']],
  ['全程网办事项比例', 0.9457, 9.46, 'explained', ['shortfall', 'midYearRegression']],
  ['事项审批时间缩短', 1.0207, 15, 'ok', ['midYearRegression']],
  ['群众满意度', 1, 10, 'ok', []],
];

describe('the 2023 seed report, scored by rule (mof-2020)', () => {
  const result = evaluate(asCells(seed as PlainInput));

  it('gives the composite 99.26 and grade 优, final', () => {
    expect(result.errors).toEqual([]);
    expect(result.total).toBe(99.26);
    expect(result.maxTotal).toBe(100);
    expect(result.grade).toBe('优');
    expect(result.provisional).toBe(false);
    expect(result.profile).toBe('mof-2020');
  });

  it('scores budget execution 97.95% → 9.80, adjustment 11.67% flagged for explanation', () => {
    expect(result.execution.rate).toBe(0.9795);
    expect(result.execution.score).toBe(9.8);
    expect(result.execution.weight).toBe(10);
    expect(result.execution.adjustmentRate).toBe(0.1167);
    expect(result.execution.adjustment).toBe(-24.81);
    expect(result.execution.flags.map((f) => f.code)).toEqual(['budgetAdjusted']);
    expect(result.execution.status).toBe('needsExplanation');
  });

  it.each(expected)('%s: completion %s, score %s, %s', (name, completion, score, status, codes) => {
    const row = result.indicators.find((r) => r.name === name);
    expect(row).toBeDefined();
    expect(row?.completion).toBe(completion);
    expect(row?.score).toBe(score);
    expect(row?.status).toBe(status);
    expect(row?.flags.map((f) => f.code).sort()).toEqual([...codes].sort());
  });

  it('counts one open item: the budget adjustment without a reason', () => {
    expect(result.openCount).toBe(1);
  });

  it('prints row scores that add up to the printed total', () => {
    const rows = [result.execution.score, ...result.indicators.map((r) => r.score)] as number[];
    const cents = rows.reduce((a, s) => a + Math.round(s * 100), 0);
    expect(cents).toBe(9926);
  });
});

describe('the seed with the department’s published scores as manual scores', () => {
  const result = evaluate(asCells(seedManual as PlainInput));

  it('gives 99.02 优, as published', () => {
    expect(result.errors).toEqual([]);
    expect(result.total).toBe(99.02);
    expect(result.grade).toBe('优');
    expect(result.provisional).toBe(false);
  });

  it('flags 预算经费 overrideDiffers: manual 11.76 against the rule’s 12.00', () => {
    const row = result.indicators.find((r) => r.name === '预算经费');
    expect(row?.manualScore).toBe(11.76);
    expect(row?.ruleScore).toBe(12);
    expect(row?.score).toBe(11.76);
    expect(row?.flags.map((f) => f.code)).toContain('overrideDiffers');
    const flag = row?.flags.find((f) => f.code === 'overrideDiffers');
    expect(flag && messageOf(flag, 'zh-CN')).toContain('11.76');
  });

  it('finds no other difference between manual and rule scores', () => {
    const differing = result.indicators.filter((r) =>
      r.flags.some((f) => f.code === 'overrideDiffers'),
    );
    expect(differing.map((r) => r.name)).toEqual(['预算经费']);
  });
});
