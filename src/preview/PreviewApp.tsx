/**
 * The browser preview: the task pane, outside Office, on the sample workbook in the fake Excel,
 * beside a read-only grid of the 绩效自评表 sheet (which holds the 绩效指标 range and the
 * Result cells) that re-renders after each write.
 */
import { useEffect, useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { tokens } from '../taskpane/theme';
import type { Locale } from '../engine/types';
import type { FakeWorkbook, GridCell } from '../hosts/fake-excel/workbook';
import { translator } from '../taskpane/i18n';
import { Pane } from '../taskpane/Pane';
import type { PaneBackend } from '../taskpane/backend';
import type { TemplateSpec } from '../workbook/template/spec';
import { SheetGrid, type GridBlock } from './SheetGrid';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 380px',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  left: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '10px',
    padding: '16px 20px',
    minWidth: 0,
    overflow: 'hidden',
  },
  head: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: '12px' },
  sub: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  sheetTab: {
    alignSelf: 'flex-start',
    padding: '4px 14px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `2px solid ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  gridArea: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
  right: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow16,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface PreviewAppProps {
  workbook: FakeWorkbook;
  spec: TemplateSpec;
  backend: PaneBackend;
  locale: Locale;
  /** The preview's select: the pane asks, the grid highlights. */
  onSelectRows: (listener: (rows: Set<number>) => void) => void;
}

const BLANK: GridCell = { value: '', text: '', numberFormat: 'General', borders: {} };

/**
 * The sheet to show (the form's sheet, or the first sheet while the workbook has none) and
 * its cells; an empty sheet shows as a blank block.
 */
function readGrid(workbook: FakeWorkbook, sheet: string): { sheet: string; cells: GridCell[][] } {
  const names = workbook.sheetNames();
  const shown = names.includes(sheet) ? sheet : (names[0] ?? sheet);
  const cells = names.includes(shown) ? workbook.sheetGrid(shown) : [];
  return {
    sheet: shown,
    cells:
      cells.length > 0
        ? cells
        : Array.from({ length: 16 }, () => Array.from({ length: 10 }, () => BLANK)),
  };
}

/** Cells whose displayed text differs between two reads of the grid ("r:c"). */
function changedCells(before: GridCell[][], after: GridCell[][]): Set<string> {
  const changed = new Set<string>();
  after.forEach((row, r) =>
    row.forEach((cell, c) => {
      if ((before[r]?.[c]?.text ?? '') !== cell.text) changed.add(`${r}:${c}`);
    }),
  );
  return changed;
}

export function PreviewApp({ workbook, spec, backend, locale, onSelectRows }: PreviewAppProps) {
  const s = useStyles();
  const tr = translator(locale);
  const sheet = spec.layout.sheet;
  const [writes, setWrites] = useState(0);
  const [selectedRows, setSelectedRows] = useState<Set<number>>(new Set());
  const [grid, setGrid] = useState(() => ({
    ...readGrid(workbook, sheet),
    changed: new Set<string>(),
  }));
  useEffect(() => onSelectRows(setSelectedRows), [onSelectRows]);

  /** After each write: the grid is read again from the fake workbook. */
  const refresh = () => {
    setWrites((n) => n + 1);
    setGrid((previous) => {
      const next = readGrid(workbook, sheet);
      const changed =
        next.sheet === previous.sheet
          ? changedCells(previous.cells, next.cells)
          : new Set<string>();
      return { ...next, changed };
    });
  };

  const block: GridBlock = {
    sheet: grid.sheet,
    row: 0,
    column: 0,
    cells: grid.cells,
    merges: workbook.sheetMerges(grid.sheet),
    // What the workbook holds: the sample's layout, or what 插入模板 wrote.
    widths: workbook.columnWidths(grid.sheet),
    heights: grid.cells.map((_, r) => workbook.rowHeight(grid.sheet, r + 1)),
    changed: grid.changed,
  };

  return (
    <div className={s.page}>
      <section className={s.left} aria-label={tr('pane.preview.grid')}>
        <div className={s.head}>
          <h1 className={s.title}>{tr('pane.preview.title')}</h1>
          <span className={s.sub} data-testid="write-count">
            {tr('pane.preview.writes', { count: writes })}
          </span>
        </div>
        <p className={s.sub}>{tr('pane.preview.subtitle')}</p>
        <div className={s.gridArea}>
          <SheetGrid block={block} selectedRows={selectedRows} label={tr('pane.preview.grid')} />
          <span className={s.sheetTab}>{grid.sheet}</span>
        </div>
      </section>
      <aside className={s.right}>
        <Pane backend={backend} locale={locale} onWrite={refresh} />
      </aside>
    </div>
  );
}
