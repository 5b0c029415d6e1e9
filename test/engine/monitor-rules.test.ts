/**
 * Mid-year monitoring as a rule of the workbook (评分规则 keys monitor and elapsed): the rules
 * decide unless the options (the command line's --monitor / --elapsed) say otherwise; bad values
 * are problems naming the cell, with the profile's value kept.
 */
import { evaluate } from '../../src/engine';
import { profileEntries } from '../../src/i18n/rule-labels';
import { messageOf } from '../../src/i18n/said';
import { monitor } from '../../src/engine/monitoring';
import { asCells } from '../../src/cli/json-input';
import type { EvaluationInput, PlainInput, PlainRules } from '../../src/engine/types';
import seed from '../fixtures/seed-2023.input.json';

function seedWith(rules: PlainRules, midYear = false): EvaluationInput {
  const copy = JSON.parse(JSON.stringify(seed)) as PlainInput;
  copy.rules = rules;
  if (midYear) for (const row of copy.indicators) row.actual = null;
  return asCells(copy);
}

describe('rules monitor and elapsed', () => {
  it('monitor 年中监控 (or on) forces monitoring of a year-end input, never final', () => {
    for (const value of ['年中监控', 'on', 'ON', '是']) {
      const r = evaluate(seedWith({ monitor: value }));
      expect(r.errors).toEqual([]);
      expect(r.monitoring?.elapsed).toBe(0.5);
      expect(r.monitoring?.indicators).toHaveLength(8);
      expect(r.provisional).toBe(true);
      expect(r.grade).toBe('待定');
      expect(r.provisionalReasons[0].code).toBe('monitor.provisional');
    }
  });

  it('monitor 年终 (or off) forbids it: blank actuals are pending as at any year end', () => {
    for (const value of ['年终', 'off', 'Off', '否']) {
      const r = evaluate(seedWith({ monitor: value }, true));
      expect(r.errors).toEqual([]);
      expect(r.monitoring).toBeUndefined();
      expect(r.provisional).toBe(true);
      expect(r.provisionalReasons.map((p) => p.code)).toContain('engine.pending.actualBlank');
    }
  });

  it('monitor 自动 (the default) monitors only a mid-year input', () => {
    expect(evaluate(seedWith({ monitor: '自动' })).monitoring).toBeUndefined();
    expect(evaluate(seedWith({ monitor: 'auto' }, true)).monitoring?.elapsed).toBe(0.5);
    expect(evaluate(seedWith({}, true)).monitoring?.elapsed).toBe(0.5);
    expect(evaluate(seedWith({})).total).toBe(99.26);
  });

  it('elapsed 75% (or 0.75) gives a 75% share of the year', () => {
    for (const value of ['75%', '0.75', 0.75, '７５％']) {
      const r = evaluate(seedWith({ monitor: 'on', elapsed: value }));
      expect(r.errors).toEqual([]);
      expect(r.monitoring?.elapsed).toBe(0.75);
      const item = r.monitoring!.indicators.find((i) => i.name === '全年办件数量')!;
      expect(item.params.elapsed).toBe('75.00%');
    }
    // monitor() of an evaluated input uses the rules' share too.
    const input = seedWith({ elapsed: '75%' }, true);
    expect(monitor(input, evaluate(input)).elapsed).toBe(0.75);
  });

  it('the options override the rules (the command line)', () => {
    const off = seedWith({ monitor: '年终', elapsed: '75%' }, true);
    expect(evaluate(off, { mode: 'monitoring' }).monitoring?.elapsed).toBe(0.75);
    expect(evaluate(off, { mode: 'monitoring', elapsed: 0.25 }).monitoring?.elapsed).toBe(0.25);
    const on = seedWith({ monitor: '年中监控' });
    expect(evaluate(on, { mode: 'final' }).monitoring).toBeUndefined();
    expect(evaluate(on, { mode: 'final' }).total).toBe(99.26);
  });

  it('a bad value is a problem naming the cell; the default stays in force', () => {
    const r = evaluate(
      seedWith(
        {
          monitor: { value: '有时', where: '评分规则!B25' },
          elapsed: { value: '150%', where: '评分规则!B26' },
        },
        true,
      ),
    );
    expect(r.errors.map((e) => [e.where, messageOf(e, 'zh-CN')])).toEqual([
      ['评分规则!B25', '评分规则项 monitor 的值“有时”无效：应为以下之一：自动 | 年中监控 | 年终'],
      [
        '评分规则!B26',
        '评分规则项 elapsed 的值“150%”无效：应为大于 0 且不超过 100% 的比例，如 50% 或 0.5',
      ],
    ]);
    expect(r.monitoring?.elapsed).toBe(0.5);
    const en = evaluate(seedWith({ elapsed: '0' }, true));
    expect(messageOf(en.errors[0], 'en-US')).toBe(
      'Rule key elapsed: "0" is not valid; expected a share above 0 and at most 100%, such as 50% or 0.5',
    );
    const enMonitor = evaluate(seedWith({ monitor: 'sometimes' }));
    expect(messageOf(enMonitor.errors[0], 'en-US')).toContain('one of auto | on | off');
  });

  it('the 评分规则 rows list both keys with their defaults, in the sheet’s language', () => {
    const zh = new Map(profileEntries('mof-2020', 'zh-CN').map((e) => [e.key, e.value]));
    expect(zh.get('monitor')).toBe('自动');
    expect(zh.get('elapsed')).toBe('50%');
    const en = new Map(profileEntries('mof-2020', 'en-US').map((e) => [e.key, e.value]));
    expect(en.get('monitor')).toBe('auto');
    // The values shown are accepted back.
    expect(evaluate(seedWith({ monitor: en.get('monitor')!, elapsed: '50%' })).errors).toEqual([]);
  });
});
