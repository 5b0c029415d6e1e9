import { evaluate } from '../../../src/engine';
import {
  LOG_SHEET,
  STATE_SHEET,
  applyConflictResolution,
  buildRecalcPlan,
  decideConflicts,
  parseBlock,
  planRecalculation,
  readContract,
  snapshotRequest,
} from '../../../src/workbook';
import type {
  ContractReading,
  WorkbookSnapshot,
  WritePlan,
} from '../../../src/workbook/port/types';
import { MemoryWorkbook } from '../helpers/memory-host';
import {
  ALIAS_COLUMNS as C,
  ALIAS_SHEET,
  MAIN,
  aliasSeedWorkbook,
  canonicalSeedWorkbook,
} from '../helpers/seed-workbooks';
import { messageOf } from '../../../src/i18n/said';

const NOW = new Date(2026, 10, 27, 9, 30, 0);

function prepare(wb: MemoryWorkbook): { snapshot: WorkbookSnapshot; reading: ContractReading } {
  const snapshot = wb.snapshot(snapshotRequest());
  return { snapshot, reading: readContract(snapshot) };
}

function plan(wb: MemoryWorkbook, policy: 'refuse' | 'overwrite' | 'moveToManual' = 'refuse') {
  const { snapshot, reading } = prepare(wb);
  const result = evaluate(reading.input);
  return {
    ...buildRecalcPlan(result, reading, snapshot, { now: NOW, conflictPolicy: policy }),
    reading,
    snapshot,
    result,
  };
}

/** Every cell a plan writes, as "Sheet!A1". */
function cellsWritten(p: WritePlan): string[] {
  const out: string[] = [];
  for (const w of p.writes) {
    const b = parseBlock(w.address);
    if (!b) throw new Error(w.address);
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++)
        out.push(`${w.sheet}!${String.fromCharCode(65 + c)}${r + 1}`);
  }
  return out;
}

describe('buildRecalcPlan', () => {
  it('writes on the table sheet only the output columns of the data rows', () => {
    const { plan: p } = plan(aliasSeedWorkbook(50));
    const onTable = cellsWritten(p).filter((w) => w.startsWith(`${ALIAS_SHEET}!`));
    const columns = new Set(onTable.map((w) => w.replace(/^.*!([A-Z]+)\d+$/, '$1')));
    expect([...columns].sort()).toEqual([C.score, C.completion, C.status].sort());
    const rows = new Set(onTable.map((w) => Number(w.replace(/^.*![A-Z]+/, ''))));
    expect([...rows].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('writes the budget sheet only where Result_* names are', () => {
    const { plan: p } = plan(aliasSeedWorkbook(0));
    const onBudget = cellsWritten(p).filter((w) => w.startsWith('预算!'));
    expect(onBudget.sort()).toEqual(['预算!B10', '预算!B11', '预算!B12', '预算!B7', '预算!B8']);
  });

  it('writes no Result_* cell that does not exist', () => {
    const wb = canonicalSeedWorkbook();
    wb.names.splice(0, wb.names.length, ...wb.names.filter((n) => !n.name.startsWith('Result_')));
    const { plan: p } = plan(wb);
    const onMain = cellsWritten(p).filter((w) => w.startsWith(`${MAIN}!`));
    expect(onMain.every((w) => /![KLM]\d+$/.test(w))).toBe(true);
  });

  it('formats completion as 0.00% and scores with the profile’s decimals', () => {
    const wb = canonicalSeedWorkbook();
    wb.put('评分规则', 'A1', [['scoreDecimals', 1]]).define('Rules', '评分规则!A1:B1');
    const { plan: p, result } = plan(wb);
    const score = p.writes.find((w) => w.sheet === MAIN && w.address === 'L5:L12');
    const completion = p.writes.find((w) => w.sheet === MAIN && w.address === 'K5:K12');
    expect(score?.numberFormats?.[0]).toEqual(['0.0']);
    expect(score?.values[5]).toEqual([9.5]); // 全程网办事项比例, 1 decimal
    expect(completion?.numberFormats?.[0]).toEqual(['0.00%']);
    expect(result.total).toBe(99.3);
  });

  it('creates the log sheet with a header row, and appends under an existing log', () => {
    const created = plan(canonicalSeedWorkbook()).plan;
    expect(created.createSheets).toEqual([
      { name: LOG_SHEET, visibility: 'visible' },
      { name: STATE_SHEET, visibility: 'veryHidden' },
    ]);
    const log = created.writes.filter((w) => w.sheet === LOG_SHEET);
    expect(log.map((w) => w.address)).toEqual(['A1:G1', 'A2:G2']);

    const wb = canonicalSeedWorkbook();
    wb.put(LOG_SHEET, 'A1', [
      ['时间', '评分规则', '总分', '等级', '最终/暂定', '待处理项', '输入SHA-256'],
      ['2026-01-01 00:00:00', 'mof-2020', 90, '优', '最终', 0, 'x'],
    ]);
    const appended = plan(wb).plan;
    expect(appended.createSheets.map((s) => s.name)).toEqual([STATE_SHEET]);
    expect(appended.writes.filter((w) => w.sheet === LOG_SHEET).map((w) => w.address)).toEqual([
      'A3:G3',
    ]);
  });

  it('never writes a formula: values are the numbers and texts themselves', () => {
    const { plan: p } = plan(canonicalSeedWorkbook());
    const texts = p.writes
      .flatMap((w) => w.values.flat())
      .filter((v) => typeof v === 'string') as string[];
    expect(texts.some((s) => s.startsWith('='))).toBe(false);
  });

  it('with moveToManual decides the move once, and the plan writes the 人工得分 cell', () => {
    const wb = canonicalSeedWorkbook();
    wb.set(MAIN, 5, 11, 11.76); // L6 typed by hand
    const first = plan(wb, 'moveToManual');
    // The plan alone does not move anything: the typed score blocks it.
    expect(first.plan.writes).toEqual([]);
    expect(first.blocking.map((c) => c.where)).toEqual([`${MAIN}!L6`]);
    const decision = decideConflicts(first.result, first.reading, first.snapshot, 'moveToManual');
    expect(decision.blocking).toEqual([]);
    expect(decision.reading.manualMoves?.map((m) => m.to.where)).toEqual([`${MAIN}!J6`]);
    const reading: ContractReading = decision.reading;
    const second = buildRecalcPlan(evaluate(reading.input), reading, first.snapshot, {
      now: NOW,
      conflictPolicy: 'moveToManual',
    });
    expect(second.blocking).toEqual([]);
    expect(second.plan.writes[0]).toEqual({ sheet: MAIN, address: 'J6', values: [[11.76]] });
    const scores = second.plan.writes.find((w) => w.address === 'L5:L12');
    expect(scores?.values[1]).toEqual([11.76]);
    // planRecalculation does the same in one call.
    const outcome = planRecalculation(first.snapshot, { now: NOW, conflictPolicy: 'moveToManual' });
    expect(outcome.kind).toBe('planned');
    expect(outcome.plan?.writes[0]).toEqual(second.plan.writes[0]);
    expect(outcome.moved.map((m) => m.to.where)).toEqual([`${MAIN}!J6`]);
  });

  it('applyConflictResolution explains why a value cannot be moved', () => {
    const typedStatus = canonicalSeedWorkbook();
    typedStatus.set(MAIN, 5, 12, '手填'); // M6: a typed status, not a score
    const s = plan(typedStatus, 'moveToManual');
    expect(s.conflicts.map((c) => c.where)).toEqual([`${MAIN}!M6`]);
    // Not a score: it cannot move, so it blocks the write (only 'overwrite' replaces it).
    expect(decideConflicts(s.result, s.reading, s.snapshot, 'moveToManual').blocking).toEqual(
      s.conflicts,
    );
    expect(s.blocking.map((c) => c.where)).toEqual([`${MAIN}!M6`]);
    expect(s.plan.writes).toEqual([]);
    expect(applyConflictResolution(s.reading, s.conflicts, s.snapshot).moved).toEqual([]);
    const noColumn = canonicalSeedWorkbook();
    noColumn.set(MAIN, 5, 11, 11.76);
    noColumn.set(MAIN, 3, 9, '备注'); // J4: the 人工得分 header renamed
    const p = plan(noColumn, 'moveToManual');
    expect(p.blocking.map((c) => c.where)).toEqual([`${MAIN}!L6`]);
    const why = applyConflictResolution(p.reading, p.conflicts, p.snapshot);
    expect(messageOf(why.unmovable[0], 'zh-CN')).toContain('人工得分');
  });
});
