import fc from 'fast-check';
import { evaluate } from '../../../src/engine';
import { readContract, snapshotRequest } from '../../../src/workbook';
import type { CellScalar } from '../../../src/workbook/port/types';
import { MemoryWorkbook } from '../helpers/memory-host';
import { MAIN, SEED_SCORES, SEED_TOTAL, canonicalSeedWorkbook } from '../helpers/seed-workbooks';

/** The canonical seed with its 15 table columns (A..O) rearranged by `order`, plus a column of the user's own. */
function shuffled(order: number[], ownColumnAt: number): MemoryWorkbook {
  const source = canonicalSeedWorkbook();
  const table = source.range(MAIN, 3, 0, 11, 14);
  const wb = canonicalSeedWorkbook();
  const columns = order.map((c) => table.values.map((row) => row[c]));
  columns.splice(ownColumnAt, 0, ['自定义列', ...table.values.slice(1).map((_, i) => `x${i}`)]);
  const rows: CellScalar[][] = table.values.map((_, r) => columns.map((col) => col[r]));
  wb.put(MAIN, 'A4', rows);
  wb.names.find((n) => n.name === 'Indicators')!.reference = `${MAIN}!A4:P12`;
  return wb;
}

describe('columns in any order', () => {
  it('score the seed the same whatever the order of the columns', () => {
    const permutation = fc.array(fc.nat(), { minLength: 15, maxLength: 15 }).map((keys) =>
      keys
        .map((k, i) => [k, i])
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map(([, i]) => i),
    );
    fc.assert(
      fc.property(permutation, fc.integer({ min: 0, max: 15 }), (order, own) => {
        const reading = readContract(shuffled(order, own).snapshot(snapshotRequest()));
        expect(reading.problems).toEqual([]);
        const result = evaluate(reading.input);
        expect(result.indicators.map((i) => i.score)).toEqual(SEED_SCORES);
        expect(result.total).toBe(SEED_TOTAL);
        const letters = Object.values(reading.layout.indicators?.columns ?? {}).map(
          (c) => c.header,
        );
        expect(letters).not.toContain('自定义列');
      }),
      { numRuns: 40 },
    );
  });
});
