/**
 * Mid-year monitoring in the pane: a mid-year copy of the seed (actuals
 * blank) shows 全年办件数量 at 45.5% of its target against half the year elapsed, and
 * 全程网办事项比例 (94.24%) already above its 88% target; lights in words, red lines first,
 * the composite provisional; monitoring chosen in the settings (the 评分规则 keys monitor and
 * elapsed, saved in the workbook: the sheet and the pane agree); the reason categories.
 */
import { evaluate } from '../../src/engine';
import { asCells } from '../../src/cli/json-input';
import type { PlainInput } from '../../src/engine/types';
import { buildPaneModel } from '../../src/taskpane/model';
import {
  buildMonitoringModel,
  monitorEditorItem,
  withCategory,
  type MonitoringModel,
} from '../../src/taskpane/monitor-model';
import type { PaneBackend } from '../../src/taskpane/backend';
import { loadInput, loadPlain } from '../report/helpers';
import { SHEET, address, cell, col, row, scored, setup } from './pane-setup';

/** Sets 评分规则 keys as the settings dialog does (read the rows, change values, save). */
async function saveRules(backend: PaneBackend, values: Record<string, string>): Promise<void> {
  const rows = (await backend.readSettings()).rows!;
  for (const key of Object.keys(values)) expect(rows.map((r) => r.key)).toContain(key);
  await backend.saveSettings(
    rows.map((r) => (r.key in values ? { ...r, value: values[r.key] } : r)),
  );
}

/** The Result_Status cell (评价状态) as the recalculation wrote it. */
function statusCell(fake: Awaited<ReturnType<typeof setup>>['fake']): unknown {
  return cell(fake, address('Result_Status'))?.value;
}

/** The seed as written, every actual blank (bare values, as a JSON file has them). */
function midYearSeed(): PlainInput {
  const input = loadPlain();
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
  const result = evaluate(asCells(input));
  const model = buildMonitoringModel(result, 'zh-CN', { budgetReason: '' })!;

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
    expect(model.counts).toEqual({ red: 2, yellow: 1, green: 6 });
    // The headline says it is a mid-year monitoring: its reason is not repeated below it.
    expect(pane.provisionalReasons).toEqual([]);
  });

  test('the budget item at mid-year: no score, no 预算执行率低于 90% to explain', () => {
    const half = midYearSeed();
    half.budget = { ...half.budget!, spent: 80, adjustment: -24.81 };
    const budgetOf = (r: ReturnType<typeof evaluate>) =>
      buildPaneModel(r, 'zh-CN').deviations.find((d) => d.target === 'budget');
    const midYear = budgetOf(evaluate(asCells(half)))!;
    expect(midYear.completionText).toBe('42.59%');
    expect(midYear.scoreText).toBe('');
    expect(midYear.flags.map((f) => f.code)).toEqual(['budgetAdjusted']);
    // The same figures at year-end: scored, and the low execution is to be explained.
    const yearEnd = budgetOf(evaluate(asCells(half), { mode: 'final' }))!;
    expect(yearEnd.scoreText).toBe('4.26 / 10.00');
    expect(yearEnd.flags.map((f) => f.code)).toEqual(['executionBelow', 'budgetAdjusted']);
  });

  test('a year-end result has no monitoring summary', () => {
    expect(buildPaneModel(evaluate(loadInput()), 'zh-CN').monitoringSummary).toBe(null);
  });

  test('input errors at mid-year are still listed as reasons', () => {
    const broken = midYearSeed();
    broken.budget = { ...broken.budget!, final: '一百万' };
    const pane = buildPaneModel(evaluate(asCells(broken)), 'zh-CN');
    expect(pane.monitoringSummary).not.toBe(null);
    expect(pane.provisionalReasons).toContain('有 1 处数据错误待更正');
  });

  test('English lines', () => {
    const english = evaluate(asCells(input));
    const m = buildMonitoringModel(english, 'en-US', { budgetReason: '' })!;
    expect(line(m, '全年办件数量').detail).toBe(
      '45.5% of the annual target done, 50% of the year elapsed',
    );
    expect(line(m, '全年办件数量').lightText).toBe('Green');
  });

  test('a result without monitoring has no monitoring view', () => {
    expect(buildMonitoringModel(evaluate(loadInput()), 'zh-CN', { budgetReason: '' })).toBe(null);
  });
});

describe('through the pane backend on the preview’s mid-year sample', () => {
  test('recalculation shows the lights with the sheet’s mid-year values and cells', async () => {
    const { backend } = await setup('midyear');
    const view = scored(await backend.recalculate('refuse'));
    expect(view.result.provisional).toBe(true);
    const model = buildMonitoringModel(view.result, 'zh-CN', {
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

  test('chosen in the settings (monitor 年中监控, elapsed 75%): the pane and the sheet both monitor at 75%', async () => {
    const { fake, backend } = await setup('seed');
    const plain = scored(await backend.recalculate('refuse'));
    expect(plain.result.monitoring).toBeUndefined();
    await saveRules(backend, { monitor: '年中监控', elapsed: '75%' });
    const view = scored(await backend.recalculate('refuse'));
    expect(view.result.monitoring?.elapsed).toBe(0.75);
    // A monitoring is never a final score: no grade on the pane, none on the sheet.
    expect(view.result.provisional).toBe(true);
    const model = buildMonitoringModel(view.result, 'zh-CN', {
      budgetReason: '',
    })!;
    expect(model.elapsedText).toBe('75%');
    expect(line(model, '全年办件数量').detail).toBe('完成年度目标的 45.5%，时间进度 75%');
    expect(String(statusCell(fake))).toMatch(
      /^年中监控（时间进度 75%）：红灯 \d+、黄灯 \d+、绿灯 \d+/,
    );
  });

  test('a mid-year input monitors at the elapsed share of the rules; monitor 年终 turns it off', async () => {
    const { fake, backend } = await setup('midyear');
    await saveRules(backend, { elapsed: '40%' });
    const view = scored(await backend.recalculate('refuse'));
    expect(view.result.monitoring?.elapsed).toBe(0.4);
    expect(String(statusCell(fake))).toMatch(/^年中监控（时间进度 40%）/);
    await saveRules(backend, { monitor: '年终' });
    const final = scored(await backend.recalculate('refuse'));
    expect(final.result.monitoring).toBeUndefined();
    expect(final.result.provisional).toBe(true);
    expect(String(statusCell(fake))).not.toMatch(/年中监控/);
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
    const result = evaluate(asCells(input));
    const model = buildMonitoringModel(result, 'zh-CN', { budgetReason: '' })!;
    const l = line(model, '全年办件数量');
    expect(l.categoryText).toBe('人员保障');
    const item = monitorEditorItem(l);
    expect(item.target).toBe(index);
    expect(item.reason).toBe('人员保障：窗口人员不足');
    expect(item.state).toBe('explained');
  });

  test('the chip chosen decides the category shown, whatever words the reason holds', () => {
    const input = midYearSeed();
    const index = input.indicators.findIndex((r) => r.name === '全年办件数量');
    const shown = (reason: string, locale: 'zh-CN' | 'en-US' = 'zh-CN') => {
      input.indicators[index].reason = reason;
      const model = buildMonitoringModel(evaluate(asCells(input)), locale, {
        budgetReason: '',
      })!;
      return line(model, '全年办件数量').categoryText;
    };
    expect(shown('制度保障：预算下达较晚')).toBe('制度保障');
    expect(shown('其他：系统升级')).toBe('其他');
    expect(shown('Staff: budget arrived late', 'en-US')).toBe('Staff');
    expect(shown('预算下达较晚')).toBe('经费保障');
  });
});
