/**
 * Parts of the pane that load their code the first time they show (src/taskpane/on-demand.tsx),
 * in a real Chromium on the preview: when that code cannot be downloaded the pane says so in its
 * usual error notice (操作未完成) and stays usable, never blank; asked for again, the part loads.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { readReport } from '../../scripts/build/weight';
import { DIST, withPreviewPage, type Session } from './serve';

let session: Session;
let page: Page;

/** The on-demand file of the preview page that carries `marker` (a text only that part has). */
function chunkWith(marker: string): string {
  const files = readReport().pages['preview.html'].onDemand.filter((file: string) =>
    fs.readFileSync(path.join(DIST, file), 'utf8').includes(marker),
  );
  expect(files).toHaveLength(1);
  return files[0];
}

withPreviewPage((opened, newPage) => {
  session = opened;
  page = newPage;
});

test('the settings dialog whose code cannot load gives the error notice, then opens once it can', async () => {
  // The settings dialog's hint (pane.settings.hint) is in its chunk only.
  const chunk = chunkWith('留空表示采用方案默认值');
  const blocked = `${session.server.origin}/${chunk}`;
  await page.route(blocked, (route) => route.abort('internetdisconnected'));
  let asked = 0;
  page.on('request', (request) => {
    if (request.url() === blocked) asked += 1;
  });
  await page.goto(`${session.server.origin}/preview.html`);
  const open = page.getByRole('button', { name: '评分规则设置', exact: true });
  await open.click();

  const alert = page.getByRole('alert').filter({ hasText: '操作未完成' });
  await alert.waitFor({ state: 'visible', timeout: 15000 });
  expect(await page.getByRole('dialog', { name: '评分规则' }).count()).toBe(0);
  // The pane is all there and usable.
  expect(await page.getByRole('button', { name: '重新计算', exact: true }).isEnabled()).toBe(true);
  expect(await open.isEnabled()).toBe(true);
  // Asked for once, not again and again.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(asked).toBe(1);

  // The network is back: the same button loads the dialog.
  await page.unroute(blocked);
  await open.click();
  const dialog = page.getByRole('dialog', { name: '评分规则' });
  await dialog.waitFor({ state: 'visible', timeout: 15000 });
  expect(await dialog.textContent()).toContain('留空表示采用方案默认值');
});

test('an explanation editor whose code cannot load closes its line with the error notice, then opens once it can', async () => {
  // The editor's restored-draft notice (pane.editor.draftRestored) is in its chunk only.
  const chunk = chunkWith('已恢复未保存的草稿。');
  const blocked = `${session.server.origin}/${chunk}`;
  await page.route(blocked, (route) => route.abort('internetdisconnected'));
  await page.goto(`${session.server.origin}/preview.html`);
  const recalculate = page.getByRole('button', { name: '重新计算', exact: true });
  await recalculate.click();
  const line = page
    .getByTestId('deviations-open')
    .getByTestId('deviation')
    .filter({ hasText: '预算执行' });
  const opener = line.getByRole('button').first();
  await opener.click();

  const alert = page.getByRole('alert').filter({ hasText: '操作未完成' });
  await alert.waitFor({ state: 'visible', timeout: 15000 });
  // The line is closed again, the rest of the pane is there and usable.
  expect(await opener.getAttribute('aria-expanded')).toBe('false');
  expect(await page.getByTestId('pane-total').textContent()).toContain('99.26');
  expect(await recalculate.isEnabled()).toBe(true);

  await page.unroute(blocked);
  await opener.click();
  const reason = page.getByLabel('偏差原因分析');
  await reason.waitFor({ state: 'visible', timeout: 15000 });
  expect(await opener.getAttribute('aria-expanded')).toBe('true');
});
