/**
 * The production task pane page (dist/taskpane.html) with the real office.js: the page loads
 * office.js from Microsoft's CDN, which this test serves from the @microsoft/office-js package
 * instead, so nothing leaves the machine. Outside Excel, Office.onReady fires without a host: the
 * page must say, under its Content-Security-Policy and without script errors, where it works.
 */
import * as path from 'path';
import { RESULTS, serveOfficeJs, startSession, type Session } from './serve';

let session: Session;
const served: string[] = [];

beforeAll(async () => {
  session = await startSession('taskpane.html');
  await serveOfficeJs(session.browser.context, served);
});

afterAll(async () => {
  await session?.close();
});

it('boots with the real office.js and, outside Excel, says where the add-in works', async () => {
  const page = await session.browser.context.newPage();
  const errors: string[] = [];
  const violations: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${session.server.origin}/taskpane.html`);
  // Outside Excel, Office.onReady fires without a host: the page says where it works.
  const notice = page.getByText('请在 Excel 中使用绩效自评助手');
  await notice.waitFor({ timeout: 30000 });
  await page.getByText('preview.html').waitFor();
  expect(served).toContain('/lib/1/hosted/office.js');
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  expect(session.browser.blocked).toEqual([]);
  // The static style sheets apply: Fluent's font from the theme, the notice's styled box.
  const look = await notice.evaluate((element) => {
    const box = element.closest('[role="status"], [role="alert"]') ?? element.parentElement!;
    return {
      font: getComputedStyle(document.body).fontFamily,
      radius: getComputedStyle(box).borderRadius,
    };
  });
  expect(look.font).toMatch(/Segoe UI/);
  expect(look.radius).not.toBe('0px');
  await page.screenshot({
    path: path.join(RESULTS, 'taskpane-office-js.png'),
  });
});
