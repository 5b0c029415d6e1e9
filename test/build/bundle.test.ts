/**
 * Weight and safety of the production build (dist/ from `npm run build`, which `npm test` runs
 * before jest): what the task pane page loads, source maps, polyfills, eval, the CSP.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DIST, pageWeight, readReport } from '../../scripts/build/weight';
import { LIBRARY_FILE } from '../../scripts/office-wire';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const BUDGET_KB = 150;

interface Tag {
  name: string;
  attributes: Record<string, string>;
  index: number;
}

/** The <script> and <meta> tags of a page, quoted or unquoted attributes (minified HTML). */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<(script|meta)\b([^>]*)>/gi)) {
    const attributes: Record<string, string> = {};
    for (const a of m[2].matchAll(/([\w:-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
      const raw = a[2] ?? '';
      attributes[a[1].toLowerCase()] = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    }
    out.push({ name: m[1].toLowerCase(), attributes, index: m.index ?? 0 });
  }
  return out;
}

function page(name: string): { html: string; tags: Tag[] } {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  const html = fs.readFileSync(file, 'utf8');
  return { html, tags: tags(html) };
}

function scripts(name: string): string[] {
  return page(name)
    .tags.filter((t) => t.name === 'script')
    .map((t) => t.attributes.src);
}

/** The policy of a page's CSP <meta>, as directive → sources. */
function policy(name: string): Map<string, string[]> {
  const { tags: all } = page(name);
  const metas = all.filter(
    (t) =>
      t.name === 'meta' && t.attributes['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  expect(metas).toHaveLength(1);
  // A <meta> policy only covers what comes after it: it must precede every script.
  const firstScript = all.find((t) => t.name === 'script');
  if (firstScript) expect(metas[0].index).toBeLessThan(firstScript.index);
  return new Map(
    metas[0].attributes.content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0], parts.slice(1)] as [string, string[]]),
  );
}

function distFiles(dir = DIST): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? distFiles(full) : [path.relative(DIST, full)];
  });
}

/** Microsoft's Excel client library, copied as it is for the preview's ?client=officejs. */
const OFFICE_WIRE_DIR = `office-js${path.sep}`;

/** Our bundles (not Microsoft's library, which is checked for what the CSP refuses only). */
const jsFiles = () =>
  distFiles().filter((f) => f.endsWith('.js') && !f.startsWith(OFFICE_WIRE_DIR));

test('dist holds the pages, the manifest, the shortcuts and the icons', () => {
  const files = distFiles();
  for (const expected of [
    'taskpane.html',
    'preview.html',
    'manifest.xml',
    'shortcuts.json',
    'assets/icon-16.png',
    'assets/icon-32.png',
    'assets/icon-64.png',
    'assets/icon-80.png',
    'assets/icon-128.png',
  ]) {
    expect(files).toContain(expected);
  }
  expect(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8')).toBe(
    fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8'),
  );
});

test('the task pane page is the shared runtime: office.js, then the commands, then the pane', () => {
  const srcs = scripts('taskpane.html');
  expect(srcs[0]).toBe(OFFICE_JS);
  const report = readReport();
  expect(srcs.slice(1)).toEqual(report.pages['taskpane.html'].initial.map((f) => `/${f}`));
  expect(srcs[1]).toMatch(/^\/commands\.[0-9a-f]{8}\.js$/);
  expect(srcs[2]).toMatch(/^\/taskpane\.[0-9a-f]{8}\.js$/);
  for (const src of srcs.slice(1)) expect(fs.existsSync(path.join(DIST, src))).toBe(true);
});

test('the preview page loads no office.js, only our own scripts', () => {
  const srcs = scripts('preview.html');
  expect(srcs.length).toBeGreaterThan(0);
  for (const src of srcs) expect(src).toMatch(/^\/[\w.-]+\.js$/);
  expect(page('preview.html').html).not.toContain('appsforoffice');
});

test(`the JavaScript the task pane page loads when it opens is at most ${BUDGET_KB} KB gzip`, () => {
  // What the page loads from our origin when Excel opens it (office.js comes from Microsoft's
  // CDN). The chunks of 插入模板, 生成报告文字 and 生成评价结果 load only when those are used
  // (listed, not counted: `npm run bench` prints the total of every chunk too).
  const weight = pageWeight('taskpane.html');
  const detail = weight.files
    .map(
      (f) => `${f.file}${f.onDemand ? ' (on demand)' : ''}: ${(f.gzipBytes / 1024).toFixed(1)} KB`,
    )
    .join(', ');
  const initialBytes = weight.files
    .filter((f) => !f.onDemand)
    .reduce((sum, f) => sum + f.gzipBytes, 0);
  expect(weight.files.filter((f) => !f.onDemand).map((f) => f.file.split('.')[0])).toEqual([
    'commands',
    'taskpane',
  ]);
  if (initialBytes > BUDGET_KB * 1024) {
    throw new Error(
      `task pane page loads ${weight.initialGzipKB} KB gzip when it opens (> ${BUDGET_KB}): ${detail}`,
    );
  }
});

test('the template, the report and the results sheet are on-demand chunks of the pane', () => {
  const weight = pageWeight('taskpane.html');
  const onDemand = weight.files.filter((f) => f.onDemand);
  const code = onDemand.map((f) => fs.readFileSync(path.join(DIST, f.file), 'utf8')).join('\n');
  const initial = weight.files
    .filter((f) => !f.onDemand)
    .map((f) => fs.readFileSync(path.join(DIST, f.file), 'utf8'))
    .join('\n');
  // A text only each feature's code carries (the template's sheet note, the report's
  // indicator paragraph, the results sheet's chart name).
  for (const marker of ['白色单元格由填报人填写', '该指标预期指标值为', 'PerfScore指标完成率']) {
    expect([marker, code.includes(marker), initial.includes(marker)]).toEqual([
      marker,
      true,
      false,
    ]);
  }
});

test('styles are static files from our origin: the theme first, then the extracted rules', () => {
  for (const name of ['taskpane.html', 'preview.html']) {
    const { html } = page(name);
    const sheets = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/gi)].map(
      (m) => /href=["']?([^"'\s>]+)/.exec(m[0])?.[1] ?? '',
    );
    expect([name, sheets.map((href) => href.replace(/\.[0-9a-f]{8}\.css$/, '.css'))]).toEqual([
      name,
      ['/theme.css', '/griffel.css'],
    ]);
    for (const href of sheets) {
      const css = fs.readFileSync(path.join(DIST, href), 'utf8');
      expect(css.length).toBeGreaterThan(1000);
    }
    // The theme defines the variables the extracted rules use.
    const theme = fs.readFileSync(path.join(DIST, sheets[0]), 'utf8');
    const rules = fs.readFileSync(path.join(DIST, sheets[1]), 'utf8');
    const used = new Set([...rules.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(10);
    const undefinedVariables = [...used].filter((v) => !theme.includes(`--${v}:`));
    expect(undefinedVariables).toEqual([]);
  }
  // No CSS engine in the scripts: makeStyles ran at build time.
  for (const file of jsFiles()) {
    const code = fs.readFileSync(path.join(DIST, file), 'utf8');
    expect([file, /insertRule|stylis/.test(code)]).toEqual([file, false]);
  }
});

test('no source maps in the production build', () => {
  expect(distFiles().filter((f) => f.endsWith('.map'))).toEqual([]);
  for (const file of jsFiles()) {
    expect([
      file,
      /\/\/# sourceMappingURL=/.test(fs.readFileSync(path.join(DIST, file), 'utf8')),
    ]).toEqual([file, false]);
  }
});

test("the preview's Office.js client library is the pinned file, and only the preview names it", () => {
  const copied = distFiles().filter((f) => f.startsWith(OFFICE_WIRE_DIR));
  expect(copied).toEqual([path.join('office-js', path.basename(LIBRARY_FILE))]);
  expect(fs.readFileSync(path.join(DIST, copied[0])).equals(fs.readFileSync(LIBRARY_FILE))).toBe(
    true,
  );
  expect(page('preview.html').html).toContain(`/office-js/${path.basename(LIBRARY_FILE)}`);
  expect(page('taskpane.html').html).not.toContain('office-js/');
  // Nothing that would break under the Content-Security-Policy: no eval, no new Function.
  const library = fs.readFileSync(LIBRARY_FILE, 'utf8');
  expect(/(^|[^\w.$])eval\(|new\s+Function\s*\(|[^\w.$]Function\(\s*["'`]/.test(library)).toBe(
    false,
  );
});

test("the wire interpreter is in the preview's on-demand code, never in the task pane's", () => {
  const marker = '[office-wire]';
  const read = (files: string[]) =>
    files.map((f) => fs.readFileSync(path.join(DIST, f), 'utf8')).join('\n');
  const report = readReport();
  const pane = report.pages['taskpane.html'];
  const preview = report.pages['preview.html'];
  expect(read([...pane.initial, ...pane.onDemand]).includes(marker)).toBe(false);
  expect(read(preview.initial).includes(marker)).toBe(false);
  expect(read(preview.onDemand).includes(marker)).toBe(true);
});

test('no IE11 polyfills, no eval, no new Function in any bundle', () => {
  const found: string[] = [];
  const patterns: [string, RegExp][] = [
    ['core-js', /core-js/],
    ['regenerator-runtime', /regeneratorRuntime|regenerator-runtime/],
    ['Promise polyfill', /es6-promise|promise-polyfill/],
    ['fetch polyfill', /whatwg-fetch/],
    ['eval(', /(^|[^\w.$])eval\(/],
    ['new Function(', /new\s+Function\s*\(/],
    ['Function("…")', /[^\w.$]Function\(\s*["'`]/],
  ];
  for (const file of jsFiles()) {
    const code = fs.readFileSync(path.join(DIST, file), 'utf8');
    for (const [what, pattern] of patterns) if (pattern.test(code)) found.push(`${file}: ${what}`);
  }
  expect(found).toEqual([]);
});

test('each page has a restrictive Content-Security-Policy', () => {
  for (const name of ['taskpane.html', 'preview.html']) {
    const csp = policy(name);
    const own =
      name === 'taskpane.html' ? ["'self'", 'https://appsforoffice.microsoft.com'] : ["'self'"];
    expect([name, csp.get('default-src')]).toEqual([name, ["'self'"]]);
    expect([name, csp.get('script-src')]).toEqual([name, own]);
    expect([name, csp.get('connect-src')]).toEqual([name, own]);
    expect([name, csp.get('object-src')]).toEqual([name, ["'none'"]]);
    expect([name, csp.get('base-uri')]).toEqual([name, ["'self'"]]);
    // Styles: our own are static files (theme + Griffel's extracted rules); only the task pane
    // allows inline styles, for office.js.
    const styles = name === 'taskpane.html' ? ["'self'", "'unsafe-inline'"] : ["'self'"];
    expect([name, csp.get('style-src')]).toEqual([name, styles]);
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        expect([name, directive, source]).not.toEqual([
          name,
          directive,
          expect.stringMatching(/^(\*|'unsafe-eval'|data:|http:|https:)$/),
        ]);
      }
    }
  }
});
