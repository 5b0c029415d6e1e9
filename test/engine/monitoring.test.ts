import { evaluate } from '../../src/engine';
import { ProblemError } from '../../src/engine/messages';
import { resultJson } from '../../src/i18n/result-json';
import { messageOf } from '../../src/i18n/said';
import { isMidYearInput, monitor, reasonCategory } from '../../src/engine/monitoring';
import type { EvaluationInput, MonitorItem, PlainInput, PlainRules } from '../../src/engine/types';
import { asCells } from '../../src/cli/json-input';
import seed from '../fixtures/seed-2023.input.json';
import { input } from './helpers';

/**
 * The seed as it stood at the mid-year monitoring: every actual blank, the mid-year values of
 * the report (年中监控实际完成值), and spending so far 129.67万元 (the report's mid-year value
 * of 预算经费).
 */
function midYearSeed(): EvaluationInput {
  return asCells(midYearSeedPlain());
}

/** The same mid-year seed as a JSON file writes it (bare values). */
function midYearSeedPlain(): PlainInput {
  const copy = JSON.parse(JSON.stringify(seed)) as PlainInput;
  copy.budget.spent = 129.67;
  for (const row of copy.indicators) row.actual = null;
  return copy;
}

const byName = (items: MonitorItem[], name: string) => items.find((i) => i.name === name);

describe('mid-year monitoring of the 2023 seed (actuals blank)', () => {
  const result = evaluate(midYearSeed());
  const items = result.monitoring?.indicators ?? [];

  it('is detected as a mid-year monitoring and never final', () => {
    expect(isMidYearInput(midYearSeed())).toBe(true);
    expect(result.monitoring?.elapsed).toBe(0.5);
    expect(result.provisional).toBe(true);
    expect(result.grade).toBe('待定');
    expect(result.errors).toEqual([]);
    // One reason says why, instead of a "actual missing" line per row.
    expect(result.provisionalReasons.map((p) => p.code)).toEqual(['monitor.provisional']);
    expect(messageOf(result.provisionalReasons[0], 'zh-CN')).toContain('年中监控');
  });

  it('counts the lights of each level-1 indicator; with the execution’s they make the total', () => {
    const sum = { red: 0, yellow: 0, green: 0 };
    for (const level of result.levels)
      for (const light of ['red', 'yellow', 'green'] as const) sum[light] += level.lights![light];
    sum[result.monitoring!.execution!.light] += 1;
    expect(sum).toEqual(result.monitoring!.lights);
    expect(result.monitoring!.lights).toEqual({ red: 2, yellow: 1, green: 6 });
  });

  it('shows 全年办件数量 at 45.5% of its target against half the year: progress 91%, green', () => {
    expect(byName(items, '全年办件数量')).toMatchObject({
      index: 4,
      where: 'indicators[4].midYear',
      cumulative: true,
      completion: 0.455,
      progress: 0.91,
      light: 'green',
      likelihood: 'likely',
    });
    expect(messageOf(byName(items, '全年办件数量')!, 'zh-CN')).toBe(
      '全年办件数量：进度 91.00%，绿灯，预计能完成',
    );
  });

  it('shows 全程网办事项比例 (94.24%) already above its 88% target (a rate, green)', () => {
    expect(byName(items, '全程网办事项比例')).toMatchObject({
      cumulative: false,
      completion: 1.0709,
      progress: 1.0709,
      light: 'green',
      likelihood: 'likely',
    });
  });

  it('compares an execution rate with the elapsed share: 46.91% at 50% of the year is green', () => {
    // An execution rate adds up over the year (cumulativeNames: 执行率): 46.91% ÷ 50% = 93.82%.
    expect(byName(items, '项目支出预算执行率')).toMatchObject({
      cumulative: true,
      completion: 0.4691,
      progress: 0.9382,
      light: 'green',
      likelihood: 'likely',
    });
  });

  it('lights a rate that is a level behind its target red whatever the time share', () => {
    const plain = midYearSeedPlain();
    const row = plain.indicators.find((r) => r.name === '项目支出预算执行率')!;
    row.cumulative = '否';
    const level = evaluate(asCells(plain)).monitoring!.indicators;
    expect(byName(level, '项目支出预算执行率')).toMatchObject({
      cumulative: false,
      progress: 0.4691,
      light: 'red',
      likelihood: 'unlikely',
    });
  });

  it('projects a ceiling amount to the year end (预算经费 129.67 of ≤212.65万元 → yellow)', () => {
    // 129.67 ÷ 0.5 = 259.34 > 212.65: 1 − 46.69 ÷ 212.65 = 78.04%.
    expect(byName(items, '预算经费')).toMatchObject({
      cumulative: true,
      completion: 0.6098,
      progress: 0.7804,
      light: 'yellow',
      likelihood: 'atRisk',
    });
  });

  it('compares budget execution with the elapsed share: 129.67 ÷ 187.84 = 69.03% → 138.06%', () => {
    expect(resultJson(result, 'zh-CN').monitoring?.execution).toMatchObject({
      index: null,
      where: 'budget.spent',
      name: '预算执行',
      completion: 0.6903,
      progress: 1.3806,
      light: 'green',
    });
  });

  it('offers the monitoring deviation categories', () => {
    expect(resultJson(result, 'zh-CN').monitoring?.categories.map((c) => c.label)).toEqual([
      '经费保障',
      '制度保障',
      '人员保障',
      '硬件条件保障',
      '其他',
    ]);
    expect(byName(items, '全程网办事项比例')?.category).toBe('other');
    expect(byName(items, '群众满意度')?.category).toBeNull();
  });
});

describe('monitoring options and thresholds', () => {
  it('uses the elapsed share given (a quarter of the year: 45.5% of the target is 182%)', () => {
    const r = evaluate(midYearSeed(), { elapsed: 0.25 });
    const item = byName(r.monitoring?.indicators ?? [], '全年办件数量');
    expect(item?.progress).toBe(1.82);
    expect(messageOf(item!, 'en-US')).toBe('全年办件数量: pace 182.00%, green, likely');
  });

  it('lights red below 60%, yellow below 80%, green from 80% (profile keys)', () => {
    const light = (midYear: string, rules?: PlainRules) =>
      evaluate(input([{ target: '≥100件', midYear, weight: 90 }], { rules }), {
        mode: 'monitoring',
      }).monitoring?.indicators[0].light;
    // Half the year: 29.99件 is 59.98% of the pace, 30件 60%, 39.99件 79.98%, 40件 80%.
    expect(['29.99', '30', '39.99', '40'].map((m) => light(m))).toEqual([
      'red',
      'yellow',
      'yellow',
      'green',
    ]);
    expect(light('29.99', { monitoringRed: '50%', monitoringYellow: '70%' })).toBe('yellow');
  });

  it('reports a budget spent too slowly as red', () => {
    const r = evaluate(
      input([{ target: '≥100件', midYear: 50, weight: 90 }], {
        budget: { final: 200, spent: 50 },
      }),
      { mode: 'monitoring' },
    );
    expect(r.monitoring?.execution).toMatchObject({
      completion: 0.25,
      progress: 0.5,
      light: 'red',
    });
  });

  it('is chosen with mode, and never with mode "final"', () => {
    const full = evaluate(asCells(seed as PlainInput), { mode: 'monitoring' });
    expect(full.monitoring?.indicators).toHaveLength(8);
    expect(full.provisional).toBe(true);
    expect(full.provisionalReasons[0].code).toBe('monitor.provisional');
    expect(evaluate(asCells(seed as PlainInput)).monitoring).toBeUndefined();
    const final = evaluate(midYearSeed(), { mode: 'final' });
    expect(final.monitoring).toBeUndefined();
    expect(final.provisionalReasons.map((p) => p.code)).toContain('engine.pending.actualBlank');
  });

  it('rejects an elapsed share outside (0, 1] with a clear message', () => {
    const r = evaluate(midYearSeed(), { elapsed: 1.5 });
    expect(r.errors.map((e) => [e.where, messageOf(e, 'zh-CN')])).toEqual([
      ['elapsed', '时间进度 1.5 无效：应为 0 到 1 之间的比例（如 0.5）'],
    ]);
    expect(r.monitoring).toBeUndefined();
    expect(() => monitor(midYearSeed(), r, { elapsed: 0 })).toThrow(ProblemError);
    try {
      monitor(midYearSeed(), r, { elapsed: 0 });
    } catch (error) {
      expect(messageOf((error as ProblemError).problem, 'zh-CN')).toContain('时间进度 0 无效');
    }
  });

  it('can be run on its own over an evaluated input', () => {
    const copy = midYearSeed();
    const m = monitor(copy, evaluate(copy, { mode: 'final' }), { elapsed: 0.5 });
    expect(byName(m.indicators, '全年办件数量')?.progress).toBe(0.91);
  });

  it('sorts deviation reasons into the monitoring categories', () => {
    expect(reasonCategory('上级资金未及时拨付')).toBe('funding');
    expect(reasonCategory('审批流程调整')).toBe('system');
    expect(reasonCategory('人员不足')).toBe('staff');
    expect(reasonCategory('办事系统升级停机')).toBe('hardware');
    expect(reasonCategory('天气原因')).toBe('other');
    expect(reasonCategory('')).toBeNull();
  });

  it('lets the category label a chip wrote decide over the keywords', () => {
    expect(reasonCategory('制度保障：预算下达较晚')).toBe('system');
    expect(reasonCategory('其他：系统升级')).toBe('other');
    expect(reasonCategory('Staff: budget cut')).toBe('staff');
    expect(reasonCategory('  硬件条件保障:经费不足')).toBe('hardware');
    // Without a leading label the keywords still decide.
    expect(reasonCategory('预算下达较晚，制度保障不足')).toBe('funding');
  });
});

describe('which indicators are cumulative (是否累计, else the profile)', () => {
  const row = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    target: '=100%',
    midYear: '40%',
    actual: null,
    weight: 90,
    ...extra,
  });
  const budget = { final: 100, spent: 50 };

  it('by default an execution rate is cumulative and a satisfaction rate is not', () => {
    const r = evaluate(
      asCells({ budget, indicators: [row('项目支出预算执行率'), row('群众满意度')] }),
    );
    expect(r.indicators.map((i) => i.cumulative)).toEqual([true, false]);
    expect(r.monitoring!.indicators.map((i) => i.progress)).toEqual([0.8, 0.4]);
  });

  it('the profile keys change the default; the row’s own 是否累计 wins over them', () => {
    const r = evaluate(
      asCells({
        budget,
        indicators: [row('群众满意度'), row('项目支出预算执行率', { cumulative: '否' })],
        rules: { cumulativeNames: '满意度' },
      }),
    );
    expect(r.indicators.map((i) => i.cumulative)).toEqual([true, false]);
  });

  it('a 是否累计 value that is neither 是 nor 否 is an input error naming its cell', () => {
    const r = evaluate(
      asCells({
        budget,
        indicators: [row('办件数量', { cumulative: { value: '大概', where: '绩效指标!K7' } })],
      }),
    );
    expect(r.errors.map((e) => [e.where, e.code])).toEqual([
      ['绩效指标!K7', 'engine.row.cumulativeBad'],
    ]);
    expect(messageOf(r.errors[0], 'zh-CN')).toContain('“大概”');
  });
});
