/**
 * A recognised form becomes the contract: its binding defines the contract's names over the
 * form's own cells, so that everything downstream (recalculation, conflicts, undo, annotation)
 * works on it unchanged.
 */
import { parseBlock, whereOf } from '../a1';
import type {
  CellScalar,
  NameSnapshot,
  RangeSnapshot,
  SnapshotRequest,
  WorkbookSnapshot,
  WritePlan,
} from '../port/types';
import { snapshotRequest } from '../contract/read';
import type { FormBinding } from './recognize';

/** The recalculation's request plus every visible sheet's used range and merged areas. */
export function formsRequest(): SnapshotRequest {
  return { ...snapshotRequest(), allSheets: true };
}

/** A plan that defines the binding's names (workbook scope) and writes nothing else. */
export function bindingPlan(binding: FormBinding): WritePlan {
  return {
    createSheets: [],
    createNames: binding.names.map((n) => ({
      name: n.name,
      reference: whereOf(n.sheet, n.address),
    })),
    writes: [],
  };
}

function slice(used: RangeSnapshot, sheet: string, address: string): RangeSnapshot | null {
  const block = parseBlock(address);
  if (!block) return null;
  const rows = block.bottom - block.top + 1;
  const columns = block.right - block.left + 1;
  const pick = <T>(grid: T[][], blank: T): T[][] =>
    Array.from({ length: rows }, (_, i) =>
      Array.from(
        { length: columns },
        (_, j) => grid[block.top + i - used.rowIndex]?.[block.left + j - used.columnIndex] ?? blank,
      ),
    );
  return {
    sheet,
    address,
    rowIndex: block.top,
    columnIndex: block.left,
    values: pick<CellScalar>(used.values, ''),
    numberFormats: pick(used.numberFormats, 'General'),
    formulas: pick<string | null>(used.formulas, null),
  };
}

/**
 * The snapshot as it will read once the binding's names exist: the binding's names (replacing
 * any of the same spelling), their ranges taken from the sheets read with `formsRequest()`.
 * Scoring it needs no write; the plan built from it writes into the form's own cells.
 */
export function boundSnapshot(snapshot: WorkbookSnapshot, binding: FormBinding): WorkbookSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === binding.sheet);
  const bound = new Set(binding.names.map((n) => n.name.toLowerCase()));
  const names: NameSnapshot[] = snapshot.names.filter((n) => !bound.has(n.name.toLowerCase()));
  for (const n of binding.names) {
    const range = sheet?.used ? slice(sheet.used, n.sheet, n.address) : null;
    names.push(
      range
        ? { name: n.name, range, formula: `=${whereOf(n.sheet, n.address)}` }
        : { name: n.name, range: null, problem: 'invalidReference' },
    );
  }
  return { ...snapshot, names };
}
