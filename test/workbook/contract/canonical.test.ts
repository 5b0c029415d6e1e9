/**
 * The canonical JSON of the inputs, written straight as text, is the same text, byte for byte,
 * as the canonical copy of the input stringified (the oracle below): for generated inputs as
 * plain objects, and for the same inputs as a workbook's reading holds them, rows whose cells
 * are made when asked by getters. Its hash is Node's SHA-256 of that text.
 */
import { createHash } from 'crypto';
import fc from 'fast-check';
import {
  BUDGET_FIELDS,
  BUDGET_LINE_FIELDS,
  INDICATOR_FIELDS,
  type CellInput,
  type EvaluationInput,
  type IndicatorField,
  type IndicatorInput,
} from '../../../src/engine/types';
import { canonicalInputJson, inputSha256 } from '../../../src/workbook';
import { IndicatorRow } from '../../../src/workbook/contract/table-rows';
import type { CellScalar, RangeSnapshot } from '../../../src/workbook/port/types';

// ------------------------------------------------------------------------------------------
// The oracle: a canonical copy of the whole input (a tree of plain objects), stringified.
// ------------------------------------------------------------------------------------------

/** A record's canonical copy: sorted keys, `where` and blank values left out. */
function canonicalRecord(
  record: object,
  copyOf: (key: string) => (value: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (key === 'where') continue;
    const v = copyOf(key)((record as Record<string, unknown>)[key]);
    if (v === undefined || v === '' || v === null) continue;
    out[key] = v;
  }
  return out;
}

/** A value that is no cell (the year, what a cell holds): a scalar, a list or a record. */
function canonicalValue(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => canonicalValue(v) ?? null);
  return canonicalRecord(value, () => canonicalValue);
}

/** A cell: its value, or {format, value} under a format other than General. */
function canonicalCell(cell: unknown): unknown {
  if (cell === undefined || cell === null) return undefined;
  const { value, numberFormat: format } = cell as { value: unknown; numberFormat?: string };
  const inner = canonicalValue(value);
  if (!format || format.toLowerCase() === 'general') return inner ?? null;
  return { format, value: inner ?? null };
}

/** A record each of whose values is a cell (a row, the budget, the rules). */
const canonicalCells = (record: unknown): unknown =>
  record === undefined ? undefined : canonicalRecord(record as object, () => canonicalCell);

function canonicalBudget(budget: unknown): unknown {
  return canonicalRecord(budget as object, (key) =>
    key === 'lines'
      ? (lines) => (lines as unknown[] | undefined)?.map((line) => canonicalCells(line) ?? null)
      : canonicalCell,
  );
}

function canonicalInput(input: EvaluationInput): unknown {
  return canonicalRecord(input, (key) => {
    if (key === 'budget') return canonicalBudget;
    if (key === 'indicators') return (rows) => (rows as unknown[]).map(canonicalCells);
    if (key === 'rules') return canonicalCells;
    return canonicalValue;
  });
}

const oracleJson = (input: EvaluationInput): string => JSON.stringify(canonicalInput(input));
const nodeSha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

// ------------------------------------------------------------------------------------------
// Generated inputs.
// ------------------------------------------------------------------------------------------

const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom('', '  ', ' 群众满意度 ', '\t≥95%\n', '第1行\n第2行', 'a\u0001\u001fb', '"\\/'),
  fc.constantFrom('😀', '\ud83d', 'x\ude00', '\ud800\ud800\udc00', '\u2028\u007f\ufffd'),
);
const scalar = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
const format = fc.oneof(
  fc.constantFrom('General', 'general', 'GENERAL', ' General', 'Generally', '', '0%', '0.00%', '@'),
  fc.string({ maxLength: 4 }),
  fc.constant(undefined),
);
const cell: fc.Arbitrary<CellInput> = fc.record(
  { value: scalar, numberFormat: format, where: fc.string({ maxLength: 6 }) },
  { requiredKeys: ['value'] },
) as fc.Arbitrary<CellInput>;

/** A record of cells: each field absent, undefined or a cell, the row's place maybe with them. */
function cellRecord(names: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = { where: fc.string({ maxLength: 6 }) };
  for (const name of names) model[name] = fc.option(cell, { nil: undefined });
  return fc.record(model, { requiredKeys: [] });
}

/**
 * Rule keys, among them array indices (an object lists them first), keys a copy drops, and the
 * names of a cell's own fields.
 */
const ruleKey = fc.oneof(
  fc.constantFrom('profile', 'executionDenominator', 'where', 'value', 'numberFormat'),
  fc.constantFrom('__proto__', '0', '1', '2', '10', '01', '-1', '4294967294', '4294967295'),
  fc.string({ maxLength: 5 }),
);
/** A rule's value: a scalar, or a list or a table a JSON file gives (gradeBands). */
const ruleValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('value', 'where', '优', '0', 'a'), scalar, { maxKeys: 3 }),
);
const ruleCell = fc.record(
  { value: ruleValue, numberFormat: format, where: fc.string({ maxLength: 6 }) },
  { requiredKeys: ['value', 'where'] },
);
/** Rules as cells: own keys, `__proto__` too (Object.fromEntries defines it). */
const rules = fc
  .array(fc.tuple(ruleKey, ruleCell), { maxLength: 6 })
  .map((entries) => Object.fromEntries(entries));

const budget = fc
  .tuple(
    cellRecord(BUDGET_FIELDS),
    fc.option(fc.array(cellRecord(BUDGET_LINE_FIELDS), { maxLength: 4 }), { nil: undefined }),
  )
  .map(([fields, lines]) => (lines === undefined ? fields : { ...fields, lines }));

const input = fc.record(
  {
    department: fc.option(text, { nil: undefined }),
    year: fc.oneof(fc.integer({ min: 1990, max: 2100 }), text, fc.constant(undefined)),
    unit: fc.option(text, { nil: undefined }),
    budget,
    indicators: fc.array(cellRecord(INDICATOR_FIELDS), { maxLength: 6 }),
    rules: fc.option(rules, { nil: undefined }),
  },
  { requiredKeys: ['budget', 'indicators'] },
) as unknown as fc.Arbitrary<EvaluationInput>;

// ------------------------------------------------------------------------------------------
// The same data as a workbook's reading holds it: rows whose fields are prototype getters.
// ------------------------------------------------------------------------------------------

/** A cell made when asked: `value` and `numberFormat` are getters; its own key is its source. */
class LazyCell {
  constructor(private readonly source: CellInput) {}
  get value(): CellInput['value'] {
    return this.source.value;
  }
  get numberFormat(): string | undefined {
    return this.source.numberFormat;
  }
}

/** A row class whose fields are getters on its prototype, each making its cell when asked. */
function lazyRowClass(names: readonly string[]): new (row: Record<string, unknown>) => object {
  class LazyRow {
    constructor(readonly row: Record<string, unknown>) {}
  }
  for (const name of names) {
    Object.defineProperty(LazyRow.prototype, name, {
      get(this: { row: Record<string, CellInput | undefined> }) {
        const source = this.row[name];
        return source && new LazyCell(source);
      },
    });
  }
  return LazyRow;
}

const LazyIndicator = lazyRowClass(INDICATOR_FIELDS);
const LazyLine = lazyRowClass(BUDGET_LINE_FIELDS);
const LazyBudget = lazyRowClass(BUDGET_FIELDS);
Object.defineProperty(LazyBudget.prototype, 'lines', {
  get(this: { row: { lines?: Record<string, unknown>[] } }) {
    return this.row.lines?.map((line) => new LazyLine(line));
  },
});

function lazy(plain: EvaluationInput): EvaluationInput {
  return {
    ...plain,
    budget: new LazyBudget(plain.budget as unknown as Record<string, unknown>),
    indicators: plain.indicators.map(
      (row) => new LazyIndicator(row as unknown as Record<string, unknown>),
    ),
  } as EvaluationInput;
}

/**
 * An indicator table as the contract reading holds it: rows of the range read, each field a
 * getter making its range cell; some fields without a column, level cells from rows above.
 */
const tableRows = fc
  .record({
    fields: fc.subarray([...INDICATOR_FIELDS]),
    height: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ fields, height }) => {
    const rowOf = <T>(item: fc.Arbitrary<T>) =>
      fc.array(item, { minLength: fields.length, maxLength: fields.length });
    const rows = <T>(item: fc.Arbitrary<T>) =>
      fc.array(rowOf(item), { minLength: height, maxLength: height });
    const above = fc.integer({ min: -1, max: height - 1 });
    return fc
      .record({
        values: rows(scalar as fc.Arbitrary<CellScalar>),
        numberFormats: rows(fc.oneof(fc.constantFrom('General', '0.00%', '@'), fc.string())),
        levels: fc.array(fc.tuple(above, above), { minLength: height, maxLength: height }),
      })
      .map(({ values, numberFormats, levels }) => {
        const range: RangeSnapshot = {
          ...{ sheet: '绩效指标', address: 'A5', rowIndex: 4, columnIndex: 0, formulas: [] },
          ...{ values, numberFormats },
        };
        const columns: Partial<Record<IndicatorField, number>> = {};
        fields.forEach((field, c) => (columns[field] = c));
        return levels.map(([l1, l2], r) => new IndicatorRow({ range, columns }, r, l1, l2));
      });
  });

/** A plain copy of a row, each cell its value and format as the row's getters give them. */
function plainRow(row: IndicatorInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of INDICATOR_FIELDS) {
    const cell = row[field];
    if (cell) out[field] = { value: cell.value, numberFormat: cell.numberFormat };
  }
  return out;
}

describe('canonicalInputJson and inputSha256', () => {
  it('write the canonical copy’s JSON of any input given as plain objects', () => {
    fc.assert(
      fc.property(input, (plain) => {
        const expected = oracleJson(plain);
        expect(canonicalInputJson(plain)).toBe(expected);
        expect(inputSha256(plain)).toBe(nodeSha256(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('write the same JSON when rows and cells are objects whose fields are getters', () => {
    fc.assert(
      fc.property(input, (plain) => {
        const rows = lazy(plain);
        expect(Object.keys(rows.indicators[0] ?? {})).not.toContain('name');
        const expected = oracleJson(plain);
        expect(canonicalInputJson(rows)).toBe(expected);
        expect(inputSha256(rows)).toBe(nodeSha256(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('write the same JSON for the indicator rows a workbook’s reading makes from its range', () => {
    fc.assert(
      fc.property(tableRows, (indicators) => {
        const budget = { final: undefined, spent: undefined };
        const expected = oracleJson({
          budget,
          indicators: indicators.map(plainRow),
        } as unknown as EvaluationInput);
        expect(canonicalInputJson({ budget, indicators })).toBe(expected);
        expect(inputSha256({ budget, indicators })).toBe(nodeSha256(expected));
      }),
      { numRuns: 200 },
    );
  });

  it('hash a long input, written and hashed in many pieces, as its whole JSON', () => {
    const indicators = fc.sample(cellRecord(INDICATOR_FIELDS), { numRuns: 3000, seed: 7 });
    const plain = {
      budget: { final: undefined, spent: undefined },
      indicators,
    } as unknown as EvaluationInput;
    const expected = oracleJson(plain);
    expect(expected.length).toBeGreaterThan(300000);
    expect(canonicalInputJson(plain)).toBe(expected);
    expect(inputSha256(plain)).toBe(nodeSha256(expected));
    expect(inputSha256(lazy(plain))).toBe(nodeSha256(expected));
  });
});
