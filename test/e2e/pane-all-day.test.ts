/**
 * The pane as an accountant uses it all day, in Chromium on the preview: a reason being typed
 * survives 重新计算, 撤销上次计算 and a reload (a draft per workbook and row until saved or
 * discarded); the whole flow works by keyboard alone (focus into what opens and back to what
 * opened it, Esc closes); the 评分规则 dialog names every key in words with its choices; long
 * text stops at Excel's cell limit and is shown clamped; the English pane shows grades in
 * English while the sheet keeps 优; the mid-year sample agrees with its own audit; the grid
 * shows every cell's whole text. Screenshots go to test-results/all-day-*.png.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { buildTemplateSpec } from '../../src/workbook/template/build';
import { RESULTS, eventually, expectText, startSession, type Session } from './serve';

const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
const SHEET = spec.layout.sheet;
const BUDGET_REASON = spec.names.find((n) => n.name === 'Budget_Reason')!.address;
const RESULT_GRADE = spec.names.find((n) => n.name === 'Result_Grade')!.address;

let session: Session;

beforeAll(async () => {
  session = await startSession('preview.html');
});

afterAll(async () => {
  await session?.close();
});

async function open(query = ''): Promise<Page> {
  const page = await session.browser.context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${session.server.origin}/preview.html${query}`);
  await page.getByRole('button', { name: /^(重新计算|Recalculate)$/ }).waitFor();
  return page;
}

async function recalculate(page: Page, name = '重新计算'): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await eventually(() => button.isEnabled(), true);
  await button.click();
  await page.getByTestId('pane-total').waitFor({ state: 'visible', timeout: 15000 });
  await eventually(() => button.isEnabled(), true);
}

const budgetLine = (page: Page) =>
  page.getByTestId('deviation').filter({ hasText: '预算执行' }).first();

const sheetValue = (page: Page, address: string) =>
  page.evaluate(([sheet, cell]) => window.perfscorePreview!.cell(sheet, cell).text, [
    SHEET,
    address,
  ] as const);

/** What has the focus: its data-focus-key, accessible label or text, and tag. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return {
      key: el?.dataset.focusKey ?? null,
      tag: el?.tagName.toLowerCase() ?? '',
      text: (label ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab (or Shift+Tab) until `wanted` has the focus; fails after 80 presses. */
async function tabTo(
  page: Page,
  wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  backwards = false,
): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (wanted(await focused(page))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`never reached by Tab; last focused: ${JSON.stringify(await focused(page))}`);
}

test('a reason being typed survives 重新计算, 撤销上次计算 and a reload, until it is saved', async () => {
  const page = await open();
  await recalculate(page);
  await budgetLine(page).getByRole('button').first().click();
  const reason = '年中根据实际工作需要调减预算 24.81 万元，';
  await page.getByLabel('偏差原因分析').fill(reason);

  // 重新计算 with the editor open: the editor and its text stay.
  await recalculate(page);
  expect(await page.getByLabel('偏差原因分析').inputValue()).toBe(reason);

  // 撤销上次计算: the figures go, the text is kept as a draft and said so.
  await page.getByRole('button', { name: '撤销上次计算' }).click();
  await page.getByText('已保留为草稿', { exact: false }).first().waitFor({ timeout: 15000 });
  await recalculate(page);
  await budgetLine(page).getByTestId('draft-badge').waitFor();
  await budgetLine(page).getByRole('button').first().click();
  expect(await page.getByLabel('偏差原因分析').inputValue()).toBe(reason);
  await page.screenshot({ path: path.join(RESULTS, 'all-day-1-draft-restored.png') });

  // A reload (the pane closed and opened again): the draft waits, per workbook and row.
  await page.reload();
  await page.getByText('未保存的说明草稿', { exact: false }).waitFor();
  await recalculate(page);
  await budgetLine(page).getByRole('button').first().click();
  expect(await page.getByLabel('偏差原因分析').inputValue()).toBe(reason);

  // Another sample is another workbook: its budget line has no draft.
  const other = await open('?sample=published');
  await recalculate(other);
  expect(await budgetLine(other).getByTestId('draft-badge').count()).toBe(0);
  await other.close();

  // Saved: in the cell, and no longer a draft after a reload.
  await page.getByLabel('偏差原因分析').fill(`${reason}完成节约。`);
  await page.getByRole('button', { name: '保存说明' }).click();
  await eventually(() => sheetValue(page, BUDGET_REASON), `${reason}完成节约。`);
  await page.reload();
  await recalculate(page);
  expect(await page.getByTestId('draft-badge').count()).toBe(0);
  expect(await page.getByText('未保存的说明草稿', { exact: false }).count()).toBe(0);
  await page.close();
});

test('放弃草稿 goes back to what the sheet holds', async () => {
  const page = await open('?sample=midyear');
  await recalculate(page);
  const line = page.getByTestId('deviation').first();
  await line.getByRole('button').first().click();
  const box = page.getByLabel('偏差原因分析');
  const saved = await box.inputValue();
  await box.fill('临时想法');
  await page.getByRole('button', { name: '放弃草稿' }).click();
  expect(await box.inputValue()).toBe(saved);
  await page.reload();
  expect(await page.getByText('未保存的说明草稿', { exact: false }).count()).toBe(0);
  await page.close();
});

test('the whole flow by keyboard alone: recalculate, explain, save, undo, the rules dialog', async () => {
  const page = await open('?sample=published');
  await page.locator('body').focus();
  await tabTo(page, (f) => f.key === 'recalculate');
  await page.keyboard.press('Enter');
  await page.getByTestId('pane-total').waitFor({ timeout: 15000 });

  // Enter on a line opens its editor with the focus in the reason box.
  await tabTo(page, (f) => f.key === 'budget');
  await page.keyboard.press('Enter');
  await eventually(async () => (await focused(page)).text, '偏差原因分析*');
  // Esc closes the editor: the focus is back on the line, the text kept as its draft.
  await page.keyboard.type('年中调减预算，');
  await page.keyboard.press('Escape');
  await eventually(async () => (await focused(page)).key, 'budget');
  await budgetLine(page).getByTestId('draft-badge').waitFor();
  // Space opens it again, with the draft.
  await page.keyboard.press('Space');
  await eventually(async () => (await focused(page)).text, '偏差原因分析*');
  await page.keyboard.press('End');
  await page.keyboard.type('完成节约。');
  await tabTo(page, (f) => f.text === '保存说明');
  await page.keyboard.press('Enter');
  await eventually(() => sheetValue(page, BUDGET_REASON), '年中调减预算，完成节约。');
  // The saved line keeps the focus.
  await eventually(async () => (await focused(page)).key, 'budget');

  await tabTo(page, (f) => f.text === '撤销上次计算', true);
  await page.keyboard.press('Enter');
  await page.getByText('已撤销', { exact: false }).first().waitFor({ timeout: 15000 });

  await tabTo(page, (f) => f.key === 'settings', true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '评分规则' });
  await dialog.waitFor({ state: 'visible', timeout: 15000 });
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await eventually(async () => (await focused(page)).key, 'settings');

  // Closed by its 关闭 button, by keyboard: the same.
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'visible', timeout: 15000 });
  await tabTo(page, (f) => f.text === '关闭');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  await eventually(async () => (await focused(page)).key, 'settings');
  await page.close();
});

test('the 评分规则 dialog names each key in words, with the raw key beside it and choices', async () => {
  for (const [query, label, key, choice] of [
    ['', '执行率分母', 'executionDenominator', '全年预算数（final）'],
    ['?lang=en-US', 'Execution rate denominator', 'executionDenominator', 'Final budget (final)'],
  ] as const) {
    const page = await open(query);
    await page.getByRole('button', { name: /评分规则设置|Scoring rule settings/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible', timeout: 15000 });
    const select = dialog.getByLabel(label);
    expect(await select.evaluate((el) => el.tagName)).toBe('SELECT');
    expect(await select.locator('option').allTextContents()).toContain(choice);
    expect(await dialog.getByText(key, { exact: true }).count()).toBe(1);
    // No field is labelled by its raw key alone.
    const labels = await dialog.locator('label').allTextContents();
    for (const text of labels) expect(text).not.toMatch(/^[a-zA-Z]+$/);
    await page.screenshot({ path: path.join(RESULTS, `all-day-2-rules${query ? '-en' : ''}.png`) });
    await page.close();
  }
});

test('long text: a counter near the limit, a stop at 32,767 characters, cards clamped', async () => {
  const page = await open();
  await recalculate(page);
  await budgetLine(page).getByRole('button').first().click();
  const box = page.getByLabel('偏差原因分析');
  await box.fill('预'.repeat(31000));
  await expectText(page.getByTestId('char-count'), '已输入 31,000 / 32,767 个字符');
  await box.fill('超'.repeat(34000));
  expect((await box.inputValue()).length).toBe(32767);
  expect(await page.getByTestId('char-limit').textContent()).toContain('1,233');

  // A 5,000-character reason is saved whole, and its card shows only the first lines.
  const long = `${'因年中预算调整，'.repeat(625)}`;
  await box.fill(long);
  await page.getByRole('button', { name: '保存说明' }).click();
  await eventually(async () => (await sheetValue(page, BUDGET_REASON)).length, long.length);
  const preview = budgetLine(page).getByTestId('reason-preview');
  await preview.waitFor();
  const clamped = await preview.evaluate((el) => el.getBoundingClientRect().height);
  expect(clamped).toBeLessThan(80);
  await page.screenshot({ path: path.join(RESULTS, 'all-day-3-long-clamped.png') });
  await budgetLine(page).getByRole('button', { name: '展开全文' }).click();
  const expanded = await preview.evaluate((el) => el.getBoundingClientRect().height);
  expect(expanded).toBeGreaterThan(clamped * 5);
  await budgetLine(page).getByRole('button', { name: '收起' }).click();
  await page.close();
});

test('in English the grade reads Excellent in the pane while the sheet keeps 优', async () => {
  const page = await open('?lang=en-US');
  await recalculate(page, 'Recalculate');
  await expectText(page.getByTestId('pane-grade'), 'Excellent');
  expect(await sheetValue(page, RESULT_GRADE)).toBe('优');
  await page.close();
});

test('the mid-year sample agrees with its own audit: no 预算明细 finding', async () => {
  const page = await open('?sample=midyear');
  await recalculate(page);
  await page.getByTestId('pane-lights').waitFor();
  // The seed's own note on its level-1 weights (10/55/25/10) stays; nothing on its figures.
  const audit = page.getByRole('region', { name: /核对提示/ });
  const said = (await audit.count()) > 0 ? await audit.textContent() : '';
  expect(said).not.toContain('预算明细');
  expect(said).not.toContain('183.99');
  await page.close();
});

test('the grid shows every cell whole: no text cut off, row 13 included', async () => {
  const page = await open();
  await recalculate(page);
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="sheet-grid"] td')]
      .filter((td) => td.scrollHeight > td.clientHeight + 1 || td.scrollWidth > td.clientWidth + 1)
      .map((td) => td.dataset.address),
  );
  expect(cut).toEqual([]);
  const row13 = page.locator('[data-testid="sheet-grid"] tr[data-row="13"]');
  await row13.scrollIntoViewIfNeeded();
  await row13.screenshot({ path: path.join(RESULTS, 'all-day-4-row-13.png') });
  await page.close();
});
