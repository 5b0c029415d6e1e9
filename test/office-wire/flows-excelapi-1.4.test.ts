/**
 * Every Office flow of the add-in through Microsoft's Excel client library with its API checks
 * on and Excel claiming ExcelApi 1.4 (the manifest's level) and SharedRuntime 1.1, on the
 * sample, the published-scores sample, a mid-year sample and an empty workbook: no member above
 * the level is reached (no ApiNotFound), and after each flow the workbook equals, cell by cell,
 * the same flow's on the fake Excel directly; so do the outcomes the pane and the ribbon show.
 */
import { chain } from './chain';
import { NOW, WORKBOOK_KINDS, makePair, runFlow } from './flows';

beforeAll(() => {
  jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
});
afterAll(() => jest.useRealTimers());

describe.each(WORKBOOK_KINDS)('%s workbook at ExcelApi 1.4', (kind) => {
  test('every flow gives the same workbook and outcome as on the fake directly', async () => {
    const pair = await makePair(kind, '1.4');
    for (const flow of chain(kind)) {
      const { wire, direct, differences } = await runFlow(pair, flow.run);
      expect({ flow: flow.name, differences }).toEqual({ flow: flow.name, differences: [] });
      expect({ flow: flow.name, outcome: wire }).toEqual({ flow: flow.name, outcome: direct });
    }
    expect(pair.bridge.interpreter.unsupported).toEqual([]);
    expect(pair.bridge.interpreter.errors.filter((e) => e.Code === 'ApiNotFound')).toEqual([]);
  });
});
