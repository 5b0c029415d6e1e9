'use strict';
// Bench line preview.interactive.ms: from launching Chromium to the preview's 重新计算 button
// being enabled (dist/preview.html, served from 127.0.0.1; every other host is blocked).
// Needs `npm run build` first.
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const DIST = path.resolve(__dirname, '../../dist');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function serve() {
  const server = http.createServer((request, response) => {
    const relative = decodeURIComponent(new URL(request.url, 'http://x').pathname).slice(1);
    const file = path.resolve(DIST, relative || 'preview.html');
    if (
      !file.startsWith(DIST + path.sep) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })),
  );
}

module.exports = async () => {
  if (!fs.existsSync(path.join(DIST, 'preview.html'))) {
    throw new Error('dist/preview.html is missing: run `npm run build` first');
  }
  const { server, port } = await serve();
  const origin = `http://127.0.0.1:${port}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bench-'));
  let context;
  try {
    const started = process.hrtime.bigint();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: ARGS,
      viewport: { width: 1440, height: 900 },
    });
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort(),
    );
    const page = context.pages()[0] || (await context.newPage());
    await page.goto(`${origin}/preview.html`);
    const button = page.getByRole('button', { name: '重新计算', exact: true });
    await button.waitFor({ state: 'visible', timeout: 30000 });
    while (!(await button.isEnabled())) await new Promise((r) => setTimeout(r, 10));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return [{ name: 'preview.interactive.ms', value: Math.round(ms), unit: 'ms' }];
  } finally {
    if (context) await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
};
