/**
 * 识别表格, loaded when it is first used (with its texts): looks for the form in the workbook,
 * shows what it found (FormCheck) or what it missed (FormUnsure), moves a part onto the selected
 * range (用所选区域) and, on 确认并定义名称, defines the names through the backend.
 */
import { useEffect, useState } from 'react';
import './messages-form';
import type { CellMessage, PaneBackend } from './backend';
import { FormCheck, FormUnsure } from './FormCheck';
import { useT } from './i18n';
import { formParts, withPart, type FormPartKey } from '../workbook/forms/parts';
import type { FormBinding } from '../workbook/forms/recognize';

export interface FormRecognitionProps {
  backend: PaneBackend;
  /** The pane's one-operation-at-a-time runner (its errors become the pane's error notice). */
  run: (kind: 'recognize' | 'bindForm', work: () => Promise<void>) => Promise<void>;
  busy: boolean;
  goTo: (where: string) => Promise<void>;
  say: (notice: { intent: 'success' | 'info'; text: string }) => void;
  /** The names are defined: the workbook is a form the pane can recalculate. */
  onBound: () => void;
}

export function FormRecognition({ backend, run, busy, goTo, say, onBound }: FormRecognitionProps) {
  const tr = useT();
  const [form, setForm] = useState<FormBinding | null>(null);
  const [problems, setProblems] = useState<CellMessage[]>([]);
  const [otherSheets, setOtherSheets] = useState<string[]>([]);

  // Recognised once, when the user asks (each 识别表格 mounts this anew).
  useEffect(() => {
    void run('recognize', async () => {
      const view = await backend.recognizeForm();
      setForm(view.binding);
      setOtherSheets(view.otherSheets);
      setProblems(view.binding ? [] : view.problems);
      // The table it found is shown in the sheet at once.
      const table = view.binding
        ? formParts(view.binding).find((p) => p.key === 'indicators')
        : null;
      if (table) await goTo(table.where);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const takeSelection = (key: FormPartKey) =>
    run('recognize', async () => {
      const range = await backend.selectedRange();
      const next = form && range ? withPart(form, key, range.sheet, range.address) : null;
      if (!next) {
        say({ intent: 'info', text: tr('pane.form.noSelection') });
        return;
      }
      setForm(next);
      const part = formParts(next).find((p) => p.key === key);
      say({
        intent: 'success',
        text: tr('pane.form.moved', {
          label: tr(`pane.form.part.${key}`),
          where: part?.where ?? '',
        }),
      });
    });

  const confirm = () =>
    run('bindForm', async () => {
      if (!form) return;
      await backend.confirmForm(form);
      say({ intent: 'success', text: tr('pane.form.bound', { count: form.names.length }) });
      onBound();
    });

  if (form) {
    return (
      <FormCheck
        sheet={form.sheet}
        parts={formParts(form)}
        typed={form.typed.length}
        otherSheets={otherSheets}
        busy={busy}
        onShow={(part) => void goTo(part.where)}
        onUseSelection={(key) => void takeSelection(key)}
        onConfirm={() => void confirm()}
      />
    );
  }
  return problems.length > 0 ? <FormUnsure problems={problems} /> : null;
}
