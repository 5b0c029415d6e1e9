/**
 * Property: a second recalculation of a generated workbook changes nothing. Every cell of every
 * sheet (value, number format, formula) is the same after the second run as after the first,
 * except the line the second run appends to 评分记录, which differs from the first run's line
 * only in its time.
 */
import fc from 'fast-check';
import { LOG_SHEET, recalculate } from '../../src/workbook';
import { MemoryHost, type MemoryWorkbook } from '../workbook/helpers/memory-host';
import {
  buildWorkbook,
  cellsOf,
  localeArb,
  policyArb,
  workbookSpec,
} from './helpers/workbook-arbitrary';

const FIRST = new Date(2024, 2, 1, 9, 30, 0);
const SECOND = new Date(2024, 2, 1, 10, 45, 15);

/** The last non-blank row of the log sheet (-1 when there is none), and its values. */
function lastLogLine(wb: MemoryWorkbook): { row: number; values: unknown[] } {
  const used = wb.usedRange(LOG_SHEET);
  if (!used) return { row: -1, values: [] };
  const row = used.rowIndex + used.values.length - 1;
  return { row, values: used.values[used.values.length - 1] };
}

describe('recalculating twice', () => {
  it('changes nothing the second time, whatever the workbook and the conflict policy', async () => {
    let written = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        workbookSpec({ withHandScores: true }),
        policyArb,
        localeArb,
        async (spec, conflictPolicy, locale) => {
          runs++;
          const { workbook } = buildWorkbook(spec);
          const host = new MemoryHost(workbook);
          const first = await recalculate(host, { conflictPolicy, locale, now: FIRST });
          const afterFirst = cellsOf(workbook);
          const firstLine = lastLogLine(workbook);

          const second = await recalculate(host, { conflictPolicy, locale, now: SECOND });
          expect(second.written).toBe(first.written);
          expect(second.problems.map((p) => p.where)).toEqual(first.problems.map((p) => p.where));
          if (!first.written) {
            expect(cellsOf(workbook)).toEqual(afterFirst);
            return;
          }
          written++;
          expect(second.conflicts).toEqual([]);
          expect(second.moved).toEqual([]);

          const secondLine = lastLogLine(workbook);
          expect(secondLine.row).toBe(firstLine.row + 1);
          // Same profile, total, grade, state, open count and input hash; another time.
          expect(secondLine.values.slice(1)).toEqual(firstLine.values.slice(1));
          expect(secondLine.values[0]).not.toEqual(firstLine.values[0]);

          const afterSecond = cellsOf(workbook);
          const appended = new RegExp(`^${LOG_SHEET}![A-Z]+${secondLine.row + 1}$`);
          for (const key of afterSecond.keys()) if (appended.test(key)) afterSecond.delete(key);
          expect(afterSecond).toEqual(afterFirst);
        },
      ),
      { numRuns: 1000 },
    );
    expect(runs).toBe(1000);
    // The generator must produce mostly workbooks that score and get written.
    expect(written).toBeGreaterThan(runs / 4);
  });
});
