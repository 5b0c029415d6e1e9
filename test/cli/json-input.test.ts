/** The JSON reader hands the engine cells, as a workbook's reading does. */
import { evaluate } from '../../src/engine';
import type { PlainInput } from '../../src/engine/types';
import { asCells } from '../../src/cli/json-input';
import { messageOf } from '../../src/i18n/said';

const doc = (): PlainInput => ({
  unit: '万元',
  budget: { initial: 100, final: 100, spent: 98, lines: [{ name: '基本支出', final: 100 }] },
  indicators: [{ name: '办件数量', target: '≥100件', actual: '九十件', weight: 90 }],
});

describe('asCells', () => {
  it('gives every value the place it has in the file', () => {
    const input = asCells(doc());
    expect(input.budget.spent).toEqual({ value: 98, where: 'budget.spent' });
    expect(input.budget.lines![0].final).toEqual({ value: 100, where: 'budget.lines[0].final' });
    expect(input.indicators[0].actual).toEqual({ value: '九十件', where: 'indicators[0].actual' });
    // Fields the file does not have stay absent; the document itself is not changed.
    expect('manualScore' in input.indicators[0]).toBe(false);
    expect(doc().indicators[0].actual).toBe('九十件');
  });

  it('keeps the place of a value that has its cell, and gives one to a cell without', () => {
    const input = asCells({
      budget: {
        final: { value: 100, where: '绩效自评表!E4' },
        spent: { value: 0.98, numberFormat: '0%' },
      },
      indicators: [],
    });
    expect(input.budget.final).toEqual({ value: 100, where: '绩效自评表!E4' });
    expect(input.budget.spent).toEqual({ value: 0.98, numberFormat: '0%', where: 'budget.spent' });
  });

  it('scores the cells, and a bad value is named by its path', () => {
    const cells = evaluate(asCells(doc()));
    expect(cells.errors.map((e) => [e.where, messageOf(e, 'zh-CN')])).toEqual([
      ['indicators[0].actual', '“办件数量”的实际完成值“九十件”不是数值，无法与年度指标值比较'],
    ]);
    expect(asCells(doc()).indicators[0].weight?.value).toBe(90);
  });
});
