/// <reference types="office-js" />
/**
 * A WritePlan's sheet layouts (src/workbook/port/types.ts SheetLayout) as Excel calls, queued on
 * the apply's request context (no sync here): merged areas, column widths, row heights and
 * cell styles. Everything used is ExcelApi 1.1/1.2 (Range.merge/unmerge, RangeFormat.
 * columnWidth/rowHeight: 1.2; fonts, fills, alignment, wrap, borders: 1.1). A layout's drop-down
 * lists (dataValidation, ExcelApi 1.8), frozen panes (freezePanes, 1.7) and print setup
 * (pageLayout, 1.9) are left out: the manifest asks for ExcelApi 1.4.
 */
import type { CellStyle, SheetLayout } from '../../workbook/port/types';
import { columnLetter } from '../../workbook/a1';
import { columnWidthPoints } from '../column-width';

export { columnWidthPoints };

/** Border colour of the template (as the .xlsx host draws it: src/hosts/xlsx/package/cell-look.ts). */
const BORDER_COLOR = '#808080';

const HORIZONTAL: Record<NonNullable<CellStyle['horizontal']>, Excel.HorizontalAlignment> = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
};

const VERTICAL: Record<NonNullable<CellStyle['vertical']>, Excel.VerticalAlignment> = {
  top: 'Top' as Excel.VerticalAlignment,
  middle: 'Center' as Excel.VerticalAlignment,
  bottom: 'Bottom' as Excel.VerticalAlignment,
};

/** Runs of equal values over consecutive keys: [first, last, value]. */
function runs(entries: [number, number][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [key, value] of [...entries].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && last[1] === key - 1 && last[2] === value) last[1] = key;
    else out.push([key, key, value]);
  }
  return out;
}

/** Borders on every side of every cell: the block's edges and, inside it, the lines between. */
function queueBorders(range: Excel.Range, rows: number, columns: number): void {
  const sides: Excel.BorderIndex[] = [
    'EdgeTop' as Excel.BorderIndex,
    'EdgeBottom' as Excel.BorderIndex,
    'EdgeLeft' as Excel.BorderIndex,
    'EdgeRight' as Excel.BorderIndex,
  ];
  if (rows > 1) sides.push('InsideHorizontal' as Excel.BorderIndex);
  if (columns > 1) sides.push('InsideVertical' as Excel.BorderIndex);
  for (const side of sides) {
    const border = range.format.borders.getItem(side);
    border.style = 'Continuous' as Excel.BorderLineStyle;
    border.weight = 'Thin' as Excel.BorderWeight;
    border.color = BORDER_COLOR;
  }
}

function queueStyle(range: Excel.Range, style: CellStyle, rows: number, columns: number): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) format.wrapText = true;
  if (style.border) queueBorders(range, rows, columns);
}

/** Resets the merged areas and formats of the layout's `reset` block (before the writes). */
export function queueLayoutReset(worksheet: Excel.Worksheet, layout: SheetLayout): void {
  if (!layout.reset) return;
  const range = worksheet.getRange(layout.reset);
  range.unmerge();
  range.clear('Formats' as Excel.ClearApplyTo);
}

/**
 * Queues the layout (after the writes, so that a merge keeps the top-left value written).
 * `size(address)` gives the rows and columns of a checked A1 block.
 */
export function queueLayout(
  worksheet: Excel.Worksheet,
  layout: SheetLayout,
  size: (address: string) => { rows: number; columns: number },
): void {
  for (const [first, last, width] of runs(layout.columnWidths.map((w, c) => [c, w]))) {
    const columns = `${columnLetter(first)}:${columnLetter(last)}`;
    worksheet.getRange(columns).format.columnWidth = columnWidthPoints(width);
  }
  const heights = Object.entries(layout.rowHeights).map(([row, height]): [number, number] => [
    Number(row),
    height,
  ]);
  for (const [first, last, height] of runs(heights)) {
    worksheet.getRange(`${first}:${last}`).format.rowHeight = height;
  }
  for (const block of layout.styles) {
    const { rows, columns } = size(block.address);
    queueStyle(worksheet.getRange(block.address), block.style, rows, columns);
  }
  // Merged last: borders and fills were drawn on every cell of each area.
  for (const merge of layout.merges) worksheet.getRange(merge).merge(false);
}
