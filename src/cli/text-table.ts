/** Plain-text tables whose columns line up in a terminal, Chinese characters included. */
import { displayWidth, truncate } from './width';

export interface Column {
  header: string;
  align: 'left' | 'right';
  /** Cells wider than this many columns are cut with "…". */
  maxWidth?: number;
}

/** Two spaces between columns. */
export const GAP = '  ';

/** Renders the header, a rule line and the rows; trailing spaces are trimmed. */
export function renderTable(columns: Column[], rows: string[][]): string[] {
  const cells = rows.map((row) =>
    row.map((cell, i) => {
      const max = columns[i].maxWidth;
      return max ? truncate(cell, max) : cell;
    }),
  );
  const cellWidths = cells.map((row) => row.map((cell) => displayWidth(cell)));
  const widths = columns.map((column, i) => {
    let width = displayWidth(column.header);
    for (const row of cellWidths) width = Math.max(width, row[i] ?? 0);
    return width;
  });
  const line = (row: string[], rowWidths?: number[]): string =>
    row
      .map((cell, i) => {
        const fill = ' '.repeat(
          Math.max(0, widths[i] - (rowWidths ? rowWidths[i] : displayWidth(cell))),
        );
        return columns[i].align === 'left' ? cell + fill : fill + cell;
      })
      .join(GAP)
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join(GAP);
  return [
    line(columns.map((c) => c.header)),
    rule,
    ...cells.map((row, r) => line(row, cellWidths[r])),
  ];
}
