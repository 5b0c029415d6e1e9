/**
 * What the value parser makes of a cell: the contract between src/engine/values (reading
 * text and numbers the way accountants type them) and the scoring rules.
 */
import type Decimal from 'decimal.js';
import type { MessageKey } from '../../i18n/catalog';

/** Comparison operators of quantitative indicators. */
export type Operator = '≥' | '>' | '≤' | '<' | '=';

/** An indicator's kind: a comparison, or 定性 (qualitative, three tiers). */
export type IndicatorKind = Operator | '定性';

/**
 * A unit reduced to a base unit and a factor: "万元" → { base: "元", factor: 10000 },
 * "%" → { base: "%", factor: 0.01 }, "件" → { base: "件", factor: 1 }.
 * Two quantities compare when their bases are equal (or one of them has no unit).
 */
export interface UnitInfo {
  /** The unit as written, trimmed and folded to half-width ("万件"). */
  text: string;
  base: string;
  factor: Decimal;
}

/** A number with its unit, the magnifier already applied: amount is in the base unit. */
export interface Quantity {
  /** In the base unit: "72.3万件" → 723000 (base 件); "83.22%" → 0.8322 (base %). */
  amount: Decimal;
  /** null when neither the value nor the row says what the unit is. */
  unit: UnitInfo | null;
}

export type ParsedValue =
  | { kind: 'blank' }
  | { kind: 'quantity'; operator: Operator | null; quantity: Quantity }
  /** A date (时效指标): ISO yyyy-mm-dd; "2023年12月31日前" → operator ≤. */
  | { kind: 'date'; operator: Operator | null; date: string }
  /** Text with no number in it (定性 targets and actuals: "有效", "达成年度指标"). */
  | { kind: 'text'; operator: Operator | null; text: string }
  /** 无发生额 / 未发生 / 无发生 / 本年度未发生 / 未发生相关支出 ... (a lone 无 is text) */
  | { kind: 'noOccurrence'; text: string }
  /** "/" / 不适用 / 不涉及 / N/A / NA / a lone dash "-" or "—" ... */
  | { kind: 'notApplicable'; text: string }
  /** A spreadsheet error value: #N/A, #DIV/0!, #REF!, #VALUE!, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC! */
  | { kind: 'error'; code: string }
  /** Something that cannot be read as a value of this kind; `problem` is a catalog key. */
  | { kind: 'unreadable'; text: string; problem: MessageKey };

/** What the parser needs to know about the cell's context. */
export interface ParseContext {
  /** The row's unit (计量单位 column, or the target's unit when parsing the actual). */
  rowUnit: UnitInfo | null;
  /**
   * The cell's Excel number format, when it came from a workbook: a number in a cell
   * formatted as percent is a fraction (0.8322), a number in a date format is a date serial.
   */
  numberFormat?: string;
  /**
   * The row is known to be 定性 (its operator cell says so): any text that is not a special
   * value is read as text, even with digits in it ("建立1套制度").
   */
  qualitative?: boolean;
}
