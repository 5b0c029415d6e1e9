/** The workbook lacks the contract's names: explain, and offer 插入模板. */
import { useState } from 'react';
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
});

export interface EmptyStateProps {
  missing: string[];
  busy: boolean;
  /** Sheets the template would touch that already exist. */
  check: () => Promise<string[]>;
  onInsert: () => void;
}

export function EmptyState({ missing, busy, check, onInsert }: EmptyStateProps) {
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
      <Button
        appearance="primary"
        disabled={busy}
        icon={busy ? <Spinner /> : undefined}
        onClick={() => void start()}
      >
        {busy ? tr('pane.empty.inserting') : tr('pane.empty.insert')}
      </Button>
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
