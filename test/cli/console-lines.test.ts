import { Console } from '../../src/cli/io';

/** What a Console writes to standard output, and in how many writes. */
function written(print: (c: Console) => void): { text: string; writes: number } {
  const chunks: string[] = [];
  const io = {
    stdout: { write: (t: string) => chunks.push(t) },
    stderr: { write: () => 0 },
    isTTY: false,
  };
  print(new Console(io, 'zh-CN'));
  return { text: chunks.join(''), writes: chunks.length };
}

describe('Console.outLines', () => {
  const cases: [string, string[]][] = [
    ['no line', []],
    ['one empty line', ['']],
    ['one line', ['一']],
    ['a last empty line', ['一', '']],
    ['a last line ending in a newline', ['一', '二\n']],
    ['a line holding a newline', ['a\nb', 'c']],
    ['more lines than one write holds', Array.from({ length: 4001 }, (_, i) => `指标${i + 1}`)],
    [
      'an empty line alone in the last write',
      [...Array.from({ length: 4000 }, (_, i) => `行${i}`), ''],
    ],
  ];

  it.each(cases)('prints %s exactly as one joined text would be printed', (_label, lines) => {
    const joined = written((c) => c.out(lines.join('\n'))).text;
    expect(written((c) => c.outLines(lines)).text).toBe(joined);
  });

  it('prints a long table in several writes, never as one text', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `指标${i + 1}    正常`);
    const out = written((c) => c.outLines(lines));
    expect(out.writes).toBeGreaterThan(10);
    expect(out.text.split('\n')).toHaveLength(100_001);
    expect(out.text.endsWith('指标100000    正常\n')).toBe(true);
  });
});
