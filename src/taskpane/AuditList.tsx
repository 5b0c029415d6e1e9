/** 核对提示: the audit's findings, each with its message and a link that selects its cell. */
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { tokens } from './theme';
import { Badge, type BadgeColor } from './ui';
import type { AuditEntry } from './audit-model';
import { useT } from './i18n';
import './messages-audit';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: '6px', margin: 0, padding: 0 },
  item: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
  },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `4px solid ${tokens.colorNeutralStroke1}` },
  top: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: '8px' },
  link: {
    alignSelf: 'flex-start',
    padding: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    cursor: 'pointer',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  where: { color: tokens.colorNeutralForeground3 },
});

const SEVERITY_BADGE: Record<AuditEntry['severity'], BadgeColor> = {
  error: 'danger',
  warning: 'warning',
  info: 'neutral',
};

export interface AuditListProps {
  entries: AuditEntry[];
  onLocate: (entry: AuditEntry) => void;
}

export function AuditList({ entries, onLocate }: AuditListProps) {
  const s = useStyles();
  const tr = useT();
  return (
    <ul className={s.list} data-testid="audit">
      {entries.map((entry) => (
        <li
          key={entry.key}
          className={mergeClasses(s.item, s[entry.severity])}
          data-testid="audit-item"
          data-code={entry.code}
        >
          <div className={s.top}>
            <span>{entry.message}</span>
            <Badge color={SEVERITY_BADGE[entry.severity]}>
              {tr(`pane.audit.severity.${entry.severity}`)}
            </Badge>
          </div>
          {entry.inSheet ? (
            <button type="button" className={s.link} onClick={() => onLocate(entry)}>
              {tr('pane.audit.locate', { where: entry.where })}
            </button>
          ) : (
            <span className={s.where}>{entry.where}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
