/**
 * An indicator's target, mid-year value and actual as every view prints them: the cell as the
 * sheet shows it (a number in a percent cell as a percentage, a date cell as its date), the
 * row's unit after a bare number, the operator before the target's figure; and the pane and
 * the command line's table print exactly those texts.
 */
import { evaluate } from '../../../src/engine';
import { buildPaneModel } from '../../../src/taskpane/model';
import { renderReport } from '../../../src/cli/report';
import { Console } from '../../../src/cli/io';
import { input, row, type PlainRow } from '../helpers';

describe('display texts', () => {
  test.each<[string, PlainRow, string, string, string]>([
    [
      'text typed with its operator and unit',
      { target: '≥88%', midYear: '40%', actual: '83.22%' },
      '≥88%',
      '40%',
      '83.22%',
    ],
    [
      'numbers in percent-formatted cells, the operator from its column',
      {
        operator: '≥',
        target: { value: 0.88, numberFormat: '0%' },
        midYear: { value: 0.4, numberFormat: '0%' },
        actual: { value: 0.8322, numberFormat: '0.00%' },
        unit: '%',
      },
      '≥88%',
      '40%',
      '83.22%',
    ],
    [
      'bare numbers with the row unit',
      { operator: '≥', target: 40, midYear: 18.2, actual: 72.3, unit: '万件' },
      '≥40万件',
      '18.2万件',
      '72.3万件',
    ],
    [
      'date cells as dates',
      {
        operator: '≤',
        target: { value: 45291, numberFormat: 'yyyy-mm-dd' },
        actual: { value: 45306, numberFormat: 'yyyy"年"m"月"d"日"' },
      },
      '≤2023-12-31',
      '',
      '2024-01-15',
    ],
    [
      'qualitative texts as typed, no operator added',
      { operator: '定性', target: '明显改善', actual: '达成预期指标' },
      '明显改善',
      '',
      '达成预期指标',
    ],
  ])('%s', (_, r, target, midYear, actual) => {
    const result = row({ weight: 10, ...r });
    expect(result.targetDisplay).toBe(target);
    expect(result.midYearDisplay).toBe(midYear);
    expect(result.actualDisplay).toBe(actual);
  });
});

test('the pane and the command line table print the same target and actual', () => {
  const percentRow: PlainRow = {
    name: '全程网办事项比例',
    operator: '≥',
    target: { value: 0.88, numberFormat: '0%' },
    actual: { value: 0.8322, numberFormat: '0.00%' },
    unit: '%',
    weight: 10,
  };
  const result = evaluate(input([percentRow]));
  const item = buildPaneModel(result, 'zh-CN').deviations.find((d) => d.target === 0)!;
  expect(item.targetText).toBe('≥88%');
  expect(item.actualText).toBe('83.22%');
  const silent = { write: () => true };
  const c = new Console({ stdout: silent, stderr: silent, isTTY: false }, 'zh-CN');
  const lines = renderReport(result, { file: 'x.json' }, 2, c);
  const line = lines.find((l) => l.includes('全程网办事项比例'))!;
  expect(line).toContain('≥88%');
  expect(line).toContain('83.22%');
});
