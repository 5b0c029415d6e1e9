/**
 * Comparison operators as they are written: symbols (≥ >= => ≧ ＞＝), Chinese words (大于等于,
 * 不低于, 不超过 …) before a value, and words after it (以上, 以下, 以内, 之前 …).
 */
import { fold } from './fold';
import type { CellScalar } from '../types';
import type { IndicatorKind, Operator } from './types';

/** Words and symbols that may stand before a value; null marks neutral words (约, 控制在). */
const PREFIX_WORDS: ReadonlyArray<readonly [string, Operator | null]> = [
  ['>=', '≥'],
  ['=>', '≥'],
  ['≥=', '≥'],
  ['≥', '≥'],
  ['<=', '≤'],
  ['=<', '≤'],
  ['≤=', '≤'],
  ['≤', '≤'],
  ['==', '='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
  ['大于或等于', '≥'],
  ['大于等于', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不小于', '≥'],
  ['至少', '≥'],
  ['达到', '≥'],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于或等于', '≤'],
  ['小于等于', '≤'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['不大于', '≤'],
  ['不多于', '≤'],
  ['至多', '≤'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
  ['不晚于', '≤'],
  ['不迟于', '≤'],
  ['截至', '≤'],
  ['截止到', '≤'],
  ['截止', '≤'],
  ['早于', '<'],
  ['不早于', '≥'],
  ['晚于', '>'],
  ['控制在', null],
  ['大约', null],
  ['约为', null],
  ['约', null],
];

/** Words after a number: "95%以上" (≥), "5%以内" (≤), "90%左右" (neutral). */
const QUANTITY_SUFFIX_WORDS: ReadonlyArray<readonly [string, Operator | null]> = [
  ['及以上', '≥'],
  ['以上', '≥'],
  ['及以下', '≤'],
  ['以下', '≤'],
  ['以内', '≤'],
  ['之内', '≤'],
  ['内', '≤'],
  ['左右', null],
  ['上下', null],
];

/** Words after a date: "2023年12月31日前" (≤), "…之后" (≥), "…前完成" (≤). */
const DATE_SUFFIX_WORDS: ReadonlyArray<readonly [string, Operator | null]> = [
  ['之前完成', '≤'],
  ['以前完成', '≤'],
  ['前完成', '≤'],
  ['以内完成', '≤'],
  ['内完成', '≤'],
  ['之前', '≤'],
  ['以前', '≤'],
  ['前', '≤'],
  ['以内', '≤'],
  ['之内', '≤'],
  ['内', '≤'],
  ['之后', '≥'],
  ['以后', '≥'],
  ['后', '≥'],
  ['完成', null],
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: ReadonlyArray<readonly [string, Operator | null]>): string {
  return words.map(([w]) => escape(w)).join('|');
}

const PREFIX_RE = new RegExp(`^(?:${alternation(PREFIX_WORDS)})`);
const QUANTITY_SUFFIX_RE = new RegExp(`(?:${alternation(QUANTITY_SUFFIX_WORDS)})$`);
const DATE_SUFFIX_RE = new RegExp(`(?:${alternation(DATE_SUFFIX_WORDS)})$`);
const PREFIX_MAP = new Map(PREFIX_WORDS);
const QUANTITY_SUFFIX_MAP = new Map(QUANTITY_SUFFIX_WORDS);
const DATE_SUFFIX_MAP = new Map(DATE_SUFFIX_WORDS);

/** What was found around a value: the operator (or a conflict), and the rest of the text. */
export interface Affixes {
  operator: Operator | null;
  /** Two different operators, e.g. "≥5以下". */
  conflict: boolean;
  /** Whether an operator symbol or word was found (neutral words such as 约 do not count). */
  found: boolean;
  rest: string;
}

function merge(a: Affixes, op: Operator | null): void {
  if (op === null) return;
  if (a.operator !== null && a.operator !== op) a.conflict = true;
  a.operator = op;
  a.found = true;
}

/** Takes operator symbols and words off the front of folded text ("≥95%" → ≥, "95%"). */
export function takePrefix(text: string): Affixes {
  const a: Affixes = { operator: null, conflict: false, found: false, rest: text };
  for (let i = 0; i < 3; i++) {
    const m = PREFIX_RE.exec(a.rest);
    if (m === null) break;
    merge(a, PREFIX_MAP.get(m[0]) ?? null);
    a.rest = a.rest.slice(m[0].length);
  }
  return a;
}

/** Takes words off the end ("95%以上" → ≥); `dates` selects the date words (前, 之前 …). */
export function takeSuffix(a: Affixes, dates: boolean): Affixes {
  const re = dates ? DATE_SUFFIX_RE : QUANTITY_SUFFIX_RE;
  const map = dates ? DATE_SUFFIX_MAP : QUANTITY_SUFFIX_MAP;
  const out: Affixes = { ...a };
  for (let i = 0; i < 3; i++) {
    const m = re.exec(out.rest);
    if (m === null || m[0].length === out.rest.length) break;
    merge(out, map.get(m[0]) ?? null);
    out.rest = out.rest.slice(0, out.rest.length - m[0].length);
  }
  return out;
}

/** Words of the operator (指标性质 / 指标方向) column. */
const KIND_WORDS: ReadonlyArray<readonly [string, IndicatorKind]> = [
  ...PREFIX_WORDS.filter((w): w is readonly [string, Operator] => w[1] !== null && w[0] !== '达到'),
  ...QUANTITY_SUFFIX_WORDS.filter(
    (w): w is readonly [string, Operator] => w[1] !== null && w[0] !== '内',
  ),
  ['正向', '≥'],
  ['正向指标', '≥'],
  ['反向', '≤'],
  ['反向指标', '≤'],
  ['定性', '定性'],
  ['定性指标', '定性'],
];
const KIND_MAP = new Map<string, IndicatorKind>(KIND_WORDS);
const kindCache = new Map<string, IndicatorKind | null>();
const CACHE_LIMIT = 1024;

/**
 * The kind in an operator (指标性质) cell: ≥ > ≤ < = in any of their written forms, 正向 (≥),
 * 反向 (≤) or 定性. Null when blank or not recognised.
 */
export function parseKind(text: CellScalar): IndicatorKind | null {
  if (typeof text !== 'string') return null;
  const hit = kindCache.get(text);
  if (hit !== undefined) return hit;
  const kind = KIND_MAP.get(fold(text.trim())) ?? null;
  if (kindCache.size >= CACHE_LIMIT) kindCache.clear();
  kindCache.set(text, kind);
  return kind;
}
