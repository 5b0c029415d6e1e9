/**
 * A read-only grid of a block of the fake workbook, drawn like a spreadsheet (column letters,
 * row numbers, merged cells, the cells' formats, column widths and row heights as the
 * workbook holds them), so that a person sees what the pane wrote.
 */
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { tokens } from '../taskpane/theme';
import type { CSSProperties } from 'react';
import type { GridCell } from './fake-excel/workbook';
import { type Block, columnLetter, heightOf, widthOf } from '../workbook/a1';

const useStyles = makeStyles({
  wrap: {
    overflow: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: '12px',
    tableLayout: 'fixed',
    // The columns as wide as the workbook says (the box scrolls), never squeezed narrower.
    width: 'max-content',
    minWidth: '100%',
  },
  corner: { width: '34px' },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 'normal',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: 'center',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '3px 6px',
    verticalAlign: 'middle',
    overflowWrap: 'anywhere',
  },
  number: { fontVariantNumeric: 'tabular-nums' },
  selectedCell: {
    backgroundImage: 'linear-gradient(rgba(15, 108, 189, 0.16), rgba(15, 108, 189, 0.16))',
  },
  selectedHead: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  pickedCell: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  flash: {
    backgroundImage: 'linear-gradient(rgba(16, 124, 16, 0.12), rgba(16, 124, 16, 0.12))',
    boxShadow: `inset 0 0 0 1px ${tokens.colorPaletteGreenBorder2}`,
  },
});

export interface GridBlock {
  sheet: string;
  /** 0-based sheet row and column of the block's top-left cell. */
  row: number;
  column: number;
  cells: GridCell[][];
  /** Merged areas inside the block, 0-based sheet coordinates. */
  merges: Block[];
  /** Column widths in points, as the workbook holds them, by block column. */
  widths: number[];
  /** Row heights in points, by block row. */
  heights: number[];
  /** Cells that changed with the last write ("r:c" in block coordinates). */
  changed: Set<string>;
}

const ALIGN: Record<string, CSSProperties['textAlign']> = {
  Left: 'left',
  Center: 'center',
  Right: 'right',
};
const VALIGN: Record<string, CSSProperties['verticalAlign']> = {
  Top: 'top',
  Center: 'middle',
  Bottom: 'bottom',
};

/** The cell's format as the workbook holds it, as CSS (fill, bold, size, alignment, borders). */
function cssOf(cell: GridCell, numeric: boolean): CSSProperties {
  const format = cell.format ?? {};
  const css: CSSProperties = {
    textAlign: ALIGN[format.horizontalAlignment ?? ''] ?? (numeric ? 'right' : 'left'),
    whiteSpace: format.wrapText ? 'normal' : 'nowrap',
  };
  for (const [side, line] of Object.entries(cell.borders)) {
    const property = `border${side[0].toUpperCase()}${side.slice(1)}` as 'borderTop';
    css[property] = `1px solid ${line.color.startsWith('#') ? line.color : '#8A8A8A'}`;
  }
  if (format.fill) css.backgroundColor = format.fill;
  if (format.bold) css.fontWeight = 600;
  if (format.fontSize && format.fontSize !== 11)
    css.fontSize = `${Math.round(format.fontSize * 1.1)}px`;
  if (format.verticalAlignment) css.verticalAlign = VALIGN[format.verticalAlignment];
  return css;
}

export function SheetGrid({
  block,
  selectedRows,
  label,
  cornerLabel,
  selection,
  onCellClick,
}: {
  block: GridBlock;
  selectedRows: Set<number>;
  label: string;
  /** The corner above the row numbers, for screen readers ("行号 / 列标"). */
  cornerLabel: string;
  /** The cells selected by clicking (0-based sheet coordinates), highlighted. */
  selection?: Block | null;
  /** A click on a cell (shift: extends the selection), in sheet coordinates. */
  onCellClick?: (row: number, column: number, extend: boolean) => void;
}) {
  const s = useStyles();
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of block.merges) {
    const r0 = m.top - block.row;
    const c0 = m.left - block.column;
    spans.set(`${r0}:${c0}`, { rowSpan: heightOf(m), colSpan: widthOf(m) });
    for (let r = r0; r <= m.bottom - block.row; r++) {
      for (let c = c0; c <= m.right - block.column; c++) {
        if (r !== r0 || c !== c0) covered.add(`${r}:${c}`);
      }
    }
  }
  const columns = block.cells[0]?.length ?? 0;
  return (
    // The scroll box is a focusable region: the keyboard scrolls the sheet too.
    <div className={s.wrap} tabIndex={0} role="region" aria-label={label}>
      <table className={s.table} aria-label={label} data-testid="sheet-grid">
        <colgroup>
          <col className={s.corner} />
          {Array.from({ length: columns }, (_, c) => (
            <col key={c} style={{ width: `${Math.max(30, (block.widths[c] ?? 48) / 0.75)}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {/* The corner is no header (nothing to name visibly): a labelled cell. */}
            <td className={s.colHead} aria-label={cornerLabel} />
            {Array.from({ length: columns }, (_, c) => (
              <th key={c} className={s.colHead} scope="col">
                {columnLetter(block.column + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.cells.map((row, r) => {
            const sheetRow = block.row + r;
            const selected = selectedRows.has(sheetRow);
            return (
              <tr
                key={r}
                data-row={sheetRow + 1}
                aria-selected={selected}
                style={{ height: `${(block.heights[r] ?? 15) / 0.75}px` }}
              >
                <th scope="row" className={mergeClasses(s.rowHead, selected && s.selectedHead)}>
                  {sheetRow + 1}
                </th>
                {row.map((cell, c) => {
                  const key = `${r}:${c}`;
                  if (covered.has(key)) return null;
                  const span = spans.get(key);
                  const numeric = typeof cell.value === 'number';
                  const column = block.column + c;
                  const inSelection =
                    selection !== null &&
                    selection !== undefined &&
                    sheetRow >= selection.top &&
                    sheetRow <= selection.bottom &&
                    column >= selection.left &&
                    column <= selection.right;
                  return (
                    <td
                      key={c}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      data-address={`${columnLetter(block.column + c)}${sheetRow + 1}`}
                      data-formula={cell.formula ?? ''}
                      style={cssOf(cell, numeric)}
                      onClick={(e) => onCellClick?.(sheetRow, column, e.shiftKey)}
                      className={mergeClasses(
                        s.cell,
                        numeric && s.number,
                        (selected || inSelection) && s.selectedCell,
                        inSelection && s.pickedCell,
                        block.changed.has(key) && s.flash,
                      )}
                    >
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
