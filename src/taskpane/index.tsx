/**
 * The task pane inside Excel: the Office.js host over Excel.run, the add-in's one operation
 * queue, recalculation through recalculateInWorkbook (so a ribbon recalculation, published on
 * recalcEvents in the shared runtime, shows here at once), the pane in Chinese or English after
 * Office's display language.
 */
import { createRoot } from 'react-dom/client';
import { localeFor, t } from '../i18n/catalog';
import { OfficeHost } from '../hosts/office/office-host';
import { workbookOperations } from '../hosts/office/queue';
import { recalcEvents, recalculateInWorkbook } from '../hosts/office/recalculate-in-workbook';
import { Pane } from './Pane';
import { Notice } from './ui';
import { createWorkbookBackend } from './workbook-backend';
import { selectedAddress } from '../hosts/office/selection';

Office.onReady((info) => {
  const locale = localeFor(Office.context?.displayLanguage ?? navigator.language);
  document.documentElement.lang = locale;
  const root = createRoot(document.getElementById('root')!);
  if (info.host !== Office.HostType.Excel) {
    // Opened in a plain browser (or another Office application): say where it works.
    root.render(
      <div style={{ padding: 12 }}>
        <Notice intent="info" title={t('pane.notInExcel.title', {}, locale)}>
          {t('pane.notInExcel.body', {}, locale)}
        </Notice>
      </div>,
    );
    return;
  }
  const host = new OfficeHost((batch) => Excel.run(batch), { locale });
  const backend = createWorkbookBackend({
    host,
    queue: workbookOperations,
    locale,
    recalculate: (conflictPolicy) =>
      recalculateInWorkbook(host, { source: 'pane', locale, conflictPolicy }),
    subscribe: (listener) => {
      // A ribbon recalculation that ran before the pane opened (e.g. one that could not write
      // and so opened the pane) is shown at once.
      const last = recalcEvents.last;
      if (last?.type === 'finished' && last.source !== 'pane') listener(last.outcome);
      return recalcEvents.subscribe((event) => {
        if (event.type === 'finished' && event.source !== 'pane') listener(event.outcome);
      });
    },
    selectedAddress: () => selectedAddress((batch) => Excel.run(batch)),
    selectCells: (location) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(location.sheet);
        sheet.activate();
        sheet.getRange(location.address).select();
        await context.sync();
      }),
  });
  // Drafts are kept per workbook: by its address (a new, unsaved workbook has none yet).
  const workbookId = Office.context.document?.url || 'untitled';
  root.render(<Pane backend={backend} locale={locale} workbookId={workbookId} />);
});
