/**
 * A tiny static file server for dist/ on 127.0.0.1 (a free port), and a Chromium that may talk
 * to nothing else: every request to another origin is aborted and recorded. Also what the
 * end-to-end tests share: a test file's session (both, started and closed together), office.js
 * served from its npm package in place of Microsoft's CDN, and polling assertions.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const DIST = path.resolve(__dirname, '../../dist');
export const RESULTS = path.resolve(__dirname, '../../test-results');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Fails (does not skip) when the build is missing. */
export function requireBuild(page: string): void {
  const file = path.join(DIST, page);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${file} is missing: the end-to-end tests need the production build. Run \`npm run build\` first (\`npm test\` does).`,
    );
  }
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export function serveDist(): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'preview.html';
    const file = path.resolve(DIST, relative);
    if (
      !file.startsWith(DIST + path.sep) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface IsolatedBrowser {
  context: BrowserContext;
  /** Requests that tried to leave the origin (aborted). */
  blocked: string[];
  close: () => Promise<void>;
}

/** Chromium with a fresh profile whose only reachable origin is `origin`. */
export async function launchIsolated(origin: string): Promise<IsolatedBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Session {
  server: StaticServer;
  browser: IsolatedBrowser;
  close: () => Promise<void>;
}

/**
 * A test file's beforeAll and afterAll for tests on the preview page: a session and a new page
 * of it, on which an uncaught page error fails the test; `use` is given both once they are open.
 */
export function withPreviewPage(use: (session: Session, page: Page) => void): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession('preview.html');
    const page = await session.browser.context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    use(session, page);
  });
  afterAll(async () => {
    await session?.close();
  });
}

/**
 * For a test file's beforeAll: fails when a page of the build is missing, makes RESULTS (for
 * screenshots), serves dist/ and launches the isolated Chromium on it.
 */
export async function startSession(...pages: string[]): Promise<Session> {
  for (const page of pages) requireBuild(page);
  fs.mkdirSync(RESULTS, { recursive: true });
  const server = await serveDist();
  let browser: IsolatedBrowser;
  try {
    browser = await launchIsolated(server.origin);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Where the pages load office.js from. */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/package.json'));

/**
 * Serves office.js (and the scripts it loads) from the @microsoft/office-js package to every
 * page of the context, so that nothing leaves the machine; `served` collects the paths asked
 * for. Register it after launchIsolated: the last route registered runs first, before the
 * catch-all that blocks other hosts.
 */
export async function serveOfficeJs(context: BrowserContext, served: string[] = []): Promise<void> {
  await context.route(`${OFFICE_JS_CDN}**`, (route) => {
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
}

// Small polling helpers (Playwright's own expect is not part of playwright-core).
/** Waits until `read()` gives `expected` (or the timeout), then asserts it. */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  timeout = 15000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  expect(value).toBe(expected);
}

/** Waits until the first element of `locator` shows `text` (trimmed), then asserts it. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  await eventually(
    async () =>
      (await locator.count()) > 0 ? (await locator.first().textContent())?.trim() : null,
    text,
  );
}
