/**
 * The editor for 偏差原因分析 and 改进措施, with quick phrases fitting the item's flag. It opens
 * with the focus in its first text box and with the row's unsaved draft when there is one;
 * every change is handed to the draft store (onDraft), so closing it (Esc, 取消) or anything
 * that unmounts it loses nothing; 放弃草稿 goes back to what the sheet holds. A text stops at
 * Excel's cell limit with a message, and counts its characters near it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { tokens } from './theme';
import { Button, Field, Spinner, useControlClasses } from './ui';
import type { DeviationItem } from './model';
import { phraseKeys } from './model';
import { withCategory } from './monitor-model';
import { useLocale, useT } from './i18n';
import './messages-editor';
import type { MessageKey } from '../i18n/catalog';
import type { Draft } from './drafts';
import { EXCEL_CELL_CHARS, groupedCount } from '../workbook/port/cell-text';

/** From this many characters on, the editor shows the count against the limit. */
const COUNT_FROM = EXCEL_CELL_CHARS - 2767;

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
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  count: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: 'tabular-nums',
  },
  limit: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

/** Appends a phrase to the text, on a new sentence. */
function append(text: string, phrase: string): string {
  const trimmed = text.trimEnd();
  return trimmed === '' ? phrase : `${trimmed}${phrase}`;
}

/** The text cut at Excel's cell limit, and how many characters did not fit. */
function capped(text: string): { text: string; over: number } {
  return text.length > EXCEL_CELL_CHARS
    ? { text: text.slice(0, EXCEL_CELL_CHARS), over: text.length - EXCEL_CELL_CHARS }
    : { text, over: 0 };
}

export interface AnnotationEditorProps {
  item: DeviationItem;
  saving: boolean;
  onSave: (reason: string, measures: string) => void;
  onCancel: () => void;
  /** Mid-year monitoring: the reason categories (经费保障…), offered as chips that prefix it. */
  categories?: string[];
  /** The row's unsaved draft, restored in place of what the sheet holds. */
  draft?: Draft | null;
  /** Every change of the texts (kept as the row's draft). */
  onDraft?: (draft: Draft) => void;
  /** 放弃草稿: forget the draft. */
  onDiscard?: () => void;
}

export function AnnotationEditor({
  item,
  saving,
  onSave,
  onCancel,
  categories,
  draft,
  onDraft,
  onDiscard,
}: AnnotationEditorProps) {
  const s = useStyles();
  const tr = useT();
  const locale = useLocale();
  const controls = useControlClasses();
  const [restored] = useState(() => Boolean(draft));
  const [texts, setTexts] = useState<Draft>(() => ({
    reason: draft?.reason ?? item.reason,
    measures: draft?.measures ?? item.measures,
  }));
  const [over, setOver] = useState<{ field: keyof Draft; count: number } | null>(null);
  const [tried, setTried] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const { reason, measures } = texts;
  const phrases = phraseKeys(item.phraseKind);
  const missingReason = reason.trim() === '';
  const changed = reason !== item.reason || measures !== item.measures;

  // Opened by Enter, Space or a click: the typing goes into the reason at once.
  useEffect(() => {
    first.current?.focus();
  }, []);

  const update = (field: keyof Draft, next: (previous: string) => string) => {
    const cut = capped(next(texts[field]));
    setOver(cut.over > 0 ? { field, count: cut.over } : null);
    const updated = { ...texts, [field]: cut.text };
    setTexts(updated);
    onDraft?.(updated);
  };

  const save = () => {
    setTried(true);
    if (missingReason) return;
    onSave(reason, measures);
  };

  const discard = () => {
    setTexts({ reason: item.reason, measures: item.measures });
    setOver(null);
    onDiscard?.();
    first.current?.focus();
  };

  /** The count near the limit and the message when text did not fit, for one field. */
  const limitNotes = (field: keyof Draft) => {
    const length = texts[field].length;
    return (
      <>
        {length >= COUNT_FROM && (
          <span className={s.count} id={`${ids}-${field}-count`} data-testid="char-count">
            {tr('pane.editor.count', {
              count: groupedCount(length),
              limit: groupedCount(EXCEL_CELL_CHARS),
            })}
          </span>
        )}
        {over?.field === field && (
          <span className={s.limit} role="alert" data-testid="char-limit">
            {tr('pane.editor.limitReached', {
              limit: groupedCount(EXCEL_CELL_CHARS),
              over: groupedCount(over.count),
            })}
          </span>
        )}
      </>
    );
  };
  const countId = (field: keyof Draft) =>
    texts[field].length >= COUNT_FROM ? `${ids}-${field}-count` : undefined;

  /** A part's text box (the reason is required and takes the focus) with its notes. */
  const textBox = (
    field: keyof Draft,
    rows: number,
    control: { id: string; describedBy?: string; invalid?: boolean },
  ) => (
    <>
      <textarea
        id={control.id}
        ref={field === 'reason' ? first : undefined}
        className={controls.textarea}
        aria-describedby={
          [control.describedBy, countId(field)].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={control.invalid}
        aria-required={field === 'reason' || undefined}
        value={texts[field]}
        rows={rows}
        onChange={(e) => update(field, () => e.target.value)}
        disabled={saving}
      />
      {limitNotes(field)}
    </>
  );

  /** The quick phrases that fit the item, appended to a part's text. */
  const quickPhrases = (field: keyof Draft) => (
    <QuickPhrases
      keys={phrases[field]}
      disabled={saving}
      onPick={(text) => update(field, (previous) => append(previous, text))}
    />
  );

  return (
    // Esc closes the editor; the text stays as the row's draft.
    <div
      className={s.editor}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !saving) {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {restored && changed && (
        <div className={s.note} role="status">
          {tr('pane.editor.draftRestored')}
        </div>
      )}
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
                  onClick={() =>
                    update('reason', (r) => withCategory(r, label, categories, locale))
                  }
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
        {({ id, describedBy, invalid }) => textBox('reason', 3, { id, describedBy, invalid })}
      </Field>
      {quickPhrases('reason')}
      {item.target !== 'budget' && (
        <>
          <Field label={tr('pane.editor.measures')}>
            {({ id }) => textBox('measures', 2, { id })}
          </Field>
          {quickPhrases('measures')}
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
        {changed && onDiscard && (
          <Button appearance="subtle" onClick={discard} disabled={saving}>
            {tr('pane.editor.discard')}
          </Button>
        )}
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
  keys: readonly MessageKey[];
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
