/**
 * The suite each ExcelApi level runs (flows-excelapi-*.test.ts): every flow of the chain on the
 * sample, the published-scores sample, a mid-year sample and an empty workbook, through
 * Microsoft's Excel client library with its API checks on and Excel claiming that level and
 * SharedRuntime 1.1. No member above the level may be reached (no ApiNotFound); after each
 * flow the workbook equals, cell by cell, the same flow's on the fake Excel directly, and so do
 * the outcomes the pane and the ribbon show. Then what the workbook shows where the level has
 * less: static fills for the 偏差状态 colours below ExcelApi 1.6, conditional formats from
 * 1.6; the chart's 100% line a column below 1.7, a line series from 1.7.
 */
import { compareVersions } from '../../scripts/office-wire';
import type { FakeWorkbook } from '../../src/preview/fake-excel';
import { chain } from './chain';
import { NOW, WORKBOOK_KINDS, makePair, runFlow } from './flows';

const INDICATORS = '绩效自评表';
const RESULTS = '评价结果';

/** Jest's fake clock for Date only (the ribbon's recalculation stamps 评分记录 with now). */
function freezeDate(): void {
  jest.useFakeTimers({
    now: NOW,
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
}

/** The chart's series types on 评价结果 ("Line" for the 100% line from ExcelApi 1.7). */
function seriesTypes(fake: FakeWorkbook): (string | null)[] {
  const chart = fake.model.sheet(RESULTS)?.charts[0];
  if (!chart) throw new Error(`no chart on ${RESULTS}`);
  return chart.series.map((s) => s.chartType ?? null);
}

function conditionalFormatCount(fake: FakeWorkbook, sheet: string): number {
  return fake.model.sheet(sheet)?.conditionalFormats.length ?? 0;
}

export function describeFlowsAtLevel(level: string): void {
  beforeAll(freezeDate);
  afterAll(() => jest.useRealTimers());

  describe.each(WORKBOOK_KINDS)(`%s workbook at ExcelApi ${level}`, (kind) => {
    test('every flow gives the same workbook and outcome as on the fake directly', async () => {
      const pair = await makePair(kind, level);
      for (const flow of chain(kind)) {
        const { wire, direct, differences } = await runFlow(pair, flow.run);
        expect({ flow: flow.name, differences }).toEqual({ flow: flow.name, differences: [] });
        expect({ flow: flow.name, outcome: wire }).toEqual({ flow: flow.name, outcome: direct });
        // The library throws ApiNotFound at the call, before any request: it would show here.
        expect(JSON.stringify(wire)).not.toContain('ApiNotFound');
      }
      expect(pair.bridge.interpreter.unsupported).toEqual([]);
      // Only the injected fault came back from the workbook as an error.
      expect(pair.bridge.interpreter.errors.map((e) => e.Code)).toEqual(['GeneralException']);
    });
  });

  describeFallbacksAtLevel(level);
}

/** What the seed's workbook shows at the level: conditional formats or fills, line or column. */
export function describeFallbacksAtLevel(level: string): void {
  const conditional = compareVersions(level, '1.6') >= 0;
  const lineSeries = compareVersions(level, '1.7') >= 0;

  test(`at ExcelApi ${level} the seed's 偏差状态 colours are ${conditional ? 'conditional formats' : 'static fills'} and the 100% line is ${lineSeries ? 'a line' : 'a column'}`, async () => {
    const pair = await makePair('seed', level);
    const wire = pair.wire;
    const view = await wire.backend.recalculate('refuse');
    expect((view as { kind: string }).kind).toBe('scored');
    await wire.backend.writeResultsSheet();
    const sheet = wire.fake.model.sheet(INDICATORS)!;
    // The status column's cells: the first row of the table with 偏差状态 below its header.
    const status = [...sheet.rows.entries()]
      .flatMap(([row, line]) =>
        [...line.entries()].map(([column, cell]) => ({ row, column, cell })),
      )
      .find((c) => c.cell.value === '偏差状态')!;
    const firstStatus = sheet.format(status.row + 1, status.column);
    if (conditional) {
      expect(conditionalFormatCount(wire.fake, INDICATORS)).toBeGreaterThan(0);
      expect(conditionalFormatCount(wire.fake, RESULTS)).toBeGreaterThan(0);
    } else {
      expect(conditionalFormatCount(wire.fake, INDICATORS)).toBe(0);
      expect(conditionalFormatCount(wire.fake, RESULTS)).toBe(0);
      // 正常 in green, painted on the cell itself.
      expect(sheet.cell(status.row + 1, status.column)?.value).toBe('正常');
      expect(firstStatus?.fill).toBe('#C6EFCE');
    }
    expect(seriesTypes(wire.fake)).toEqual(lineSeries ? [null, 'Line'] : [null, null]);
    expect(pair.bridge.interpreter.unsupported).toEqual([]);
  });
}
