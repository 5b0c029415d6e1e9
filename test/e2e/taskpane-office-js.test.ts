/**
 * The production task pane page (dist/taskpane.html) with the real office.js: the page loads
 * office.js from Microsoft's CDN, which this test serves from the @microsoft/office-js package
 * instead, so nothing leaves the machine. Outside Excel, Office.onReady fires without a host: the
 * page must say, under its Content-Security-Policy and without script errors, where it works.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  launchIsolated,
  requireBuild,
  serveDist,
  type IsolatedBrowser,
  type StaticServer,
} from './serve';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/package.json'));

let server: StaticServer;
let browser: IsolatedBrowser;
const served: string[] = [];

beforeAll(async () => {
  requireBuild('taskpane.html');
  server = await serveDist();
  browser = await launchIsolated(server.origin);
  // Registered last, so it runs before the catch-all that blocks other hosts.
  await browser.context.route(`${CDN}**`, (route) => {
    const url = new URL(route.request().url());
    const file = path.join(OFFICE_JS, 'dist', url.pathname.slice('/lib/1/hosted/'.length));
    if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    served.push(url.pathname);
    return route.fulfill({
      status: 200,
      contentType: 'text/javascript; charset=utf-8',
      body: fs.readFileSync(file),
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('boots with the real office.js and, outside Excel, says where the add-in works', async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const violations: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${server.origin}/taskpane.html`);
  // Outside Excel, Office.onReady fires without a host: the page says where it works.
  const notice = page.getByText('请在 Excel 中使用绩效自评助手');
  await notice.waitFor({ timeout: 30000 });
  await page.getByText('preview.html').waitFor();
  expect(served).toContain('/lib/1/hosted/office.js');
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  expect(browser.blocked).toEqual([]);
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
    path: path.resolve(__dirname, '../../test-results/taskpane-office-js.png'),
  });
});
