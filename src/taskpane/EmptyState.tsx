/**
 * The workbook lacks the contract's names: explain, and offer 识别表格 (the form already in
 * the workbook, checked and confirmed below: `children`) and 插入模板.
 */
import { useState, type ReactNode } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import { useT } from './i18n';
import { Button, Modal, Spinner } from './ui';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: '12px',
    padding: '20px 16px',
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  body: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

export interface EmptyStateProps {
  missing: string[];
  busy: boolean;
  /** Sheets the template would touch that already exist. */
  check: () => Promise<string[]>;
  onInsert: () => void;
  /** 识别表格 is running. */
  recognizing: boolean;
  onRecognize: () => void;
  /** What 识别表格 found (or what it missed). */
  children?: ReactNode;
}

export function EmptyState({
  missing,
  busy,
  check,
  onInsert,
  recognizing,
  onRecognize,
  children,
}: EmptyStateProps) {
  const s = useStyles();
  const tr = useT();
  const [existing, setExisting] = useState<string[] | null>(null);

  const start = async () => {
    const sheets = await check();
    if (sheets.length > 0) setExisting(sheets);
    else onInsert();
  };

  return (
    <section className={s.box} data-testid="empty-state">
      <h2 className={s.title}>{tr('pane.empty.title')}</h2>
      <p className={s.body}>{tr('pane.empty.body', { names: missing.join('、') })}</p>
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={busy || recognizing}
          icon={recognizing ? <Spinner /> : undefined}
          data-focus-key="recognize"
          onClick={onRecognize}
        >
          {recognizing ? tr('pane.form.recognizing') : tr('pane.form.recognize')}
        </Button>
        <Button
          appearance="secondary"
          disabled={busy || recognizing}
          icon={busy ? <Spinner /> : undefined}
          onClick={() => void start()}
        >
          {busy ? tr('pane.empty.inserting') : tr('pane.empty.insert')}
        </Button>
      </div>
      {children}
      <Modal
        open={existing !== null}
        alert
        title={tr('pane.empty.confirmTitle')}
        onClose={() => setExisting(null)}
        actions={
          <>
            <Button
              appearance="primary"
              onClick={() => {
                setExisting(null);
                onInsert();
              }}
            >
              {tr('pane.empty.confirmReplace')}
            </Button>
            <Button appearance="secondary" onClick={() => setExisting(null)}>
              {tr('pane.editor.cancel')}
            </Button>
          </>
        }
      >
        {tr('pane.empty.confirmBody', { sheets: (existing ?? []).join('、') })}
      </Modal>
    </section>
  );
}
