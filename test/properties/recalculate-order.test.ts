/**
 * Property: results do not depend on the order of the indicator rows nor on the order of the
 * table's columns (unknown columns of the user's own included). The same generated workbook is
 * laid out twice, once as generated and once shuffled; both are recalculated and compared by
 * indicator name and by column header.
 */
import fc from 'fast-check';
import { recalculate } from '../../src/workbook';
import type { CellScalar, RecalcOutcome } from '../../src/workbook/port/types';
import { MemoryHost } from '../workbook/helpers/memory-host';
import {
  BUDGET_SHEET,
  TABLE_SHEET,
  buildWorkbook,
  permutation,
  workbookSpec,
  type Placed,
} from './helpers/workbook-arbitrary';

const NOW = new Date(2024, 5, 30, 17, 0, 0);
const OUTPUTS = ['completion', 'score', 'status'] as const;

interface Scored {
  written: boolean;
  problemCodes: string[];
  total?: string;
  grade?: string;
  provisional?: boolean;
  execution?: unknown;
  /** Indicator name → what the engine made of it. */
  byName: Map<string, unknown>;
}

function scored(outcome: RecalcOutcome): Scored {
  const byName = new Map<string, unknown>();
  const result = outcome.result;
  for (const r of result?.indicators ?? []) {
    byName.set(r.name, [
      r.score,
      r.ruleScore,
      r.manualScore,
      r.completion,
      r.scoredCompletion,
      r.status,
      r.operator,
      r.flags.map((f) => f.code).sort(),
    ]);
  }
  return {
    written: outcome.written,
    problemCodes: outcome.problems.map((p) => p.code).sort(),
    total: result?.total === undefined ? undefined : String(result.total),
    grade: result?.grade,
    provisional: result?.provisional,
    execution: result && [result.execution.rate, result.execution.score],
    byName,
  };
}

/** What the workbook shows in an indicator's output cells after the recalculation. */
function outputsByName(placed: Placed): Map<string, CellScalar[]> {
  const out = new Map<string, CellScalar[]>();
  for (const [name, row] of placed.rowOf) {
    out.set(
      name,
      OUTPUTS.map((key) => {
        const column = placed.columnOf.get(key);
        return column === undefined
          ? '(none)'
          : placed.workbook.value(TABLE_SHEET, addr(row, column));
      }),
    );
  }
  return out;
}

function addr(row: number, column: number): string {
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

/** Result_* cells as shown (Result_Status lists reasons naming cells, so it is left out). */
function resultCells(placed: Placed): CellScalar[] {
  return ['B7', 'B8', 'B9', 'B10'].map((a) => placed.workbook.value(BUDGET_SHEET, a));
}

async function run(placed: Placed): Promise<Scored> {
  return scored(
    await recalculate(new MemoryHost(placed.workbook), { conflictPolicy: 'refuse', now: NOW }),
  );
}

describe('results do not depend on', () => {
  it('the order of the indicator rows', async () => {
    const specAndOrder = workbookSpec().chain((spec) =>
      fc.tuple(fc.constant(spec), permutation(spec.indicators.length)),
    );
    let written = 0;
    await fc.assert(
      fc.asyncProperty(specAndOrder, async ([spec, rowOrder]) => {
        const asGenerated = buildWorkbook(spec);
        const shuffled = buildWorkbook(spec, { rowOrder });
        const a = await run(asGenerated);
        const b = await run(shuffled);
        expect(b).toEqual(a);
        expect(outputsByName(shuffled)).toEqual(outputsByName(asGenerated));
        expect(resultCells(shuffled)).toEqual(resultCells(asGenerated));
        if (a.written) written++;
      }),
      { numRuns: 1000 },
    );
    expect(written).toBeGreaterThan(250);
  });

  it('the order of the columns, unknown columns included, and outputs land in their columns', async () => {
    const specAndOrder = workbookSpec().chain((spec) =>
      fc.tuple(fc.constant(spec), permutation(spec.columns.length + spec.extras.length)),
    );
    let written = 0;
    await fc.assert(
      fc.asyncProperty(specAndOrder, async ([spec, columnOrder]) => {
        const asGenerated = buildWorkbook(spec);
        const shuffled = buildWorkbook(spec, { columnOrder });
        const a = await run(asGenerated);
        const b = await run(shuffled);
        expect(b).toEqual(a);
        expect(resultCells(shuffled)).toEqual(resultCells(asGenerated));
        // Every table cell, header included, holds the same after the recalculation as the
        // cell of the same column in the layout as generated: outputs under their headers,
        // the user's own columns untouched.
        const width = columnOrder.length;
        for (let row = asGenerated.headerRow; row <= asGenerated.lastRow; row++) {
          const expected: CellScalar[] = [];
          const actual: CellScalar[] = [];
          for (let i = 0; i < width; i++) {
            expected.push(asGenerated.workbook.value(TABLE_SHEET, addr(row, spec.left + i)));
            const at = spec.left + columnOrder.indexOf(i);
            actual.push(shuffled.workbook.value(TABLE_SHEET, addr(row, at)));
          }
          expect(actual).toEqual(expected);
        }
        // The user's own columns hold what they held, wherever they were moved.
        spec.extras.forEach((extra, i) => {
          const column = shuffled.extraColumnOf[i];
          const header = shuffled.workbook.value(TABLE_SHEET, addr(shuffled.headerRow, column));
          expect(header).toBe(extra.header);
          for (let row = shuffled.headerRow + 1; row <= shuffled.lastRow; row++) {
            const n = row - shuffled.headerRow - 1;
            const value = shuffled.workbook.value(TABLE_SHEET, addr(row, column));
            expect(value).toBe(extra.values[n % extra.values.length]);
          }
        });
        if (a.written) written++;
      }),
      { numRuns: 1000 },
    );
    expect(written).toBeGreaterThan(250);
  });
});
