import { createHash } from 'crypto';
import { canonicalInputJson, inputSha256, sha256Hex } from '../../../src/workbook';
import { TextSha256 } from '../../../src/workbook/safety/sha256';
import type { EvaluationInput } from '../../../src/engine/types';

const node = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches Node’s crypto on Chinese text and on lengths around the block size', () => {
    const samples = [
      '全程网办事项比例≥88%',
      '😀 emoji',
      'x'.repeat(55),
      'x'.repeat(56),
      'y'.repeat(64),
      '中'.repeat(1000),
    ];
    for (const s of samples) expect(sha256Hex(s)).toBe(node(s));
  });

  it('matches Node’s crypto on long texts, a surrogate pair standing where they are cut', () => {
    const samples = [
      `${'x'.repeat(65535)}😀${'中'.repeat(70000)}`,
      '😀'.repeat(100000),
      'y'.repeat(3 * 65536 + 7),
    ];
    for (const s of samples) expect(sha256Hex(s)).toBe(node(s));
  });
});

describe('TextSha256', () => {
  it('gives the hash of the whole text however it is cut, a surrogate pair cut in two included', () => {
    const text = `${'x'.repeat(65535)}😀${'中'.repeat(70000)}${'😀'.repeat(40000)}abc`;
    for (const size of [1, 7, 1000, 65535, 65536, 200000]) {
      const hash = new TextSha256();
      for (let at = 0; at < text.length; at += size) hash.update(text.slice(at, at + size));
      expect(hash.hex()).toBe(node(text));
    }
    expect(new TextSha256().hex()).toBe(node(''));
  });
});

describe('inputSha256', () => {
  const base: EvaluationInput = {
    budget: { final: 187.84, spent: 183.99 },
    indicators: [{ name: '群众满意度', target: '≥95%', actual: '95%', weight: 10 }],
  };

  it('does not depend on where the cells are, the order of keys or blank values', () => {
    const fromCells: EvaluationInput = {
      indicators: [
        {
          weight: { value: 10, numberFormat: 'General', where: '绩效指标!H7' },
          actual: { value: '95%', where: '绩效指标!G7' },
          target: '≥95%',
          name: { value: ' 群众满意度 ', where: '绩效指标!C7' },
          reason: { value: '', where: '绩效指标!N7' },
          where: '绩效指标!7:7',
        },
      ],
      budget: { spent: 183.99, final: { value: 187.84, where: '预算!B4' } },
    };
    expect(inputSha256(fromCells)).toBe(inputSha256(base));
    expect(inputSha256(base)).toBe(node(canonicalInputJson(base)));
  });

  it('changes when a value or a meaningful number format changes', () => {
    const changed = { ...base, indicators: [{ ...base.indicators[0], actual: '94%' }] };
    expect(inputSha256(changed)).not.toBe(inputSha256(base));
    const percent = {
      ...base,
      indicators: [{ ...base.indicators[0], actual: { value: 0.95, numberFormat: '0%' } }],
    };
    const plain = { ...base, indicators: [{ ...base.indicators[0], actual: 0.95 }] };
    expect(inputSha256(percent)).not.toBe(inputSha256(plain));
  });

  it('writes the canonical JSON with sorted keys, trimmed text and blanks and positions left out', () => {
    const input = {
      year: 2023,
      indicators: [
        {
          weight: { value: 10, numberFormat: 'General', where: '绩效指标!H7' },
          name: { value: ' 满意度 ', where: '绩效指标!C7' },
          actual: { value: 0.95, numberFormat: '0%', where: '绩效指标!G7' },
          reason: '',
          measures: null,
          where: '绩效指标!7:7',
        },
        { name: '', weight: Infinity },
      ],
      rules: { 2: 'b', 10: 'a', profile: 'mof-2020' },
      budget: {},
    } as unknown as EvaluationInput;
    expect(canonicalInputJson(input)).toBe(
      '{"budget":{},"indicators":[{"actual":{"format":"0%","value":0.95},"name":"满意度",' +
        '"weight":10},{"weight":"Infinity"}],"rules":{"2":"b","10":"a","profile":"mof-2020"},' +
        '"year":2023}',
    );
    expect(inputSha256(input)).toBe(node(canonicalInputJson(input)));
  });

  it('hashes 20,000 indicators as Node’s crypto hashes their canonical JSON', () => {
    const indicators = Array.from({ length: 20000 }, (_, i) => ({
      name: { value: `指标${i + 1}😀`, where: `绩效指标!C${i + 7}` },
      target: '≥95%',
      actual: { value: 90 + (i % 10), numberFormat: '0.00', where: `绩效指标!G${i + 7}` },
      weight: 0.005,
    }));
    const input: EvaluationInput = { ...base, indicators };
    const json = canonicalInputJson(input);
    expect(json.length).toBeGreaterThan(3 * 65536);
    expect(JSON.parse(json).indicators[19999]).toEqual({
      actual: { format: '0.00', value: 99 },
      name: '指标20000😀',
      target: '≥95%',
      weight: 0.005,
    });
    expect(inputSha256(input)).toBe(node(json));
  });
});
