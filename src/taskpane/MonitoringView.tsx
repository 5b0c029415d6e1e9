/**
 * 年中监控: traffic lights for budget execution and each indicator, in words as well as colour
 * (红灯 / 黄灯 / 绿灯), with what each compares and the likelihood of reaching the target. A
 * line opens the reason editor, which offers the monitoring categories (经费保障…).
 */
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { tokens } from './theme';
import { Badge } from './ui';
import type { MonitorLine, MonitoringModel } from './monitor-model';
import { monitorEditorItem } from './monitor-model';
import type { DeviationItem } from './model';
import { LIGHT_BADGE, LIGHT_SHAPE } from './lights';
import { AnnotatedLine } from './AnnotatedLine';
import { useT } from './i18n';
import './messages-monitor';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '8px',
    padding: '12px',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: '0 8px',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  nowrap: { whiteSpace: 'nowrap' },
  note: {
    margin: 0,
    padding: '6px 10px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    fontSize: tokens.fontSizeBase200,
  },
  sub: {
    margin: '4px 0 0',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { display: 'flex', flexDirection: 'column', rowGap: '6px', margin: 0, padding: 0 },
  button: { display: 'flex', flexDirection: 'column', rowGap: '4px', padding: '8px 10px' },
  top: { display: 'flex', alignItems: 'center', gap: '8px' },
  name: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  light: { minWidth: '56px' },
  dot: { fontSize: '10px', marginRight: '4px' },
  detail: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  bottom: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px' },
  pace: {
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  reason: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1 },
});

export interface MonitoringViewProps {
  model: MonitoringModel;
  selected: string | null;
  saving: boolean;
  onSelect: (line: MonitorLine) => void;
  onCancel: () => void;
  onSave: (item: DeviationItem, reason: string, measures: string) => void;
  /** An editor's code could not load (or the editor failed). */
  onEditorError: (error: unknown) => void;
  /** The workbook has a cell for the budget's explanation (预算偏差说明). */
  budgetReasonCell: boolean;
}

export function MonitoringView(props: MonitoringViewProps) {
  const s = useStyles();
  const tr = useT();
  const { model } = props;
  const labels = model.categories.map((c) => c.label);

  const render = (line: MonitorLine) => {
    const item = monitorEditorItem(line);
    const isSelected = props.selected === item.key;
    return (
      <AnnotatedLine
        key={line.key}
        item={item}
        accent={line.light}
        selected={isSelected}
        saving={props.saving}
        categories={labels}
        buttonClassName={s.button}
        attributes={{ 'data-testid': 'monitor-line', 'data-light': line.light }}
        onSelect={() => props.onSelect(line)}
        onCancel={props.onCancel}
        onSave={(reason, measures) => props.onSave(item, reason, measures)}
        onEditorError={props.onEditorError}
        noPlace={item.target === 'budget' && !props.budgetReasonCell}
      >
        <span className={s.top}>
          <Badge className={s.light} color={LIGHT_BADGE[line.light]}>
            <span className={s.dot} aria-hidden>
              {LIGHT_SHAPE[line.light]}
            </span>
            {line.lightText}
          </Badge>
          <span className={s.name}>{line.name}</span>
          <span className={s.pace}>{line.progressText}</span>
        </span>
        <span className={s.detail} data-testid="monitor-detail">
          {line.detail}
        </span>
        <span className={s.bottom}>
          <span className={s.detail}>{line.likelihoodText}</span>
          {line.reached && <Badge color="success">{tr('pane.monitor.reached')}</Badge>}
          {line.categoryText && <Badge color="neutral">{line.categoryText}</Badge>}
        </span>
        {line.reason && !isSelected && <span className={s.reason}>{line.reason}</span>}
      </AnnotatedLine>
    );
  };

  return (
    <section className={s.card} aria-label={tr('pane.monitor.title')} data-testid="monitoring">
      <div className={s.head}>
        <h2 className={s.title}>{tr('pane.monitor.title')}</h2>
        <span className={mergeClasses(s.meta, s.nowrap)}>
          {tr('pane.monitor.elapsed', { elapsed: model.elapsedText })}
        </span>
      </div>
      <span className={s.meta}>{tr('pane.monitor.counts', model.counts)}</span>
      {model.provisional && <p className={s.note}>{tr('pane.monitor.notFinal')}</p>}
      {model.execution && <ul className={s.list}>{render(model.execution)}</ul>}
      {model.indicators.length > 0 && (
        <>
          <h3 className={s.sub}>{tr('pane.monitor.indicators')}</h3>
          <ul className={s.list}>{model.indicators.map(render)}</ul>
        </>
      )}
    </section>
  );
}
