/**
 * The rule profile and its thresholds, saved in the workbook's 评分规则 (Rules) range; and the
 * pane's own mid-year monitoring choice (年中监控, with the elapsed share of the year).
 */
import { useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import { PROFILE_NAMES, DEFAULT_PROFILE, profileEntries } from '../engine/profiles';
import type { MonitoringChoice, RuleSetting } from './backend';
import { elapsedFromPercent } from './monitoring-choice';
import { formatPercentShort } from '../engine/format';
import { useLocale, useT } from './i18n';
import { Button, Field, Modal, Spinner, useControlClasses } from './ui';

const useStyles = makeStyles({
  hint: {
    margin: '0 0 10px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  grid: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '12px',
    maxHeight: '55vh',
    overflowY: 'auto',
    paddingRight: '4px',
  },
  monitoring: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '8px',
    paddingBottom: '12px',
    marginBottom: '12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  check: { display: 'flex', alignItems: 'center', columnGap: '8px' },
  sectionTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface SettingsDialogProps {
  open: boolean;
  rows: RuleSetting[] | null;
  saving: boolean;
  onSave: (rows: RuleSetting[]) => void;
  onClose: () => void;
  monitoring: MonitoringChoice;
  /** Applied at once (the pane's own setting, not the workbook's). */
  onMonitoringChange: (choice: MonitoringChoice) => void;
}

export function SettingsDialog({
  open,
  rows,
  saving,
  onSave,
  onClose,
  monitoring,
  onMonitoringChange,
}: SettingsDialogProps) {
  const s = useStyles();
  const tr = useT();
  const locale = useLocale();
  const controls = useControlClasses();
  // The dialog is mounted when it opens: the draft starts from the workbook's values.
  const [draft, setDraft] = useState<RuleSetting[]>(() => rows ?? []);
  const [elapsedText, setElapsedText] = useState(() =>
    formatPercentShort(monitoring.elapsed).replace('%', ''),
  );
  const elapsedInvalid = elapsedFromPercent(elapsedText) === null;

  const profileRow = draft.find((r) => r.key.toLowerCase() === 'profile');
  const profile = profileRow?.value || DEFAULT_PROFILE;
  const defaults = new Map(profileEntries(profile, locale).map((e) => [e.key, e]));
  const set = (key: string, value: string) =>
    setDraft((d) => d.map((r) => (r.key === key ? { ...r, value } : r)));

  return (
    <Modal
      open={open}
      title={tr('pane.settings.title')}
      onClose={onClose}
      actions={
        <>
          {rows !== null && (
            <Button
              appearance="primary"
              disabled={saving}
              icon={saving ? <Spinner /> : undefined}
              onClick={() => onSave(draft)}
            >
              {tr('pane.settings.save')}
            </Button>
          )}
          <Button appearance="secondary" onClick={onClose}>
            {tr('pane.settings.close')}
          </Button>
        </>
      }
    >
      <div className={s.monitoring}>
        <h3 className={s.sectionTitle}>{tr('pane.settings.monitoring')}</h3>
        <label className={s.check}>
          <input
            type="checkbox"
            checked={monitoring.enabled}
            onChange={(e) => onMonitoringChange({ ...monitoring, enabled: e.target.checked })}
          />
          {tr('pane.settings.monitoringOn')}
        </label>
        <Field
          label={tr('pane.settings.elapsed')}
          hint={tr('pane.settings.monitoringHint')}
          error={elapsedInvalid ? tr('pane.settings.elapsedInvalid') : undefined}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className={controls.input}
              inputMode="decimal"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={elapsedText}
              onChange={(e) => {
                setElapsedText(e.target.value);
                const elapsed = elapsedFromPercent(e.target.value);
                if (elapsed !== null) onMonitoringChange({ ...monitoring, elapsed });
              }}
            />
          )}
        </Field>
      </div>
      {rows === null ? (
        <p>{tr('pane.settings.noRules')}</p>
      ) : (
        <>
          <p className={s.hint}>{tr('pane.settings.hint')}</p>
          <div className={s.grid}>
            {profileRow && (
              <Field label={tr('pane.settings.profile')}>
                {({ id }) => (
                  <select
                    id={id}
                    className={controls.input}
                    value={profile}
                    onChange={(e) => set(profileRow.key, e.target.value)}
                  >
                    {PROFILE_NAMES.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {draft
              .filter((r) => r !== profileRow && r.key !== '')
              .map((row) => {
                const entry = defaults.get(row.key);
                return (
                  <Field
                    key={row.key}
                    label={row.key}
                    hint={
                      entry
                        ? tr('pane.settings.keyHint', {
                            description: entry.description,
                            value: entry.value,
                          })
                        : undefined
                    }
                  >
                    {({ id, describedBy }) => (
                      <input
                        id={id}
                        className={controls.input}
                        aria-describedby={describedBy}
                        value={row.value}
                        placeholder={entry?.value}
                        onChange={(e) => set(row.key, e.target.value)}
                      />
                    )}
                  </Field>
                );
              })}
          </div>
        </>
      )}
    </Modal>
  );
}
