/**
 * axe-core on the preview page (the task pane beside the sheet) in each state a user meets:
 * at the start, after 重新计算, with an explanation editor open, with the 评分规则 dialog open,
 * on the mid-year sample, with 识别表格's findings on a form without names, and in English. Every state has zero violations, on a desktop window
 * (pane beside the sheet) and at the pane's narrowest width of 320 px (pane above the sheet).
 * Screenshots of each state at 320 px and 450 px go to test-results/a11y-<state>-<width>.png.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { axeViolations, serveAxe } from './axe';
import { RESULTS, eventually, expectText, startSession, type Session } from './serve';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession('preview.html');
  await serveAxe(session.browser.context, session.server.origin);
  page = await session.browser.context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
});

afterAll(async () => {
  await session?.close();
});

const DESKTOP = { width: 1440, height: 900 };
const NARROW = [320, 450];

/**
 * axe on the page as it is, on a desktop window and at 320 px; screenshots at 320 and 450 px.
 * Returns the violations found (rule, elements), [] when clean.
 */
async function audit(state: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of [DESKTOP.width, ...NARROW]) {
    await page.setViewportSize(width === DESKTOP.width ? DESKTOP : { width, height: 900 });
    if (width !== 450) {
      for (const v of await axeViolations(page, session.server.origin)) {
        found.push(`${width}px ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(', ')}`);
      }
    }
    if (width !== DESKTOP.width) {
      // The whole page: the pane on top at this width, the sheet below it.
      await page.screenshot({
        path: path.join(RESULTS, `a11y-${state}-${width}.png`),
        fullPage: true,
      });
    }
  }
  await page.setViewportSize(DESKTOP);
  return found;
}

async function recalculate(name = '重新计算'): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await button.click();
  await page.getByTestId('pane-total').waitFor({ state: 'visible', timeout: 15000 });
  await eventually(() => button.isEnabled(), true);
}

test('the start: no violations', async () => {
  await page.goto(`${session.server.origin}/preview.html`);
  await page.getByRole('button', { name: '重新计算', exact: true }).waitFor();
  expect(await audit('start')).toEqual([]);
});

test('after 重新计算: no violations', async () => {
  await recalculate();
  await expectText(page.getByTestId('pane-total'), '99.26');
  expect(await audit('recalculated')).toEqual([]);
});

test('with an explanation editor open: no violations', async () => {
  await page
    .getByTestId('deviations-open')
    .getByTestId('deviation')
    .filter({ hasText: '预算执行' })
    .getByRole('button')
    .first()
    .click();
  await page.getByLabel('偏差原因分析').fill('年中根据实际工作需要调减预算。');
  expect(await audit('editor')).toEqual([]);
});

test('with the 评分规则 dialog open: no violations', async () => {
  await page.getByRole('button', { name: '评分规则设置' }).click();
  const dialog = page.getByRole('dialog', { name: '评分规则' });
  await dialog.waitFor({ state: 'visible', timeout: 15000 });
  expect(await audit('dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden', timeout: 15000 });
});

test('the mid-year sample after 重新计算: no violations', async () => {
  await page.goto(`${session.server.origin}/preview.html?sample=midyear`);
  await recalculate();
  await page.getByTestId('pane-lights').waitFor();
  expect(await audit('midyear')).toEqual([]);
});

test('a form without names (识别表格 showing what it found): no violations', async () => {
  await page.goto(`${session.server.origin}/preview.html?sample=form`);
  await page.getByRole('button', { name: '重新计算', exact: true }).click();
  await page.getByRole('button', { name: '识别表格' }).click();
  await page.getByTestId('form-summary').waitFor({ timeout: 15000 });
  expect(await audit('form')).toEqual([]);
});

test('in English after Recalculate: no violations', async () => {
  await page.goto(`${session.server.origin}/preview.html?lang=en-US`);
  await recalculate('Recalculate');
  expect(await audit('english')).toEqual([]);
});
