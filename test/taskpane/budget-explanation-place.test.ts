/**
 * The budget's deviation line opened in the pane (static markup, no DOM): where the workbook
 * has a cell for the explanation (预算偏差说明) the line opens the editor; where it has none
 * (a recognised MOF form) it says how to add that cell instead, so nothing typed is lost on a
 * save that could not land anywhere.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { evaluate } from '../../src/engine';
import { LocaleContext } from '../../src/taskpane/i18n';
import { buildPaneModel } from '../../src/taskpane/model';
import { DeviationList } from '../../src/taskpane/DeviationList';
import type { Locale } from '../../src/engine/types';
import { loadInput } from '../report/helpers';

function openedBudgetLine(budgetReasonCell: boolean, locale: Locale = 'zh-CN'): string {
  const model = buildPaneModel(evaluate(loadInput()), locale);
  const budget = model.deviations.find((d) => d.target === 'budget');
  if (!budget) throw new Error('the seed has a budget deviation');
  const list = createElement(DeviationList, {
    items: model.deviations,
    selected: budget.key,
    saving: false,
    onSelect: () => undefined,
    onCancel: () => undefined,
    onSave: () => undefined,
    onEditorError: () => undefined,
    budgetReasonCell,
  });
  const html = renderToStaticMarkup(createElement(LocaleContext.Provider, { value: locale }, list));
  return html.replace(/&quot;/g, '"');
}

test('without a cell for it, the opened budget line says how to add one and offers no editor', () => {
  const html = openedBudgetLine(false);
  expect(html).toContain('data-testid="no-place"');
  expect(html).toContain('把它命名为“预算偏差说明”（公式 › 定义名称），再点“重新计算”');
  expect(html).toContain('关闭');
});

test('the same in English', () => {
  expect(openedBudgetLine(false, 'en-US')).toContain(
    'name it "预算偏差说明" (Formulas › Define Name) and click Recalculate',
  );
});

test('with a cell for it, the opened budget line loads the editor and says nothing of a missing cell', () => {
  const html = openedBudgetLine(true);
  expect(html).not.toContain('data-testid="no-place"');
  expect(html).not.toContain('预算偏差说明');
});
