/**
 * The drafted report's text when the clipboard refused it: read-only, selected at once, so
 * that Ctrl+C (or the context menu) copies it.
 */
import { useEffect, useRef } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import { Button, useControlClasses } from './ui';
import { useT } from './i18n';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    padding: '10px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  label: { fontWeight: tokens.fontWeightSemibold },
  text: { minHeight: '200px', fontSize: tokens.fontSizeBase200 },
});

export function ReportText({ text, onClose }: { text: string; onClose: () => void }) {
  const s = useStyles();
  const tr = useT();
  const controls = useControlClasses();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <section className={s.box} data-testid="report-text">
      <div className={s.head}>
        <label className={s.label} htmlFor="perfscore-report-text">
          {tr('pane.report.text')}
        </label>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {tr('pane.report.hide')}
        </Button>
      </div>
      <textarea
        id="perfscore-report-text"
        ref={ref}
        className={`${controls.textarea} ${s.text}`}
        readOnly
        value={text}
        rows={12}
      />
    </section>
  );
}
