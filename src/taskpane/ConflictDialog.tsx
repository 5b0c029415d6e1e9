/** Hand-typed values in output cells: move them to 人工得分, overwrite, or cancel. */
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import type { ConflictCell, ConflictPolicy } from './backend';
import { useT } from './i18n';
import { Button, Modal } from './ui';
import './messages-conflict';

const SHOWN = 8;

const useStyles = makeStyles({
  cells: {
    margin: '8px 0 0',
    paddingLeft: '20px',
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground2,
  },
});

export interface ConflictDialogProps {
  conflicts: ConflictCell[] | null;
  onChoose: (policy: Exclude<ConflictPolicy, 'refuse'> | null) => void;
}

export function ConflictDialog({ conflicts, onChoose }: ConflictDialogProps) {
  const s = useStyles();
  const tr = useT();
  const list = conflicts ?? [];
  return (
    <Modal
      open={conflicts !== null}
      alert
      title={tr('pane.conflict.title')}
      onClose={() => onChoose(null)}
      actions={
        <>
          <Button appearance="primary" onClick={() => onChoose('moveToManual')}>
            {tr('pane.conflict.move')}
          </Button>
          <Button onClick={() => onChoose('overwrite')}>{tr('pane.conflict.overwrite')}</Button>
          <Button appearance="subtle" onClick={() => onChoose(null)}>
            {tr('pane.conflict.cancel')}
          </Button>
        </>
      }
    >
      {tr('pane.conflict.body')}
      <ul className={s.cells}>
        {list.slice(0, SHOWN).map((cell) => (
          <li key={cell.where}>
            {tr('pane.conflict.cell', { where: cell.where, value: cell.value })}
          </li>
        ))}
        {list.length > SHOWN && <li>{tr('pane.conflict.more', { count: list.length - SHOWN })}</li>}
      </ul>
    </Modal>
  );
}
