/**
 * The preview with `?client=officejs` in a real Chromium: the pane's Office code runs through
 * Microsoft's own Excel client library (served from our origin as dist/office-js/…, under the
 * page's Content-Security-Policy), each sync answered in the page by the wire interpreter on
 * the fake workbook. 重新计算 shows 99.26 优 in the pane and the sheet, as without the flag;
 * the syncs went through the library; no script error, no CSP violation, no request leaves
 * 127.0.0.1.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { buildTemplateSpec } from '../../src/workbook/template/build';
import { RESULTS, expectText, startSession, type Session } from './serve';

const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
const TOTAL = spec.names.find((n) => n.name === 'Result_Total')!.address;

let session: Session;
let page: Page;
const errors: string[] = [];
const requested: string[] = [];

declare global {
  interface Window {
    perfscoreWireViolations?: string[];
  }
}

beforeAll(async () => {
  session = await startSession('preview.html');
  page = await session.browser.context.newPage();
  await page.addInitScript(() => {
    window.perfscoreWireViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.perfscoreWireViolations!.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
});

afterAll(async () => {
  await session?.close();
});

test('重新计算 through the real Office.js client library shows 99.26 优 in the pane and the sheet', async () => {
  await page.goto(`${session.server.origin}/preview.html?client=officejs`);
  const button = page.getByRole('button', { name: '重新计算', exact: true });
  await button.waitFor();
  await page.waitForFunction(() => window.perfscorePreview?.wireSyncs() !== null);
  expect(requested).toContain('/office-js/excel-web-16.00.js');
  expect(await page.evaluate(() => typeof (window as unknown as { Excel?: unknown }).Excel)).toBe(
    'object',
  );
  const before = (await page.evaluate(() => window.perfscorePreview!.wireSyncs()))!;
  await button.click();
  await expectText(page.getByTestId('pane-total'), '99.26');
  await expectText(page.getByTestId('pane-grade'), '优');
  await expectText(page.getByTestId('sheet-grid').locator(`td[data-address="${TOTAL}"]`), '99.26');
  expect(
    await page.evaluate((a) => window.perfscorePreview!.cell('绩效自评表', a).value, TOTAL),
  ).toBe(99.26);
  // One read and one write, sent by the library and answered in the page.
  const after = (await page.evaluate(() => window.perfscorePreview!.wireSyncs()))!;
  expect(after - before).toBe(2);
  await page.screenshot({ path: path.join(RESULTS, 'preview-office-js.png') });
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => window.perfscoreWireViolations)).toEqual([]);
  expect(session.browser.blocked).toEqual([]);
});

test('without the flag the preview loads no Office.js library', async () => {
  requested.length = 0;
  const plain = await session.browser.context.newPage();
  plain.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await plain.goto(`${session.server.origin}/preview.html`);
  await plain.getByRole('button', { name: '重新计算', exact: true }).waitFor();
  expect(await plain.evaluate(() => window.perfscorePreview?.wireSyncs())).toBeNull();
  expect(requested.filter((p) => p.startsWith('/office-js/'))).toEqual([]);
  await plain.close();
});
