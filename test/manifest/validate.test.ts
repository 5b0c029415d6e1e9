/**
 * `npm run validate` (scripts/validate-manifest.js): the project manifest passes, and each kind
 * of mistake in a broken copy is reported with its rule and line.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  layoutFor,
  validateManifest,
  type ManifestLayout,
  type ManifestProblem,
} from '../../scripts/validate-manifest';
import { pngSize } from '../../scripts/manifest/png';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const SOURCE = fs.readFileSync(MANIFEST, 'utf8');
const SOURCE_LAYOUT = layoutFor(MANIFEST, ROOT);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-manifest-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Replaces exactly the n-th occurrence (1-based) of `from`; fails the test if it is absent. */
function replaceNth(text: string, from: string, to: string, n = 1): string {
  let index = -1;
  for (let i = 0; i < n; i += 1) {
    index = text.indexOf(from, index + 1);
    if (index < 0) throw new Error(`"${from}" occurs fewer than ${n} times in manifest.xml`);
  }
  return text.slice(0, index) + to + text.slice(index + from.length);
}

function lineOf(text: string, fragment: string, n = 1): number {
  const at = replaceNth(text, fragment, '\u0000', n).indexOf('\u0000');
  return text.slice(0, at).split('\n').length;
}

let counter = 0;
async function validateText(
  text: string,
  layout: ManifestLayout = SOURCE_LAYOUT,
): Promise<ManifestProblem[]> {
  counter += 1;
  const file = path.join(tmp, `manifest-${counter}.xml`);
  fs.writeFileSync(file, text);
  const problems = await validateManifest(file, { layout });
  return problems.filter((p) => p.severity === 'error');
}

function only(problems: ManifestProblem[], rule: string): ManifestProblem[] {
  return problems.filter((p) => p.rule === rule);
}

test('the project manifest is valid, with no warnings either', async () => {
  const problems = await validateManifest(MANIFEST, { layout: SOURCE_LAYOUT });
  expect(problems).toEqual([]);
});

test('least privilege: ReadWriteDocument only, no AppDomains, no identity scopes, one origin', () => {
  const xml = SOURCE.replace(/<!--[\s\S]*?-->/g, '');
  // Writing the results into the open workbook needs ReadWriteDocument: not ReadWriteMailbox
  // (Outlook) nor anything broader.
  expect([...xml.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual([
    'ReadWriteDocument',
  ]);
  // No other domain may be navigated to inside the add-in's window.
  expect(xml).not.toMatch(/<AppDomains?\b/);
  // No single sign-on / Microsoft Graph scopes.
  expect(xml).not.toMatch(/<WebApplicationInfo\b|<Scopes?\b/);
  // Every page, icon and file the manifest names comes from the add-in's own origin.
  const origins = new Set(
    [...xml.matchAll(/(?:DefaultValue|Value|Url)="(https?:\/\/[^"]+)"/g)].map(
      (m) => new URL(m[1]).origin,
    ),
  );
  expect([...origins]).toEqual(['https://localhost:3000']);
});

test('a resid that names no resource is reported at its line', async () => {
  const broken = replaceNth(
    SOURCE,
    '<Label resid="OpenPane.Label"/>',
    '<Label resid="OpenPane.Lable"/>',
  );
  const problems = await validateText(broken);
  expect(only(problems, 'resid')).toEqual([
    expect.objectContaining({
      line: lineOf(broken, 'OpenPane.Lable'),
      message: expect.stringContaining('<Label resid="OpenPane.Lable"> is not defined'),
    }),
  ]);
});

test('a resid naming a resource of the wrong kind is reported', async () => {
  const broken = replaceNth(
    SOURCE,
    '<Label resid="Recalculate.Label"/>',
    '<Label resid="Recalculate.Tooltip"/>',
  );
  const problems = await validateText(broken);
  expect(only(problems, 'resid').map((p) => p.message)).toEqual([
    expect.stringContaining('names a resource in LongStrings, but it needs one in ShortStrings'),
  ]);
});

test('an http URL is reported', async () => {
  const broken = replaceNth(
    SOURCE,
    'DefaultValue="https://localhost:3000/assets/icon-16.png"',
    'DefaultValue="http://localhost:3000/assets/icon-16.png"',
  );
  const problems = await validateText(broken);
  expect(only(problems, 'https')).toEqual([
    expect.objectContaining({
      line: lineOf(broken, 'http://localhost'),
      message: '"http://localhost:3000/assets/icon-16.png" must use https',
    }),
  ]);
});

test('a string without its zh-CN override is reported', async () => {
  const override =
    /\n\s*<bt:Override Locale="zh-CN" Value="重新计算本工作簿的完成率、指标得分、综合得分与等级，无需打开面板。"\/>/;
  expect(SOURCE).toMatch(override);
  const problems = await validateText(SOURCE.replace(override, ''));
  expect(only(problems, 'locale').map((p) => p.message)).toEqual([
    'bt:String "Recalculate.Tooltip" has no zh-CN override',
  ]);
});

test('a zh-CN override left in English is reported', async () => {
  const broken = replaceNth(
    SOURCE,
    '<Override Locale="zh-CN" Value="绩效自评助手"/>',
    '<Override Locale="zh-CN" Value="PerfScore"/>',
  );
  const problems = await validateText(broken);
  expect(only(problems, 'locale').map((p) => p.message)).toEqual([
    'OfficeApp/DisplayName: the zh-CN text "PerfScore" is not Chinese',
  ]);
});

test('a schema violation is reported by the XSD pass', async () => {
  const broken = replaceNth(
    SOURCE,
    '<Permissions>ReadWriteDocument</Permissions>',
    '<Permissions>ReadWriteEverything</Permissions>',
  );
  const problems = await validateText(broken);
  expect(only(problems, 'schema')).toEqual([
    expect.objectContaining({
      line: lineOf(broken, 'ReadWriteEverything'),
      message: expect.stringContaining(
        "The value 'ReadWriteEverything' is not an element of the set",
      ),
    }),
  ]);
});

test('a schema violation in the shared runtime declaration is reported', async () => {
  const broken = replaceNth(SOURCE, 'lifetime="long"', 'lifetime="forever"');
  const problems = await validateText(broken);
  expect(only(problems, 'schema')).toEqual([
    expect.objectContaining({
      line: lineOf(broken, 'lifetime="forever"'),
      message: expect.stringContaining("attribute 'lifetime': [facet 'enumeration']"),
    }),
  ]);
});

test('ExtendedOverrides anywhere but after VersionOverrides is a schema violation', async () => {
  const element =
    '  <ExtendedOverrides Url="https://localhost:3000/shortcuts.json"></ExtendedOverrides>\n';
  const moved = replaceNth(SOURCE, element, '').replace(
    '  <Permissions>',
    `${element}  <Permissions>`,
  );
  const problems = await validateText(moved);
  expect(only(problems, 'schema').map((p) => p.message)).toEqual([
    expect.stringContaining("Element 'ExtendedOverrides': This element is not expected"),
  ]);
});

test('a runtime that is not long-lived, missing, or a page outside it breaks the shared runtime', async () => {
  const shortLived = replaceNth(SOURCE, 'lifetime="long"', 'lifetime="short"');
  expect(only(await validateText(shortLived), 'runtime').map((p) => p.message)).toEqual([
    '<Runtime> needs lifetime="long" for a shared runtime in Excel',
  ]);

  const runtimes = SOURCE.slice(
    SOURCE.indexOf('        <Runtimes>'),
    SOURCE.indexOf('</Runtimes>') + 12,
  );
  const withoutRuntime = replaceNth(SOURCE, runtimes, '');
  expect(only(await validateText(withoutRuntime), 'runtime').map((p) => p.message)).toEqual([
    expect.stringContaining('no <Runtimes>'),
  ]);

  // The pane button opening the page under another resid would get a runtime of its own.
  const otherPage = replaceNth(
    SOURCE,
    '<SourceLocation resid="Taskpane.Url"/>',
    '<SourceLocation resid="GetStarted.LearnMoreUrl"/>',
  );
  expect(only(await validateText(otherPage), 'runtime')).toEqual([
    expect.objectContaining({
      line: lineOf(otherPage, '<SourceLocation resid="GetStarted.LearnMoreUrl"/>'),
      message: expect.stringContaining('must use the runtime\'s resid "Taskpane.Url"'),
    }),
  ]);
});

test('a nested VersionOverrides (which Office ignores in a task pane add-in) is reported', async () => {
  const nested =
    '    <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1" xsi:type="VersionOverridesV1_1"/>\n';
  const broken = replaceNth(SOURCE, '  </VersionOverrides>\n', `${nested}  </VersionOverrides>\n`);
  const problems = await validateText(broken);
  expect(only(problems, 'structure')).toEqual([
    expect.objectContaining({
      line: lineOf(broken, 'VersionOverridesV1_1'),
      message: expect.stringContaining('Office ignores a nested VersionOverrides'),
    }),
  ]);
});

test('an action that no code binds with Office.actions.associate is reported', async () => {
  const broken = replaceNth(
    SOURCE,
    '<FunctionName>recalculate</FunctionName>',
    '<FunctionName>recalc</FunctionName>',
  );
  const problems = await validateText(broken);
  expect(only(problems, 'associate')).toEqual([
    expect.objectContaining({
      line: lineOf(broken, '<FunctionName>recalc</FunctionName>'),
      message: expect.stringContaining(
        'action "recalc" is not bound by Office.actions.associate("recalc"',
      ),
    }),
  ]);
});

test('the shortcuts file is checked: JSON, action ids, key combinations', async () => {
  const shortcuts = path.join(tmp, 'shortcuts.json');
  const layout: ManifestLayout = {
    ...SOURCE_LAYOUT,
    resolveUrl: (url) =>
      url.pathname === '/shortcuts.json' ? shortcuts : SOURCE_LAYOUT.resolveUrl(url),
  };
  fs.writeFileSync(
    shortcuts,
    JSON.stringify({
      actions: [{ id: 'recalculate', type: 'ExecuteFunction', name: '重新计算 / Recalculate' }],
      shortcuts: [{ action: 'recalc', key: { default: 'Shift+R', web: 'Ctrl+W' } }],
    }),
  );
  const messages = only(await validateText(SOURCE, layout), 'shortcuts').map((p) => p.message);
  expect(messages).toEqual([
    expect.stringContaining('shortcuts[0].action "recalc" is not one of the actions\' ids'),
    expect.stringContaining(
      'shortcuts[0].key.default "Shift+R": Shift cannot be the only modifier',
    ),
    expect.stringContaining('shortcuts[0].key.web "Ctrl+W" is kept by the browser'),
  ]);

  fs.writeFileSync(shortcuts, '{ "actions": [ }');
  expect(only(await validateText(SOURCE, layout), 'shortcuts').map((p) => p.message)).toEqual([
    expect.stringContaining('is not valid JSON'),
  ]);
});

test('an icon of the wrong pixel size or a missing file is reported', async () => {
  const layout: ManifestLayout = {
    ...SOURCE_LAYOUT,
    resolveUrl: (url) =>
      url.pathname === '/assets/icon-80.png'
        ? path.join(ROOT, 'assets', 'icon-64.png')
        : url.pathname === '/preview.html'
          ? path.join(tmp, 'no-such-page.html')
          : SOURCE_LAYOUT.resolveUrl(url),
  };
  const problems = await validateText(SOURCE, layout);
  expect(only(problems, 'icon').map((p) => p.message)).toContain(
    '"https://localhost:3000/assets/icon-80.png" is 64×64 px, 80×80 expected',
  );
  expect(only(problems, 'file').map((p) => p.message)).toEqual([
    expect.stringContaining('nothing is served at "https://localhost:3000/preview.html"'),
  ]);
});

test('every icon in assets/ is a PNG of the size its name says', () => {
  const icons = fs.readdirSync(path.join(ROOT, 'assets')).filter((f) => /^icon-\d+\.png$/.test(f));
  expect(icons.sort()).toEqual(
    ['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png'].sort(),
  );
  for (const icon of icons) {
    const size = Number(/\d+/.exec(icon)![0]);
    expect([icon, pngSize(path.join(ROOT, 'assets', icon))]).toEqual([
      icon,
      { width: size, height: size },
    ]);
  }
});

describe('the command line', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate-manifest.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  test('prints each problem as file:line: error [rule] and exits 1', () => {
    const file = path.join(tmp, 'cli-broken.xml');
    fs.writeFileSync(
      file,
      replaceNth(SOURCE, '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
    );
    const result = run([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `cli-broken.xml:${lineOf(SOURCE, '<Label resid="Group.Label"/>')}: error [resid] <Label resid="Group.Missing"> is not defined`,
    );
    expect(result.stdout).toMatch(/cli-broken\.xml: \d+ problems?\n/);
  });

  test('says plainly when the schemas are missing, and exits 2', () => {
    const result = run([MANIFEST], { PERFSCORE_MANIFEST_SCHEMAS: path.join(tmp, 'no-schemas') });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the Office add-in manifest schemas are not at');
    expect(result.stderr).toContain('PERFSCORE_MANIFEST_SCHEMAS');
  });
});
