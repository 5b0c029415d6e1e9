/**
 * The inverse of a write plan, from the snapshot the plan was built from: every cell the plan
 * writes gets back the value, number format and formula it had; the sheets and names the plan
 * creates are deleted; the conditional formats it places are put back as the previous
 * recalculation left them (the same rules, coloured for the restored texts where Excel has no
 * conditional formats), or cleared when no recalculation had placed them. Applied when a write
 * fails half-way (write-failed.ts).
 *
 * Not covered: charts added to a sheet that existed before (recalculations add none), and a
 * sheet the plan replaces (deletes and creates again: only generated, unedited sheets are
 * replaced): the new one is deleted, the old one cannot come back (applyAllOrNone says so).
 */
import { cellAddress, parseBlock, whereOf } from '../a1';
import { beforeWrite, SnapshotCells, writeBlock } from '../port/snapshot-cells';
import { readState } from './state';
import type { CellWrite, ConditionalFormatSpec, WorkbookSnapshot, WritePlan } from '../port/types';

/**
 * The plan that undoes `plan` on the workbook `snapshot` was read from. Cells of sheets the
 * plan creates are not restored (the sheets are deleted); names the plan creates are deleted.
 */
export function inversePlan(plan: WritePlan, snapshot: WorkbookSnapshot): WritePlan {
  const cells = new SnapshotCells(snapshot);
  const existed = new Set(snapshot.sheetNames.map((s) => s.toLowerCase()));
  const replaced = new Set((plan.deleteSheets ?? []).map((s) => s.toLowerCase()));
  const created = new Set(
    plan.createSheets
      .map((s) => s.name.toLowerCase())
      .filter((s) => !existed.has(s) || replaced.has(s)),
  );
  const writes: CellWrite[] = [];
  for (const write of plan.writes) {
    if (created.has(write.sheet.toLowerCase())) continue;
    const block = writeBlock(write);
    if (block) writes.push(beforeWrite(cells, write.sheet, block));
  }
  // Every "before" comes from the snapshot, so overlapping writes restore the original in any
  // order; the last write is undone first all the same.
  writes.reverse();
  const names = new Set(snapshot.names.map((n) => n.name.toLowerCase()));
  const inverse: WritePlan = {
    createSheets: [],
    createNames: [],
    writes,
    deleteNames: plan.createNames.map((n) => n.name).filter((n) => !names.has(n.toLowerCase())),
    deleteSheets: plan.createSheets.map((s) => s.name).filter((s) => created.has(s.toLowerCase())),
  };
  const formats = (plan.conditionalFormats ?? [])
    .filter((spec) => !created.has(spec.sheet.toLowerCase()))
    .map((spec) => conditionalFormatBefore(spec, cells, snapshot));
  if (formats.length > 0) inverse.conditionalFormats = formats;
  return inverse;
}

/**
 * A conditional format as it was before `spec` replaced it: the product's own rules when the
 * state sheet shows that a recalculation had written that block (it placed them then), with
 * the static colours of the texts the block had; else none at all.
 */
function conditionalFormatBefore(
  spec: ConditionalFormatSpec,
  cells: SnapshotCells,
  snapshot: WorkbookSnapshot,
): ConditionalFormatSpec {
  const block = parseBlock(spec.address);
  if (!block) return { ...spec, rules: [], fallback: [] };
  const state = readState(snapshot);
  const rows = block.bottom - block.top + 1;
  const columns = block.right - block.left + 1;
  let placed = false;
  const texts: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < columns; c++) {
      const where = whereOf(spec.sheet, cellAddress(block.top + r, block.left + c));
      if (state.has(where)) placed = true;
      row.push(String(cells.get(spec.sheet, block.top + r, block.left + c).value ?? '').trim());
    }
    texts.push(row);
  }
  const rules = placed ? spec.rules : [];
  return {
    sheet: spec.sheet,
    address: spec.address,
    rules,
    fallback: texts.map((row) =>
      row.map((text) => {
        const rule = rules.find((r) => r.text === text);
        if (!rule) return null;
        return rule.fontColor
          ? { fill: rule.fill, fontColor: rule.fontColor }
          : { fill: rule.fill };
      }),
    ),
  };
}
