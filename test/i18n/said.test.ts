/**
 * Words at the edge: an evaluation is the same whatever language it will be shown in; its
 * flags and problems are made into text where they are shown, in Chinese or in English.
 */
import { evaluate } from '../../src/engine';
import { asCells } from '../../src/cli/json-input';
import type { PlainInput } from '../../src/engine/types';
import { resultJson } from '../../src/i18n/result-json';
import { messageOf } from '../../src/i18n/said';
import seedManual from '../fixtures/seed-2023-manual-scores.input.json';

const plain = seedManual as PlainInput;
const input = asCells(plain);

describe('an evaluation', () => {
  it('says a flag as its code, catalog key and parameters, without text', () => {
    const row = evaluate(input).indicators.find((r) => r.name === '预算经费')!;
    const flag = row.flags.find((f) => f.code === 'overrideDiffers')!;
    expect(flag).toEqual({
      code: 'overrideDiffers',
      severity: 'warning',
      key: 'engine.flag.overrideDiffers',
      params: { name: '预算经费', manual: '11.76', rule: '12.00' },
    });
    expect(messageOf(flag, 'zh-CN')).toBe('人工得分 11.76 与规则得分 12.00 不一致，请说明调整理由');
    expect(messageOf(flag, 'en-US')).toBe(
      'Manual score 11.76 differs from the rule score 12.00; explain the adjustment',
    );
  });

  it('makes a parameter that is a text of its own in the message’s language', () => {
    const result = evaluate(
      asCells({
        ...plain,
        indicators: [{ name: '办件', target: '≥5件', actual: '#N/A', weight: 90 }],
      }),
    );
    expect(result.errors[0].params?.name).toBe('办件');
    const budget = evaluate(asCells({ ...plain, budget: { ...plain.budget, spent: '#REF!' } }));
    const error = budget.errors.find((e) => e.where === 'budget.spent')!;
    expect(error.params?.name).toEqual({ key: 'engine.budget.field.spent' });
    expect(messageOf(error, 'zh-CN')).toBe('单元格为错误值 #REF!，请更正“全年执行数”的数据');
    expect(messageOf(error, 'en-US')).toBe(
      'The cell holds the error value #REF!; correct the data of "amount spent"',
    );
  });
});

describe('the JSON output', () => {
  it('carries each message in the language asked, and the same figures in both', () => {
    const result = evaluate(input);
    const zh = resultJson(result, 'zh-CN');
    const en = resultJson(result, 'en-US');
    const row = (json: typeof zh) => json.indicators.find((r) => r.name === '预算经费')!;
    expect(row(zh).flags.map((f) => f.message)).toContain(
      '人工得分 11.76 与规则得分 12.00 不一致，请说明调整理由',
    );
    expect(row(en).flags.map((f) => f.message)).toContain(
      'Manual score 11.76 differs from the rule score 12.00; explain the adjustment',
    );
    expect([zh.total, zh.grade, zh.levels]).toEqual([en.total, en.grade, en.levels]);
    expect(JSON.stringify(zh)).not.toContain('"key"');
  });
});
