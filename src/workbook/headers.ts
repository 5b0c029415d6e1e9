/** Recognising the Indicators header row (workbook-contract.md §1). */
import { fold } from '../engine/values/fold';
import { COLUMN_SPECS } from './contract';
import type { CellScalar, ColumnKey } from './types';

/** Header text as compared: trimmed, full-width folded, spaces and line breaks dropped, lower case. */
export function normalizeHeader(raw: CellScalar): string {
  if (raw === null || raw === undefined) return '';
  return fold(String(raw)).replace(/\s+/g, '').toLowerCase();
}

const BY_HEADER = new Map<string, ColumnKey>();
for (const spec of COLUMN_SPECS) {
  for (const header of spec.headers) BY_HEADER.set(normalizeHeader(header), spec.key);
}

/** The column key a header text stands for, or null for a column of the user's own. */
export function columnKeyOf(raw: CellScalar): ColumnKey | null {
  const key = normalizeHeader(raw);
  return key ? (BY_HEADER.get(key) ?? null) : null;
}
