/**
 * Property: a recalculation never changes an input or annotation cell. The only cells whose
 * value, number format or formula may differ afterwards are the output columns' data cells of
 * the Indicators table (完成率, 得分, 偏差状态) in indicator rows, the Result_* cells, the 评分记录 log and the
 * state sheet; with 'moveToManual', also the 人工得分 cells the user agreed to move scores into.
 */
import fc from 'fast-check';
import {
  COLUMN_ROLES,
  LOG_SHEET,
  OUTPUT_COLUMNS,
  STATE_SHEET,
  recalculate,
} from '../../src/workbook';
import type { ColumnKey } from '../../src/workbook/port/types';
import { MemoryHost } from '../workbook/helpers/memory-host';
import {
  RESULT_CELLS,
  TABLE_SHEET,
  buildWorkbook,
  cellsOf,
  localeArb,
  policyArb,
  workbookSpec,
  type TableColumn,
} from './helpers/workbook-arbitrary';

/** The generator's table columns as the contract's column keys. */
const CONTRACT_KEY: Record<TableColumn, ColumnKey> = {
  level1: 'level1',
  level2: 'level2',
  name: 'name',
  operator: 'operator',
  target: 'target',
  unit: 'unit',
  midYear: 'midYear',
  actual: 'actual',
  weight: 'weight',
  manual: 'manualScore',
  completion: 'completion',
  score: 'score',
  status: 'status',
  reason: 'reason',
  measures: 'measures',
};

describe('a recalculation', () => {
  it('changes no cell outside the output columns, Result_* cells, the log and the state', async () => {
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(
        workbookSpec({ withHandScores: true }),
        policyArb,
        localeArb,
        async (spec, conflictPolicy, locale) => {
          const placed = buildWorkbook(spec);
          const { workbook } = placed;
          const outputColumns = new Set<number>();
          for (const [key, column] of placed.columnOf) {
            const contractKey = CONTRACT_KEY[key];
            if (OUTPUT_COLUMNS.includes(contractKey)) {
              expect(COLUMN_ROLES[contractKey]).toBe('output');
              outputColumns.add(column);
            }
          }
          const before = cellsOf(workbook);
          const outcome = await recalculate(new MemoryHost(workbook), {
            conflictPolicy,
            locale,
            now: new Date(2024, 0, 31, 8, 0, 0),
          });
          const after = cellsOf(workbook);

          // A fresh workbook: nothing in a blank row was written by the product, so a
          // recalculation leaves blank rows alone, hand-typed output values included.
          const indicatorRows = new Set(placed.rowOf.values());
          const movedInto = new Set(outcome.moved.map((m) => m.to.where));
          if (conflictPolicy !== 'moveToManual') expect(movedInto.size).toBe(0);
          const allowed = (where: string): boolean => {
            const [sheet, address] = where.split('!');
            if (sheet === LOG_SHEET || sheet === STATE_SHEET) return true;
            if (RESULT_CELLS.includes(where)) return spec.resultCells;
            if (movedInto.has(where)) return true;
            if (sheet !== TABLE_SHEET) return false;
            const m = /^([A-Z]+)(\d+)$/.exec(address);
            if (!m) return false;
            const row = Number(m[2]) - 1;
            const column = m[1].charCodeAt(0) - 65;
            return m[1].length === 1 && indicatorRows.has(row) && outputColumns.has(column);
          };
          const keys = new Set([...before.keys(), ...after.keys()]);
          const touched = [...keys].filter((k) => before.get(k) !== after.get(k));
          expect(touched.filter((k) => !allowed(k))).toEqual([]);
          if (!outcome.written) expect(touched).toEqual([]);
          if (touched.length > 0) changed++;
        },
      ),
      { numRuns: 1000 },
    );
    expect(changed).toBeGreaterThan(250);
  });
});
