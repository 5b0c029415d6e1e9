/**
 * A mid-year workbook (年中监控: every year-end actual blank, mid-year values given): the
 * recalculation writes each indicator's traffic light into 偏差状态, coloured like the statuses,
 * not 数据有误 for the blank actuals it expects; the total stays provisional.
 */
import { recalculate } from '../../src/workbook';
import { statusRules } from '../../src/workbook/results-sheet-status';
import { MemoryHost } from './helpers/memory-host';
import { MAIN, SEED, canonicalSeedWorkbook } from './helpers/seed-workbooks';

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
    // Provisional, never final.
    expect(String(wb.value(MAIN, 'F14'))).toContain('暂定');
    // Every light has its colour rule on the status column.
    const texts = outcome.plan?.conditionalFormats?.[0].rules.map((r) => r.text) ?? [];
    expect(texts).toEqual(expect.arrayContaining(['红灯', '黄灯', '绿灯']));
    expect(texts).toHaveLength(statusRules('zh-CN').length);
  });
});
