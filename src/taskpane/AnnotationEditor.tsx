/** The editor for 偏差原因分析 and 改进措施, with quick phrases fitting the item's flag. */
import { useState } from 'react';
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { tokens } from './theme';
import { Button, Field, Spinner, useControlClasses } from './ui';
import type { DeviationItem } from './model';
import { phraseKeys } from './model';
import { withCategory } from './monitor-model';
import { useLocale, useT } from './i18n';

const useStyles = makeStyles({
  editor: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '10px',
    padding: '12px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  phrases: { display: 'flex', flexWrap: 'wrap', gap: '4px', marginTop: '4px' },
  phrase: { fontSize: tokens.fontSizeBase100, minWidth: 0, textAlign: 'left' },
  pressed: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorBrandForeground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  groupLabel: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { display: 'flex', columnGap: '8px' },
});

/** Appends a phrase to the text, on a new sentence. */
function append(text: string, phrase: string): string {
  const trimmed = text.trimEnd();
  return trimmed === '' ? phrase : `${trimmed}${phrase}`;
}

export interface AnnotationEditorProps {
  item: DeviationItem;
  saving: boolean;
  onSave: (reason: string, measures: string) => void;
  onCancel: () => void;
  /** Mid-year monitoring: the reason categories (经费保障…), offered as chips that prefix it. */
  categories?: string[];
}

export function AnnotationEditor({
  item,
  saving,
  onSave,
  onCancel,
  categories,
}: AnnotationEditorProps) {
  const s = useStyles();
  const tr = useT();
  const locale = useLocale();
  const controls = useControlClasses();
  const [reason, setReason] = useState(item.reason);
  const [measures, setMeasures] = useState(item.measures);
  const [tried, setTried] = useState(false);
  const phrases = phraseKeys(item.phraseKind);
  const missingReason = reason.trim() === '';

  const save = () => {
    setTried(true);
    if (missingReason) return;
    onSave(reason, measures);
  };

  return (
    <div className={s.editor} onClick={(e) => e.stopPropagation()}>
      {item.state === 'manual' && item.manualBand && (
        <div className={s.hint}>
          {tr('pane.editor.manualHint', { min: item.manualBand.min, max: item.manualBand.max })}
        </div>
      )}
      {categories && categories.length > 0 && (
        <div>
          <span className={s.groupLabel} id={`${item.key}-categories`}>
            {tr('pane.monitor.categories')}
          </span>
          <div className={s.phrases} role="group" aria-labelledby={`${item.key}-categories`}>
            {categories.map((label) => {
              const prefix = tr('pane.monitor.categoryPrefix', { label }).trim();
              const pressed = reason.trimStart().startsWith(prefix);
              return (
                <Button
                  key={label}
                  size="small"
                  appearance="outline"
                  className={mergeClasses(s.phrase, pressed && s.pressed)}
                  disabled={saving}
                  aria-pressed={pressed}
                  onClick={() => setReason((r) => withCategory(r, label, categories, locale))}
                >
                  {label}
                </Button>
              );
            })}
          </div>
        </div>
      )}
      <Field
        label={tr('pane.editor.reason')}
        required
        error={tried && missingReason ? tr('pane.editor.reasonRequired') : undefined}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            className={controls.textarea}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required
            value={reason}
            rows={3}
            onChange={(e) => setReason(e.target.value)}
            disabled={saving}
          />
        )}
      </Field>
      <QuickPhrases
        keys={phrases.reason}
        disabled={saving}
        onPick={(text) => setReason((r) => append(r, text))}
      />
      {item.target !== 'budget' && (
        <>
          <Field label={tr('pane.editor.measures')}>
            {({ id }) => (
              <textarea
                id={id}
                className={controls.textarea}
                value={measures}
                rows={2}
                onChange={(e) => setMeasures(e.target.value)}
                disabled={saving}
              />
            )}
          </Field>
          <QuickPhrases
            keys={phrases.measures}
            disabled={saving}
            onPick={(text) => setMeasures((m) => append(m, text))}
          />
        </>
      )}
      <div className={s.actions}>
        <Button
          appearance="primary"
          onClick={save}
          disabled={saving}
          icon={saving ? <Spinner /> : undefined}
        >
          {saving ? tr('pane.editor.saving') : tr('pane.editor.save')}
        </Button>
        <Button appearance="secondary" onClick={onCancel} disabled={saving}>
          {tr('pane.editor.cancel')}
        </Button>
      </div>
    </div>
  );
}

/** Buttons that append a quick phrase (fitting the flag) to the text being written. */
function QuickPhrases({
  keys,
  disabled,
  onPick,
}: {
  keys: readonly string[];
  disabled: boolean;
  onPick: (text: string) => void;
}) {
  const s = useStyles();
  const tr = useT();
  return (
    <div className={s.phrases} role="group" aria-label={tr('pane.editor.phrases')}>
      {keys.map((key) => (
        <Button
          key={key}
          size="small"
          appearance="outline"
          className={s.phrase}
          disabled={disabled}
          onClick={() => onPick(tr(key))}
        >
          {tr(key)}
        </Button>
      ))}
    </div>
  );
}
