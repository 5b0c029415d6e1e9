/**
 * The rule profile and its thresholds, saved in the workbook's 评分规则 (Rules) range, among
 * them mid-year monitoring (monitor: 自动 / 年中监控 / 年终) and the elapsed share of the year
 * (elapsed): the recalculation, the ribbon and the pane all read them from the workbook.
 */
import { useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import { PROFILE_NAMES, DEFAULT_PROFILE, monitorWords, profileEntries } from '../engine/profiles';
import type { RuleSetting } from './backend';
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
});

export interface SettingsDialogProps {
  open: boolean;
  rows: RuleSetting[] | null;
  saving: boolean;
  onSave: (rows: RuleSetting[]) => void;
  onClose: () => void;
}

export function SettingsDialog({ open, rows, saving, onSave, onClose }: SettingsDialogProps) {
  const s = useStyles();
  const tr = useT();
  const locale = useLocale();
  const controls = useControlClasses();
  // The dialog is mounted when it opens: the draft starts from the workbook's values.
  const [draft, setDraft] = useState<RuleSetting[]>(() => rows ?? []);

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
                    {({ id, describedBy }) =>
                      row.key.toLowerCase() === 'monitor' ? (
                        // 自动 / 年中监控 / 年终 in the pane's language; blank keeps the default.
                        <select
                          id={id}
                          className={controls.input}
                          aria-describedby={describedBy}
                          value={row.value}
                          onChange={(e) => set(row.key, e.target.value)}
                        >
                          <option value="">
                            {tr('pane.settings.ruleDefault', { value: entry?.value ?? '' })}
                          </option>
                          {[...new Set([...monitorWords(locale), row.value])]
                            .filter(Boolean)
                            .map((word) => (
                              <option key={word} value={word}>
                                {word}
                              </option>
                            ))}
                        </select>
                      ) : (
                        <input
                          id={id}
                          className={controls.input}
                          aria-describedby={describedBy}
                          value={row.value}
                          placeholder={entry?.value}
                          onChange={(e) => set(row.key, e.target.value)}
                        />
                      )
                    }
                  </Field>
                );
              })}
          </div>
        </>
      )}
    </Modal>
  );
}
