/**
 * One cell of the fake workbook and what Excel does with a value written into it.
 *
 * Writing through Range.values behaves like typing into the cell (what Excel does):
 * - null leaves the cell unchanged; "" clears its value and formula (the format stays);
 * - "'text" stores "text" as text (Excel's apostrophe prefix, whatever the format);
 * - in a cell formatted as text ("@") any other string is stored as it is;
 * - "=…" becomes a formula; "+…", "-…" and "@…" that are not numbers become formulas too
 *   ("=+abc"), as Excel turns them into formulas;
 * - "12.5", "-3", "1e3" become numbers; "83.22%" becomes 0.8322 and a General cell takes the
 *   format "0.00%" ("5%" → "0%"); "TRUE"/"FALSE" become booleans; "#N/A", "#REF!"... become
 *   error values. (Dates, times, currency and thousands separators are NOT converted: the
 *   fake keeps them as text, where Excel would convert them.)
 *
 * The fake does not calculate. A formula keeps the value it was loaded with (an .xlsx's cached
 * result); a formula written through the API gets a value only when it is constant arithmetic
 * ("=1+1" → 2, "=-3*(2+1)" → -9); any other formula reads as "" (valueTypes "Empty") until a
 * value is given.
 */

export type CellValue = string | number | boolean;

export interface FakeCell {
  /** "" for an empty cell or an uncalculated formula; error values as text ("#N/A"). */
  value: CellValue;
  /** The value is an error value (#N/A, #REF!...), not text. */
  error?: boolean;
  /** "=B2*C2" when the cell holds a formula. */
  formula?: string;
  /** Excel number format; absent means "General". */
  numberFormat?: string;
}

export const ERROR_VALUES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

export function isEmptyCell(cell: FakeCell | undefined): boolean {
  return !cell || (cell.value === '' && cell.formula === undefined);
}

/** Evaluates constant arithmetic ("1+2*3", "-(4/2)"); null for anything else. */
export function evaluateArithmetic(expression: string): number | null {
  const text = expression.replace(/\s+/g, '');
  let pos = 0;
  const peek = () => text[pos];
  function primary(): number | null {
    if (peek() === '(') {
      pos += 1;
      const inner = sum();
      if (inner === null || peek() !== ')') return null;
      pos += 1;
      return inner;
    }
    if (peek() === '-' || peek() === '+') {
      const sign = peek() === '-' ? -1 : 1;
      pos += 1;
      const operand = primary();
      return operand === null ? null : sign * operand;
    }
    const match = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?/.exec(text.slice(pos));
    if (!match) return null;
    pos += match[0].length;
    const n = Number(match[0].replace('%', ''));
    return match[0].endsWith('%') ? Number(`${match[0].slice(0, -1)}e-2`) : n;
  }
  function product(): number | null {
    let left = primary();
    while (left !== null && (peek() === '*' || peek() === '/')) {
      const op = peek();
      pos += 1;
      const right = primary();
      if (right === null) return null;
      left = op === '*' ? left * right : left / right;
    }
    return left;
  }
  function sum(): number | null {
    let left = product();
    while (left !== null && (peek() === '+' || peek() === '-')) {
      const op = peek();
      pos += 1;
      const right = product();
      if (right === null) return null;
      left = op === '+' ? left + right : left - right;
    }
    return left;
  }
  const result = sum();
  return result !== null && pos === text.length && Number.isFinite(result) ? result : null;
}

function withFormula(cell: FakeCell, formula: string): FakeCell {
  const computed = evaluateArithmetic(formula.slice(1));
  return {
    numberFormat: cell.numberFormat,
    formula,
    value: computed ?? '',
  };
}

/**
 * The cell after writing `input` into it through Range.values (see the module comment), or
 * undefined when the value cannot be written (not a string, number or boolean; NaN).
 */
export function writeCellValue(cell: FakeCell, input: unknown): FakeCell | undefined {
  const format = cell.numberFormat;
  if (input === null) return cell;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    return { value: input, numberFormat: format };
  }
  if (typeof input === 'boolean') return { value: input, numberFormat: format };
  if (typeof input !== 'string') return undefined;
  if (input === '') return { value: '', numberFormat: format };
  if (input.startsWith("'")) return { value: input.slice(1), numberFormat: format };
  if (format === '@') return { value: input, numberFormat: format };
  if (input.startsWith('=') && input.length > 1) return withFormula(cell, input);
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), numberFormat: format };
  if (PERCENT.test(trimmed)) {
    const digits = trimmed.slice(0, -1);
    const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
    const general = format === undefined || format === 'General';
    return {
      value: Number(`${digits}e-2`),
      numberFormat: general ? (decimals > 0 ? '0.00%' : '0%') : format,
    };
  }
  if (/^(true|false)$/i.test(trimmed)) {
    return { value: trimmed.toLowerCase() === 'true', numberFormat: format };
  }
  const upper = trimmed.toUpperCase();
  if (ERROR_VALUES.includes(upper)) return { value: upper, error: true, numberFormat: format };
  if (/^[+\-@]./.test(input)) return withFormula(cell, `=${input}`);
  return { value: input, numberFormat: format };
}

/** Writing through Range.formulas: like values, but a non-"=" string never becomes a formula. */
export function writeCellFormula(cell: FakeCell, input: unknown): FakeCell | undefined {
  if (typeof input === 'string' && /^[+\-@]./.test(input) && !NUMBER.test(input.trim())) {
    return { value: input, numberFormat: cell.numberFormat };
  }
  return writeCellValue(cell, input);
}

/** Range.valueTypes of a cell. */
export function valueType(
  cell: FakeCell | undefined,
): 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function formatNumber(value: number, format: string): string {
  const percent = /^0(\.(0+))?%$/.exec(format);
  if (percent) return `${(value * 100).toFixed(percent[2]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(\.(0+))?$/.exec(format);
  if (fixed) {
    const text = value.toFixed(fixed[3]?.length ?? 0);
    if (!fixed[1]) return text;
    const [whole, fraction] = text.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
  }
  return String(Number(value.toPrecision(11)));
}

/**
 * Range.text of a cell: the value as displayed. The fake knows General, "0", "0.00", "#,##0.00",
 * "0%", "0.00%" and "@"; other formats show the value as General would.
 */
export function displayText(cell: FakeCell | undefined): string {
  if (!cell) return '';
  if (typeof cell.value === 'number')
    return formatNumber(cell.value, cell.numberFormat ?? 'General');
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return cell.value;
}
