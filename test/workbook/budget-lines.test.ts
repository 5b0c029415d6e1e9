import { evaluate } from '../../src/engine';
import type { AuditItem, EvaluationResult } from '../../src/engine/types';
import { readContract, recalculate, snapshotRequest } from '../../src/workbook';
import type { CellScalar } from '../../src/workbook/port/types';
import { MemoryHost, MemoryWorkbook } from './helpers/memory-host';
import { MAIN, canonicalSeedWorkbook } from './helpers/seed-workbooks';
import { messageOf } from '../../src/i18n/said';

const NOW = new Date(2026, 10, 27, 9, 30, 0);
const LINES = '预算明细';

/**
 * The seed with its breakdown on a sheet 预算明细 (report sections 一(三), 二(一)): a 合计 row
 * first, then 基本支出 and 项目支出, in columns A–D from row 2 (header) to row 5.
 */
function seedWithLines(
  rows: CellScalar[][] = [
    ['合计', 212.65, 187.84, 183.99],
    ['基本支出', 182.65, 185.44, 181.59],
    ['项目支出', 30, 2.4, 2.4],
  ],
  header: CellScalar[] = ['项目', '年初预算数', '全年预算数', '全年执行数'],
  name = 'Budget_Lines',
): MemoryWorkbook {
  const wb = canonicalSeedWorkbook();
  wb.put(LINES, 'A1', [['2023年预算明细（万元）']]);
  wb.put(LINES, 'A2', [header, ...rows]);
  wb.define(name, `${LINES}!A2:D${2 + rows.length + 1}`); // one blank row inside the range
  return wb;
}

const read = (wb: MemoryWorkbook) => readContract(wb.snapshot(snapshotRequest()));

describe('the Budget_Lines range (预算明细)', () => {
  it('is asked for by its name and alias', () => {
    expect(snapshotRequest().names).toEqual(expect.arrayContaining(['Budget_Lines', '预算明细']));
  });

  it('reads every non-blank row with its cells, the 合计 row included', () => {
    const reading = read(seedWithLines());
    expect(reading.problems).toEqual([]);
    const lines = reading.input.budget.lines ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({
      name: { value: '基本支出', numberFormat: 'General', where: '预算明细!A4' },
      initial: { value: 182.65, numberFormat: 'General', where: '预算明细!B4' },
      final: { value: 185.44, numberFormat: 'General', where: '预算明细!C4' },
      spent: { value: 181.59, numberFormat: 'General', where: '预算明细!D4' },
      where: '预算明细!4:4',
    });
  });

  it('changes nothing in a workbook whose lines add up, and writes none of their cells', async () => {
    const wb = seedWithLines();
    const before = [...wb.dump(LINES)];
    const outcome = await recalculate(new MemoryHost(wb), { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.written).toBe(true);
    expect(lineItems(outcome.result?.audit ?? [])).toEqual([]);
    expect(outcome.result?.total).toBe(99.26);
    expect([...wb.dump(LINES)]).toEqual(before);
  });

  it('audits lines not adding up to Budget_Final, naming its cell and the lines’ column span', () => {
    const wb = seedWithLines([
      ['合计', 212.65, 187.84, 183.99],
      ['基本支出', 182.65, 185.44, 181.59],
      ['项目支出', 30, 24, 2.4],
    ]);
    const result = recalculateResult(wb);
    expect(
      lineItems(result.audit).map((a) => [a.code, a.where, a.params.span, a.params.sum]),
    ).toEqual([
      ['budgetLinesMismatch', `${MAIN}!C2`, '预算明细!C4:C5', '209.44'],
      ['budgetLinesSubtotal', '预算明细!C3', '预算明细!C4:C5', '209.44'],
    ]);
    expect(messageOf(result.audit[0], 'zh-CN')).toBe(
      '预算明细的全年预算数合计 209.44（预算明细!C4:C5）与全年预算数 187.84 不一致，相差 21.60',
    );
  });

  it('matches headers like the Indicators table: alias name, full-width, spaces, other order', () => {
    const wb = seedWithLines(
      [
        ['项目支出', 2.4, 30, 2.4],
        ['基本支出', 181.59, 182.65, 185.44],
      ],
      ['预算 科目', '全年\n执行数', 'Ｉｎｉｔｉａｌ', '全年预算数'],
      '预算明细',
    );
    const reading = read(wb);
    expect(reading.problems).toEqual([]);
    const lines = reading.input.budget.lines ?? [];
    expect(
      lines.map((l) => [l.name, l.final, l.spent].map((c) => (c as { where: string }).where)),
    ).toEqual([
      ['预算明细!A3', '预算明细!D3', '预算明细!B3'],
      ['预算明细!A4', '预算明细!D4', '预算明细!B4'],
    ]);
    expect(lineItems(recalculateResult(wb).audit)).toEqual([]);
  });

  it('reports a table without 全年预算数 and a line that is not an amount, naming the cells', () => {
    const noFinal = read(seedWithLines(undefined, ['项目', '年初预算数', '预算', '全年执行数']));
    expect(noFinal.problems.map((p) => [p.where, p.code])).toEqual([
      ['预算明细!A2:D2', 'audit.budgetLines.headerMissing'],
    ]);
    expect(messageOf(noFinal.problems[0], 'zh-CN')).toBe(
      '预算明细表缺少“全年预算数”列（可用的表头：全年预算数 / Final）',
    );

    const bad = read(
      seedWithLines([
        ['基本支出', 182.65, '一百八十五', 181.59],
        ['项目支出', 30, 2.4, 2.4],
      ]),
    );
    // Read without a structural problem; the evaluation names the cell (nothing is written).
    expect(bad.problems).toEqual([]);
    const errors = evaluate(bad.input).errors;
    expect(errors.map((p) => [p.where, p.code, p.params?.text])).toEqual([
      ['预算明细!C3', 'audit.budgetLines.notMoney', '一百八十五'],
    ]);
  });

  it('keeps a recalculation from writing when a line is not an amount', async () => {
    const wb = seedWithLines([['基本支出', 182.65, '#REF!', 181.59]]);
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.written).toBe(false);
    expect(outcome.problems.map((p) => p.where)).toEqual(['预算明细!C3']);
    expect(host.applies).toBe(0);
  });

  it('refuses a Result_* name on a budget line (a recalculation would overwrite it)', () => {
    const wb = seedWithLines();
    const grade = wb.names.find((n) => n.name === 'Result_Grade');
    if (grade) grade.reference = `${LINES}!D5`;
    expect(read(wb).problems.map((p) => [p.where, p.code])).toEqual([
      ['预算明细!D5', 'workbook.name.resultOnInput'],
    ]);
  });
});

/** The budget-lines items of an audit (the seed's levels also give a levelWeights note). */
function lineItems(audit: AuditItem[]): AuditItem[] {
  return audit.filter((a) => a.code.startsWith('budgetLines'));
}

/** The evaluation a recalculation runs: the reading's input through the engine. */
function recalculateResult(wb: MemoryWorkbook): EvaluationResult {
  const reading = read(wb);
  expect(reading.problems).toEqual([]);
  return evaluate(reading.input);
}
