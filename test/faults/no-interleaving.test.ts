/**
 * Two recalculations started at once, one from the pane and one from the ribbon (shared
 * runtime: one operation queue), never interleave: the fake Excel's trace of batches shows all
 * of one recalculation's reads and writes (and a failed one's rollback) before any of the
 * other's. Without the queue they do interleave, which is what the trace would show.
 */
import { type FakeWorkbook } from '../../src/preview/fake-excel';
import { fakeSampleWorkbook } from '../../src/preview/sample-workbook';
import { RecalcEvents } from '../../src/hosts/office/events';
import { type ExcelRun, OfficeHost } from '../../src/hosts/office/office-host';
import { OperationQueue } from '../../src/hosts/office/queue';
import {
  type RecalcOutcome,
  recalculateInWorkbook,
} from '../../src/hosts/office/recalculate-in-workbook';
import { LOG_SHEET, recalculate } from '../../src/workbook';
import { fakeState } from './fake-state';

const NOW = new Date(2026, 10, 27, 9, 0, 0);

/** A host whose every batch is marked "<who> begin" / "<who> end" in the fake's trace. */
function tracedHost(fake: FakeWorkbook, who: string): OfficeHost {
  const run = (async (batch: Parameters<FakeWorkbook['run']>[0]) => {
    fake.trace.push(`${who} begin`);
    try {
      return await fake.run(batch);
    } finally {
      fake.trace.push(`${who} end`);
    }
  }) as unknown as ExcelRun;
  return new OfficeHost(run);
}

/** The trace with each sync and operation labelled by the batch it ran in. */
function labelled(trace: string[]): string[] {
  const out: string[] = [];
  const open: string[] = [];
  for (const entry of trace) {
    const marker = /^(\w+) (begin|end)$/.exec(entry);
    if (marker) {
      if (marker[2] === 'begin') open.push(marker[1]);
      else open.splice(open.indexOf(marker[1]), 1);
      out.push(entry);
    } else if (/^(sync|op) /.test(entry)) {
      // Inside two batches at once the entry cannot be attributed: that is interleaving.
      out.push(open.length === 1 ? `${open[0]} ${entry.split(' ')[0]}` : `?? ${entry}`);
    }
  }
  return out;
}

/** Consecutive runs of the same caller: ["pane", "ribbon"] when they never interleave. */
function turns(trace: string[]): string[] {
  const callers = labelled(trace).map((entry) => entry.split(' ')[0]);
  return callers.filter((who, i) => i === 0 || who !== callers[i - 1]);
}

async function setup() {
  const fake = await fakeSampleWorkbook();
  fake.tracing = true;
  return {
    fake,
    pane: tracedHost(fake, 'pane'),
    ribbon: tracedHost(fake, 'ribbon'),
    queue: new OperationQueue(),
    events: new RecalcEvents<RecalcOutcome>(),
  };
}

/** The ribbon's recalculation, waiting its turn behind the one running. */
function ribbonWaiting({ ribbon, queue, events }: Awaited<ReturnType<typeof setup>>) {
  return recalculateInWorkbook(ribbon, {
    queue,
    events,
    source: 'ribbon',
    wait: true,
    conflictPolicy: 'refuse',
  });
}

function logLines(fake: FakeWorkbook): number {
  return fake.sheetValues(LOG_SHEET).length - 1;
}

describe('two recalculations started at once', () => {
  it('without the queue, the trace shows them interleaving (the check below can fail)', async () => {
    const { fake, pane, ribbon } = await setup();
    const outcomes = await Promise.allSettled([
      recalculate(pane, { conflictPolicy: 'refuse', now: NOW }),
      recalculate(ribbon, { conflictPolicy: 'refuse', now: NOW }),
    ]);
    expect(turns(fake.trace).length).toBeGreaterThan(2);
    // Both read the workbook before either wrote: the second write then collides with the
    // first (both create the state sheet) and fails.
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected']);
  });

  it("through the queue, a waiting ribbon recalculation runs wholly after the pane's", async () => {
    const s = await setup();
    const { fake, pane, queue, events } = s;
    const [first, second] = await Promise.all([
      recalculateInWorkbook(pane, { queue, events, source: 'pane', conflictPolicy: 'refuse' }),
      ribbonWaiting(s),
    ]);
    expect(first.written && second.written).toBe(true);
    expect(turns(fake.trace)).toEqual(['pane', 'ribbon']);
    // Each ran one read and one write, in order: begin/sync/end, never nested.
    const markers = fake.trace.filter((e) => /^(pane|ribbon) (begin|end)$/.test(e));
    expect(markers).toEqual([
      'pane begin',
      'pane end',
      'pane begin',
      'pane end',
      'ribbon begin',
      'ribbon end',
      'ribbon begin',
      'ribbon end',
    ]);
    // The second read saw the first write: two lines on the log, one after the other.
    expect(logLines(fake)).toBe(2);
  });

  it('through the queue, a second click is refused as busy and nothing of it runs', async () => {
    const { fake, pane, ribbon, queue, events } = await setup();
    const first = recalculateInWorkbook(pane, { queue, events, conflictPolicy: 'refuse' });
    const second = recalculateInWorkbook(ribbon, {
      queue,
      events,
      source: 'ribbon',
      conflictPolicy: 'refuse',
    });
    await expect(second).rejects.toMatchObject({ code: 'Busy' });
    expect((await first).written).toBe(true);
    expect(turns(fake.trace)).toEqual(['pane']);
    expect(logLines(fake)).toBe(1);
  });

  it('a failing recalculation is rolled back before the waiting one starts', async () => {
    const s = await setup();
    const { fake, pane, queue, events } = s;
    const before = fakeState(fake);
    fake.injectFault({ sync: 2, code: 'GeneralException' }); // the pane's write
    const [first, second] = await Promise.allSettled([
      recalculateInWorkbook(pane, { queue, events, conflictPolicy: 'refuse' }),
      ribbonWaiting(s),
    ]);
    expect(first).toMatchObject({ status: 'rejected', reason: { rolledBack: true } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { written: true } });
    // The pane's read, failed write, rollback read and rollback write, then the ribbon's.
    const markers = fake.trace
      .filter((e) => /^(pane|ribbon) (begin|end)$/.test(e))
      .map((e) => e.split(' ')[0]);
    expect(markers).toEqual([...Array<string>(8).fill('pane'), ...Array<string>(4).fill('ribbon')]);
    expect(turns(fake.trace)).toEqual(['pane', 'ribbon']);
    expect(logLines(fake)).toBe(1);
    expect(fakeState(fake)).not.toEqual(before);
  });
});
