import { evaluate } from '../../src/engine';
import seed from '../fixtures/seed-2023.input.json';
import { asCells } from '../../src/cli/json-input';
import type { CellScalar, EvaluationInput, PlainInput } from '../../src/engine/types';
import { messageOf } from '../../src/i18n/said';

function withActual(actual: CellScalar, numberFormat?: string): EvaluationInput {
  const input = JSON.parse(JSON.stringify(seed)) as PlainInput;
  const row = input.indicators[5];
  // 全程网办事项比例, target ≥88%, in a row whose unit is %.
  row.unit = '%';
  row.actual = { value: actual, where: '绩效指标!H10', ...(numberFormat ? { numberFormat } : {}) };
  return asCells(input);
}

describe('a fraction typed into a General cell of a % row', () => {
  test('0.8322 against ≥88% is asked as an input problem naming the cell, never scored', () => {
    const result = evaluate(withActual(0.8322));
    expect(result.errors.map((e) => [e.where, messageOf(e, 'zh-CN')])).toEqual([
      [
        '绩效指标!H10',
        '“全程网办事项比例”的实际完成值 0.8322 是否应为 83.22%？该行单位是 %，而单元格不是百分比格式，0.8322 会按 0.8322% 计分；请输入 83.22%（或把单元格设为百分比格式）',
      ],
    ]);
    expect(result.provisional).toBe(true);
    expect(result.grade).toBe('待定');
  });

  test('the same number in a percent-formatted cell, or typed as 83.22, scores 99.26', () => {
    expect(evaluate(withActual(0.8322, '0.00%')).total).toBe(99.26);
    expect(evaluate(withActual(83.22)).total).toBe(99.26);
    expect(evaluate(withActual(83.22)).errors).toEqual([]);
  });
});
