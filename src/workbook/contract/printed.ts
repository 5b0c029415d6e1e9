/**
 * Values that forms print inside their labels, read where a name points at such a label:
 * the year in a title ("（2023年度）"), the money unit in "项目资金（万元）", the points in
 * "预算执行情况（20分）", and the placeholder names of pre-printed indicator slots ("指标1：").
 */
import { fold } from '../../engine/values/fold';
import type { CellScalar } from '../port/types';

/** 2023 from "（2023年度）" or "2023年度项目支出绩效自评表"; null when the text has no year. */
export function printedYear(raw: CellScalar): number | null {
  if (typeof raw === 'number')
    return Number.isInteger(raw) && raw > 1900 && raw < 2200 ? raw : null;
  const m = /((?:19|20|21)\d{2})\s*年/.exec(fold(String(raw ?? '')));
  return m ? Number(m[1]) : null;
}

/** "万元" from "项目资金（万元）" or "年度预算数(元)"; null when no money unit is printed. */
export function printedUnit(raw: CellScalar): string | null {
  const m = /\((亿元|万元|千元|元)\)/.exec(fold(String(raw ?? '')));
  return m ? m[1] : null;
}

/** 20 from "预算执行情况（万元）（20分）" or "分值（10分）"; null when no points are printed. */
export function printedPoints(raw: CellScalar): number | null {
  if (typeof raw !== 'string') return null;
  const m = /\((\d+(?:\.\d+)?)分\)/.exec(fold(raw));
  return m ? Number(m[1]) : null;
}

const SLOT_PREFIX = /^\s*指标\s*[0-9０-９]+\s*[:：]\s*/;

/** The indicator's own name without a pre-printed "指标1：" prefix (the rest as typed). */
export function slotName(raw: CellScalar): string {
  return String(raw ?? '').replace(SLOT_PREFIX, '');
}

/** A pre-printed empty slot: "指标1：", "……", "…" (nothing typed after the prefix). */
export function isEmptySlotName(raw: CellScalar): boolean {
  const rest = fold(slotName(raw)).replace(/[.…。·\-/]/g, '');
  return rest === '';
}

/**
 * A pre-printed slot nobody filled: no name (or "指标1：", "……") and nothing but blanks or
 * "/" in the target, actual and weight cells. Skipped, never an indicator with errors.
 */
export function isPrintedSlot(name: CellScalar, others: readonly CellScalar[]): boolean {
  const blankName = String(name ?? '').trim() === '' || isEmptySlotName(name);
  return (
    blankName &&
    others.every(
      (v) =>
        fold(String(v ?? ''))
          .replace(/[/／]/g, '')
          .trim() === '',
    )
  );
}

/** One rule a form prints in words, as a 评分规则 key and value. */
export interface PrintedRule {
  key: 'reverseFormula' | 'qualitativeTiers';
  value: string;
}

/**
 * The scoring rules a form prints where they differ from mof-2020 (real-forms.md L3, L7):
 * "反向指标…A/B" (a reverse indicator scores target ÷ actual) and qualitative tiers
 * "100%-80%、80%-50%、50%-0" (MOF: 80/60). Empty when the text prints none.
 */
export function printedRules(raw: CellScalar): PrintedRule[] {
  const text = fold(String(raw ?? '')).replace(/[～~至到—]/g, '-');
  const rules: PrintedRule[] = [];
  if (/反向/.test(text) && /A[/÷]B/i.test(text.replace(/\s/g, '')))
    rules.push({ key: 'reverseFormula', value: 'ratio' });
  const pairs = [...text.matchAll(/(\d+)%?-(\d+)%/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const chain =
    pairs.length === 3 &&
    pairs[0][0] === 100 &&
    pairs[2][1] === 0 &&
    pairs[0][1] === pairs[1][0] &&
    pairs[1][1] === pairs[2][0] &&
    pairs[0][1] > pairs[1][1] &&
    pairs[1][1] > 0;
  if (chain) rules.push({ key: 'qualitativeTiers', value: `${pairs[0][1]}%/${pairs[1][1]}%` });
  return rules;
}
