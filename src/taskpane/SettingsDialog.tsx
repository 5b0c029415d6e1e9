/**
 * The rule profile and its thresholds, saved in the workbook's 评分规则 (Rules) range, among
 * them mid-year monitoring (monitor: 自动 / 年中监控 / 年终) and the elapsed share of the year
 * (elapsed): the recalculation, the ribbon and the pane all read them from the workbook.
 */
import { useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import { DEFAULT_PROFILE } from '../engine/profiles';
import { profileEntries, ruleChoices, ruleLabel, type RuleChoice } from '../i18n/rule-labels';
import type { RuleSetting } from './backend';
import { useLocale, useT } from './i18n';
import { Button, Field, Modal, Spinner, useControlClasses } from './ui';
import './messages-settings';

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

/** The key as the profile spells it ("ReverseFormula " → "reverseFormula"). */
function canonicalKey(key: string): string {
  const folded = key.trim().toLowerCase();
  return profileEntries().find((e) => e.key.toLowerCase() === folded)?.key ?? key;
}

/** The label of a value among the choices (the value itself when it is not one of them). */
function labelOf(choices: RuleChoice[], value: string): string {
  return choices.find((c) => c.value === value)?.label ?? value;
}

/** The choices, plus the workbook's own value when it is none of them (kept, not lost). */
function withCurrent(choices: RuleChoice[], value: string): RuleChoice[] {
  return value === '' || choices.some((c) => c.value === value)
    ? choices
    : [...choices, { value, label: value }];
}

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
            {[...(profileRow ? [profileRow] : []), ...draft.filter((r) => r !== profileRow)]
              .filter((r) => r.key !== '')
              .map((row) => {
                const entry = defaults.get(row.key) ?? defaults.get(canonicalKey(row.key));
                const choices = ruleChoices(entry?.key ?? row.key, locale);
                const isProfile = row === profileRow;
                return (
                  <Field
                    key={row.key}
                    label={entry ? ruleLabel(entry.key, locale) : row.key}
                    secondary={entry ? row.key : undefined}
                    hint={
                      entry && !isProfile
                        ? tr('pane.settings.keyHint', {
                            description: entry.description,
                            value: entry.value,
                          })
                        : entry?.description
                    }
                  >
                    {({ id, describedBy }) =>
                      choices ? (
                        <select
                          id={id}
                          className={controls.input}
                          aria-describedby={describedBy}
                          value={isProfile ? profile : row.value}
                          onChange={(e) => set(row.key, e.target.value)}
                        >
                          {!isProfile && (
                            // Blank keeps the profile's default.
                            <option value="">
                              {tr('pane.settings.ruleDefault', {
                                value: labelOf(choices, entry?.value ?? ''),
                              })}
                            </option>
                          )}
                          {withCurrent(choices, isProfile ? profile : row.value).map((c) => (
                            <option key={c.value} value={c.value}>
                              {c.label === c.value
                                ? c.label
                                : tr('pane.settings.choice', { label: c.label, value: c.value })}
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
