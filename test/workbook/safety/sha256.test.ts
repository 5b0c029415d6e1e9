import { createHash } from 'crypto';
import { canonicalInputJson, inputSha256, sha256Hex } from '../../../src/workbook';
import { asCells } from '../../../src/cli/json-input';
import type { PlainInput } from '../../../src/engine/types';

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

describe('inputSha256', () => {
  const plainBase: PlainInput = {
    budget: { final: 187.84, spent: 183.99 },
    indicators: [{ name: '群众满意度', target: '≥95%', actual: '95%', weight: 10 }],
  };
  const base = asCells(plainBase);

  it('does not depend on where the cells are, the order of keys or blank values', () => {
    const fromCells = asCells({
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
    });
    expect(inputSha256(fromCells)).toBe(inputSha256(base));
    expect(inputSha256(base)).toBe(node(canonicalInputJson(base)));
  });

  it('changes when a value or a meaningful number format changes', () => {
    const row = plainBase.indicators[0];
    const changed = asCells({ ...plainBase, indicators: [{ ...row, actual: '94%' }] });
    expect(inputSha256(changed)).not.toBe(inputSha256(base));
    const percent = asCells({
      ...plainBase,
      indicators: [{ ...row, actual: { value: 0.95, numberFormat: '0%' } }],
    });
    const plain = asCells({ ...plainBase, indicators: [{ ...row, actual: 0.95 }] });
    expect(inputSha256(percent)).not.toBe(inputSha256(plain));
  });
});
