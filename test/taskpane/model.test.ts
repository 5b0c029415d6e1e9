/**
 * The pane's view model on the seed sample: what the summary card and the deviations list
 * show, in Chinese and English; a provisional composite never looks final.
 */
import { evaluate } from '../../src/engine';
import { asCells } from '../../src/cli/json-input';
import type { EvaluationResult, PlainInput } from '../../src/engine/types';
import { SAMPLE } from '../../src/workbook/template/sample';
import {
  buildPaneModel,
  gradeLabel,
  percentText,
  phraseKeys,
  withAnnotation,
  withUnit,
} from '../../src/taskpane/model';
import { registerMessages, t } from '../../src/i18n/catalog';
import { paneEditorMessages } from '../../src/taskpane/messages-editor';

// The editor's texts, as the editor registers them when it loads.
registerMessages(paneEditorMessages);

const plain: PlainInput = {
  unit: SAMPLE.unit,
  budget: { ...SAMPLE.budget },
  indicators: SAMPLE.indicators.map((row) => ({ ...row })),
};
const input = asCells(plain);
const sample = (): EvaluationResult => evaluate(input);

describe('buildPaneModel on the seed sample', () => {
  const model = buildPaneModel(sample(), 'zh-CN');

  test('the summary: 99.26, 优, final; execution rate and score; subtotals per 一级指标', () => {
    expect(model.totalText).toBe('99.26');
    expect(model.grade).toBe('优');
    expect(model.gradeText).toBe('优');
    expect(model.provisional).toBe(false);
    expect(model.executionRateText).toBe('97.95%');
    expect(model.executionScoreText).toBe('9.80');
    expect(model.subtotals.map((s) => [s.level1, s.scoreText, s.weightText])).toEqual([
      ['产出指标', '55.00', '55.00'],
      ['效益指标', '24.46', '25.00'],
      ['满意度指标', '10.00', '10.00'],
    ]);
  });

  test('deviations: the open budget adjustment first, then the explained rows in sheet order', () => {
    expect(model.deviations.map((d) => [d.name, d.state])).toEqual([
      ['预算执行', 'open'],
      ['全年办件数量', 'explained'],
      ['全程网办事项比例', 'explained'],
    ]);
    expect(model.openCount).toBe(1);
    expect(model.statusLine).toBe('1 项偏差待说明');
    const online = model.deviations[2];
    expect(online).toMatchObject({
      target: 5,
      targetText: '88%',
      actualText: '83.22%',
      completionText: '94.57%',
      scoreText: '9.46 / 10.00',
      phraseKind: 'shortfall',
      reason: '全程网办事项有所变动',
    });
    expect(online.flags.map((f) => f.code)).toEqual(['shortfall', 'midYearRegression']);
    expect(model.deviations[0].phraseKind).toBe('budget');
    expect(model.deviations[1].phraseKind).toBe('overAchievement');
  });

  test('English texts come from the catalog', () => {
    const en = buildPaneModel(evaluate(input), 'en-US');
    expect(en.deviations[0].name).toBe('Budget execution');
    expect(en.statusLine).toBe('1 open item(s)');
  });

  test('the budget explanation held by the workbook is offered for editing', () => {
    const withReason = buildPaneModel(sample(), 'zh-CN', { budgetReason: '调减预算' });
    expect(withReason.deviations[0].reason).toBe('调减预算');
  });
});

describe('a provisional composite', () => {
  test('is labelled 待定 with its reasons and the grade it would have', () => {
    const rows = plain.indicators.map((row, i) =>
      i === 7 ? { ...row, operator: '定性', target: '达成', actual: '部分达成' } : row,
    );
    const result = evaluate(asCells({ ...plain, indicators: rows }));
    const model = buildPaneModel(result, 'zh-CN');
    expect(result.provisional).toBe(true);
    expect(model.grade).toBe('待定');
    expect(model.provisional).toBe(true);
    expect(model.provisionalReasons.length).toBeGreaterThan(0);
    const manual = model.deviations.find((d) => d.name === '群众满意度');
    expect(manual).toMatchObject({ state: 'manual', phraseKind: 'manual' });
    expect(model.deviations.indexOf(manual!)).toBeLessThan(
      model.deviations.findIndex((d) => d.state === 'explained'),
    );
  });
});

describe('withAnnotation', () => {
  test('an explained budget adjustment leaves no open item', () => {
    const after = withAnnotation(sample(), 'budget', '年中调减预算', '');
    const model = buildPaneModel(after, 'zh-CN', { budgetReason: '年中调减预算' });
    expect(model.openCount).toBe(0);
    expect(model.deviations[0]).toMatchObject({ state: 'explained', reason: '年中调减预算' });
    expect(model.statusLine).toBe('所有偏差均已说明');
  });

  test('a row takes the new texts; an empty reason does not count as an explanation', () => {
    const rows = plain.indicators.map((row, i) => (i === 5 ? { ...row, reason: '' } : row));
    const open = evaluate(asCells({ ...plain, indicators: rows }));
    expect(open.indicators[5].status).toBe('needsExplanation');
    expect(withAnnotation(open, 5, '  ', 'x').indicators[5].status).toBe('needsExplanation');
    const explained = withAnnotation(open, 5, '=SUM(A1)', '+1');
    expect(explained.indicators[5]).toMatchObject({
      status: 'explained',
      reason: '=SUM(A1)',
      measures: '+1',
    });
    expect(explained.openCount).toBeLessThan(open.openCount);
  });
});

test('quick phrases exist in both languages for every kind', () => {
  for (const kind of ['shortfall', 'overAchievement', 'budget', 'manual', 'general'] as const) {
    const keys = phraseKeys(kind);
    expect(keys.reason.length).toBeGreaterThan(0);
    for (const key of [...keys.reason, ...keys.measures]) {
      expect(t(key, {}, 'zh-CN')).not.toBe('');
      expect(t(key, {}, 'en-US')).not.toBe('');
    }
  }
});

test('number texts: half-up percentages and units', () => {
  expect(percentText(0.94565)).toBe('94.57%');
  expect(percentText(null)).toBe('—');
  expect(withUnit('88', '%')).toBe('88%');
  expect(withUnit('72.3万件', '万件')).toBe('72.3万件');
  expect(withUnit('无发生额', '%')).toBe('无发生额');
});

describe('grades in the pane language', () => {
  test('English shows Excellent for 优 (the sheet keeps 优), Pending while provisional', () => {
    const english = buildPaneModel(sample(), 'en-US');
    expect(english.grade).toBe('优');
    expect(english.gradeText).toBe('Excellent');
    expect(gradeLabel('良', 'en-US')).toBe('Good');
    expect(gradeLabel('中', 'en-US')).toBe('Fair');
    expect(gradeLabel('差', 'en-US')).toBe('Poor');
    expect(gradeLabel('待定', 'en-US')).toBe('Pending');
    expect(gradeLabel('待定', 'zh-CN')).toBe('待定');
  });
});
