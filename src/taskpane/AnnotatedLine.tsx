/**
 * One line of a list of things to explain (a deviation, a 年中监控 line): a button that opens
 * the AnnotationEditor below it (with the line's unsaved draft, if any; the closed line says it
 * has one). The accent on its left edge says its state (in colour only: the line says it in
 * words too), the shadow that it is open. `after` is shown below the button, outside it (a
 * control of its own, such as 展开全文).
 */
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { tokens } from './theme';
import type { DeviationItem } from './model';
import { OnDemand, onDemand } from './on-demand';
import { useDrafts } from './draft-context';
import { useT } from './i18n';
import { Badge, Button, Spinner } from './ui';

// The editor (with its texts and quick phrases) loads when a line is first opened.
const AnnotationEditor = onDemand(() =>
  import('./AnnotationEditor').then((m) => m.AnnotationEditor),
);

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
  },
  red: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  orange: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  yellow: { borderLeft: `4px solid ${tokens.colorPaletteYellowBorder2}` },
  green: { borderLeft: `4px solid ${tokens.colorPaletteGreenBorder2}` },
  selected: { boxShadow: tokens.shadow8 },
  draft: { marginTop: '6px' },
  noPlace: { padding: '0 12px 12px' },
  noPlaceText: {
    margin: '0 0 8px',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  button: {
    width: '100%',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
});

export type LineAccent = 'red' | 'orange' | 'yellow' | 'green';

export interface AnnotatedLineProps {
  /** What the editor edits. */
  item: DeviationItem;
  accent: LineAccent;
  selected: boolean;
  saving: boolean;
  /** Mid-year monitoring: the reason categories offered by the editor. */
  categories?: string[];
  /** The layout of the button's content (display, padding). */
  buttonClassName: string;
  /** data-testid and the data-* attributes that tests read on the line. */
  attributes: Record<`data-${string}`, string>;
  onSelect: () => void;
  onCancel: () => void;
  onSave: (reason: string, measures: string) => void;
  /** The editor's code could not load (or the editor failed): the pane closes the line and says so. */
  onEditorError: (error: unknown) => void;
  /** The button's content. */
  children: ReactNode;
  /** Shown below the button while the editor is closed. */
  after?: ReactNode;
  /**
   * The workbook has no cell for this explanation: the open line says how to add one (and
   * where else to explain) instead of offering an editor whose text could not be saved.
   */
  noPlace?: boolean;
}

export function AnnotatedLine(props: AnnotatedLineProps) {
  const s = useStyles();
  const tr = useT();
  const drafts = useDrafts();
  const draft = drafts.get(props.item);
  return (
    <li
      className={mergeClasses(s.item, s[props.accent], props.selected && s.selected)}
      {...props.attributes}
    >
      <button
        type="button"
        className={mergeClasses(s.button, props.buttonClassName)}
        aria-expanded={props.selected}
        data-focus-key={props.item.key}
        onClick={props.onSelect}
      >
        {props.children}
        {draft && !props.selected && (
          <div className={s.draft}>
            <Badge color="brand" data-testid="draft-badge">
              {tr('pane.drafts.badge')}
            </Badge>
          </div>
        )}
      </button>
      {!props.selected && props.after}
      {props.selected && props.noPlace && (
        <div className={s.noPlace} role="note" data-testid="no-place">
          <p className={s.noPlaceText}>{tr('pane.editor.noBudgetCell')}</p>
          <Button onClick={props.onCancel}>{tr('pane.editor.close')}</Button>
        </div>
      )}
      {props.selected && !props.noPlace && (
        <OnDemand fallback={<Spinner />} onError={props.onEditorError}>
          <AnnotationEditor
            item={props.item}
            saving={props.saving}
            categories={props.categories}
            draft={draft}
            onDraft={(next) => drafts.put(props.item, next)}
            onDiscard={() => drafts.discard(props.item)}
            onCancel={props.onCancel}
            onSave={props.onSave}
          />
        </OnDemand>
      )}
    </li>
  );
}
