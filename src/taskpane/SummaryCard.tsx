/** The summary card: composite and grade (待定 with its reasons while provisional). */
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import { Badge, type BadgeColor } from './ui';
import type { PaneModel } from './model';
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
  gradeBox: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', rowGap: '4px' },
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
});

const GRADE_COLOR: Record<string, BadgeColor> = {
  优: 'success',
  良: 'brand',
  中: 'warning',
  差: 'danger',
};

export function SummaryCard({ model }: { model: PaneModel }) {
  const s = useStyles();
  const tr = useT();
  return (
    <section
      className={model.provisional ? `${s.card} ${s.provisionalCard}` : s.card}
      aria-label={tr('pane.summary.title')}
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
            {model.grade}
          </Badge>
        </div>
      </div>
      <span className={s.status} data-testid="pane-status">
        {model.statusLine}
      </span>
      {model.provisional && (
        <div>
          <span className={s.reasonsTitle}>{tr('pane.summary.provisionalReasons')}</span>
          <ul className={s.reasons}>
            {model.provisionalReasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
            {!model.monitoring && (
              <li>{tr('pane.summary.provisionalGrade', { grade: model.provisionalGrade })}</li>
            )}
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
              {tr('pane.summary.scoreOf', { score: sub.scoreText, weight: sub.weightText })}
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
