/**
 * Mid-year monitoring chosen in the workbook's 评分规则 (monitor, elapsed): the recalculation
 * writes what the pane shows. A year-end workbook with monitor 年中监控 and elapsed 75% gets the
 * mid-year status line at 75% and no composite; monitor 年终 keeps a mid-year copy's blank
 * actuals pending as at any year end; a bad value names its cell.
 */
import { recalculate } from '../../src/workbook';
import { MemoryHost } from './helpers/memory-host';
import { MAIN, SEED, SEED_TOTAL, canonicalSeedWorkbook } from './helpers/seed-workbooks';
import { messageOf } from '../../src/i18n/said';

function withRules(rows: [string, string | number][]) {
  const wb = canonicalSeedWorkbook();
  wb.put('评分规则', 'A1', rows).define('Rules', `评分规则!A1:B${rows.length}`);
  return wb;
}

const run = (wb: ReturnType<typeof withRules>) =>
  recalculate(new MemoryHost(wb), { conflictPolicy: 'refuse', now: new Date(2026, 6, 1) });

describe('mid-year monitoring as a rule of the workbook', () => {
  it('monitor 年中监控, elapsed 75%: the status line says 年中监控（时间进度 75%）, no composite', async () => {
    const wb = withRules([
      ['monitor', '年中监控'],
      ['elapsed', '75%'],
    ]);
    const outcome = await run(wb);
    expect(outcome.written).toBe(true);
    expect(outcome.result?.errors).toEqual([]);
    const m = outcome.result!.monitoring!;
    expect(m.elapsed).toBe(0.75);
    const lights = [m.execution!, ...m.indicators];
    const count = (light: string) => lights.filter((item) => item.light === light).length;
    expect(wb.value(MAIN, 'F14')).toBe(
      `年中监控（时间进度 75%）：红灯 ${count('red')}、黄灯 ${count('yellow')}、绿灯 ${count('green')}`,
    );
    expect([wb.value(MAIN, 'B14'), wb.value(MAIN, 'D14')]).toEqual(['', '待定']);
  });

  it('without the rows (monitor 自动) a year-end workbook is scored as always', async () => {
    const wb = withRules([['profile', 'mof-2020']]);
    const outcome = await run(wb);
    expect(outcome.result?.monitoring).toBeUndefined();
    expect([wb.value(MAIN, 'B14'), wb.value(MAIN, 'D14')]).toEqual([SEED_TOTAL, '优']);
  });

  it('monitor 年终: a mid-year copy is not monitored; its blank actuals stay to be filled', async () => {
    const wb = withRules([['monitor', '年终']]);
    SEED.indicators.forEach((_, i) => wb.put(MAIN, `H${5 + i}`, [['']]));
    const outcome = await run(wb);
    expect(outcome.result?.monitoring).toBeUndefined();
    expect(outcome.result?.provisional).toBe(true);
    expect(String(wb.value(MAIN, 'F14'))).not.toContain('年中监控');
    expect(wb.value(MAIN, 'D14')).toBe('待定');
  });

  it('a bad elapsed names its cell in 评分规则', async () => {
    const wb = withRules([
      ['monitor', 'on'],
      ['elapsed', '二分之一'],
    ]);
    const outcome = await run(wb);
    expect(outcome.result?.errors.map((e) => e.where)).toEqual(['评分规则!B2']);
    expect(messageOf(outcome.result!.errors[0], 'zh-CN')).toContain('elapsed');
  });
});
