import { codes, row, run } from './helpers';
import { messageOf } from '../../src/i18n/said';

describe('larger is better (≥ and >)', () => {
  it('scores a shortfall proportionally and flags it', () => {
    const r = row({ target: '≥88%', actual: '83.22%', weight: 10 });
    expect(r.completion).toBe(0.9457);
    expect(r.score).toBe(9.46);
    expect(codes(r)).toEqual(['shortfall']);
    expect(r.status).toBe('needsExplanation');
  });

  it('gives full marks when the target is met exactly', () => {
    const r = row({ target: '≥95%', actual: '95%', weight: 10 });
    expect([r.completion, r.score, r.status]).toEqual([1, 10, 'ok']);
  });

  it('caps the score but reports the uncapped completion', () => {
    const r = row({ target: '≥40万件', actual: '72.3万件', weight: 15, reason: '工作效率较高' });
    expect(r.completion).toBe(1.8075);
    expect(r.scoredCompletion).toBe(1);
    expect(r.score).toBe(15);
    expect(r.status).toBe('explained');
  });

  it('treats > like ≥', () => {
    const r = row({ target: '>50', unit: '人次', actual: 40, weight: 10 });
    expect([r.completion, r.score]).toEqual([0.8, 8]);
  });

  it('counts a zero target as met', () => {
    const r = row({ target: '≥0', unit: '件', actual: 0, weight: 10 });
    expect([r.completion, r.score]).toEqual([1, 10]);
  });

  it('compares 万 magnified targets with plain actuals', () => {
    const r = row({ target: '≥40万件', actual: '380000件', weight: 10 });
    expect(r.completion).toBe(0.95);
    expect(r.score).toBe(9.5);
  });

  it('rejects negative actuals with a message naming the path', () => {
    const res = run([{ target: '≥10', unit: '件', actual: -1, weight: 10 }]);
    expect(res.indicators[0].status).toBe('invalid');
    expect(res.errors[0].where).toBe('indicators[0].actual');
    expect(res.provisional).toBe(true);
    expect(res.grade).toBe('待定');
  });

  it('reports units that cannot be compared, with the JSON path', () => {
    const res = run([{ target: '≥10人次', actual: '12件', weight: 10 }]);
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0].where).toBe('indicators[0].actual');
    expect(messageOf(res.errors[0], 'zh-CN')).toContain('人次');
  });

  it('rounds half up in exact decimals: 5 × 4.1 / 20 = 1.025 → 1.03', () => {
    // In binary floating point 5 * (4.1 / 20) is 1.0249999…, which would round to 1.02.
    const r = row({ target: '≥20', unit: '件', actual: 4.1, weight: 5 });
    expect(r.score).toBe(1.03);
  });
});

describe('smaller is better (≤ and <), reverseFormula', () => {
  it('gives full marks at or under the target', () => {
    const r = row({ target: '≤212.65万元', actual: '183.99万元', weight: 12 });
    expect([r.completion, r.score, r.status]).toEqual([1, 12, 'ok']);
  });

  it('linear (default): 1 − (a − t) ÷ t, zero at twice the target', () => {
    expect(row({ target: '≤100', unit: '万元', actual: 150, weight: 10 }).score).toBe(5);
    expect(row({ target: '≤100', unit: '万元', actual: 200, weight: 10 }).score).toBe(0);
    expect(row({ target: '<100', unit: '万元', actual: 300, weight: 10 }).score).toBe(0);
  });

  it('ratio: t ÷ a', () => {
    const r = row(
      { target: '≤100', unit: '万元', actual: 125, weight: 10 },
      { reverseFormula: 'ratio' },
    );
    expect([r.completion, r.score]).toEqual([0.8, 8]);
  });

  it('manual: the row waits for the evaluator and the composite is provisional', () => {
    const res = run([{ target: '≤100', unit: '万元', actual: 125, weight: 10 }], {
      rules: { reverseFormula: 'manual' },
    });
    expect(res.indicators[0].status).toBe('needsManualScore');
    expect(res.indicators[0].score).toBeNull();
    expect(res.provisional).toBe(true);
    expect(res.grade).toBe('待定');
    const withManual = run(
      [{ target: '≤100', unit: '万元', actual: 125, weight: 10, manualScore: 7, reason: '超支' }],
      {
        rules: { reverseFormula: 'manual' },
      },
    );
    expect(withManual.indicators[0].score).toBe(7);
    expect(withManual.provisional).toBe(false);
  });

  it('a zero target exceeded scores 0', () => {
    expect(row({ target: '≤0', unit: '起', actual: 2, weight: 10 }).score).toBe(0);
  });
});

describe('equal (=), equalTreatment', () => {
  it('asGreaterEqual (default) scores like ≥', () => {
    expect(row({ target: '=100%', actual: '100%', weight: 10 }).score).toBe(10);
    expect(row({ target: '=100%', actual: '90%', weight: 10 }).score).toBe(9);
  });

  it('strict: any mismatch needs a manual score', () => {
    const r = row({ target: '=100%', actual: '90%', weight: 10 }, { equalTreatment: 'strict' });
    expect(r.status).toBe('needsManualScore');
    expect(
      row({ target: '=100%', actual: '100%', weight: 10 }, { equalTreatment: 'strict' }).score,
    ).toBe(10);
  });
});

describe('over-achievement threshold', () => {
  it('flags completion exactly at the threshold (120%) but not just below', () => {
    expect(codes(row({ target: '≥100', unit: '件', actual: 120, weight: 10 }))).toEqual([
      'overAchievement',
    ]);
    expect(codes(row({ target: '≥100', unit: '件', actual: 119.99, weight: 10 }))).toEqual([]);
  });

  it('follows overAchievementThreshold (Guangxi 130%) and the guangxi profile', () => {
    expect(
      codes(
        row(
          { target: '≥100', unit: '件', actual: 125, weight: 10 },
          { overAchievementThreshold: '130%' },
        ),
      ),
    ).toEqual([]);
    expect(
      codes(row({ target: '≥100', unit: '件', actual: 130, weight: 10 }, { profile: 'guangxi' })),
    ).toEqual(['overAchievement']);
    expect(
      codes(row({ target: '≥100', unit: '件', actual: 125, weight: 10 }, { profile: 'guangxi' })),
    ).toEqual([]);
  });

  it('can be switched off', () => {
    expect(
      codes(
        row({ target: '≥100', unit: '件', actual: 200, weight: 10 }, { overAchievement: false }),
      ),
    ).toEqual([]);
  });
});

describe('shortfall and mid-year regression switches', () => {
  it('shortfall off: a missed target needs no explanation', () => {
    const r = row({ target: '≥100', unit: '件', actual: 90, weight: 10 }, { shortfall: false });
    expect([r.score, r.status]).toEqual([9, 'ok']);
  });

  it('midYearRegression notes a year-end completion below the mid-year one (info only)', () => {
    const r = row({ target: '≥73%', midYear: '88.65%', actual: '74.51%', weight: 15 });
    expect(codes(r)).toEqual(['midYearRegression']);
    expect(r.status).toBe('ok');
    expect(r.midYearCompletion).toBe(1.2144);
    expect(
      codes(
        row(
          { target: '≥73%', midYear: '88.65%', actual: '74.51%', weight: 15 },
          { midYearRegression: false },
        ),
      ),
    ).toEqual([]);
  });
});
