/**
 * The deviations: open items first, each with target, actual, completion and why flagged; an
 * explained item shows the first lines of its reason, all of it on demand (展开全文).
 */
import { useId, useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import { Badge, type BadgeColor } from './ui';
import type { DeviationItem, DeviationState } from './model';
import { AnnotatedLine, type LineAccent } from './AnnotatedLine';
import { useT } from './i18n';
import type { MessageKey } from '../i18n/catalog';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: '8px', margin: 0, padding: 0 },
  button: { display: 'block', padding: '10px 12px' },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '8px' },
  name: { fontWeight: tokens.fontWeightSemibold },
  group: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, auto)',
    justifyContent: 'space-between',
    columnGap: '8px',
    marginTop: '6px',
    fontSize: tokens.fontSizeBase200,
  },
  figure: { display: 'flex', flexDirection: 'column' },
  figureLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  figureValue: { fontVariantNumeric: 'tabular-nums' },
  flag: {
    marginTop: '6px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  reasonBox: { padding: '0 12px 10px' },
  reason: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteGreenForeground1,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  clamped: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: '3',
    overflow: 'hidden',
  },
  toggle: {
    marginTop: '2px',
    padding: '2px 0',
    border: 'none',
    background: 'none',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    textDecorationLine: 'underline',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  heading: {
    margin: '6px 0 4px',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  none: { margin: 0, color: tokens.colorNeutralForeground3 },
});

const STATE_ACCENT: Record<DeviationState, LineAccent> = {
  open: 'orange',
  manual: 'red',
  explained: 'green',
};

const STATE_BADGE: Record<DeviationState, { key: MessageKey; color: BadgeColor }> = {
  open: { key: 'pane.deviations.statusOpen', color: 'warning' },
  manual: { key: 'pane.deviations.statusManual', color: 'danger' },
  explained: { key: 'pane.deviations.statusExplained', color: 'success' },
};

export interface DeviationListProps {
  items: DeviationItem[];
  selected: string | null;
  saving: boolean;
  onSelect: (item: DeviationItem) => void;
  onCancel: () => void;
  onSave: (item: DeviationItem, reason: string, measures: string) => void;
  /** An editor's code could not load (or the editor failed). */
  onEditorError: (error: unknown) => void;
  /** Mid-year monitoring: the reason categories offered by the editor. */
  categories?: string[];
  /** The workbook has a cell for the budget's explanation (预算偏差说明). */
  budgetReasonCell: boolean;
}

export function DeviationList(props: DeviationListProps) {
  const s = useStyles();
  const tr = useT();
  const open = props.items.filter((i) => i.state !== 'explained');
  const explained = props.items.filter((i) => i.state === 'explained');
  if (props.items.length === 0) {
    return <p className={s.none}>{tr('pane.deviations.none')}</p>;
  }
  const render = (item: DeviationItem) => {
    const badge = STATE_BADGE[item.state];
    const isSelected = props.selected === item.key;
    return (
      <AnnotatedLine
        key={item.key}
        item={item}
        accent={STATE_ACCENT[item.state]}
        selected={isSelected}
        saving={props.saving}
        categories={props.categories}
        buttonClassName={s.button}
        attributes={{ 'data-testid': 'deviation', 'data-state': item.state }}
        onSelect={() => props.onSelect(item)}
        onCancel={props.onCancel}
        onSave={(reason, measures) => props.onSave(item, reason, measures)}
        onEditorError={props.onEditorError}
        noPlace={item.target === 'budget' && !props.budgetReasonCell}
        after={
          item.state === 'explained' && item.reason ? (
            <ReasonPreview text={item.reason} />
          ) : undefined
        }
      >
        <div className={s.top}>
          <span className={s.name}>{item.name}</span>
          <Badge color={badge.color}>{tr(badge.key)}</Badge>
        </div>
        {item.group && <div className={s.group}>{item.group}</div>}
        <div className={s.figures}>
          {(
            [
              ['pane.deviations.target', item.targetText],
              ['pane.deviations.actual', item.actualText],
              [
                item.target === 'budget' ? 'pane.deviations.rate' : 'pane.deviations.completion',
                item.completionText,
              ],
              ['pane.deviations.score', item.scoreText],
            ] as const
          )
            .filter(([, value]) => value !== '')
            .map(([label, value]) => (
              <div className={s.figure} key={label}>
                <span className={s.figureLabel}>{tr(label)}</span>
                <span className={s.figureValue}>{value}</span>
              </div>
            ))}
        </div>
        {item.flags.map((flag) => (
          <div className={s.flag} key={flag.code}>
            {flag.message}
          </div>
        ))}
      </AnnotatedLine>
    );
  };
  return (
    <div>
      {open.length > 0 && (
        <>
          <h3 className={s.heading}>{tr('pane.deviations.open', { count: open.length })}</h3>
          <ul className={s.list} data-testid="deviations-open">
            {open.map(render)}
          </ul>
        </>
      )}
      {explained.length > 0 && (
        <>
          <h3 className={s.heading}>
            {tr('pane.deviations.explained', { count: explained.length })}
          </h3>
          <ul className={s.list} data-testid="deviations-explained">
            {explained.map(render)}
          </ul>
        </>
      )}
    </div>
  );
}

/** A reason longer than this (or of more lines) is shown clamped, with 展开全文. */
const SHORT_CHARS = 80;
const SHORT_LINES = 3;

/** The first lines of an explained item's reason; 展开全文 / 收起 shows all of it or not. */
function ReasonPreview({ text }: { text: string }) {
  const s = useStyles();
  const tr = useT();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const long = text.length > SHORT_CHARS || text.split('\n').length > SHORT_LINES;
  return (
    <div className={s.reasonBox}>
      <p
        id={id}
        className={long && !expanded ? `${s.reason} ${s.clamped}` : s.reason}
        data-testid="reason-preview"
      >
        {text}
      </p>
      {long && (
        <button
          type="button"
          className={s.toggle}
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? tr('pane.deviations.less') : tr('pane.deviations.more')}
        </button>
      )}
    </div>
  );
}
