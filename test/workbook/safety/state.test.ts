import { readState, stateWrite } from '../../../src/workbook/safety/state';
import { STATE_SHEET } from '../../../src/workbook/contract/contract';
import type { CellWrite, WorkbookSnapshot } from '../../../src/workbook/port/types';

/** The snapshot a host would read back after writing `write` into the state sheet. */
function snapshotOf(write: CellWrite): WorkbookSnapshot {
  return {
    names: [],
    sheetNames: [STATE_SHEET],
    sheets: [
      {
        name: STATE_SHEET,
        used: {
          sheet: STATE_SHEET,
          address: write.address,
          rowIndex: 0,
          columnIndex: 0,
          values: write.values,
          numberFormats: write.numberFormats ?? [],
          formulas: write.values.map((row) => row.map(() => null)),
        },
      },
    ],
  };
}

describe('the state sheet', () => {
  const scores = Array.from({ length: 10_000 }, (_, i) => [Math.round(i * 1.37) / 100]);
  const statuses = Array.from({ length: 10_000 }, (_, i) => [i % 3 ? '正常' : '已说明']);
  const writes: CellWrite[] = [
    { sheet: '绩效指标', address: 'L6', values: scores },
    { sheet: '绩效指标', address: 'M6', values: statuses },
    { sheet: '评价结果', address: 'B2', values: [[99.26]] },
  ];

  it('records 10,000 rows of outputs in a handful of cells, each within Excel’s cell limit', () => {
    const write = stateWrite(writes, null);
    expect(write.values.length).toBeLessThanOrEqual(6);
    for (const row of write.values)
      for (const cell of row) expect(String(cell).length).toBeLessThanOrEqual(32767);
  });

  it('reads back exactly what was written, cell by cell', () => {
    const state = readState(snapshotOf(stateWrite(writes, null)));
    expect(state.size).toBe(20_001);
    expect(state.get('绩效指标!L6')).toBe(0);
    expect(state.get('绩效指标!L10005')).toBe(scores[9999][0]);
    expect(state.get('绩效指标!M7')).toBe('正常');
    expect(state.get('评价结果!B2')).toBe(99.26);
  });

  it('treats a damaged record as no record (nothing counts as written by the product)', () => {
    const write = stateWrite(writes, null);
    expect(write.values[2][0]).not.toBe(''); // the scores take several pieces
    write.values[1][0] = String(write.values[1][0]).slice(0, -7); // a piece cut short
    const state = readState(snapshotOf(write));
    expect(state.has('绩效指标!L6')).toBe(false);
    expect(state.get('评价结果!B2')).toBe(99.26);
  });
});
