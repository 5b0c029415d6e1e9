/**
 * Round trips counted on the wire: a recalculation through Microsoft's Excel client library
 * sends at most 2 requests (one read, one write) whatever the number of indicators; the
 * library's own closing request after each Excel.run (releasing the references it kept:
 * `_RemoveReference`) is not a sync of the add-in and is not counted. `npm run bench` prints the
 * same counts at 10, 1,000 and 10,000 indicators (office.wire.syncs.*).
 */
import { fakeSampleWorkbook } from '../../src/preview/sample-workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { OperationQueue } from '../../src/hosts/office/queue';
import { recalculateInWorkbook } from '../../src/hosts/office/recalculate-in-workbook';
import { isCleanup } from '../../src/preview/office-wire/interpreter';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { bridgeTo } from './bridge';
import { NOW } from './flows';
import { workbookDifferences } from './workbook-diff';

test.each([10, 1000])(
  'a recalculation of %i indicators takes 2 syncs on the wire',
  async (rows) => {
    const bridge = bridgeTo(await fakeSampleWorkbook({ indicatorRows: rows }), { apiLevel: '1.4' });
    // What Office.context.requirements answers inside that Excel.
    const host = new OfficeHost(bridge.run, { requirements: bridge.library.requirements });
    const outcome = await recalculateInWorkbook(host, {
      queue: new OperationQueue(),
      conflictPolicy: 'refuse',
    });
    expect(outcome.written).toBe(true);
    expect(outcome.result?.indicators).toHaveLength(rows);
    // The closing request is sent without being awaited: let it arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const requests = bridge.interpreter.requests;
    expect(requests.filter(isCleanup).length).toBeGreaterThan(0);
    expect(bridge.interpreter.syncCount).toBe(2);
    expect(requests.length - requests.filter(isCleanup).length).toBe(2);
  },
);

test('a write of more than 1,500 cells per block, which the library splits into blocks of rows, lands whole', async () => {
  const rows = 1600;
  const wire = await fakeSampleWorkbook({ indicatorRows: rows });
  const direct = await fakeSampleWorkbook({ indicatorRows: rows });
  const bridge = bridgeTo(wire, { apiLevel: '1.4' });
  const options = { requirements: bridge.library.requirements };
  for (const host of [
    new OfficeHost(bridge.run, options),
    new OfficeHost(runOnFakeWorkbook(direct), options),
  ]) {
    const outcome = await recalculateInWorkbook(host, {
      queue: new OperationQueue(),
      conflictPolicy: 'refuse',
      now: NOW,
    });
    expect(outcome.written).toBe(true);
  }
  // The library checked the array's shape before writing it in blocks.
  const actions = bridge.interpreter.requests.flatMap((r) => r.Actions.map((a) => a.Name));
  expect(actions).toContain('_ValidateArraySize');
  expect(bridge.interpreter.unsupported).toEqual([]);
  expect(workbookDifferences(wire, direct)).toEqual([]);
  expect(bridge.interpreter.syncCount).toBe(2);
});
