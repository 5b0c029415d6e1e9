/**
 * The summary card: composite and grade (待定 with its reasons while provisional). At mid-year
 * (年中监控) there is no composite yet: the headline is the monitoring state instead, the
 * elapsed share of the year, the number of red / yellow / green lights and the share of the
 * budget spent against the elapsed share; the grade stays 待定.
 */
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import { Badge, type BadgeColor } from './ui';
import type { MonitoringSummary, PaneModel } from './model';
import { LIGHTS, LIGHT_BADGE, LIGHT_SHAPE } from './lights';
import { useT } from './i18n';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    padding: '16px',
    rowGap: '12px',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  provisionalCard: { borderTop: `3px solid ${tokens.colorPaletteYellowBorder2}` },
  head: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between' },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  total: {
    fontSize: '40px',
    lineHeight: '44px',
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  provisionalTotal: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  outOf: { color: tokens.colorNeutralForeground3, marginLeft: '6px' },
  gradeBox: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    rowGap: '4px',
    flexShrink: 0,
  },
  grade: {
    fontSize: '20px',
    minWidth: '48px',
    minHeight: '36px',
    borderRadius: tokens.borderRadiusMedium,
  },
  reasonsTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  status: { fontSize: tokens.fontSizeBase200 },
  reasons: {
    margin: 0,
    padding: '8px 12px 8px 28px',
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  stats: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: '12px' },
  stat: { display: 'flex', flexDirection: 'column' },
  statValue: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  subtotals: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  subRow: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: '8px',
    fontSize: tokens.fontSizeBase200,
  },
  bar: {
    gridColumn: '1 / span 2',
    height: '4px',
    borderRadius: '2px',
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  barFill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  num: { fontVariantNumeric: 'tabular-nums' },
  headText: { flexGrow: 1, minWidth: 0 },
  headline: {
    display: 'block',
    fontSize: '26px',
    lineHeight: '34px',
    fontWeight: tokens.fontWeightSemibold,
  },
  elapsed: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: 'tabular-nums',
  },
  lights: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  lightBadge: { fontVariantNumeric: 'tabular-nums' },
  dot: { fontSize: '10px', marginRight: '4px' },
  spendBar: {
    position: 'relative',
    height: '8px',
    borderRadius: '4px',
    backgroundColor: tokens.colorNeutralBackground5,
  },
  spendFill: {
    height: '100%',
    borderRadius: '4px',
    backgroundColor: tokens.colorBrandBackground,
  },
  /** The elapsed share of the year, marked on the spending bar. */
  elapsedMark: {
    position: 'absolute',
    top: '-3px',
    width: '2px',
    height: '14px',
    marginLeft: '-1px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
  spendText: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const GRADE_COLOR: Record<string, BadgeColor> = {
  优: 'success',
  良: 'brand',
  中: 'warning',
  差: 'danger',
};

/** The card's head at mid-year: the monitoring state, its lights, and 待定 for the grade. */
function MonitoringHead({ summary }: { summary: MonitoringSummary }) {
  const s = useStyles();
  const tr = useT();
  return (
    <>
      <div className={s.head}>
        <div className={s.headText}>
          <div className={s.label}>{tr('pane.summary.monitoringNote')}</div>
          <span className={s.headline} data-testid="pane-total">
            {tr('pane.monitor.title')}
          </span>
          <span className={s.elapsed} data-testid="pane-elapsed">
            {tr('pane.monitor.elapsed', { elapsed: summary.elapsedText })}
          </span>
        </div>
        <div className={s.gradeBox}>
          <span className={s.label}>{tr('pane.summary.grade')}</span>
          <Badge className={s.grade} color="warning" data-testid="pane-grade">
            {tr('pane.summary.gradePending')}
          </Badge>
        </div>
      </div>
      <div className={s.lights} data-testid="pane-lights">
        {LIGHTS.map((light) => (
          <Badge key={light} className={s.lightBadge} color={LIGHT_BADGE[light]}>
            <span className={s.dot} aria-hidden>
              {LIGHT_SHAPE[light]}
            </span>
            {tr('pane.summary.lightCount', {
              light: tr(`pane.monitor.light.${light}`),
              count: summary.counts[light],
            })}
          </Badge>
        ))}
      </div>
    </>
  );
}

/** At mid-year: the share of the budget spent, against the elapsed share of the year. */
function Spending({ summary }: { summary: MonitoringSummary }) {
  const s = useStyles();
  const tr = useT();
  return (
    <div className={s.subtotals}>
      <div className={s.stats}>
        <div className={s.stat}>
          <span className={s.label}>{tr('pane.summary.spent')}</span>
          <span className={s.statValue} data-testid="pane-spent">
            {summary.spentText}
          </span>
        </div>
        <div className={s.stat}>
          <span className={s.label}>{tr('pane.summary.elapsed')}</span>
          <span className={s.statValue}>{summary.elapsedText}</span>
        </div>
      </div>
      {summary.spent !== null && (
        <div className={s.spendBar} aria-hidden>
          <div className={s.spendFill} style={{ width: `${summary.spent * 100}%` }} />
          <div className={s.elapsedMark} style={{ left: `${summary.elapsed * 100}%` }} />
        </div>
      )}
      <span className={s.spendText}>
        {tr('pane.monitor.executionDetail', {
          completion: summary.spentText,
          elapsed: summary.elapsedText,
        })}
      </span>
    </div>
  );
}

export function SummaryCard({ model }: { model: PaneModel }) {
  const s = useStyles();
  const tr = useT();
  const summary = model.monitoringSummary;
  if (summary) {
    return (
      <section
        className={`${s.card} ${s.provisionalCard}`}
        aria-label={tr('pane.summary.monitoringTitle')}
        data-testid="pane-summary"
      >
        <MonitoringHead summary={summary} />
        <span className={s.status} data-testid="pane-status">
          {model.statusLine}
        </span>
        {model.provisionalReasons.length > 0 && (
          <div>
            <span className={s.reasonsTitle}>{tr('pane.summary.provisionalReasons')}</span>
            <ul className={s.reasons}>
              {model.provisionalReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        )}
        <Spending summary={summary} />
      </section>
    );
  }
  return (
    <section
      className={model.provisional ? `${s.card} ${s.provisionalCard}` : s.card}
      aria-label={tr('pane.summary.title')}
      data-testid="pane-summary"
    >
      <div className={s.head}>
        <div>
          <div className={s.label}>
            {tr('pane.summary.title')} ·{' '}
            {model.provisional ? tr('pane.summary.provisional') : tr('pane.summary.final')}
          </div>
          <span
            className={model.provisional ? `${s.total} ${s.provisionalTotal}` : s.total}
            data-testid="pane-total"
          >
            {model.totalText}
          </span>
          <span className={s.outOf}>{tr('pane.summary.outOf', { max: model.maxText })}</span>
        </div>
        <div className={s.gradeBox}>
          <span className={s.label}>{tr('pane.summary.grade')}</span>
          <Badge
            className={s.grade}
            color={model.provisional ? 'warning' : (GRADE_COLOR[model.grade] ?? 'neutral')}
            data-testid="pane-grade"
          >
            {model.gradeText}
          </Badge>
        </div>
      </div>
      <span className={s.status} data-testid="pane-status">
        {model.statusLine}
      </span>
      {model.warnings.length > 0 && (
        <ul className={s.reasons} data-testid="pane-warnings">
          {model.warnings.map((warning) => (
            <li key={warning}>{tr('pane.summary.warning', { message: warning })}</li>
          ))}
        </ul>
      )}
      {model.provisional && (
        <div>
          <span className={s.reasonsTitle}>{tr('pane.summary.provisionalReasons')}</span>
          <ul className={s.reasons}>
            {model.provisionalReasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
            <li>{tr('pane.summary.provisionalGrade', { grade: model.provisionalGrade })}</li>
          </ul>
        </div>
      )}
      <div className={s.stats}>
        <div className={s.stat}>
          <span className={s.label}>{tr('pane.summary.executionRate')}</span>
          <span className={s.statValue}>{model.executionRateText}</span>
        </div>
        <div className={s.stat}>
          <span className={s.label}>{tr('pane.summary.executionScore')}</span>
          <span className={s.statValue}>
            {tr('pane.summary.scoreOf', {
              score: model.executionScoreText,
              weight: model.executionWeightText,
            })}
          </span>
        </div>
      </div>
      <div className={s.subtotals}>
        <span className={s.label}>{tr('pane.summary.subtotals')}</span>
        {model.subtotals.map((sub) => (
          <div className={s.subRow} key={sub.level1}>
            <span>{sub.level1}</span>
            <span className={s.num}>
              {tr(sub.partial ? 'pane.summary.partialScoreOf' : 'pane.summary.scoreOf', {
                score: sub.scoreText,
                weight: sub.weightText,
              })}
            </span>
            <div className={s.bar} aria-hidden>
              <div className={s.barFill} style={{ width: `${(sub.fraction ?? 0) * 100}%` }} />
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
