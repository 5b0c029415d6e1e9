import { evaluate } from '../../src/engine';
import { asCells } from '../../src/cli/json-input';
import type { PlainInput } from '../../src/engine/types';
import seed from '../fixtures/seed-2023.input.json';
import seedManual from '../fixtures/seed-2023-manual-scores.input.json';
import { input, run } from './helpers';
import { auditJson, resultJson } from '../../src/i18n/result-json';
import { messageOf } from '../../src/i18n/said';

describe('audit of the 2023 seed', () => {
  it('lists 预算经费 with the department’s manual scores: published 11.76, rule 12.00', () => {
    const result = evaluate(asCells(seedManual as PlainInput));
    expect(result.total).toBe(99.02);
    expect(result.audit.map((item) => auditJson(item, 'zh-CN'))).toEqual([
      {
        code: 'manualDiffers',
        where: 'indicators[1].manualScore',
        message: '预算经费：人工得分 11.76 与规则得分 12.00 不一致',
        params: { name: '预算经费', manual: '11.76', rule: '12.00' },
        severity: 'warning',
      },
    ]);
  });

  it('finds nothing in the seed scored by rule (212.65 − 24.81 = 187.84, weights 10/50/30/10)', () => {
    expect(evaluate(asCells(seed as PlainInput)).audit).toEqual([]);
  });

  it('is in the JSON result and in the requested language', () => {
    const result = evaluate(asCells(seedManual as PlainInput));
    const json = JSON.parse(JSON.stringify(resultJson(result, 'en-US'))) as {
      audit: { message: string }[];
    };
    expect(json.audit[0].message).toBe('预算经费: manual score 11.76, rule score 12.00');
  });
});

describe('audit of manual scores', () => {
  it('lists a manual score that differs, with its cell, and not one equal to the rule', () => {
    const r = run([
      { name: '办件', target: '≥100件', actual: 90, weight: 45, manualScore: 45 },
      { name: '满意度', target: '≥90%', actual: '95%', weight: 45, manualScore: 45 },
    ]);
    expect(r.audit.map((a) => [a.code, a.where, a.params.manual, a.params.rule])).toEqual([
      ['manualDiffers', 'indicators[0].manualScore', '45.00', '40.50'],
    ]);
  });

  it('names the workbook cell of the manual score', () => {
    const r = run([
      {
        target: '≥100件',
        actual: 90,
        weight: 90,
        manualScore: { value: 80, where: '绩效指标!L7' },
      },
    ]);
    expect(r.audit[0].where).toBe('绩效指标!L7');
  });
});

describe('audit of the budget: 年初 + 调整 = 全年', () => {
  const rows = [{ target: '≥1件', actual: 1, weight: 90 }];

  it('flags an initial budget plus adjustment that is not the final budget, at the adjustment', () => {
    const r = run(rows, { budget: { initial: 200, adjustment: -10, final: 180, spent: 180 } });
    expect(r.audit).toHaveLength(1);
    expect(r.audit[0]).toMatchObject({
      code: 'budgetMismatch',
      where: 'budget.adjustment',
      params: { initial: '200', adjustment: '-10', final: '180', sum: '190' },
    });
    expect(messageOf(r.audit[0], 'zh-CN')).toBe(
      '年初预算数 200 + 调整数 -10 = 190，不等于全年预算数 180',
    );
  });

  it('names the adjustment cell of a workbook', () => {
    const r = run(rows, {
      budget: {
        initial: { value: 200, where: '预算执行!B3' },
        adjustment: { value: 5, where: '预算执行!C3' },
        final: { value: 180, where: '预算执行!D3' },
        spent: 180,
      },
    });
    expect(r.audit.map((a) => a.where)).toEqual(['预算执行!C3']);
  });

  it('adds exactly in decimals (0.1 + 0.2 = 0.3) and says nothing when a figure is missing', () => {
    expect(
      run(rows, { budget: { initial: 0.1, adjustment: 0.2, final: 0.3, spent: 0.3 } }).audit,
    ).toEqual([]);
    expect(run(rows, { budget: { initial: 200, final: 180, spent: 180 } }).audit).toEqual([]);
  });
});

describe('audit of the weights', () => {
  it('points weights not adding up to 100 at the weight column of the sheet', () => {
    const cell = (value: number, row: number) => ({ value, where: `绩效指标!J${row}` });
    const r = run([
      { target: '≥1件', actual: 1, weight: cell(40, 5) },
      { target: '≥1件', actual: 1, weight: cell(40, 6) },
    ]);
    const item = r.audit.find((a) => a.code === 'weightsNot100');
    expect(item).toMatchObject({ where: '绩效指标!J5:J6', params: { sum: '90' } });
    expect(item && messageOf(item, 'zh-CN')).toBe('各项分值合计为 90，不是 100');
  });

  it('uses the JSON path for a JSON file', () => {
    const r = run([{ target: '≥1件', actual: 1, weight: 80 }]);
    expect(r.audit.map((a) => [a.code, a.where])).toEqual([
      ['weightsNot100', 'indicators[*].weight'],
    ]);
  });

  it('notes level-1 weights other than 10/50/30/10 (as information)', () => {
    const r = run([
      { level1: '产出指标', target: '≥1件', actual: 1, weight: 40 },
      { level1: '效益指标', target: '≥1件', actual: 1, weight: 40 },
      { level1: '满意度指标', target: '≥90%', actual: '95%', weight: 10 },
    ]);
    expect(r.audit.map((a) => [a.code, a.severity])).toEqual([['levelWeights', 'info']]);
    expect(messageOf(r.audit[0], 'zh-CN')).toContain('10/50/30/10');
    expect(messageOf(r.audit[0], 'zh-CN')).toContain('产出指标 40');
  });
});

describe('audit of mid-year values of cumulative indicators', () => {
  it('flags a count lower at year end than at mid-year, at the mid-year cell', () => {
    const r = run([
      {
        name: '办件数量',
        target: '≥40万件',
        midYear: { value: 50, where: '绩效指标!G7' },
        actual: '45万件',
        weight: 90,
      },
    ]);
    expect(r.audit).toHaveLength(1);
    expect(r.audit[0]).toMatchObject({
      code: 'midYearAboveYearEnd',
      where: '绩效指标!G7',
      params: { name: '办件数量', midYear: '50', actual: '45万件' },
    });
  });

  it('compares amounts exactly in their unit and ignores rates in %', () => {
    const rows = [
      // 0.5万人次 = 5000人次 < 5001人次: fine.
      {
        name: '培训人次',
        target: '≥4000人次',
        midYear: '0.5万人次',
        actual: '5001人次',
        weight: 45,
      },
      // A rate may fall between mid-year and year end (the seed's 全程网办事项比例).
      {
        name: '网办比例',
        target: '≥88%',
        midYear: '94.24%',
        actual: '83.22%',
        weight: 45,
        reason: '有变动',
      },
    ];
    expect(evaluate(input(rows)).audit).toEqual([]);
    rows[0].actual = '4999人次';
    expect(evaluate(input(rows)).audit.map((a) => a.code)).toEqual(['midYearAboveYearEnd']);
  });
});
