import { LOG_SHEET, STATE_SHEET, recalculate } from '../../../src/workbook';
import type { CellScalar } from '../../../src/workbook/port/types';
import { MemoryHost, MemoryWorkbook } from '../helpers/memory-host';
import {
  ALIAS_COLUMNS as C,
  ALIAS_SHEET,
  MAIN,
  SEED_SCORES,
  SEED_TOTAL,
  aliasSeedWorkbook,
  canonicalSeedWorkbook,
} from '../helpers/seed-workbooks';
import { messageOf } from '../../../src/i18n/said';

const NOW = new Date(2026, 10, 27, 9, 30, 0);

function column(
  wb: MemoryWorkbook,
  sheet: string,
  letter: string,
  from: number,
  to: number,
): CellScalar[] {
  const out: CellScalar[] = [];
  for (let r = from; r <= to; r++) out.push(wb.value(sheet, `${letter}${r}`));
  return out;
}

/** Every cell of a sheet except those in the given columns. */
function cellsOutside(
  wb: MemoryWorkbook,
  sheet: string,
  letters: string[],
): [string, CellScalar][] {
  return [...wb.dump(sheet)]
    .filter(([address]) => !letters.includes(address.replace(/\d+$/, '')))
    .sort(([a], [b]) => a.localeCompare(b));
}

/** Number formats of every cell of a sheet except those in the given columns. */
function formatsOutside(wb: MemoryWorkbook, sheet: string, letters: string[]): string[] {
  return [...(wb.sheets.get(sheet) ?? new Map<string, { format: string }>())]
    .filter(
      ([key]) => !letters.map((l) => l.charCodeAt(0) - 65).includes(Number(key.split(',')[1])),
    )
    .map(([key, cell]) => `${key}=${cell.format}`)
    .sort();
}

describe('recalculate the seed', () => {
  it('writes 99.26 and 优 and the scores, with one read and one apply', async () => {
    const wb = canonicalSeedWorkbook();
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.problems).toEqual([]);
    expect(outcome.written).toBe(true);
    // Two reads: row 13, between the table and 总分 (B14), is read to check it holds no indicator.
    expect(host.reads).toBe(2);
    expect(host.applies).toBe(1);
    expect(wb.value(MAIN, 'B14')).toBe(SEED_TOTAL);
    expect(wb.get(MAIN, 'B14')?.format).toBe('0.00');
    expect(wb.value(MAIN, 'D14')).toBe('优');
    expect(wb.value(MAIN, 'F14')).toBe('1 项偏差待说明'); // the budget adjustment is unexplained
    expect(column(wb, MAIN, 'L', 5, 12)).toEqual(SEED_SCORES);
    expect(wb.value(MAIN, 'K9')).toBe(1.8075);
    expect(wb.get(MAIN, 'K9')?.format).toBe('0.00%');
    expect(column(wb, MAIN, 'M', 9, 11)).toEqual(['已说明', '已说明', '正常']);
    expect(wb.value(MAIN, 'F2')).toBe(0.9795);
    expect(wb.value(MAIN, 'G2')).toBe(9.8);
  });

  it('scores someone else’s layout the same and leaves inputs and own columns unchanged', async () => {
    const wb = aliasSeedWorkbook(200);
    const outputs = [C.score, C.completion, C.status];
    const before = cellsOutside(wb, ALIAS_SHEET, outputs);
    const formatsBefore = formatsOutside(wb, ALIAS_SHEET, outputs);
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.problems).toEqual([]);
    expect(outcome.result?.total).toBe(SEED_TOTAL);
    expect(column(wb, ALIAS_SHEET, C.score, 4, 11)).toEqual(SEED_SCORES);
    expect(wb.value('预算', 'B10')).toBe(SEED_TOTAL);
    expect(wb.value('预算', 'B11')).toBe('优');
    expect(cellsOutside(wb, ALIAS_SHEET, outputs)).toEqual(before);
    expect(formatsOutside(wb, ALIAS_SHEET, outputs)).toEqual(formatsBefore);
    // Nothing is written into the 200 blank rows.
    expect(wb.value(ALIAS_SHEET, `${C.score}12`)).toBe('');
    expect(wb.get(ALIAS_SHEET, `${C.status}12`)?.value ?? '').toBe('');
  });

  it('changes nothing the second time but the log', async () => {
    const wb = aliasSeedWorkbook(0);
    const host = new MemoryHost(wb);
    await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    const first = new Map([...wb.dump(ALIAS_SHEET), ...wb.dump('预算')]);
    const second = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(second.conflicts).toEqual([]);
    expect(second.written).toBe(true);
    expect(new Map([...wb.dump(ALIAS_SHEET), ...wb.dump('预算')])).toEqual(first);
    expect(host.reads).toBe(2);
    expect(host.applies).toBe(2);
    // The output writes of both plans are identical.
    const outputWrites = (i: number): unknown =>
      host.plans[i].writes.filter((w) => w.sheet !== LOG_SHEET && w.sheet !== STATE_SHEET);
    expect(outputWrites(1)).toEqual(outputWrites(0));
    // One log line per recalculation under one header row.
    expect(column(wb, LOG_SHEET, 'A', 1, 4)).toEqual([
      '时间',
      '2026-11-27 09:30:00',
      '2026-11-27 09:30:00',
      '',
    ]);
    expect(wb.visibility.get(STATE_SHEET)).toBe('veryHidden');
    expect(host.plans[1].createSheets).toEqual([]);
  });

  it('logs time, profile, total, grade, final/provisional, open flags and the input hash', async () => {
    const wb = canonicalSeedWorkbook();
    await recalculate(new MemoryHost(wb), { conflictPolicy: 'refuse', now: NOW });
    const line = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((l) => wb.value(LOG_SHEET, `${l}2`));
    expect(line.slice(0, 6)).toEqual(['2026-11-27 09:30:00', 'mof-2020', 99.26, '优', '最终', 1]);
    expect(line[6]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rewrites every output when an input changes', async () => {
    const wb = canonicalSeedWorkbook();
    const host = new MemoryHost(wb);
    await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    wb.set(MAIN, 9, 7, '88%'); // H10 全程网办事项比例: now met
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.conflicts).toEqual([]);
    expect(wb.value(MAIN, 'L10')).toBe(10);
    expect(wb.value(MAIN, 'B14')).toBe(99.8);
  });

  it('clears outputs the product wrote on a row whose indicator was deleted', async () => {
    const wb = canonicalSeedWorkbook();
    const host = new MemoryHost(wb);
    await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    for (let c = 0; c <= 9; c++) wb.set(MAIN, 11, c, ''); // row 12's inputs deleted
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.result?.indicators).toHaveLength(7);
    expect([wb.value(MAIN, 'K12'), wb.value(MAIN, 'L12'), wb.value(MAIN, 'M12')]).toEqual([
      '',
      '',
      '',
    ]);
  });
});

describe('nothing is written', () => {
  it('when an input has an error, naming its cell', async () => {
    const wb = aliasSeedWorkbook(0);
    wb.set(ALIAS_SHEET, 8, 5, '#N/A'); // F9
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'overwrite', now: NOW });
    expect(outcome.written).toBe(false);
    expect(host.applies).toBe(0);
    expect(outcome.problems.map((p) => p.where)).toContain('绩效指标!F9');
  });

  it('when the reading has problems', async () => {
    const wb = canonicalSeedWorkbook();
    wb.names.splice(
      wb.names.findIndex((n) => n.name === 'Indicators'),
      1,
    );
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'overwrite', now: NOW });
    expect(outcome.written).toBe(false);
    expect(outcome.result).toBeUndefined();
    expect(outcome.problems[0].code).toBe('workbook.name.missing');
    expect(host.applies).toBe(0);
  });
});

describe('provisional composites', () => {
  it('write 待定 and why, never a final-looking grade', async () => {
    const wb = canonicalSeedWorkbook();
    wb.set(MAIN, 11, 7, ''); // H12 群众满意度: actual blank
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.result?.provisional).toBe(true);
    expect(outcome.written).toBe(true);
    expect(wb.value(MAIN, 'D14')).toBe('待定');
    // The total stays a number, shown as provisional: "89.26（暂定）".
    expect(typeof wb.value(MAIN, 'B14')).toBe('number');
    expect(wb.get(MAIN, 'B14')?.format).toBe('0.00"（暂定）"');
    expect(String(wb.value(MAIN, 'F14'))).toMatch(/^暂定：.*群众满意度/);
    expect(wb.value(LOG_SHEET, 'E2')).toBe('暂定');
    expect(wb.value(LOG_SHEET, 'D2')).toBe('待定');
  });
});

describe('hand-typed values in output cells', () => {
  function handTyped(): MemoryWorkbook {
    const wb = canonicalSeedWorkbook();
    // The department's own published scores typed into 得分 (L5:L12), one of them a formula.
    [8, 11.76, 10, 10, 15, 9.46, 15, 10].forEach((v, i) => wb.set(MAIN, 4 + i, 11, v));
    wb.formula(MAIN, 'K10', '=H10/E10', 0.9457);
    return wb;
  }

  it('a score typed over one the product wrote is the user’s', async () => {
    const wb = canonicalSeedWorkbook();
    const host = new MemoryHost(wb);
    await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    wb.set(MAIN, 5, 11, 11.76); // L6: was 12, written by the product
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.written).toBe(false);
    expect(outcome.conflicts.map((c) => [c.where, c.value])).toEqual([[`${MAIN}!L6`, 11.76]]);
    expect(wb.value(MAIN, 'L6')).toBe(11.76);
  });

  it('refuse: writes nothing and names the cells', async () => {
    const wb = handTyped();
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(outcome.written).toBe(false);
    expect(host.applies).toBe(0);
    // 11.76 differs from the rule's 12; the other typed scores equal what would be written.
    expect(outcome.conflicts).toEqual([
      expect.objectContaining({
        where: `${MAIN}!K10`,
        value: 0.9457,
        formula: '=H10/E10',
        output: 'completion',
      }),
      expect.objectContaining({
        where: `${MAIN}!L6`,
        value: 11.76,
        output: 'score',
        indicatorIndex: 1,
      }),
    ]);
    expect(outcome.problems.map((p) => p.where)).toEqual([`${MAIN}!K10`, `${MAIN}!L6`]);
    expect(messageOf(outcome.problems[0], 'zh-CN')).toContain('=H10/E10');
  });

  it('overwrite: proceeds', async () => {
    const wb = handTyped();
    const outcome = await recalculate(new MemoryHost(wb), {
      conflictPolicy: 'overwrite',
      now: NOW,
    });
    expect(outcome.written).toBe(true);
    expect(outcome.conflicts).toHaveLength(2);
    expect(wb.value(MAIN, 'L6')).toBe(12);
    expect(wb.get(MAIN, 'K10')).toMatchObject({ value: 0.9457, formula: null });
  });

  it('moveToManual: refuses while a hand-typed value outside 得分 would be lost', async () => {
    const wb = handTyped();
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'moveToManual', now: NOW });
    expect(outcome.written).toBe(false);
    expect(host.applies).toBe(0);
    expect(outcome.blocking?.map((c) => c.where)).toEqual([`${MAIN}!K10`]);
    expect(messageOf(outcome.problems[0], 'zh-CN')).toContain('=H10/E10');
    expect(wb.get(MAIN, 'K10')).toMatchObject({ formula: '=H10/E10' });
  });

  it('moveToManual: moves the typed scores into 人工得分 and scores again, in one apply', async () => {
    const wb = handTyped();
    wb.set(MAIN, 9, 10, ''); // K10: the user's own formula removed
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'moveToManual', now: NOW });
    expect(outcome.written).toBe(true);
    expect(host.reads).toBe(2); // the row between the table and 总分 is checked
    expect(host.applies).toBe(1);
    expect(outcome.moved).toEqual([
      expect.objectContaining({
        value: 11.76,
        from: expect.objectContaining({ where: `${MAIN}!L6` }),
        to: expect.objectContaining({ where: `${MAIN}!J6` }),
      }),
    ]);
    expect(wb.value(MAIN, 'J6')).toBe(11.76);
    expect(wb.value(MAIN, 'L6')).toBe(11.76);
    expect(wb.value(MAIN, 'B14')).toBe(99.02);
    const row = outcome.result?.indicators[1];
    expect(row?.flags.map((f) => f.code)).toContain('overrideDiffers');
    // A second recalculation finds nothing of the user's left in the outputs.
    const again = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    expect(again.conflicts).toEqual([]);
    expect(again.written).toBe(true);
  });

  it('moveToManual: refuses when 人工得分 already holds another value', async () => {
    const wb = handTyped();
    wb.set(MAIN, 9, 10, ''); // K10
    wb.set(MAIN, 5, 9, 11.5); // J6
    const host = new MemoryHost(wb);
    const outcome = await recalculate(host, { conflictPolicy: 'moveToManual', now: NOW });
    expect(outcome.written).toBe(false);
    expect(host.applies).toBe(0);
    expect(outcome.problems.map((p) => p.where)).toEqual([`${MAIN}!L6`]);
    expect(messageOf(outcome.problems[0], 'zh-CN')).toContain(`人工得分 ${MAIN}!J6 已有不同的值`);
    expect(outcome.blocking?.map((c) => c.where)).toEqual([`${MAIN}!L6`]);
  });
});

describe('in English', () => {
  it('writes status labels, log headers and the status line in English', async () => {
    const wb = canonicalSeedWorkbook();
    const outcome = await recalculate(new MemoryHost(wb), {
      conflictPolicy: 'refuse',
      now: NOW,
      locale: 'en-US',
    });
    expect(outcome.written).toBe(true);
    expect(wb.value(MAIN, 'M9')).toBe('Explained');
    expect(wb.value(MAIN, 'F14')).toBe('Deviations awaiting an explanation: 1');
    expect(wb.value(LOG_SHEET, 'A1')).toBe('Time');
    expect(wb.value(LOG_SHEET, 'E2')).toBe('Final');
    expect(wb.value(MAIN, 'D14')).toBe('优');
  });
});

describe('the outcome of a recalculation says what it came to', () => {
  const run = (wb: MemoryWorkbook, conflictPolicy: 'refuse' | 'moveToManual' = 'refuse') =>
    recalculate(new MemoryHost(wb), { conflictPolicy, now: new Date(2026, 0, 1) });

  it('written, with the plan applied', async () => {
    const outcome = await run(canonicalSeedWorkbook());
    expect([outcome.kind, outcome.written, outcome.result?.total]).toEqual([
      'written',
      true,
      99.26,
    ]);
  });

  it('conflicts, naming the hand-typed cell; moveToManual moves it and writes', async () => {
    const wb = canonicalSeedWorkbook();
    wb.set(MAIN, 5, 11, 11.76); // L6 typed by hand
    const refused = await run(wb);
    expect([refused.kind, refused.written]).toEqual(['conflicts', false]);
    expect(refused.problems.map((p) => p.where)).toEqual([`${MAIN}!L6`]);
    const moved = await run(wb, 'moveToManual');
    expect(moved.kind).toBe('written');
    expect(moved.moved.map((m) => `${m.from.where} → ${m.to.where}`)).toEqual([
      `${MAIN}!L6 → ${MAIN}!J6`,
    ]);
    expect(moved.result?.total).toBe(99.02);
  });

  it('inputErrors, naming the bad cell, and nothing written', async () => {
    const wb = canonicalSeedWorkbook();
    wb.set(MAIN, 5, 8, '十二'); // I6: a weight that is not a number
    const outcome = await run(wb);
    expect([outcome.kind, outcome.written]).toEqual(['inputErrors', false]);
    expect(outcome.problems.map((p) => p.where)).toContain(`${MAIN}!I6`);
  });

  it('missingNames, listing the required names the workbook lacks', async () => {
    const wb = canonicalSeedWorkbook();
    wb.names.splice(0, wb.names.length, ...wb.names.filter((n) => n.name !== 'Indicators'));
    const outcome = await run(wb);
    expect(outcome.kind).toBe('missingNames');
    expect(outcome.missing).toEqual(['Indicators（绩效指标）']);
  });
});
