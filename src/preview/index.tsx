/**
 * dist/preview.html: the task pane outside Office, on the sample workbook (the template with
 * the seed report's figures) loaded into the fake Excel. No office.js; nothing leaves the page.
 * `?lang=en` shows the English pane; `?workbook=empty` starts from a workbook without the
 * contract's names (the pane's empty state and 插入模板); `?sample=midyear` a mid-year copy of the
 * seed (年中监控), `?sample=published` the seed with its published scores (the audit),
 * `?sample=form` the seed typed into the MOF 项目支出绩效自评表 without names (识别表格).
 * `?client=officejs` runs the pane's Office code through Microsoft's own Excel client library,
 * its requests answered on the fake workbook (office-wire/page-client.ts, loaded on demand).
 * `window.perfscorePreview` lets the end-to-end tests look at a cell of the fake workbook (its
 * value and whether it holds a formula) and count the syncs that went through the library.
 */
import { createRoot } from 'react-dom/client';
import { localeFor } from '../i18n/catalog';
import './messages';
import { createFakeWorkbook } from './fake-excel/workbook';
import { writeTemplateInto } from './template-workbook';
import { type ExcelRun, OfficeHost } from '../hosts/office/office-host';
import { OperationQueue } from '../hosts/office/queue';
import { runOnFakeWorkbook } from './run-on-fake';
import { buildTemplateSpec } from '../workbook/template/build';
import { createWorkbookBackend } from '../taskpane/workbook-backend';
import { PreviewApp } from './PreviewApp';
import { sampleKind, sampleVariantPlan } from './samples';
import { sampleFormSpec } from '../workbook/forms/sample-form';
import { selectedAddress } from '../hosts/office/selection';
import { parseBlock, type Block } from '../workbook/a1';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang');
const locale = lang ? localeFor(lang) : 'zh-CN';
document.documentElement.lang = locale;

// ?workbook=empty: a workbook without the contract's names, to try 插入模板.
const empty = params.get('workbook') === 'empty';
const sample = empty ? 'seed' : sampleKind(params.get('sample'));
// ?sample=form: a real-layout form without the names, for 识别表格.
const spec =
  sample === 'form'
    ? sampleFormSpec().spec
    : buildTemplateSpec({ sample: !empty, locale: empty ? locale : 'zh-CN' });
// The template is written into the empty fake as 插入模板 writes it in Excel (start, below).
const workbook = createFakeWorkbook();
if (empty) workbook.model.addSheet('Sheet1');
const variant = sampleVariantPlan(spec, sample);
// ?client=officejs: through Microsoft's Excel client library (everything is supported there,
// as on the fake: the API levels are the tests' business).
const officeJs = params.get('client') === 'officejs';
let wireSyncs: (() => number) | null = null;

let showRows: (sheet: string, rows: Set<number>) => void = () => undefined;
/** Selects a block of the fake workbook, as a click or Range.select() does in Excel. */
function selectRange(sheetName: string, block: Block): void {
  const sheet = workbook.model.sheet(sheetName);
  if (!sheet) return;
  workbook.model.selection = {
    sheet,
    rect: block,
  };
}
const backendOn = (run: ExcelRun) =>
  createWorkbookBackend({
    host: new OfficeHost(run, { locale, requirements: { isSetSupported: () => true } }),
    queue: new OperationQueue(),
    locale,
    selectCells: async (location) => {
      // Selected as Excel would: 用所选区域 right after 选中 takes this range.
      const block = parseBlock(location.address);
      if (block) selectRange(location.sheet, block);
      const rows = new Set<number>();
      for (let r = location.firstRowIndex; r <= location.lastRowIndex; r++) rows.add(r);
      showRows(location.sheet, rows);
    },
    selectedAddress: () => selectedAddress(run),
  });

declare global {
  interface Window {
    perfscorePreview?: {
      cell: (
        sheet: string,
        address: string,
      ) => { value: unknown; text: string; formula: string | null };
      /** Syncs sent through Microsoft's client library (null: the pane runs on the fake). */
      wireSyncs: () => number | null;
    };
  }
}
window.perfscorePreview = {
  cell: (sheet, address) => {
    const cell = workbook.sheetGrid(sheet, address)[0][0];
    return { value: cell.value, text: cell.text, formula: cell.formula ?? null };
  },
  wireSyncs: () => (wireSyncs ? wireSyncs() : null),
};

const registerRows = (listener: (sheet: string, rows: Set<number>) => void): void => {
  showRows = listener;
};

const start = async (): Promise<void> => {
  // The template and the sample variant are written through the Office host on the fake
  // directly, before the pane (and the library) start.
  const office = new OfficeHost(runOnFakeWorkbook(workbook), { locale });
  if (!empty) await writeTemplateInto(workbook, spec);
  if (variant) await office.apply(variant);
  let run = runOnFakeWorkbook(workbook);
  if (officeJs) {
    const { connectOfficeJs } = await import('./office-wire/page-client');
    const client = await connectOfficeJs(workbook);
    run = client.run;
    wireSyncs = () => client.interpreter.syncCount;
  }
  const backend = backendOn(run);
  createRoot(document.getElementById('root')!).render(
    <PreviewApp
      workbook={workbook}
      spec={spec}
      backend={backend}
      locale={locale}
      sample={sample}
      workbookId={empty ? 'preview:empty' : `preview:${sample}`}
      selectRange={selectRange}
      onSelectRows={registerRows}
    />,
  );
};
void start();
