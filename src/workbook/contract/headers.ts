/**
 * Recognising the Indicators header (workbook-contract.md §1): one row, or two where the
 * printed form puts 指标性质 / 指标值 / 度量单位 under a merged 年度指标值.
 */
import { fold } from '../../engine/values/fold';
import { COLUMN_SPECS } from './contract';
import type { CellScalar, ColumnKey } from '../port/types';
import { isBlank } from '../../engine/input-cells';

/** Header text as compared: trimmed, full-width folded, spaces and line breaks dropped, lower case. */
export function normalizeHeader(raw: CellScalar): string {
  if (raw === null || raw === undefined) return '';
  return fold(String(raw)).replace(/\s+/g, '').toLowerCase();
}

/**
 * The header without what forms print after it: "(A)", "(B/A)", "(50分)", "(万元)", "(%)",
 * "(分)" and a trailing colon ("年度资金总额：" → "年度资金总额").
 */
export function headerWords(raw: CellScalar): string {
  let text = normalizeHeader(raw).replace(/[:：]+$/, '');
  for (;;) {
    const stripped = text.replace(/\([^()]*\)$/, '');
    if (stripped === text || stripped === '') return text;
    text = stripped;
  }
}

const BY_HEADER = new Map<string, ColumnKey>();
for (const spec of COLUMN_SPECS) {
  for (const header of spec.headers) BY_HEADER.set(normalizeHeader(header), spec.key);
}

/**
 * The column key a header text stands for, or null for a column of the user's own. The text
 * is tried as written, then without a printed suffix ("年度指标值（A）", "指标权重（分）").
 */
export function columnKeyOf(raw: CellScalar): ColumnKey | null {
  const key = normalizeHeader(raw);
  if (!key) return null;
  return BY_HEADER.get(key) ?? BY_HEADER.get(headerWords(raw)) ?? null;
}

/**
 * True when a row under a header row is the header's second row: every cell with text names a
 * column (一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位), none holds data.
 */
export function isSubHeaderRow(row: readonly CellScalar[]): boolean {
  let named = 0;
  for (const value of row) {
    if (isBlank(value)) continue;
    if (columnKeyOf(value) === null) return false;
    named += 1;
  }
  return named >= 2;
}

/**
 * The header text of each column: the lower row's where it names a column (or the upper one
 * is blank), else the upper row's. One row when `lower` is undefined.
 */
export function mergedHeaderRow(
  upper: readonly CellScalar[],
  lower?: readonly CellScalar[],
): CellScalar[] {
  if (!lower) return [...upper];
  return upper.map((top, c) => {
    const below = lower[c];
    return columnKeyOf(below) !== null || isBlank(top) ? (below ?? '') : top;
  });
}
