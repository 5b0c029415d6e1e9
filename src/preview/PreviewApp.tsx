/**
 * The browser preview: the task pane, outside Office, on the sample workbook in the fake Excel,
 * beside a read-only grid of one sheet (the 绩效自评表 sheet, which holds the 绩效指标 range
 * and the Result cells, or another visible sheet chosen by its tab: 自评报告, 评价结果, 评分记录)
 * that re-renders after each write. Links switch between the sample workbooks.
 */
import { useEffect, useRef, useState } from 'react';
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { tokens } from '../taskpane/theme';
import type { Locale } from '../engine/types';
import type { FakeWorkbook, GridCell } from './fake-excel/workbook';
import { translator } from '../taskpane/i18n';
import { Pane } from '../taskpane/Pane';
import type { PaneBackend } from '../taskpane/backend';
import type { TemplateSpec } from '../workbook/template/spec';
import { SheetGrid, type GridBlock } from './SheetGrid';
import { SAMPLE_KINDS, type SampleKind } from './samples';
import type { Block } from '../workbook/a1';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 380px',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    // A narrow window (a phone, or the pane's own widths of 320–450 px): the pane on top, at
    // the window's width, and the sheet below it.
    '@media (max-width: 760px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: 'auto auto',
      height: 'auto',
    },
  },
  left: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '10px',
    padding: '16px 20px',
    minWidth: 0,
    overflow: 'hidden',
    '@media (max-width: 760px)': { order: 2, height: '80vh', padding: '12px' },
  },
  head: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: '12px' },
  sub: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: '2px' },
  sheetTab: {
    padding: '4px 14px',
    border: 'none',
    borderBottom: '2px solid transparent',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  activeTab: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `2px solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  samples: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '10px' },
  sample: { fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForegroundLink },
  currentSample: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  gridArea: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
  right: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow16,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    '@media (max-width: 760px)': { order: 1, borderLeft: 'none', overflowY: 'visible' },
  },
});

export interface PreviewAppProps {
  workbook: FakeWorkbook;
  spec: TemplateSpec;
  backend: PaneBackend;
  locale: Locale;
  /** Which sample workbook the preview runs on. */
  sample: SampleKind;
  /** The workbook's id for the pane's drafts ("preview:seed"). */
  workbookId: string;
  /** Makes a block (0-based) the workbook's selection, as a click in Excel does. */
  selectRange: (sheet: string, block: Block) => void;
  /** The preview's select: the pane asks, the grid shows that sheet and highlights the rows. */
  onSelectRows: (listener: (sheet: string, rows: Set<number>) => void) => void;
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

/** The sheets a person sees on the tab bar (not the hidden state sheet). */
function visibleSheets(workbook: FakeWorkbook): string[] {
  return workbook.model.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
}

export function PreviewApp(props: PreviewAppProps) {
  const { workbook, spec, backend, locale, sample, workbookId, selectRange, onSelectRows } = props;
  const s = useStyles();
  const tr = translator(locale);
  const [writes, setWrites] = useState(0);
  const [selectedRows, setSelectedRows] = useState<Set<number>>(new Set());
  const [tabs, setTabs] = useState(() => visibleSheets(workbook));
  // The sheet asked for (the form's, until a tab is chosen); shown once the workbook has it.
  const wanted = useRef(spec.layout.sheet);
  const [grid, setGrid] = useState(() => ({
    ...readGrid(workbook, spec.layout.sheet),
    changed: new Set<string>(),
  }));
  const sheet = grid.sheet;
  // Cells picked in the grid (click, shift+click): the workbook's selection, as in Excel.
  const [picked, setPicked] = useState<{
    sheet: string;
    top: number;
    left: number;
    bottom: number;
    right: number;
  } | null>(null);
  const anchor = useRef<{ row: number; column: number } | null>(null);
  const pick = (row: number, column: number, extend: boolean) => {
    const from = extend && anchor.current ? anchor.current : { row, column };
    if (!extend) anchor.current = { row, column };
    const rect = {
      sheet,
      top: Math.min(from.row, row),
      left: Math.min(from.column, column),
      bottom: Math.max(from.row, row),
      right: Math.max(from.column, column),
    };
    setPicked(rect);
    setSelectedRows(new Set());
    selectRange(sheet, rect);
  };

  const show = (name: string, rows: Set<number> = new Set()) => {
    wanted.current = name;
    setSelectedRows(rows);
    setPicked(null);
    setGrid((previous) =>
      previous.sheet === name
        ? previous
        : { ...readGrid(workbook, name), changed: new Set<string>() },
    );
  };
  useEffect(() => onSelectRows((name, rows) => show(name, rows)));

  /** After each write: the grid is read again from the fake workbook. */
  const refresh = () => {
    setWrites((n) => n + 1);
    setTabs(visibleSheets(workbook));
    setGrid((previous) => {
      const next = readGrid(workbook, wanted.current);
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
      <section className={s.left} aria-label={tr('pane.preview.title')}>
        <div className={s.head}>
          <h1 className={s.title}>{tr('pane.preview.title')}</h1>
          <span className={s.sub} data-testid="write-count">
            {tr('pane.preview.writes', { count: writes })}
          </span>
        </div>
        <p className={s.sub}>{tr('pane.preview.subtitle')}</p>
        <nav className={s.samples} aria-label={tr('pane.preview.samples')}>
          <span className={s.sub}>{tr('pane.preview.samples')}</span>
          {SAMPLE_KINDS.map((kind) =>
            kind === sample ? (
              <span key={kind} className={s.currentSample} aria-current="page">
                {tr(`pane.preview.sample.${kind}`)}
              </span>
            ) : (
              <a
                key={kind}
                className={s.sample}
                href={`?sample=${kind}${locale === 'en-US' ? '&lang=en-US' : ''}`}
              >
                {tr(`pane.preview.sample.${kind}`)}
              </a>
            ),
          )}
        </nav>
        <div className={s.gridArea}>
          <SheetGrid
            block={block}
            selectedRows={selectedRows}
            label={tr('pane.preview.grid')}
            cornerLabel={tr('pane.preview.corner')}
            selection={picked?.sheet === sheet ? picked : null}
            onCellClick={pick}
          />
          <div className={s.tabs} role="tablist" aria-label={tr('pane.preview.sheets')}>
            {tabs.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={name === sheet}
                className={mergeClasses(s.sheetTab, name === sheet && s.activeTab)}
                onClick={() => show(name)}
              >
                {name}
              </button>
            ))}
          </div>
        </div>
      </section>
      {/* The pane is the page's <main> (as in Excel): beside the sheet, in no other landmark. */}
      <div className={s.right} data-testid="pane-column">
        <Pane backend={backend} locale={locale} onWrite={refresh} workbookId={workbookId} />
      </div>
    </div>
  );
}
