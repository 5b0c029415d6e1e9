/**
 * A canonical JSON of the evaluation input and its SHA-256, logged with every recalculation so
 * that two log lines with the same hash were scored from the same inputs. Cell positions
 * (`where`) are left out: moving a table does not change its inputs. A number format is kept
 * only where it changes the meaning (not "General"), so a JSON file and a workbook holding
 * the same values hash alike.
 *
 * The JSON is written as text straight from the input, and hashed a piece at a time. The budget,
 * its lines and the indicator rows are read by the names of their fields (a workbook's rows
 * make their cells when asked: they have no keys to list), their cells by `value` and
 * `numberFormat`; the rules, a record of cells, by its keys.
 */
import {
  BUDGET_FIELDS,
  BUDGET_LINE_FIELDS,
  INDICATOR_FIELDS,
  type EvaluationInput,
  type RuleCell,
} from '../../engine/types';
import { Sha256 } from '../safety/sha256';

/** Any value (the year, what a cell holds): a scalar, a list or a record. */
const ANY = 0;
/** A value field of the budget, a budget line or an indicator row, or a rule: a cell, or absent. */
const CELL = 1;
/** The rules: a record of cells whose keys are the record's own. */
const CELLS = 2;
/** A record's fields in the order they are written: name, JSON key, how the value is read. */
type Fields = [name: string, key: string, shape: Shape][];
/** How a value is read; a list holds values of that shape. */
type Shape = typeof ANY | typeof CELL | typeof CELLS | Fields;

/**
 * A record's fields, `where` left out, in the order JSON lists the keys of an object whose keys
 * were set in sorted order. Such an object is made here and asked for its keys, so the order is
 * the engine's: array indices ("2", "10") first, by number, then the other keys as set; setting
 * `__proto__` makes no key.
 */
function fields(shapes: Record<string, Shape>): Fields {
  const sorted: Record<string, Shape> = {};
  for (const name of Object.keys(shapes).sort()) if (name !== 'where') sorted[name] = shapes[name];
  return Object.keys(sorted).map((name) => [name, `${JSON.stringify(name)}:`, sorted[name]]);
}

const cells = (names: string[]): Record<string, Shape> =>
  Object.fromEntries(names.map((name) => [name, CELL]));

const INPUT = fields({
  department: ANY,
  year: ANY,
  unit: ANY,
  budget: fields({ ...cells(BUDGET_FIELDS), lines: fields(cells(BUDGET_LINE_FIELDS)) }),
  indicators: fields(cells(INDICATOR_FIELDS)),
  rules: CELLS,
} satisfies Record<keyof EvaluationInput, Shape>);

/** A number format that leaves the value as it is (any case). */
const GENERAL = /^general$/i;
/** A character JSON escapes: a quote, a backslash, a control character, a surrogate. */
const ESCAPED = /["\\]|[^ -\ud7ff\ue000-\uffff]/;
/** Parts of the JSON gathered before they are handed on as one piece. */
const PIECE_PARTS = 1 << 13;

/**
 * Writes the canonical JSON of the input: sorted keys, blank values (absent, null, empty text)
 * left out of records and null in lists, text trimmed, non-finite numbers as text, a cell as its
 * value or, under a format other than General, as {format, value}. The text goes to `take` in
 * pieces cut between two items of a list. The parts of a piece are held in one array, reused.
 */
function writeCanonical(input: EvaluationInput, take: (piece: string) => void): void {
  const parts: string[] = [];
  let n = 0;
  const put = (text: string): void => {
    parts[n++] = text;
  };
  const flush = (): void => {
    parts.length = n;
    take(parts.join(''));
    n = 0;
  };
  /** Writes a value; false, writing nothing, when it is blank outside a list. */
  const write = (value: unknown, shape: Shape, inList: boolean): boolean => {
    if (value === undefined || value === null) {
      if (inList) put('null');
      return inList;
    }
    if (Array.isArray(value)) {
      put('[');
      for (let i = 0; i < value.length; i++) {
        if (i) put(',');
        write(value[i], shape, true);
        if (n >= PIECE_PARTS) flush();
      }
      put(']');
      return true;
    }
    if (typeof value === 'object') {
      if (shape === CELL) {
        const { value: inner, numberFormat: format } = value as RuleCell;
        if (!format || GENERAL.test(format)) return write(inner, ANY, inList);
        put(`{"format":${JSON.stringify(format)},"value":`);
        write(inner, ANY, true);
        put('}');
        return true;
      }
      const record = value as Record<string, unknown>;
      put('{');
      let comma = '';
      const own = shape === CELLS ? CELL : ANY;
      for (const [name, key, of] of typeof shape === 'number'
        ? fields(Object.fromEntries(Object.keys(record).map((k) => [k, own])))
        : shape) {
        put(comma);
        put(key);
        if (write(record[name], of, false)) comma = ',';
        else n -= 2; // a blank value: its key is taken back
      }
      put('}');
      return true;
    }
    if (typeof value !== 'string') {
      put(typeof value === 'number' && !Number.isFinite(value) ? `"${value}"` : String(value));
      return true;
    }
    const text = value.trim();
    if (text === '' && !inList) return false;
    if (ESCAPED.test(text)) put(JSON.stringify(text));
    else {
      put('"');
      put(text);
      put('"');
    }
    return true;
  };
  write(input, INPUT, false);
  flush();
}

/** Canonical JSON: sorted keys, blank values left out, text trimmed, positions dropped. */
export function canonicalInputJson(input: EvaluationInput): string {
  const pieces: string[] = [];
  writeCanonical(input, (piece) => pieces.push(piece));
  return pieces.join('');
}

/** Lower-case hex SHA-256 of the canonical JSON of the inputs, hashed as it is written. */
export function inputSha256(input: EvaluationInput): string {
  const hash = new Sha256();
  writeCanonical(input, (piece) => hash.text(piece));
  return hash.hex();
}
