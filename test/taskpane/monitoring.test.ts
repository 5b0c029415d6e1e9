/**
 * Mid-year monitoring in the pane (issue 5, done-when): a mid-year copy of the seed (actuals
 * blank) shows 全年办件数量 at 45.5% of its target against half the year elapsed, and
 * 全程网办事项比例 (94.24%) already above its 88% target; lights in words, red lines first,
 * the composite provisional; the monitoring choice of the settings; the reason categories.
 */
import { evaluate } from '../../src/engine';
import type { EvaluationInput } from '../../src/engine/types';
import { buildPaneModel } from '../../src/taskpane/model';
import {
  buildMonitoringModel,
  monitorEditorItem,
  withCategory,
  type MonitoringModel,
} from '../../src/taskpane/monitor-model';
import {
  DEFAULT_MONITORING,
  elapsedFromPercent,
  loadMonitoringChoice,
  saveMonitoringChoice,
} from '../../src/taskpane/monitoring-choice';
import { loadInput } from '../report/helpers';
import { SHEET, col, row, scored, setup } from './pane-setup';

function midYearSeed(): EvaluationInput {
  const input = loadInput();
  for (const r of input.indicators) r.actual = null;
  return input;
}

function line(model: MonitoringModel, name: string) {
  const found = model.indicators.find((l) => l.name === name);
  if (!found) throw new Error(`no monitoring line for ${name}`);
  return found;
}

describe('a mid-year copy of the seed (actuals blank)', () => {
  const input = midYearSeed();
  const result = evaluate(input, { locale: 'zh-CN' });
  const midYear = input.indicators.map((r) => String(r.midYear ?? ''));
  const model = buildMonitoringModel(result, 'zh-CN', { midYear, budgetReason: '' })!;

  test('全年办件数量: 45.5% of its target done with half the year gone, 绿灯', () => {
    const l = line(model, '全年办件数量');
    expect(model.elapsedText).toBe('50%');
    expect(l.detail).toBe('完成年度目标的 45.5%，时间进度 50%');
    expect(l.progressText).toBe('进度 91%');
    expect(l.light).toBe('green');
    expect(l.lightText).toBe('绿灯');
    expect(l.likelihoodText).toBe('预计能完成');
    expect(l.reached).toBe(false);
  });

  test('全程网办事项比例: 94.24% at mid-year, already above its 88% target', () => {
    const l = line(model, '全程网办事项比例');
    expect(l.detail).toBe('年中 94.24%，目标 ≥88%');
    expect(l.reached).toBe(true);
    expect(l.lightText).toBe('绿灯');
  });

  test('red lines first, each light named in words; the counts add up', () => {
    const lights = model.indicators.map((l) => l.light);
    const firstGreen = lights.indexOf('green');
    expect(lights.slice(0, firstGreen).every((l) => l !== 'green')).toBe(true);
    expect(lights.lastIndexOf('red')).toBeLessThan(lights.indexOf('yellow'));
    expect(model.indicators.find((l) => l.light === 'red')?.lightText).toBe('红灯');
    expect(model.indicators.find((l) => l.light === 'yellow')?.lightText).toBe('黄灯');
    const total = model.counts.red + model.counts.yellow + model.counts.green;
    expect(total).toBe(model.indicators.length + (model.execution ? 1 : 0));
  });

  test('the summary shows the monitoring state, not a composite: time share, lights, spending', () => {
    expect(model.provisional).toBe(true);
    const pane = buildPaneModel(result, 'zh-CN');
    expect(pane.provisional).toBe(true);
    expect(pane.grade).toBe('待定');
    expect(pane.monitoringSummary).toEqual({
      elapsedText: '50%',
      elapsed: 0.5,
      // The same counts as the monitoring view's (the execution's light included).
      counts: model.counts,
      // 全年执行数 ÷ 全年预算数 of the seed, against half the year gone.
      spentText: '97.95%',
      spent: 0.9795,
    });
    expect(model.counts).toEqual({ red: 3, yellow: 1, green: 5 });
    // The headline says it is a mid-year monitoring: its reason is not repeated below it.
    expect(pane.provisionalReasons).toEqual([]);
  });

  test('a year-end result has no monitoring summary', () => {
    expect(buildPaneModel(evaluate(loadInput()), 'zh-CN').monitoringSummary).toBe(null);
  });

  test('input errors at mid-year are still listed as reasons', () => {
    const broken = midYearSeed();
    broken.budget = { ...broken.budget!, final: '一百万' };
    const pane = buildPaneModel(evaluate(broken, { locale: 'zh-CN' }), 'zh-CN');
    expect(pane.monitoringSummary).not.toBe(null);
    expect(pane.provisionalReasons).toContain('有 1 处数据错误待更正');
  });

  test('English lines', () => {
    const english = evaluate(input, { locale: 'en-US' });
    const m = buildMonitoringModel(english, 'en-US', { midYear, budgetReason: '' })!;
    expect(line(m, '全年办件数量').detail).toBe(
      '45.5% of the annual target done, 50% of the year elapsed',
    );
    expect(line(m, '全年办件数量').lightText).toBe('Green');
  });

  test('a result without monitoring has no monitoring view', () => {
    expect(
      buildMonitoringModel(evaluate(loadInput()), 'zh-CN', { midYear, budgetReason: '' }),
    ).toBe(null);
  });
});

describe('through the pane backend on the preview’s mid-year sample', () => {
  test('recalculation shows the lights with the sheet’s mid-year values and cells', async () => {
    const { backend } = await setup('midyear');
    const view = scored(await backend.recalculate('refuse'));
    expect(view.result.provisional).toBe(true);
    const model = buildMonitoringModel(view.result, 'zh-CN', {
      midYear: view.midYear,
      budgetReason: view.budgetReason,
    })!;
    const done = line(model, '全年办件数量');
    expect(done.detail).toBe('完成年度目标的 45.5%，时间进度 50%');
    const online = line(model, '全程网办事项比例');
    expect(online.detail).toBe('年中 94.24%，目标 ≥88%');
    expect(online.reached).toBe(true);
    // Each line points at its mid-year cell.
    const index = view.result.indicators.findIndex((r) => r.name === '全年办件数量');
    expect(done.where).toBe(`${SHEET}!${col('midYear')}${row(index)}`);
  });

  test('chosen in the settings: the year-end seed shows lights at the chosen share of the year', async () => {
    const { backend } = await setup('seed');
    const plain = scored(await backend.recalculate('refuse'));
    expect(plain.result.monitoring).toBeUndefined();
    const view = scored(
      await backend.recalculate('refuse', { monitoring: { enabled: true, elapsed: 0.75 } }),
    );
    expect(view.result.monitoring?.elapsed).toBe(0.75);
    // The year-end composite stays what it is (final: 99.26 优).
    expect(view.result.total).toBe(99.26);
    expect(view.result.provisional).toBe(false);
    const model = buildMonitoringModel(view.result, 'zh-CN', {
      midYear: view.midYear,
      budgetReason: '',
    })!;
    expect(model.elapsedText).toBe('75%');
    expect(line(model, '全年办件数量').detail).toBe('完成年度目标的 45.5%，时间进度 75%');
  });

  test('a mid-year input keeps monitoring at the elapsed share chosen', async () => {
    const { backend } = await setup('midyear');
    const view = scored(
      await backend.recalculate('refuse', { monitoring: { enabled: false, elapsed: 0.4 } }),
    );
    expect(view.result.monitoring?.elapsed).toBe(0.4);
  });
});

describe('reason categories', () => {
  const labels = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'];

  test('a category chip prefixes the reason, replacing one already there', () => {
    expect(withCategory('', '经费保障', labels, 'zh-CN')).toBe('经费保障：');
    expect(withCategory('资金拨付延迟', '经费保障', labels, 'zh-CN')).toBe(
      '经费保障：资金拨付延迟',
    );
    expect(withCategory('经费保障：资金拨付延迟', '人员保障', labels, 'zh-CN')).toBe(
      '人员保障：资金拨付延迟',
    );
    expect(withCategory('Funding: late transfer', 'Staff', ['Funding', 'Staff'], 'en-US')).toBe(
      'Staff: late transfer',
    );
  });

  test('a line with a categorised reason shows its category; the editor opens on that row', () => {
    const input = midYearSeed();
    const index = input.indicators.findIndex((r) => r.name === '全年办件数量');
    input.indicators[index].reason = '人员保障：窗口人员不足';
    const result = evaluate(input);
    const model = buildMonitoringModel(result, 'zh-CN', { midYear: [], budgetReason: '' })!;
    const l = line(model, '全年办件数量');
    expect(l.categoryText).toBe('人员保障');
    const item = monitorEditorItem(l);
    expect(item.target).toBe(index);
    expect(item.reason).toBe('人员保障：窗口人员不足');
    expect(item.state).toBe('explained');
  });
});

describe('the monitoring choice of the settings', () => {
  function memoryStorage(): Storage {
    const data = new Map<string, string>();
    return {
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      getItem: (k) => data.get(k) ?? null,
      key: (i) => [...data.keys()][i] ?? null,
      removeItem: (k) => void data.delete(k),
      setItem: (k, v) => void data.set(k, String(v)),
    };
  }

  test('remembered in the storage; off at 50% when nothing (or nonsense) is stored', () => {
    const store = memoryStorage();
    expect(loadMonitoringChoice(store)).toEqual(DEFAULT_MONITORING);
    saveMonitoringChoice({ enabled: true, elapsed: 0.75 }, store);
    expect(loadMonitoringChoice(store)).toEqual({ enabled: true, elapsed: 0.75 });
    store.setItem('perfscore.monitoring', '{"enabled":true,"elapsed":7}');
    expect(loadMonitoringChoice(store)).toEqual({ enabled: true, elapsed: 0.5 });
    store.setItem('perfscore.monitoring', 'not json');
    expect(loadMonitoringChoice(store)).toEqual(DEFAULT_MONITORING);
    expect(loadMonitoringChoice(null)).toEqual(DEFAULT_MONITORING);
  });

  test('the elapsed share is typed in percent', () => {
    expect(elapsedFromPercent('50')).toBe(0.5);
    expect(elapsedFromPercent('75%')).toBe(0.75);
    expect(elapsedFromPercent(' 100 ')).toBe(1);
    expect(elapsedFromPercent('0')).toBeNull();
    expect(elapsedFromPercent('120')).toBeNull();
    expect(elapsedFromPercent('一半')).toBeNull();
  });
});
