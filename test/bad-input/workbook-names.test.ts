/**
 * Workbook names that exceljs cannot write into a file (a constant name) or that Excel leaves
 * behind after a deletion (=#REF!), through the workbook layer with the in-memory host of the
 * contract's tests: the message names the name and its formula, and nothing is written.
 */
import { recalculate } from '../../src/workbook';
import { MemoryHost } from '../workbook/helpers/memory-host';
import { MAIN, canonicalSeedWorkbook } from '../workbook/helpers/seed-workbooks';
import { messageOf } from '../../src/i18n/said';

const NOW = new Date('2024-03-01T08:00:00Z');

const NAME_CASES: [string, string, string, string][] = [
  [
    'defined 全年预算数 as a constant (=187.84) instead of a cell',
    'Budget_Final',
    '=187.84',
    'Budget_Final (=187.84)：名称 Budget_Final 不是单元格区域（常量或公式名称）：=187.84',
  ],
  [
    'deleted the sheet under 全年执行数 (Excel rewrote the name as #REF!$D$2)',
    'Budget_Spent',
    '#REF!$D$2',
    'Budget_Spent (=#REF!$D$2)：名称 Budget_Spent 的引用无效（#REF!，可能所在工作表或单元格已被删除）',
  ],
  [
    'pointed Indicators at its header cell only',
    'Indicators',
    `${MAIN}!A4`,
    `${MAIN}!A4：名称 Indicators 只指向一个单元格；它应包括表头行和全部指标行`,
  ],
];

describe('bad workbook names: recalculate(in-memory host)', () => {
  it.each(NAME_CASES)('the accountant %s', async (_did, name, reference, says) => {
    const wb = canonicalSeedWorkbook();
    wb.names.find((n) => n.name === name)!.reference = reference;
    const before = wb.dump(MAIN);
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.written).toBe(false);
    expect(
      outcome.problems.map((p) => `${p.where}：${messageOf(p, 'zh-CN')}`).join('\n'),
    ).toContain(says);
    expect(host.applies).toBe(0);
    expect(wb.dump(MAIN)).toEqual(before);
  });

  it('the untouched workbook does score (the cases above fail for their name only)', async () => {
    const host = new MemoryHost(canonicalSeedWorkbook());
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.problems).toEqual([]);
    expect(outcome.result?.total).toBe(99.26);
    expect(host.applies).toBe(1);
  });
});
