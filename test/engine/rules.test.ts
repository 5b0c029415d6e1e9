import { evaluate, PROFILE_KEYS } from '../../src/engine';
import { profileEntries, ruleChoices, ruleLabel } from '../../src/i18n/rule-labels';
import { codes, input, row, run } from './helpers';
import type { PlainRules } from '../../src/engine/types';
import { messageOf } from '../../src/i18n/said';

describe('budget execution', () => {
  it('uses the final budget by default, the initial or initial + adjustment by executionDenominator', () => {
    const budget = { initial: 200, adjustment: -50, final: 160, spent: 144 };
    expect(
      run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], { budget }).execution.rate,
    ).toBe(0.9);
    expect(
      run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
        budget,
        rules: { executionDenominator: 'initial' },
      }).execution.rate,
    ).toBe(0.72);
    expect(
      run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
        budget,
        rules: { executionDenominator: 'initialPlusAdjustment' },
      }).execution.rate,
    ).toBe(0.96);
  });

  it('explains execution below 90%, not at exactly 90% (executionExplainBelow)', () => {
    const at90 = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      budget: { final: 100, spent: 90 },
    }).execution;
    expect(at90.score).toBe(9);
    expect(codes(at90)).toEqual([]);
    const below = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      budget: { final: 100, spent: 89.99 },
    }).execution;
    expect(codes(below)).toEqual(['executionBelow']);
    expect(below.status).toBe('needsExplanation');
    const other = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      budget: { final: 100, spent: 89.99 },
      rules: { executionExplainBelow: '85%' },
    }).execution;
    expect(codes(other)).toEqual([]);
    const off = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      budget: { final: 100, spent: 50 },
      rules: { executionBelow: false },
    }).execution;
    expect(codes(off)).toEqual([]);
  });

  it('caps execution above 100% at full marks', () => {
    expect(
      run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
        budget: { final: 100, spent: 120 },
      }).execution.score,
    ).toBe(10);
  });

  it('takes the execution weight from the budget, else executionWeight', () => {
    // A budget without a weight of its own.
    const r = run([{ target: '≥1', unit: '件', actual: 1, weight: 80 }], {
      budget: { spent: 50, weight: undefined },
      rules: { executionWeight: 20 },
    });
    expect(r.execution.weight).toBe(20);
    expect(r.execution.score).toBe(10);
    expect(r.total).toBe(90);
  });

  it('flags a mid-year adjustment (budgetAdjusted) until a reason is given', () => {
    const budget = { initial: 212.65, adjustment: -24.81, final: 187.84, spent: 183.99 };
    const open = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], { budget }).execution;
    expect(codes(open)).toEqual(['budgetAdjusted']);
    expect(open.status).toBe('needsExplanation');
    const explained = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      budget: { ...budget, reason: '年中调减' },
    }).execution;
    expect(explained.status).toBe('explained');
    const off = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      budget,
      rules: { budgetAdjusted: false },
    }).execution;
    expect(codes(off)).toEqual([]);
  });

  it('refuses a final budget of 0 with an error, not a score', () => {
    const r = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      budget: { final: 0, spent: 0 },
    });
    expect(r.execution.score).toBeNull();
    expect(r.errors.map((e) => e.where)).toEqual(['budget.final']);
    expect(r.grade).toBe('待定');
  });
});

describe('composite and grade bands', () => {
  // Execution 10 points in full + one row of 90 points whose score equals the actual.
  const total = (actual: number, rules?: PlainRules) =>
    run([{ target: '≥90', unit: '件', actual, weight: 90, reason: '说明' }], { rules });

  it.each([
    [80, 90, '优'],
    [79.99, 89.99, '良'],
    [70, 80, '良'],
    [69.99, 79.99, '中'],
    [50, 60, '中'],
    [49.99, 59.99, '差'],
  ])('actual %s → total %s → %s', (actual, expectedTotal, grade) => {
    const r = total(actual);
    expect(r.total).toBe(expectedTotal);
    expect(r.grade).toBe(grade);
  });

  it('follows gradeBands (legacy 80/70/60)', () => {
    expect(total(70, { gradeBands: '80/70/60' }).grade).toBe('优');
    expect(total(69.99, { profile: 'legacy-80-70-60' }).grade).toBe('良');
  });

  it('flags weights that do not add up to 100', () => {
    const r = run([{ target: '≥1', unit: '件', actual: 1, weight: 89 }]);
    expect(codes(r)).toEqual(['weightsNot100']);
    expect(messageOf(r.flags[0], 'zh-CN')).toContain('99');
  });

  it('notes non-standard level-1 weights (info)', () => {
    const rows = [
      { level1: '产出指标', target: '≥1', unit: '件', actual: 1, weight: 40 },
      { level1: '效益指标', target: '≥1', unit: '件', actual: 1, weight: 40 },
      { level1: '满意度指标', target: '≥1', unit: '件', actual: 1, weight: 10 },
    ];
    expect(codes(run(rows))).toEqual(['nonStandardLevelWeights']);
    const standard = [
      { level1: '产出指标', target: '≥1', unit: '件', actual: 1, weight: 50 },
      { level1: '效益指标', target: '≥1', unit: '件', actual: 1, weight: 30 },
      { level1: '满意度指标', target: '≥1', unit: '件', actual: 1, weight: 10 },
    ];
    expect(codes(run(standard))).toEqual([]);
  });

  it('compares level-1 weights with standardLevelWeights (e.g. 云南 40/30/20)', () => {
    const rows = [
      { level1: '产出指标', target: '≥1', unit: '件', actual: 1, weight: 40 },
      { level1: '效益指标', target: '≥1', unit: '件', actual: 1, weight: 30 },
      { level1: '满意度指标', target: '≥1', unit: '件', actual: 1, weight: 20 },
    ];
    expect(codes(run(rows))).toEqual(['nonStandardLevelWeights']);
    expect(codes(run(rows, { rules: { standardLevelWeights: '10/40/30/20' } }))).toEqual([]);
  });

  it('inherits blank level-1 cells from the row above', () => {
    const r = run([
      { level1: '产出指标', target: '≥1', unit: '件', actual: 1, weight: 45 },
      { target: '≥1', unit: '件', actual: 1, weight: 45 },
    ]);
    expect(r.indicators.map((i) => i.level1)).toEqual(['产出指标', '产出指标']);
  });
});

describe('rounding keys', () => {
  it('scoreDecimals sets the decimals of scores and total', () => {
    const r = run([{ target: '≥88%', actual: '83.22%', weight: 90 }], {
      rules: { scoreDecimals: 1 },
    });
    expect(r.indicators[0].score).toBe(85.1);
  });

  it('roundCompletionFirst rounds the completion to 0.01% before scoring', () => {
    // 83.22 / 88 = 0.945681…; × 90 = 85.1113… unrounded, 0.9457 × 90 = 85.113 rounded first.
    expect(row({ target: '≥88%', actual: '83.22%', weight: 90 }).score).toBe(85.11);
    expect(row({ target: '≥88%', actual: '83.22%', weight: 1000 }).score).toBe(945.68);
    expect(
      row({ target: '≥88%', actual: '83.22%', weight: 1000 }, { roundCompletionFirst: true }).score,
    ).toBe(945.7);
  });

  it('totalFrom: rounded rows (default) or unrounded rows', () => {
    // Three rows of 1.005 points each: rounded 1.01 × 3 = 3.03; unrounded 3.015 → 3.02.
    const rows = [1, 2, 3].map(() => ({ target: '≥200', unit: '件', actual: 67, weight: 3 }));
    const budget = { final: 100, spent: 0, weight: 91 };
    expect(run(rows, { budget }).total).toBe(3.03);
    expect(run(rows, { budget, rules: { totalFrom: 'unroundedRows' } }).total).toBe(3.02);
  });
});

describe('rule profile validation', () => {
  it('lists the valid keys for an unknown key', () => {
    const r = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      rules: { overAchievmentThreshold: 1.3 },
    });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].where).toBe('rules.overAchievmentThreshold');
    for (const key of PROFILE_KEYS) expect(messageOf(r.errors[0], 'zh-CN')).toContain(key);
  });

  it('says what a key expects for a bad value', () => {
    const r = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      rules: { reverseFormula: 'square' },
    });
    expect(messageOf(r.errors[0], 'zh-CN')).toContain('linear | ratio | manual');
    const b = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      rules: { gradeBands: '60/80/90' },
    });
    expect(b.errors[0].where).toBe('rules.gradeBands');
  });

  it('names an unknown profile and lists the known ones', () => {
    const r = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      rules: { profile: 'hunan' },
    });
    expect(messageOf(r.errors[0], 'zh-CN')).toContain('mof-2020');
    expect(r.profile).toBe('mof-2020');
  });

  it('names --profile, not the 评分规则 cell, when the unknown profile came from the command line', () => {
    const rows = [{ target: '≥1', unit: '件', actual: 1, weight: 90 }];
    const fromSheet = { profile: { value: 'mof-2020', where: '评分规则!B2' } };
    const r = evaluate(input(rows, { rules: fromSheet }), { profile: 'hunan' });
    expect(r.errors.map((e) => e.where)).toEqual(['--profile']);
    const sheetOnly = evaluate(
      input(rows, { rules: { profile: { value: 'hunan', where: '评分规则!B2' } } }),
    );
    expect(sheetOnly.errors.map((e) => e.where)).toEqual(['评分规则!B2']);
  });

  it('names the key of a JSON file as the file spells it', () => {
    const r = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      rules: { GradeBands: 'x', profile: 'hunan' },
    });
    expect(r.errors.map((e) => e.where).sort()).toEqual(['rules.GradeBands', 'rules.profile']);
  });

  it('leaves out a rule or profile of spaces only, as it leaves out a blank 评分规则 cell', () => {
    const r = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      rules: {
        profile: '  ',
        reverseFormula: ' ',
        scoreDecimals: { value: ' ', where: '评分规则!B4' },
      },
    });
    expect(r.errors).toEqual([]);
    expect([r.profile, r.rules]).toEqual(['mof-2020', []]);
  });

  it('names the cell of a rule read from a workbook', () => {
    const r = run([{ target: '≥1', unit: '件', actual: 1, weight: 90 }], {
      rules: { scoreDecimals: { value: 'two', where: '评分规则!B4' } },
    });
    expect(r.errors[0].where).toBe('评分规则!B4');
  });

  it('describes every key of the profile for the 评分规则 sheet', () => {
    const entries = profileEntries('mof-2020');
    expect(entries.map((e) => e.key)).toEqual(['profile', ...PROFILE_KEYS]);
    expect(entries.find((e) => e.key === 'overAchievementThreshold')?.value).toBe('120%');
    expect(entries.find((e) => e.key === 'gradeBands')?.value).toBe('90/80/60');
    for (const e of entries) expect(e.description).not.toBe('');
  });

  it('labels every key in both languages, in words rather than the key itself', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const e of profileEntries('mof-2020', locale)) {
        const label = ruleLabel(e.key, locale);
        expect(label).not.toBe('');
        expect(label).not.toBe(e.key);
        expect(e.description).not.toContain('engine.rules');
      }
    }
    expect(ruleLabel('reverseFormula', 'zh-CN')).toBe('反向指标计分');
    expect(ruleLabel('executionDenominator', 'en-US')).toBe('Execution rate denominator');
  });

  it('offers the values of a listed key as labelled choices that the rules accept back', () => {
    expect(ruleChoices('executionDenominator', 'zh-CN')).toEqual([
      { value: 'final', label: '全年预算数' },
      { value: 'initial', label: '年初预算数' },
      { value: 'initialPlusAdjustment', label: '年初预算数＋调整数' },
    ]);
    expect(ruleChoices('shortfall', 'zh-CN')?.map((c) => c.value)).toEqual(['是', '否']);
    expect(ruleChoices('gradeBands', 'zh-CN')).toBeNull();
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const key of PROFILE_KEYS) {
        for (const choice of ruleChoices(key, locale) ?? []) {
          expect(choice.label).not.toContain('engine.rules');
          const r = run([{ target: '≥100', unit: '件', actual: 100, weight: 90 }], {
            rules: { [key]: choice.value },
          });
          expect(r.errors.filter((e) => e.code.startsWith('engine.rules'))).toEqual([]);
        }
      }
    }
  });

  it('accepts every listed value back as an override (round trip of the 评分规则 sheet)', () => {
    const rules = Object.fromEntries(profileEntries('guangxi').map((e) => [e.key, e.value]));
    const r = run([{ target: '≥100', unit: '件', actual: 125, weight: 90 }], { rules });
    expect(r.errors).toEqual([]);
    expect(r.profile).toBe('guangxi');
    expect(codes(r.indicators[0])).toEqual([]);
  });
});
