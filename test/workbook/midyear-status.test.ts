/**
 * A mid-year workbook (年中监控: every year-end actual blank, mid-year values given): the
 * recalculation writes each indicator's traffic light into 偏差状态, coloured like the statuses,
 * not 数据有误 for the blank actuals it expects. No composite, grade or execution score is
 * written at mid-year (a 6.90 "composite" of the spending alone would read as a failing score):
 * Result_Status gives the elapsed share and the lights instead.
 */
import {
  LOG_SHEET,
  readState,
  recalculate,
  snapshotRequest,
  undoLastRecalculation,
} from '../../src/workbook';
import { statusRules } from '../../src/workbook/sheets/results-sheet-status';
import { MemoryHost } from './helpers/memory-host';
import { MAIN, SEED, SEED_TOTAL, canonicalSeedWorkbook } from './helpers/seed-workbooks';

function midYearSeed() {
  const wb = canonicalSeedWorkbook();
  // Actuals (column H, rows 5–12) blank; the budget spent so far at mid-year.
  SEED.indicators.forEach((_, i) => wb.put(MAIN, `H${5 + i}`, [['']]));
  wb.put(MAIN, 'D2', [[90]]);
  return wb;
}

describe('recalculating a mid-year workbook', () => {
  it('writes the traffic lights into 偏差状态, never 数据有误 for the blank actuals', async () => {
    const wb = midYearSeed();
    const outcome = await recalculate(new MemoryHost(wb), {
      conflictPolicy: 'refuse',
      now: new Date('2026-07-01T09:00:00+08:00'),
    });
    expect(outcome.written).toBe(true);
    expect(outcome.result?.monitoring).toBeDefined();
    const statuses = SEED.indicators.map((ind, i) => [ind.name, wb.value(MAIN, `M${5 + i}`)]);
    expect(statuses).toEqual(
      outcome.result!.monitoring!.indicators.map((item) => [
        item.name,
        { red: '红灯', yellow: '黄灯', green: '绿灯' }[item.light],
      ]),
    );
    // The done-when rows: 全年办件数量 on pace, 全程网办事项比例 above its target.
    expect(statuses).toContainEqual(['全年办件数量', '绿灯']);
    expect(statuses).toContainEqual(['全程网办事项比例', '绿灯']);
    expect(statuses.map(([, s]) => s)).not.toContain('数据有误');
    // Completion and score stay blank: there is no year-end value to score.
    expect(SEED.indicators.map((_, i) => wb.value(MAIN, `K${5 + i}`))).toEqual(
      SEED.indicators.map(() => ''),
    );
    // No composite, no grade, no execution score before the year end: the status line gives
    // the elapsed share and the lights (the budget execution's and the indicators').
    const lights = [
      outcome.result!.monitoring!.execution!,
      ...outcome.result!.monitoring!.indicators,
    ];
    const count = (light: string) => lights.filter((item) => item.light === light).length;
    expect(wb.value(MAIN, 'F14')).toBe(
      `年中监控（时间进度 50%）：红灯 ${count('red')}、黄灯 ${count('yellow')}、绿灯 ${count('green')}`,
    );
    expect(count('red') + count('yellow') + count('green')).toBe(SEED.indicators.length + 1);
    expect(wb.value(MAIN, 'B14')).toBe('');
    expect(wb.value(MAIN, 'D14')).toBe('待定');
    expect(wb.value(MAIN, 'G2')).toBe('');
    // The share of the budget spent so far is real information: kept (90 of the final budget).
    expect(wb.value(MAIN, 'F2')).toBe(Number((90 / SEED.budget.final).toFixed(4)));
    // The 评分记录 line: no total, 待定, 年中监控 instead of 最终/暂定.
    expect(['C2', 'D2', 'E2'].map((a) => wb.value(LOG_SHEET, a))).toEqual(['', '待定', '年中监控']);
    // Every light has its colour rule on the status column.
    const texts = outcome.plan?.conditionalFormats?.[0].rules.map((r) => r.text) ?? [];
    expect(texts).toEqual(expect.arrayContaining(['红灯', '黄灯', '绿灯']));
    expect(texts).toHaveLength(statusRules('zh-CN').length);
  });

  it('clears the composite the year-end recalculation wrote, and undo brings it back', async () => {
    const wb = canonicalSeedWorkbook();
    const host = new MemoryHost(wb);
    const first = await recalculate(host, { conflictPolicy: 'refuse', now: new Date(2026, 0, 5) });
    expect(first.written).toBe(true);
    const yearEnd = { total: wb.value(MAIN, 'B14'), grade: wb.value(MAIN, 'D14') };
    expect(yearEnd).toEqual({ total: SEED_TOTAL, grade: '优' });
    // The same workbook turned into a mid-year copy: the product's own 99.26 is no conflict.
    SEED.indicators.forEach((_, i) => wb.put(MAIN, `H${5 + i}`, [['']]));
    const second = await recalculate(host, {
      conflictPolicy: 'refuse',
      now: new Date(2026, 6, 1),
    });
    expect(second.conflicts).toEqual([]);
    expect(second.written).toBe(true);
    expect([wb.value(MAIN, 'B14'), wb.value(MAIN, 'D14'), wb.value(MAIN, 'G2')]).toEqual([
      '',
      '待定',
      '',
    ]);
    // The state records what was written (blank), so a third run sees no hand-typed value.
    const state = readState(await host.read(snapshotRequest()));
    expect(state.get(`${MAIN}!B14`) ?? '').toBe('');
    const third = await recalculate(host, { conflictPolicy: 'refuse', now: new Date(2026, 6, 2) });
    expect(third.conflicts).toEqual([]);
    const undone = await undoLastRecalculation(host);
    // A run that changes nothing keeps the last record: undo goes back to the year-end values.
    expect(undone.undone).toBe(true);
    expect({ total: wb.value(MAIN, 'B14'), grade: wb.value(MAIN, 'D14') }).toEqual(yearEnd);
  });

  it('a composite typed by hand into Result_Total at mid-year is a conflict, never overwritten', async () => {
    const wb = midYearSeed();
    wb.put(MAIN, 'B14', [[85]]);
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: new Date() });
    expect(outcome.written).toBeFalsy();
    expect(outcome.blocking?.map((c) => c.where)).toContain(`${MAIN}!B14`);
    expect(wb.value(MAIN, 'B14')).toBe(85);
  });
});
