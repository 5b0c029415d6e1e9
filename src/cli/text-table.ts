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

/**
 * Renders the header, a rule line and the rows; trailing spaces are trimmed. The cells and
 * their widths are kept in two flat lists (a table of 100,000 rows is not 200,000 more).
 */
export function renderTable(columns: Column[], rows: string[][]): string[] {
  const count = columns.length;
  const cells: string[] = new Array<string>(rows.length * count);
  const cellWidths = new Float64Array(rows.length * count);
  const widths = columns.map((column) => displayWidth(column.header));
  rows.forEach((row, r) => {
    for (let i = 0; i < count; i++) {
      const cell = row[i];
      if (cell === undefined) continue;
      const max = columns[i].maxWidth;
      const shown = max ? truncate(cell, max) : cell;
      const width = displayWidth(shown);
      cells[r * count + i] = shown;
      cellWidths[r * count + i] = width;
      widths[i] = Math.max(widths[i], width);
    }
  });
  const line = (cellAt: (i: number) => string | undefined, widthAt: (i: number) => number) => {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const cell = cellAt(i);
      if (cell === undefined) continue;
      const fill = ' '.repeat(Math.max(0, widths[i] - widthAt(i)));
      parts.push(columns[i].align === 'left' ? cell + fill : fill + cell);
    }
    return parts.join(GAP).trimEnd();
  };
  const rule = widths.map((w) => '-'.repeat(w)).join(GAP);
  const out = [
    line(
      (i) => columns[i].header,
      (i) => displayWidth(columns[i].header),
    ),
    rule,
  ];
  rows.forEach((row, r) => {
    const at = r * count;
    out.push(
      line(
        (i) => (i < row.length ? cells[at + i] : undefined),
        (i) => cellWidths[at + i],
      ),
    );
  });
  return out;
}
