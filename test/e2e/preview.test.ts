/**
 * The preview (dist/preview.html) in a real Chromium: the task pane on the sample workbook in
 * the fake Excel. Recalculation shows 99.26 优 in the pane and in the sheet's Result cells; an
 * explanation lands in the reason cell and the open count drops; a reason beginning with "="
 * is stored as text; nothing leaves 127.0.0.1. Screenshots go to test-results/.
 */
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { buildTemplateSpec } from '../../src/workbook/template/build';
import { SAMPLE } from '../../src/workbook/template/sample';
import { RESULTS, eventually, expectText, withPreviewPage, type Session } from './serve';

const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
const SHEET = spec.layout.sheet;

function nameAddress(name: string): string {
  const found = spec.names.find((n) => n.name === name);
  if (!found) throw new Error(`the template defines no name ${name}`);
  return found.address;
}

function rowOf(indicator: string): number {
  const index = SAMPLE.indicators.findIndex((i) => i.name === indicator);
  if (index < 0) throw new Error(`the sample has no indicator ${indicator}`);
  return spec.layout.firstDataRow + index;
}

const gridCell = (page: Page, address: string) =>
  page.getByTestId('sheet-grid').locator(`td[data-address="${address}"]`);

let session: Session;
let page: Page;

withPreviewPage((opened, newPage) => {
  session = opened;
  page = newPage;
});

const shot = (name: string) =>
  page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: false });

test('the preview loads the sample workbook beside the pane', async () => {
  await page.goto(`${session.server.origin}/preview.html`);
  const button = page.getByRole('button', { name: '重新计算', exact: true });
  await expectEnabled(button);
  // The sample's inputs are in the grid; its outputs are still empty.
  await expectText(gridCell(page, `C${rowOf('全程网办事项比例')}`), '全程网办事项比例');
  expect((await gridCell(page, nameAddress('Result_Total')).textContent())?.trim()).toBe('');
  await shot('preview-1-loaded');
});

test('重新计算 shows 99.26 and 优 in the pane and in the sheet', async () => {
  await page.getByRole('button', { name: '重新计算', exact: true }).click();
  await expectText(page.getByTestId('pane-total'), '99.26');
  await expectText(page.getByTestId('pane-grade'), '优');
  await expectText(gridCell(page, nameAddress('Result_Total')), '99.26');
  await expectText(gridCell(page, nameAddress('Result_Grade')), '优');
  await expectText(gridCell(page, nameAddress('Result_ExecutionRate')), '97.95%');
  // The 得分 column of 全程网办事项比例 was written too.
  const scoreColumn = spec.layout.columns.score;
  await expectText(gridCell(page, `${scoreColumn}${rowOf('全程网办事项比例')}`), '9.46');
  await shot('preview-2-recalculated');
});

test('explaining the open item writes the reason cell and the open count drops', async () => {
  const open = page.getByTestId('deviations-open').getByTestId('deviation');
  const before = await open.count();
  expect(before).toBeGreaterThan(0);
  // The sample's one open item is the budget adjustment (全程网办事项比例 is already explained).
  const item = open.filter({ hasText: '预算执行' });
  await item.getByRole('button').first().click();
  const reason = '年中根据实际工作需要调减预算 24.81 万元。';
  await page.getByLabel('偏差原因分析').fill(reason);
  await shot('preview-3-editor');
  await page.getByRole('button', { name: '保存说明' }).click();
  await expectText(gridCell(page, nameAddress('Budget_Reason')), reason);
  await eventually(() => open.count(), before - 1);
  await expectText(page.getByTestId('pane-status'), '所有偏差均已说明');
  await shot('preview-4-annotated');
});

test('editing an explained item: a reason "=SUM(A1)" is stored as text, not a formula', async () => {
  const row = rowOf('全程网办事项比例');
  const reasonAddress = `${spec.layout.columns.reason}${row}`;
  const measuresAddress = `${spec.layout.columns.measures}${row}`;
  const item = page
    .getByTestId('deviations-explained')
    .getByTestId('deviation')
    .filter({ hasText: '全程网办事项比例' });
  await item.getByRole('button').first().click();
  await page.getByLabel('偏差原因分析').fill('=SUM(A1)');
  await page.getByLabel('改进措施').fill('+1 加强网办事项梳理');
  await page.getByRole('button', { name: '保存说明' }).click();
  await expectText(gridCell(page, reasonAddress), '=SUM(A1)');
  await expectText(gridCell(page, measuresAddress), '+1 加强网办事项梳理');
  const stored = await page.evaluate(
    ([sheet, address]) => window.perfscorePreview!.cell(sheet, address),
    [SHEET, reasonAddress] as const,
  );
  expect(stored).toEqual({ value: '=SUM(A1)', text: '=SUM(A1)', formula: null });
  expect(await gridCell(page, reasonAddress).getAttribute('data-formula')).toBe('');
  await shot('preview-5-formula-as-text');
});

test("the rule settings open in a dialog with the workbook's profile", async () => {
  await page.getByRole('button', { name: '评分规则设置' }).click();
  const dialog = page.getByRole('dialog', { name: '评分规则' });
  await dialog.waitFor({ state: 'visible', timeout: 15000 });
  expect(await dialog.getByLabel('规则方案').inputValue()).toBe('mof-2020');
  await shot('preview-6-settings');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 15000 });
});

test('the English pane: Recalculate gives the same result', async () => {
  const english = await session.browser.context.newPage();
  await english.goto(`${session.server.origin}/preview.html?lang=en-US`);
  await english.getByRole('button', { name: 'Recalculate', exact: true }).click();
  const total = english.getByTestId('pane-total');
  await eventually(
    async () => ((await total.count()) > 0 ? await total.textContent() : null),
    '99.26',
  );
  await english.screenshot({ path: path.join(RESULTS, 'preview-7-english.png') });
  await english.close();
});

test('a workbook without the names: the empty state, then 插入模板 creates the form', async () => {
  const blank = await session.browser.context.newPage();
  await blank.goto(`${session.server.origin}/preview.html?workbook=empty`);
  await blank.getByRole('button', { name: '重新计算', exact: true }).click();
  const emptyState = blank.getByTestId('empty-state');
  await emptyState.waitFor({ state: 'visible', timeout: 15000 });
  expect(await emptyState.textContent()).toContain('Indicators');
  await blank.screenshot({ path: path.join(RESULTS, 'preview-8-empty-state.png') });
  await emptyState.getByRole('button', { name: '插入模板' }).click();
  await emptyState.waitFor({ state: 'detached', timeout: 15000 });
  // The form's header row is now in the grid, on the template's sheet.
  const header = blank
    .getByTestId('sheet-grid')
    .locator(`td[data-address="C${spec.layout.headerRow}"]`);
  await eventually(
    async () => ((await header.count()) > 0 ? await header.textContent() : null),
    '三级指标',
  );
  await blank.screenshot({ path: path.join(RESULTS, 'preview-9-template-inserted.png') });
  await blank.close();
});

test('no request left 127.0.0.1', () => {
  expect(session.browser.blocked).toEqual([]);
});

async function expectEnabled(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 15000 });
  await eventually(() => locator.isEnabled(), true);
}
