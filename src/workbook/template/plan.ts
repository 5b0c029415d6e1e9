/**
 * 插入模板: the template spec (src/workbook/template) as one WritePlan for the current
 * workbook. New sheets are created; a sheet of the same name (the user agreed to replace it)
 * has the template's block written over it, empty template cells clearing what was there.
 * Names that already exist are kept. The plan's `layouts` carry each sheet's merged areas,
 * column widths, row heights and cell styles (a replaced sheet's old merges and formats are
 * reset over the template's block first), and its drop-down lists, frozen panes and print
 * setup: the .xlsx host writes those; Excel's API needs 1.7 to 1.9 for them (the manifest asks
 * for 1.4), so the Office host leaves them out.
 */
import type { TemplateSpec } from './spec';
import { blockAddress, parseBlock, whereOf, type Block } from '../a1';
import type {
  CellScalar,
  CellStyle,
  CellWrite,
  SheetLayout,
  StyledBlock,
  WritePlan,
} from '../port/types';

// The pane loads this module on demand, together with the template it renders.
export { buildTemplateSpec } from './build';

/** The template's sheets that the workbook already has (case-insensitive, as Excel). */
export function clashingSheets(spec: TemplateSpec, sheetNames: string[]): string[] {
  const present = new Set(sheetNames.map((n) => n.toLowerCase()));
  return spec.sheets.filter((s) => present.has(s.name.toLowerCase())).map((s) => s.name);
}

function sheetWrite(sheet: TemplateSpec['sheets'][number], replacing: boolean): CellWrite | null {
  let bottom = -1;
  let right = -1;
  const cells = sheet.cells
    .map((cell) => ({ cell, at: parseBlock(cell.address) }))
    .filter((c): c is { cell: (typeof sheet.cells)[number]; at: NonNullable<typeof c.at> } => {
      return c.at !== null;
    });
  for (const { at } of cells) {
    bottom = Math.max(bottom, at.top);
    right = Math.max(right, at.left);
  }
  if (bottom < 0) return null;
  // null leaves a cell untouched (a new sheet is empty anyway); "" clears a replaced sheet.
  const blank: CellScalar = replacing ? '' : null;
  const values: CellScalar[][] = Array.from({ length: bottom + 1 }, () =>
    Array.from({ length: right + 1 }, () => blank),
  );
  const numberFormats: string[][] = Array.from({ length: bottom + 1 }, () =>
    Array.from({ length: right + 1 }, () => 'General'),
  );
  // The template's own formulas (预算明细's 合计 sums); every other cell is a value.
  let formulas: (string | null)[][] | undefined;
  for (const { cell, at } of cells) {
    values[at.top][at.left] = cell.value ?? blank;
    if (cell.numberFormat) numberFormats[at.top][at.left] = cell.numberFormat;
    if (cell.formula) {
      formulas ??= Array.from({ length: bottom + 1 }, () =>
        Array.from({ length: right + 1 }, () => null),
      );
      formulas[at.top][at.left] = cell.formula;
    }
  }
  return {
    sheet: sheet.name,
    address: blockAddress({ top: 0, left: 0, bottom, right }),
    values,
    numberFormats,
    ...(formulas ? { formulas } : {}),
  };
}

/** A style's identity, for grouping equal styles (absent and false/0 mean the same). */
function styleKey(style: CellStyle): string {
  return JSON.stringify([
    Boolean(style.bold),
    style.fontSize ?? 0,
    style.fill ?? '',
    style.horizontal ?? '',
    style.vertical ?? '',
    Boolean(style.wrap),
    Boolean(style.border),
  ]);
}

/**
 * The cells' styles as few rectangular blocks: runs of equal styles along each row, then equal
 * runs of consecutive rows joined (the template's columns share a style down the table).
 */
function styleBlocks(sheet: TemplateSpec['sheets'][number]): StyledBlock[] {
  const rows = new Map<number, Map<number, { key: string; style: CellStyle }>>();
  for (const cell of sheet.cells) {
    const at = parseBlock(cell.address);
    if (!at || !cell.style) continue;
    const key = styleKey(cell.style);
    if (key === styleKey({})) continue;
    if (!rows.has(at.top)) rows.set(at.top, new Map());
    rows.get(at.top)!.set(at.left, { key, style: cell.style });
  }
  type Run = Block & { key: string; style: CellStyle };
  const done: Run[] = [];
  // Blocks still growing downwards, by "left:right:key".
  let open = new Map<string, Run>();
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const line = rows.get(row)!;
    const next = new Map<string, Run>();
    const columns = [...line.keys()].sort((a, b) => a - b);
    for (let i = 0; i < columns.length;) {
      const left = columns[i];
      const { key, style } = line.get(left)!;
      let right = left;
      while (i + 1 < columns.length && columns[i + 1] === right + 1) {
        if (line.get(columns[i + 1])!.key !== key) break;
        right += 1;
        i += 1;
      }
      i += 1;
      const id = `${left}:${right}:${key}`;
      const above = open.get(id);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(id);
        next.set(id, above);
      } else {
        const block = { top: row, left, bottom: row, right, key, style };
        done.push(block);
        next.set(id, block);
      }
    }
    open = next;
  }
  return done.map((b) => ({ address: blockAddress(b), style: b.style }));
}

function sheetLayout(
  sheet: TemplateSpec['sheets'][number],
  write: CellWrite | null,
  replacing: boolean,
): SheetLayout {
  const layout: SheetLayout = {
    sheet: sheet.name,
    merges: [...sheet.merges],
    columnWidths: [...sheet.columnWidths],
    rowHeights: { ...sheet.rowHeights },
    styles: styleBlocks(sheet),
  };
  if (sheet.validations.length) layout.validations = sheet.validations.map((v) => ({ ...v }));
  if (sheet.freeze) layout.freeze = { ...sheet.freeze };
  if (sheet.print) layout.print = { ...sheet.print };
  if (replacing && write) layout.reset = write.address;
  return layout;
}

export function templatePlan(
  spec: TemplateSpec,
  sheetNames: string[],
  existingNames: string[],
): WritePlan {
  const present = new Set(sheetNames.map((n) => n.toLowerCase()));
  const named = new Set(existingNames.map((n) => n.toLowerCase()));
  const layouts: SheetLayout[] = [];
  const plan: WritePlan = { createSheets: [], createNames: [], writes: [], layouts };
  for (const sheet of spec.sheets) {
    const replacing = present.has(sheet.name.toLowerCase());
    if (!replacing) plan.createSheets.push({ name: sheet.name, visibility: sheet.visibility });
    const write = sheetWrite(sheet, replacing);
    if (write) plan.writes.push(write);
    layouts.push(sheetLayout(sheet, write, replacing));
  }
  for (const name of spec.names) {
    if (named.has(name.name.toLowerCase())) continue;
    plan.createNames.push({ name: name.name, reference: whereOf(name.sheet, name.address) });
  }
  return plan;
}
