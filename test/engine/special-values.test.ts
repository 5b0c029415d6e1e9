import { codes, row, run } from './helpers';
import { messageOf } from '../../src/i18n/said';

describe('qualitative indicators (定性, three tiers)', () => {
  it('gives full marks for 达成 and for an actual equal to the target', () => {
    expect(row({ target: '有效', actual: '达成年度指标', weight: 10 }).score).toBe(10);
    expect(row({ target: '有效', actual: '有效', weight: 10 }).score).toBe(10);
    expect(row({ operator: '定性', target: '明显提升', actual: '已完成', weight: 10 }).score).toBe(
      10,
    );
  });

  it('waits for a manual score in the 部分达成 band [0.6w, 0.8w)', () => {
    const res = run([{ target: '有效', actual: '部分达成年度指标并具有一定效果', weight: 10 }]);
    const r = res.indicators[0];
    expect(r.status).toBe('needsManualScore');
    expect(r.manualBand).toEqual({ min: 6, max: 8, maxInclusive: false });
    expect(res.provisional).toBe(true);
    expect(res.grade).toBe('待定');
    expect(messageOf(res.provisionalReasons[0], 'zh-CN')).toContain('指标1');
  });

  it('accepts a manual score inside the band and rejects one outside it, naming the band', () => {
    expect(
      row({ target: '有效', actual: '部分达成', weight: 10, manualScore: 7, reason: '部分完成' })
        .score,
    ).toBe(7);
    const res = run([{ target: '有效', actual: '部分达成', weight: 10, manualScore: 8 }]);
    expect(res.errors[0].where).toBe('indicators[0].manualScore');
    expect(messageOf(res.errors[0], 'zh-CN')).toContain('[6.00, 8.00)');
  });

  it('puts 未达成 in the band [0, 0.6w)', () => {
    expect(
      row({ target: '有效', actual: '未达成年度指标且效果较差', weight: 10 }).manualBand,
    ).toEqual({ min: 0, max: 6, maxInclusive: false });
  });

  it('reads a 定性 target with digits in it as text ("建立1套制度")', () => {
    const r = row({ operator: '定性', target: '建立1套制度', actual: '建立1套制度', weight: 10 });
    expect([r.score, r.status]).toEqual([10, 'ok']);
  });

  it('takes the comparison from the target when the operator column only says 定量', () => {
    expect(row({ operator: '定量', target: '≤100万元', actual: '150万元', weight: 10 }).score).toBe(
      5,
    );
    const res = run([{ operator: '定量', target: '有效', actual: '有效', weight: 10 }]);
    expect(res.errors[0].where).toBe('indicators[0].target');
  });

  it('follows qualitativeTiers', () => {
    expect(
      row({ target: '有效', actual: '部分达成', weight: 10 }, { qualitativeTiers: '90%/50%' })
        .manualBand,
    ).toEqual({
      min: 5,
      max: 9,
      maxInclusive: false,
    });
  });
});

describe('special actual values', () => {
  it('counts 无发生额 as met with a note (noOccurrenceMet, default)', () => {
    const r = row({ target: '≥5%', actual: '无发生额', weight: 8 });
    expect([r.score, r.status]).toEqual([8, 'ok']);
    expect(codes(r)).toEqual(['noOccurrence']);
  });

  it('asks for a manual score for 无发生额 when noOccurrenceMet is false', () => {
    expect(
      row({ target: '≥5%', actual: '未发生', weight: 8 }, { noOccurrenceMet: false }).status,
    ).toBe('needsManualScore');
  });

  it('never reads a blank actual as 0: the row is incomplete and the composite provisional', () => {
    const res = run([{ target: '≥5', unit: '件', actual: null, weight: 90 }]);
    expect(res.indicators[0].score).toBeNull();
    expect(codes(res.indicators[0])).toEqual(['incomplete']);
    expect(res.provisional).toBe(true);
    expect(res.errors).toEqual([]);
  });

  it('rescales the composite over applicable rows for "/" (notApplicable rescale)', () => {
    const rows = [
      { target: '≥100', unit: '件', actual: 50, weight: 45 },
      { target: '/', actual: '/', weight: 45 },
    ];
    const res = run(rows);
    expect(res.indicators[1].status).toBe('notApplicable');
    // (10 + 22.5) / 55 × 100 = 59.0909… → 59.09
    expect(res.total).toBe(59.09);
    expect(res.maxTotal).toBe(100);
  });

  it('scores "/" rows 0 with notApplicable zero', () => {
    const rows = [
      { target: '≥100', unit: '件', actual: 50, weight: 45 },
      { target: '不适用', actual: '不适用', weight: 45 },
    ];
    expect(run(rows, { rules: { notApplicable: 'zero' } }).total).toBe(32.5);
  });

  it('scores dates: on time is met, late waits for a manual score', () => {
    expect(row({ target: '2023年12月31日前', actual: '2023-12-20', weight: 10 }).score).toBe(10);
    expect(row({ target: '≤2023-06-30', actual: '2023-07-15', weight: 10 }).status).toBe(
      'needsManualScore',
    );
  });

  it('reports spreadsheet error values naming the cell', () => {
    const res = run([
      { target: '≥5', unit: '件', actual: { value: '#N/A', where: '绩效指标!H7' }, weight: 90 },
    ]);
    expect(res.errors[0].where).toBe('绩效指标!H7');
    expect(messageOf(res.errors[0], 'zh-CN')).toContain('#N/A');
  });

  it('reads a number in a percent-formatted cell as a fraction and a plain one as points', () => {
    expect(
      row({ target: '≥88%', actual: { value: 0.8322, numberFormat: '0.00%' }, weight: 10 }).score,
    ).toBe(9.46);
    expect(row({ target: 88, unit: '%', actual: 83.22, weight: 10 }).score).toBe(9.46);
  });
});

describe('manual scores', () => {
  it('uses a manual score within [0, weight] and flags a difference (overrideDiffers)', () => {
    const r = row({ target: '≥100', unit: '件', actual: 100, weight: 10, manualScore: 9.5 });
    expect([r.score, r.ruleScore]).toEqual([9.5, 10]);
    expect(codes(r)).toEqual(['overrideDiffers', 'shortfall']);
    expect(r.status).toBe('needsExplanation');
  });

  it('raises no flag when the manual score equals the rule score', () => {
    expect(
      codes(row({ target: '≥100', unit: '件', actual: 100, weight: 10, manualScore: 10 })),
    ).toEqual([]);
  });

  it('can switch overrideDiffers off', () => {
    expect(
      codes(
        row(
          { target: '≥100', unit: '件', actual: 100, weight: 10, manualScore: 10.0 },
          { overrideDiffers: false },
        ),
      ),
    ).toEqual([]);
  });

  it('rejects a manual score above the weight', () => {
    const res = run([{ target: '≥100', unit: '件', actual: 100, weight: 10, manualScore: 11 }]);
    expect(res.errors[0].where).toBe('indicators[0].manualScore');
  });

  it('rejects text in 分值 naming the cell', () => {
    const res = run([
      { target: '≥100', unit: '件', actual: 100, weight: { value: '十分', where: '绩效指标!J7' } },
    ]);
    expect(res.errors[0].where).toBe('绩效指标!J7');
  });
});
