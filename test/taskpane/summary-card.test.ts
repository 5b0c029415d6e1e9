/**
 * The summary card as the pane renders it (static markup, no DOM): at mid-year (年中监控) its
 * headline is the monitoring state (时间进度, the red / yellow / green counts, the budget spent
 * against the time share) with 待定 for the grade and no composite number, no execution
 * score, no level-1 scores; at year end the composite and the grade as before.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { evaluate } from '../../src/engine';
import type { EvaluationInput, Locale } from '../../src/engine/types';
import { LocaleContext } from '../../src/taskpane/i18n';
import { buildPaneModel } from '../../src/taskpane/model';
import { SummaryCard } from '../../src/taskpane/SummaryCard';
import { asCells } from '../../src/cli/json-input';
import { loadInput, loadPlain } from '../report/helpers';

function midYearSeed(): EvaluationInput {
  const plain = loadPlain();
  for (const r of plain.indicators) r.actual = null;
  return asCells(plain);
}

/** The card's text, tags removed (each element's text separated by a space). */
function cardText(input: EvaluationInput, locale: Locale): string {
  const model = buildPaneModel(evaluate(input), locale);
  const card = createElement(SummaryCard, { model });
  const html = renderToStaticMarkup(createElement(LocaleContext.Provider, { value: locale }, card));
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the summary card at mid-year', () => {
  const text = cardText(midYearSeed(), 'zh-CN');
  const midYearTotal = evaluate(midYearSeed()).total.toFixed(2);

  test('headline: 年中监控, the time share and the lights; the grade 待定', () => {
    expect(text).toContain('年中监控 时间进度 50%');
    expect(text).toContain('红灯 2 ▲ 黄灯 1 ● 绿灯 6');
    expect(text).toContain('评价等级 待定');
    expect(text).toContain('尚无全年实际完成值，不计综合得分');
  });

  test('the budget spent against the time share, and no score anywhere', () => {
    expect(text).toContain('已支出全年预算 97.95%');
    expect(text).toContain('已支出全年预算的 97.95%，时间进度 50%');
    // The execution score alone (9.80) is what the engine's total is at mid-year.
    expect(midYearTotal).toBe('9.80');
    expect(text).not.toContain(midYearTotal);
    for (const word of ['综合得分 ·', '满分', '执行率得分', '一级指标得分', '暂定得分'])
      expect(text).not.toContain(word);
  });

  test('in English', () => {
    const english = cardText(midYearSeed(), 'en-US');
    expect(english).toContain('Mid-year monitoring 50% of the year elapsed');
    expect(english).toContain('Red 2 ▲ Yellow 1 ● Green 6');
    expect(english).toContain('Grade Pending');
    expect(english).toContain('97.95% of the year’s budget spent, 50% of the year elapsed');
    expect(english).not.toContain('9.80');
  });
});

describe('the summary card at year end', () => {
  test('the composite 99.26 out of 100 and 优, the execution score and the level-1 scores', () => {
    const text = cardText(loadInput(), 'zh-CN');
    expect(text).toContain('99.26 满分 100');
    expect(text).toContain('评价等级 优');
    expect(text).toContain('执行率得分 9.80 / 10.00');
    expect(text).toContain('一级指标得分');
    expect(text).not.toContain('年中监控');
  });
});
