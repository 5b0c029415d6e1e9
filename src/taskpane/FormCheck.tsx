/**
 * 识别表格's answer: the form found, part by part in words (预算：项目支出绩效自评表!D6:I6；
 * 绩效指标：B12:J23，8 项；总分：H24), each with 选中 (shows its cells in the sheet) and 用所选区域
 * (takes the range the user selected instead); 确认并定义名称 defines the names and writes
 * nothing else. When the recognizer is unsure it says what is missing instead of guessing.
 */
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import type { CellMessage } from './backend';
import type { FormPart, FormPartKey } from '../workbook/forms/parts';
import { useT } from './i18n';
import { Button, Notice, Spinner } from './ui';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '8px',
    alignSelf: 'stretch',
    padding: '12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  parts: { display: 'flex', flexDirection: 'column', rowGap: '6px', margin: 0, padding: 0 },
  part: {
    listStyleType: 'none',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '6px',
    fontSize: tokens.fontSizeBase200,
  },
  // The cells on a line of their own, the two buttons together below them.
  where: { flexBasis: '100%', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
});

export interface FormCheckProps {
  sheet: string;
  parts: FormPart[];
  /** Output cells already holding the department's own scores. */
  typed: number;
  /** The sheets of the workbook's other forms (the names describe this one only). */
  otherSheets: string[];
  busy: boolean;
  onShow: (part: FormPart) => void;
  onUseSelection: (key: FormPartKey) => void;
  onConfirm: () => void;
}

/** "绩效指标：B12:J23，8 项" */
export function usePartText(): (part: FormPart) => string {
  const tr = useT();
  return (part) =>
    tr('pane.form.part', {
      label: tr(`pane.form.part.${part.key}`),
      where:
        part.rowCount === undefined
          ? part.where
          : tr('pane.form.rows', { where: part.where, count: part.rowCount }),
    });
}

export function FormCheck(props: FormCheckProps) {
  const s = useStyles();
  const tr = useT();
  const partText = usePartText();
  return (
    <section className={s.box} aria-label={tr('pane.form.recognize')} data-testid="form-check">
      <h3 className={s.title}>{tr('pane.form.title', { sheet: props.sheet })}</h3>
      <p className={s.summary} data-testid="form-summary">
        {props.parts.map(partText).join(tr('pane.form.separator'))}
      </p>
      <p className={s.text}>{tr('pane.form.intro')}</p>
      <ul className={s.parts}>
        {props.parts.map((part) => {
          const label = tr(`pane.form.part.${part.key}`);
          return (
            <li key={part.key} className={s.part} data-part={part.key}>
              <span className={s.where}>{partText(part)}</span>
              <Button
                size="small"
                appearance="outline"
                aria-label={tr('pane.form.showPart', { label })}
                disabled={props.busy}
                onClick={() => props.onShow(part)}
              >
                {tr('pane.form.show')}
              </Button>
              <Button
                size="small"
                appearance="outline"
                aria-label={tr('pane.form.useSelectionFor', { label })}
                disabled={props.busy}
                onClick={() => props.onUseSelection(part.key)}
              >
                {tr('pane.form.useSelection')}
              </Button>
            </li>
          );
        })}
      </ul>
      {props.typed > 0 && <p className={s.text}>{tr('pane.form.typed', { count: props.typed })}</p>}
      {props.otherSheets.length > 0 && (
        <p className={s.text} data-testid="form-others">
          {tr('pane.form.others', {
            count: props.otherSheets.length,
            sheets: props.otherSheets.join(tr('pane.form.sheetSeparator')),
          })}
        </p>
      )}
      <Button
        appearance="primary"
        disabled={props.busy}
        icon={props.busy ? <Spinner /> : undefined}
        onClick={props.onConfirm}
      >
        {props.busy ? tr('pane.form.confirming') : tr('pane.form.confirm')}
      </Button>
    </section>
  );
}

/** The recognizer was unsure: what is missing, each naming its cells, and what to do. */
export function FormUnsure({ problems }: { problems: CellMessage[] }) {
  const s = useStyles();
  const tr = useT();
  return (
    <Notice intent="error" title={tr('pane.form.unsure')}>
      <ul className={s.list} data-testid="form-problems">
        {problems.map((p) => (
          <li key={`${p.where}:${p.message}`}>{p.message}</li>
        ))}
      </ul>
      {tr('pane.form.unsureHint')}
    </Notice>
  );
}
