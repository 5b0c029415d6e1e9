/**
 * dist/preview.html: the task pane outside Office, on the sample workbook (the template with
 * the seed report's figures) loaded into the fake Excel. No office.js; nothing leaves the page.
 * `?lang=en` shows the English pane; `?workbook=empty` starts from a workbook without the
 * contract's names (the pane's empty state and 插入模板); `?sample=midyear` a mid-year copy of the
 * seed (年中监控), `?sample=published` the seed with its published scores (the audit).
 * `window.perfscorePreview` lets the end-to-end tests look at a cell of the fake workbook (its
 * value and whether it holds a formula).
 */
import { createRoot } from 'react-dom/client';
import { localeFor, registerMessages } from '../i18n/catalog';
import { previewMessages } from '../i18n/messages/pane';
import { fakeWorkbookFromTemplateSpec } from '../hosts/fake-excel/from-template';
import { createFakeWorkbook } from '../hosts/fake-excel/workbook';
import { OfficeHost } from '../hosts/office/office-host';
import { OperationQueue } from '../hosts/office/queue';
import { runOnFakeWorkbook } from '../hosts/office/run-on-fake';
import { buildTemplateSpec } from '../workbook/template/build';
import { createWorkbookBackend } from '../taskpane/workbook-backend';
import { PreviewApp } from './PreviewApp';
import { sampleKind, sampleVariantPlan } from './samples';

registerMessages(previewMessages);

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang');
const locale = lang ? localeFor(lang) : 'zh-CN';
document.documentElement.lang = locale;

// ?workbook=empty: a workbook without the contract's names, to try 插入模板.
const empty = params.get('workbook') === 'empty';
const spec = buildTemplateSpec({ sample: !empty, locale: empty ? locale : 'zh-CN' });
const workbook = empty ? createFakeWorkbook() : fakeWorkbookFromTemplateSpec(spec);
if (empty) workbook.model.addSheet('Sheet1');
const host = new OfficeHost(runOnFakeWorkbook(workbook), { locale });
const sample = empty ? 'seed' : sampleKind(params.get('sample'));
const variant = sampleVariantPlan(spec, sample);

let showRows: (sheet: string, rows: Set<number>) => void = () => undefined;
const backend = createWorkbookBackend({
  host,
  queue: new OperationQueue(),
  locale,
  selectCells: async (location) => {
    const rows = new Set<number>();
    for (let r = location.firstRowIndex; r <= location.lastRowIndex; r++) rows.add(r);
    showRows(location.sheet, rows);
  },
});

declare global {
  interface Window {
    perfscorePreview?: {
      cell: (
        sheet: string,
        address: string,
      ) => { value: unknown; text: string; formula: string | null };
    };
  }
}
window.perfscorePreview = {
  cell: (sheet, address) => {
    const cell = workbook.sheetGrid(sheet, address)[0][0];
    return { value: cell.value, text: cell.text, formula: cell.formula ?? null };
  },
};

const registerRows = (listener: (sheet: string, rows: Set<number>) => void): void => {
  showRows = listener;
};

const start = async (): Promise<void> => {
  if (variant) await host.apply(variant);
  createRoot(document.getElementById('root')!).render(
    <PreviewApp
      workbook={workbook}
      spec={spec}
      backend={backend}
      locale={locale}
      sample={sample}
      workbookId={empty ? 'preview:empty' : `preview:${sample}`}
      onSelectRows={registerRows}
    />,
  );
};
void start();
