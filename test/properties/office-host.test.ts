/**
 * The recalculation properties again through OfficeHost on the fake Excel (what the add-in
 * runs): a second recalculation changes nothing but the appended log line, and a
 * recalculation changes no cell outside the output cells, the log and the state sheet. The
 * fake Excel converts typed text as Excel does, so this also checks that every text the plan
 * writes (statuses, log lines, the state's JSON) is stored as text.
 */
import fc from 'fast-check';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { LOG_SHEET, STATE_SHEET, recalculate } from '../../src/workbook';
import { fakeCells, toFakeExcel } from './helpers/on-fake-excel';
import {
  RESULT_CELLS,
  TABLE_SHEET,
  buildWorkbook,
  localeArb,
  policyArb,
  workbookSpec,
} from './helpers/workbook-arbitrary';

const FIRST = new Date(2024, 2, 1, 9, 30, 0);
const SECOND = new Date(2024, 2, 1, 10, 45, 15);

describe('recalculating through OfficeHost on the fake Excel', () => {
  it('twice changes nothing the second time but the appended log line', async () => {
    let written = 0;
    await fc.assert(
      fc.asyncProperty(
        workbookSpec({ withHandScores: true }),
        policyArb,
        localeArb,
        async (spec, conflictPolicy, locale) => {
          const placed = buildWorkbook(spec);
          const fake = toFakeExcel(placed.workbook);
          const host = new OfficeHost(runOnFakeWorkbook(fake), { locale });
          const before = fakeCells(fake);
          const first = await recalculate(host, { conflictPolicy, locale, now: FIRST });
          const afterFirst = fakeCells(fake);

          // Only output cells, Result_* cells, the log and the state changed.
          const outputColumns = new Set(
            (['completion', 'score', 'status'] as const)
              .map((k) => placed.columnOf.get(k))
              .filter((c): c is number => c !== undefined),
          );
          // A fresh workbook: nothing in a blank row was written by the product, so a
          // recalculation leaves blank rows alone, hand-typed output values included.
          const indicatorRows = new Set(placed.rowOf.values());
          const moved = new Set(first.moved.map((m) => m.to.where));
          const outputCell = (where: string): boolean => {
            const [sheet, address] = where.split('!');
            if (sheet === LOG_SHEET || sheet === STATE_SHEET || moved.has(where)) return true;
            if (RESULT_CELLS.includes(where)) return spec.resultCells;
            const m = /^([A-Z])(\d+)$/.exec(address);
            if (sheet !== TABLE_SHEET || !m) return false;
            const row = Number(m[2]) - 1;
            return indicatorRows.has(row) && outputColumns.has(m[1].charCodeAt(0) - 65);
          };
          const keys = new Set([...before.keys(), ...afterFirst.keys()]);
          const touched = [...keys].filter((k) => before.get(k) !== afterFirst.get(k));
          expect(touched.filter((k) => !outputCell(k))).toEqual([]);
          // Nothing the product writes becomes a formula.
          for (const k of touched)
            expect(JSON.parse(afterFirst.get(k) ?? '[0,null]')[1]).toBeNull();

          const second = await recalculate(host, { conflictPolicy, locale, now: SECOND });
          expect(second.written).toBe(first.written);
          if (!first.written) {
            expect(fakeCells(fake)).toEqual(afterFirst);
            return;
          }
          written++;
          expect(second.conflicts).toEqual([]);
          const afterSecond = fakeCells(fake);
          const logRows = fake.sheetValues(LOG_SHEET);
          const appended = new RegExp(`^${LOG_SHEET}![A-Z]+${logRows.length}$`);
          expect(logRows[logRows.length - 1].slice(1)).toEqual(
            logRows[logRows.length - 2].slice(1),
          );
          for (const key of afterSecond.keys()) if (appended.test(key)) afterSecond.delete(key);
          expect(afterSecond).toEqual(afterFirst);
        },
      ),
      { numRuns: 1000 },
    );
    expect(written).toBeGreaterThan(250);
  });
});
