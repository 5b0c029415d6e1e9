/**
 * axe-core in the pages under test, their Content-Security-Policy left as it is: the script is
 * served from the page's own origin (a route of the test's browser, answered from
 * node_modules/axe-core), so `script-src 'self'` admits it as it admits the pages' own code;
 * axe then runs through page.evaluate.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_PATH = '/__test__/axe.min.js';
const AXE_SOURCE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');

/** Serves axe.min.js on `origin` to every page of the context (register after launchIsolated). */
export async function serveAxe(context: BrowserContext, origin: string): Promise<void> {
  const body = fs.readFileSync(AXE_SOURCE);
  await context.route(`${origin}${AXE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body }),
  );
}

/** One rule broken, with the elements that break it (their selectors and what axe says). */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

declare global {
  interface Window {
    axe?: {
      run: (
        context: Document,
        options: Record<string, unknown>,
      ) => Promise<{
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      }>;
    };
  }
}

/** Runs every axe rule (WCAG 2.x A/AA and best practices) on the page as it is now. */
export async function axeViolations(page: Page, origin: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) {
    await page.addScriptTag({ url: `${origin}${AXE_PATH}` });
  }
  return page.evaluate(async () => {
    const results = await window.axe!.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: n.failureSummary ?? '',
      })),
    }));
  });
}
