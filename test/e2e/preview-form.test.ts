/**
 * 识别表格 in the preview (?sample=form: the seed typed into the MOF 项目支出绩效自评表, no
 * names) in Chromium: the pane finds the form and says what it found, one part is moved onto
 * a range picked in the sheet and back, 确认并定义名称 defines the names without changing a
 * cell, 重新计算 then scores 99.26 优 into the form's own cells, an explanation lands in the
 * row's merged 偏差原因分析及改进措施 cell, and the budget line (the form has no cell for its
 * explanation) says how to add one. Screenshots: test-results/form-*.png.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { sampleFormSpec } from '../../src/workbook/forms/sample-form';
import { SAMPLE } from '../../src/workbook/template/sample';
import { RESULTS, eventually, expectText, withPreviewPage, type Session } from './serve';

const { layout } = sampleFormSpec();
const SHEET = layout.sheet;
const TOTAL = `H${layout.totalRow}`;

let session: Session;
let page: Page;

withPreviewPage((opened, newPage) => {
  session = opened;
  page = newPage;
});

const gridCell = (address: string) =>
  page.getByTestId('sheet-grid').locator(`td[data-address="${address}"]`);

const cellText = (address: string) =>
  page.evaluate(([sheet, cell]) => window.perfscorePreview!.cell(sheet, cell).text, [
    SHEET,
    address,
  ] as const);

/** Every cell's text in the grid, to compare before and after. */
const gridTexts = () =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="sheet-grid"] td')].map(
      (td) => `${td.dataset.address}=${td.textContent}`,
    ),
  );

test('识别表格 says what it found: the budget row, the table with its rows, the total', async () => {
  await page.goto(`${session.server.origin}/preview.html?sample=form`);
  await page.getByRole('button', { name: '重新计算', exact: true }).click();
  const empty = page.getByTestId('empty-state');
  await empty.waitFor({ state: 'visible', timeout: 15000 });
  await empty.getByRole('button', { name: '识别表格' }).click();
  const summary = page.getByTestId('form-summary');
  await summary.waitFor({ timeout: 15000 });
  const said = (await summary.textContent()) ?? '';
  expect(said).toContain(`预算：${SHEET}!D${layout.budgetRow}:`);
  expect(said).toContain(`绩效指标：${SHEET}!`);
  expect(said).toContain(`，${SAMPLE.indicators.length} 项`);
  expect(said).toContain(`总分：${SHEET}!${TOTAL}`);
  await page.screenshot({ path: path.join(RESULTS, 'form-1-recognised.png') });
});

test('one part moved onto a range picked in the sheet (用所选区域), and back', async () => {
  const summary = page.getByTestId('form-summary');
  await gridCell(`G${layout.totalRow}`).click();
  await page.getByRole('button', { name: '总分用所选区域' }).click();
  await eventually(
    async () => (await summary.textContent())?.includes(`总分：${SHEET}!G${layout.totalRow}`),
    true,
  );
  await gridCell(TOTAL).click();
  await page.getByRole('button', { name: '总分用所选区域' }).click();
  await eventually(
    async () => (await summary.textContent())?.includes(`总分：${SHEET}!${TOTAL}`),
    true,
  );
});

test('确认并定义名称 defines the names and changes no cell; 重新计算 then scores 99.26 优', async () => {
  const before = await gridTexts();
  await page.getByRole('button', { name: '确认并定义名称' }).click();
  await page.getByTestId('empty-state').waitFor({ state: 'detached', timeout: 15000 });
  await page.getByText('表格中的单元格未改动', { exact: false }).waitFor();
  expect(await gridTexts()).toEqual(before);

  await page.getByRole('button', { name: '重新计算', exact: true }).click();
  await expectText(page.getByTestId('pane-total'), '99.26');
  await expectText(page.getByTestId('pane-grade'), '优');
  // Into the form's own total cell.
  await eventually(() => cellText(TOTAL), '99.26');
  await page.screenshot({ path: path.join(RESULTS, 'form-2-recalculated.png') });
});

test("an explanation lands in the row's merged 偏差原因分析及改进措施 cell", async () => {
  const index = SAMPLE.indicators.findIndex((i) => i.name === '全年办件数量');
  const row = layout.indicatorRows[index];
  const line = page.getByTestId('deviation').filter({ hasText: '全年办件数量' }).first();
  await line.getByRole('button').first().click();
  await page.getByLabel('偏差原因分析').fill('网办渠道拓宽，办件量超出预期');
  await page.getByLabel('改进措施').fill('合理提高下年度目标');
  await page.getByRole('button', { name: '保存说明' }).click();
  // As the forms print it.
  await eventually(
    () => cellText(`I${row}`),
    '偏差原因：网办渠道拓宽，办件量超出预期；改进措施：合理提高下年度目标',
  );
  // The merged cell keeps its merge: one cell spanning I:J in the grid.
  expect(await gridCell(`I${row}`).getAttribute('colspan')).toBe('2');
  await page.screenshot({ path: path.join(RESULTS, 'form-3-annotated.png') });
});

test('the MOF form has no cell for the budget explanation: its line says how to add one', async () => {
  const line = page.getByTestId('deviation').filter({ hasText: '预算执行' }).first();
  await line.getByRole('button').first().click();
  const note = line.getByTestId('no-place');
  await note.waitFor({ timeout: 15000 });
  expect(await note.textContent()).toContain('把它命名为“预算偏差说明”');
  expect(await line.getByLabel('偏差原因分析').count()).toBe(0);
  await page.screenshot({ path: path.join(RESULTS, 'form-4-no-budget-cell.png') });
  await note.getByRole('button', { name: '关闭' }).click();
  await note.waitFor({ state: 'detached' });
});

test('a workbook with no table: 识别表格 says what is missing and writes nothing', async () => {
  const blank = await session.browser.context.newPage();
  await blank.goto(`${session.server.origin}/preview.html?workbook=empty`);
  await blank.getByRole('button', { name: '重新计算', exact: true }).click();
  await blank.getByRole('button', { name: '识别表格' }).click();
  const problems = blank.getByTestId('form-problems');
  await problems.waitFor({ timeout: 15000 });
  expect(await problems.textContent()).toContain('三级指标');
  expect(await blank.getByTestId('form-check').count()).toBe(0);
  await expectText(blank.getByTestId('write-count'), '已写入 0 次');
  await blank.screenshot({ path: path.join(RESULTS, 'form-5-no-table.png') });
  await blank.close();
});

test('no request left 127.0.0.1', () => {
  expect(session.browser.blocked).toEqual([]);
});
