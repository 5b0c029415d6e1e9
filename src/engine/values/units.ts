/**
 * Units of measure (计量单位): "万元" → 10000 元, "%" → 0.01 (amounts in % are fractions),
 * "万人次" → 10000 人次. A magnifier (万 亿 千 百万 …) in front of any base multiplies it.
 */
import Decimal from 'decimal.js';
import { fold } from './fold';
import type { CellScalar } from '../types';
import type { UnitInfo } from './types';

export const ONE = new Decimal(1);
const HUNDREDTH = new Decimal('0.01');
const THOUSANDTH = new Decimal('0.001');

/** Magnifiers, longest first so that 百万 wins over a lone 万 and 万亿 over 万. */
export const MAGNIFIERS: ReadonlyArray<readonly [string, Decimal]> = [
  ['万亿', new Decimal('1e12')],
  ['千亿', new Decimal('1e11')],
  ['百亿', new Decimal('1e10')],
  ['千万', new Decimal('1e7')],
  ['百万', new Decimal('1e6')],
  ['十万', new Decimal('1e5')],
  ['亿', new Decimal('1e8')],
  ['万', new Decimal('1e4')],
  ['千', new Decimal('1e3')],
];

/** Bases that are themselves fractions: amounts in % are stored as fractions (83.22% → 0.8322). */
const BASE_ALIASES: Record<string, { base: string; text: string; factor: Decimal }> = {
  '%': { base: '%', text: '%', factor: HUNDREDTH },
  百分比: { base: '%', text: '%', factor: HUNDREDTH },
  百分率: { base: '%', text: '%', factor: HUNDREDTH },
  '‰': { base: '%', text: '‰', factor: THOUSANDTH },
  千分比: { base: '%', text: '‰', factor: THOUSANDTH },
};

/** The unit of a percentage written with a "%" sign, or of a number in a percent-formatted cell. */
export const PERCENT: UnitInfo = { text: '%', base: '%', factor: HUNDREDTH };

/** A "单位：" label and brackets around a unit cell: "（万元）", "单位：万元", "[件]". */
const LABEL = /^单位:?/;
const BRACKETED = /^(?:\((.*)\)|\[(.*)\]|【(.*)】)$/;

function unwrap(text: string): string {
  const unlabelled = text.replace(LABEL, '');
  const inner = BRACKETED.exec(unlabelled);
  return inner ? (inner[1] ?? inner[2] ?? inner[3]) : unlabelled;
}

const CACHE_LIMIT = 2048;
const cache = new Map<string, UnitInfo | null>();

/** The classifier 个 before a unit does not change it: "个工作日" is 工作日, "个月" is 月. */
function baseOf(text: string): string {
  return text.length > 1 && text.startsWith('个') ? text.slice(1) : text;
}

/** A unit text with the magnifier split off: "万件" → 件 × 10000; "万" → '' × 10000. */
function reduce(text: string): UnitInfo {
  const alias = BASE_ALIASES[text];
  if (alias) return { text: alias.text, base: alias.base, factor: alias.factor };
  for (const [magnifier, factor] of MAGNIFIERS) {
    if (text.startsWith(magnifier)) {
      const rest = text.slice(magnifier.length);
      const base = BASE_ALIASES[rest];
      if (base) return { text, base: base.base, factor: factor.times(base.factor) };
      return { text, base: baseOf(rest), factor };
    }
  }
  return { text, base: baseOf(text), factor: ONE };
}

/**
 * A unit cell or unit text: "万元" → { text: '万元', base: '元', factor: 10000 }; "%" or "％" →
 * { base: '%', factor: 0.01 }; "万" alone → { base: '', factor: 10000 }. Null when blank (or
 * not text: a number in the unit column says nothing about a unit).
 */
export function parseUnit(text: CellScalar): UnitInfo | null {
  if (typeof text !== 'string') return null;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const core = unwrap(fold(text.trim()));
  const unit = core === '' ? null : reduce(core);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, unit);
  return unit;
}

/**
 * The unit a bare magnifier means in a row: "72.3万" in a row measured in 件 (or 万件) is
 * 723000 件. Without a row unit the magnifier stands alone (base '').
 */
export function magnifiedUnit(
  magnifier: string,
  factor: Decimal,
  rowUnit: UnitInfo | null,
): UnitInfo {
  if (rowUnit === null || rowUnit.base === '') return { text: magnifier, base: '', factor };
  const base = BASE_ALIASES[rowUnit.base];
  return {
    text: magnifier + (base ? base.text : rowUnit.base),
    base: rowUnit.base,
    factor: base ? factor.times(base.factor) : factor,
  };
}

/**
 * Whether two quantities can be compared: yes when either has no unit (null) or is a bare
 * magnifier (base ''), otherwise when their bases are equal (万件 and 件, % and ‰).
 */
export function unitsCompatible(a: UnitInfo | null, b: UnitInfo | null): boolean {
  if (a === null || b === null || a.base === '' || b.base === '') return true;
  return a.base === b.base;
}
