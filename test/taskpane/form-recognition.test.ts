/**
 * 识别表格 on a workbook with one form per project: the pane takes the form on the sheet the
 * user is looking at (the sheet of the selection), names the other forms' sheets, and on
 * confirmation defines the names over that form's cells only.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import '../../src/taskpane/messages-form';
import { FormCheck } from '../../src/taskpane/FormCheck';
import { LocaleContext } from '../../src/taskpane/i18n';
import { formParts } from '../../src/workbook/forms/parts';
import { createFakeWorkbook } from '../../src/preview/fake-excel/workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { OperationQueue } from '../../src/hosts/office/queue';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { createWorkbookBackend } from '../../src/taskpane/workbook-backend';
import { sampleFormSpec } from '../../src/workbook/forms/sample-form';
import { templatePlan } from '../../src/workbook/template/plan';

async function twoForms(selection: string | null) {
  const fake = createFakeWorkbook();
  const office = new OfficeHost(runOnFakeWorkbook(fake), { locale: 'zh-CN' });
  for (const sheet of ['项目1', '项目2']) {
    const { spec } = sampleFormSpec({ sheet });
    await office.apply(templatePlan(spec, fake.sheetNames(), []));
  }
  const backend = createWorkbookBackend({
    host: office,
    queue: new OperationQueue(),
    locale: 'zh-CN',
    now: () => new Date('2024-03-01T08:00:00Z'),
    selectCells: async () => undefined,
    selectedAddress: async () => selection,
  });
  return { fake, backend };
}

test('the form on the sheet of the selection is the one recognised; the other is named', async () => {
  const { backend } = await twoForms('项目2!C14');
  const view = await backend.recognizeForm();
  expect(view.binding?.sheet).toBe('项目2');
  expect(view.binding?.indicators.where).toMatch(/^项目2!/);
  expect(view.otherSheets).toEqual(['项目1']);
});

test('a selection on a sheet without a form falls back to the first form', async () => {
  const { backend } = await twoForms(null);
  const view = await backend.recognizeForm();
  expect(view.binding?.sheet).toBe('项目1');
  expect(view.otherSheets).toEqual(['项目2']);
});

test('confirming defines the names over the chosen form, and recalculation scores it', async () => {
  const { fake, backend } = await twoForms("'项目2'!A1");
  const { binding } = await backend.recognizeForm();
  await backend.confirmForm(binding!);
  const view = await backend.recalculate('refuse');
  expect(view.kind).toBe('scored');
  const total = binding!.names.find((n) => n.name === 'Result_Total')!;
  expect(total.sheet).toBe('项目2');
  expect(fake.model.getCell('项目2', total.address)?.value).toBe(99.26);
  expect(fake.model.getCell('项目1', total.address)?.value ?? '').toBe('');
});

test('the check says which other sheets hold forms and how to score them', async () => {
  const { backend } = await twoForms('项目2!C14');
  const view = await backend.recognizeForm();
  const check = createElement(FormCheck, {
    sheet: view.binding!.sheet,
    parts: formParts(view.binding!),
    typed: 0,
    otherSheets: view.otherSheets,
    busy: false,
    onShow: () => undefined,
    onUseSelection: () => undefined,
    onConfirm: () => undefined,
  });
  const html = renderToStaticMarkup(
    createElement(LocaleContext.Provider, { value: 'zh-CN' }, check),
  );
  expect(html).toContain('识别到的表格：项目2');
  expect(html).toContain('本工作簿还有 1 张自评表（项目1）');
  expect(html).toContain('命令行 perfscore score 一次评完所有表');
});
