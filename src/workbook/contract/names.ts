/** Finding the contract's names in a snapshot: case-insensitive, canonical name or alias. */
import type { ContractName } from './contract';
import type { NameSnapshot, WorkbookSnapshot } from '../port/types';

export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

export type NameIndex = Map<string, NameSnapshot>;

export function indexNames(snapshot: WorkbookSnapshot): NameIndex {
  const index: NameIndex = new Map();
  for (const n of snapshot.names) {
    const key = nameKey(n.name);
    if (!index.has(key)) index.set(key, n);
  }
  return index;
}

export interface FoundName {
  /** The first found, canonical name preferred. */
  found: NameSnapshot | null;
  /** Every spelling found, when several (canonical and alias) refer to different places. */
  clashing: NameSnapshot[];
}

function sameTarget(a: NameSnapshot, b: NameSnapshot): boolean {
  if (a === b) return true;
  if (!a.range || !b.range) return (a.formula ?? '') === (b.formula ?? '');
  return a.range.sheet === b.range.sheet && a.range.address === b.range.address;
}

export function findName(index: NameIndex, spec: ContractName): FoundName {
  const hits: NameSnapshot[] = [];
  for (const candidate of [spec.name, ...spec.aliases]) {
    const hit = index.get(nameKey(candidate));
    if (hit) hits.push(hit);
  }
  if (hits.length === 0) return { found: null, clashing: [] };
  const first = hits[0];
  const clashing = hits.length > 1 && hits.some((h) => !sameTarget(h, first)) ? hits : [];
  return { found: first, clashing };
}

/** Every canonical name and alias of a list of contract names. */
export function allSpellings(specs: ContractName[]): string[] {
  return specs.flatMap((s) => [s.name, ...s.aliases]);
}
