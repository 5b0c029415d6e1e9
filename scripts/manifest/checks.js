'use strict';
// The manifest checks the XSDs cannot make: resid references, https URLs on one origin, both
// languages on every text, icon files and their pixel sizes, the shared runtime, the keyboard
// shortcuts file, and every action being associated in code.
// Each problem: { rule, line, message, severity: 'error' | 'warning' }.
const fs = require('fs');
const { attr, xsiType, children, descendants, pathOf } = require('./xml');
const { pngSize } = require('./png');
const { checkShortcuts } = require('./shortcuts');

/** The two languages every text must have (the default locale covers one of them). */
const LANGUAGES = ['zh-CN', 'en-US'];
const CJK = /[\u3400-\u9fff]/;
const URL_ELEMENTS = new Set([
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'SourceLocation',
  'Image',
  'Url',
]);
/** Which Resources collection a resid on this element must name. */
const RESID_KIND = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Runtime: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};
const TOP_LEVEL_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

function compareVersions(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) - (y[i] || 0);
  }
  return 0;
}

function isNamespaceOrType(attribute) {
  return (
    attribute.name === 'xmlns' ||
    attribute.prefix === 'xmlns' ||
    attribute.ns === 'http://www.w3.org/2001/XMLSchema-instance'
  );
}

/** The VersionOverrides blocks: outer V1_0 and any nested ones. */
function versionOverrideBlocks(root) {
  const outer = children(root, 'VersionOverrides');
  const blocks = [];
  for (const block of outer) {
    blocks.push(block);
    blocks.push(...children(block, 'VersionOverrides'));
  }
  return blocks;
}

/** Descendants of a block, not descending into nested VersionOverrides. */
function ownDescendants(block) {
  const out = [];
  const walk = (e) => {
    for (const c of e.children) {
      if (c.local === 'VersionOverrides') continue;
      out.push(c);
      walk(c);
    }
  };
  walk(block);
  return out;
}

/** {kind → Map(id → resource element)} of a block's own Resources. */
function resourcesOf(block) {
  const table = {
    Images: new Map(),
    Urls: new Map(),
    ShortStrings: new Map(),
    LongStrings: new Map(),
  };
  const duplicates = [];
  for (const resources of children(block, 'Resources')) {
    for (const collection of resources.children) {
      const map = table[collection.local];
      if (!map) continue;
      for (const item of collection.children) {
        const id = attr(item, 'id');
        if (id === undefined) continue;
        if (map.has(id)) duplicates.push(item);
        map.set(id, item);
      }
    }
  }
  return { table, duplicates };
}

function overrideLocales(element) {
  return children(element, 'Override').map((o) => ({
    locale: attr(o, 'Locale') || '',
    value: attr(o, 'Value'),
    element: o,
  }));
}

/** The text a localizable element shows in a locale (default value or its override). */
function textIn(element, locale, defaultLocale) {
  const override = overrideLocales(element).find(
    (o) => o.locale.toLowerCase() === locale.toLowerCase(),
  );
  if (override) return override.value;
  return locale.toLowerCase() === defaultLocale.toLowerCase()
    ? attr(element, 'DefaultValue')
    : undefined;
}

/**
 * @param {import('./xml').XmlElement} root
 * @param {{ resolveUrl: (url: URL) => string | null, codeFiles: string[],
 *   readFile?: (file: string) => string }} context
 */
function checkManifest(root, context) {
  const problems = [];
  const report = (rule, element, message, severity = 'error') =>
    problems.push({ rule, line: element ? element.line : 0, message, severity });

  if (root.local !== 'OfficeApp' || xsiType(root) !== 'TaskPaneApp') {
    report('structure', root, 'the root must be <OfficeApp xsi:type="TaskPaneApp">');
    return problems;
  }
  const all = descendants(root);
  const top = (local) => children(root, local)[0];
  const defaultLocale = (top('DefaultLocale') || { text: '' }).text.trim();

  // --- what the add-in asks of Excel --------------------------------------------------------
  const hosts = top('Hosts');
  if (!hosts || !children(hosts, 'Host').some((h) => attr(h, 'Name') === 'Workbook'))
    report('requirements', hosts || root, '<Hosts> must contain <Host Name="Workbook"/>');
  const sets = (element) =>
    element
      ? descendants(element)
          .filter((e) => e.local === 'Set')
          .map((s) => ({ name: attr(s, 'Name'), version: attr(s, 'MinVersion'), element: s }))
      : [];
  const requirements = top('Requirements');
  const topSets = sets(requirements);
  if (!topSets.some((s) => s.name === 'ExcelApi' && s.version))
    report(
      'requirements',
      requirements || root,
      'Requirements must name the ExcelApi set and its MinVersion',
    );
  const permissions = top('Permissions');
  if (!permissions || permissions.text.trim() !== 'ReadWriteDocument')
    report(
      'requirements',
      permissions || root,
      'Permissions must be ReadWriteDocument (the add-in writes scores)',
    );

  // --- both languages on every text ---------------------------------------------------------
  if (!LANGUAGES.includes(defaultLocale))
    report(
      'locale',
      top('DefaultLocale') || root,
      `DefaultLocale must be one of ${LANGUAGES.join(', ')}`,
    );
  const localizable = [
    ...['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']
      .map(top)
      .filter(Boolean),
    ...children(top('DefaultSettings') || root, 'SourceLocation'),
    ...all.filter(
      (e) =>
        e.parent &&
        ['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(e.parent.local) &&
        e.parent.parent &&
        e.parent.parent.local === 'Resources',
    ),
  ];
  for (const element of localizable) {
    const label =
      attr(element, 'id') !== undefined
        ? `${element.name} "${attr(element, 'id')}"`
        : pathOf(element);
    for (const o of overrideLocales(element)) {
      if (!o.value || !o.value.trim())
        report('locale', o.element, `${label}: the ${o.locale} override has no Value`);
    }
    for (const language of LANGUAGES) {
      if (textIn(element, language, defaultLocale) === undefined)
        report('locale', element, `${label} has no ${language} override`);
    }
    const isText = !URL_ELEMENTS.has(element.local);
    const chinese = textIn(element, 'zh-CN', defaultLocale);
    if (isText && chinese && !CJK.test(chinese))
      report('locale', element, `${label}: the zh-CN text "${chinese}" is not Chinese`);
  }

  // --- URLs: https, one origin, a file behind each -------------------------------------------
  const sourceLocation = children(top('DefaultSettings') || root, 'SourceLocation')[0];
  let origin = null;
  try {
    origin = new URL(attr(sourceLocation || root, 'DefaultValue') || '').origin;
  } catch {
    report('https', sourceLocation || root, 'DefaultSettings/SourceLocation must be an https URL');
  }
  const urls = []; // {value, element}
  for (const element of [root, ...all]) {
    for (const a of element.attributes) {
      if (isNamespaceOrType(a)) continue;
      const urlSlot =
        (URL_ELEMENTS.has(element.local) && a.local === 'DefaultValue') ||
        (element.local === 'Override' &&
          element.parent &&
          URL_ELEMENTS.has(element.parent.local) &&
          a.local === 'Value') ||
        (element.local === 'ExtendedOverrides' &&
          (a.local === 'Url' || a.local === 'ResourcesUrl'));
      if (urlSlot || /^[a-z][a-z0-9+.-]*:\/\//i.test(a.value))
        urls.push({ value: a.value, element });
    }
  }
  for (const e of all.filter((x) => x.local === 'AppDomain'))
    urls.push({ value: e.text.trim(), element: e });
  const files = new Map(); // url → file
  const missingFiles = new Set();
  for (const { value, element } of urls) {
    let url;
    try {
      url = new URL(value);
    } catch {
      report('https', element, `"${value}" is not an absolute URL`);
      continue;
    }
    if (url.protocol !== 'https:') {
      report('https', element, `"${value}" must use https`);
      continue;
    }
    if (origin && url.origin !== origin) {
      report('origin', element, `"${value}" is not on the add-in's origin ${origin}`);
      continue;
    }
    if (element.local === 'AppDomain') continue;
    const file = context.resolveUrl(url);
    if (!file || !fs.existsSync(file)) {
      if (!missingFiles.has(value))
        report(
          'file',
          element,
          `nothing is served at "${value}" (${file || 'no file for this path'})`,
        );
      missingFiles.add(value);
      continue;
    }
    files.set(value, file);
  }

  // --- icons: PNG files of the pixel size they are declared at ------------------------------
  const checkIcon = (value, size, element) => {
    const file = files.get(value);
    if (!file) return; // reported above
    const actual = pngSize(file);
    if (!actual) report('icon', element, `"${value}" is not a PNG file`);
    else if (actual.width !== size || actual.height !== size)
      report(
        'icon',
        element,
        `"${value}" is ${actual.width}×${actual.height} px, ${size}×${size} expected`,
      );
  };
  for (const [local, size] of Object.entries(TOP_LEVEL_ICON_SIZES)) {
    const element = top(local);
    if (!element) continue;
    checkIcon(attr(element, 'DefaultValue'), size, element);
    for (const o of overrideLocales(element)) checkIcon(o.value, size, o.element);
  }

  // --- resid references, per VersionOverrides block -----------------------------------------
  const blocks = versionOverrideBlocks(root);
  const blockResources = new Map();
  for (const block of blocks) {
    const { table, duplicates } = resourcesOf(block);
    blockResources.set(block, table);
    for (const d of duplicates)
      report('resid', d, `resource id "${attr(d, 'id')}" is defined twice`);
    const used = new Set();
    for (const element of ownDescendants(block)) {
      const resid = attr(element, 'resid');
      if (resid === undefined) continue;
      const label = `<${element.name} resid="${resid}">`;
      if (resid.length > 32)
        report('resid', element, `${label}: a resid has at most 32 characters`);
      const kind = RESID_KIND[element.local];
      const found = kind
        ? table[kind].get(resid)
        : Object.values(table)
            .map((m) => m.get(resid))
            .find(Boolean);
      if (!found) {
        const elsewhere = Object.entries(table).find(([, m]) => m.has(resid));
        report(
          'resid',
          element,
          elsewhere
            ? `${label} names a resource in ${elsewhere[0]}, but it needs one in ${kind}`
            : `${label} is not defined in this VersionOverrides' Resources${kind ? ` (${kind})` : ''}`,
        );
        continue;
      }
      used.add(`${kind || ''}:${resid}`);
      if (element.local === 'Image' && kind === 'Images') {
        const size = Number(attr(element, 'size'));
        checkIcon(attr(found, 'DefaultValue'), size, element);
        for (const o of overrideLocales(found)) checkIcon(o.value, size, o.element);
      }
    }
    for (const [kind, map] of Object.entries(table)) {
      for (const [id, element] of map) {
        if (!used.has(`${kind}:${id}`) && !used.has(`:${id}`))
          report('resid', element, `resource "${id}" (${kind}) is never used`, 'warning');
      }
    }
  }

  // --- the shared runtime ---------------------------------------------------------------------
  // A TaskPaneApp has VersionOverrides V1_0 only (Microsoft: "TaskPaneApp supports only version
  // 1.0 of VersionOverrides"); a nested block would be ignored by Office, with what it declares.
  for (const block of blocks.slice(1)) {
    report(
      'structure',
      block,
      'a task pane add-in has only VersionOverrides V1_0: Office ignores a nested VersionOverrides (put <Runtimes> in the V1_0 <Host>)',
    );
  }
  const extendedOverrides = top('ExtendedOverrides');
  const outer = blocks[0];
  const runtimes = outer ? ownDescendants(outer).filter((e) => e.local === 'Runtime') : [];
  const requiresSharedRuntime = topSets.some(
    (s) => s.name === 'SharedRuntime' && compareVersions(s.version || '0', '1.1') >= 0,
  );
  if ((runtimes.length > 0 || extendedOverrides) && !requiresSharedRuntime)
    report(
      'runtime',
      requirements || root,
      'the shared runtime and keyboard shortcuts need <Set Name="SharedRuntime" MinVersion="1.1"/> in Requirements',
    );
  if (runtimes.length === 0) {
    report(
      'runtime',
      outer || root,
      'no <Runtimes>: the ribbon commands and the pane would not share one runtime (a ribbon recalculation would not show in an open pane)',
    );
  } else if (runtimes.length > 1) {
    report('runtime', runtimes[1], 'Office supports one <Runtime> only');
  } else {
    const runtime = runtimes[0];
    if (attr(runtime, 'lifetime') !== 'long')
      report('runtime', runtime, '<Runtime> needs lifetime="long" for a shared runtime in Excel');
    const urls = blockResources.get(outer).Urls;
    const urlOf = (resid) => (urls.get(resid) ? attr(urls.get(resid), 'DefaultValue') : undefined);
    const runtimeUrl = urlOf(attr(runtime, 'resid'));
    const paneUrl = sourceLocation && attr(sourceLocation, 'DefaultValue');
    if (runtimeUrl && paneUrl && runtimeUrl !== paneUrl)
      report('runtime', runtime, `the runtime page ${runtimeUrl} is not the task pane ${paneUrl}`);
    for (const element of ownDescendants(outer)) {
      if (element.local !== 'FunctionFile' && element.local !== 'SourceLocation') continue;
      if (attr(element, 'resid') !== attr(runtime, 'resid'))
        report(
          'runtime',
          element,
          `<${element.local} resid="${attr(element, 'resid')}">: every page of the add-in must use the runtime's resid "${attr(runtime, 'resid')}", or it runs in a runtime of its own`,
        );
    }
  }

  // --- actions: ExecuteFunction names and shortcut actions are associated in code ------------
  const actions = new Map(); // id → element that names it
  for (const element of all.filter((e) => e.local === 'FunctionName')) {
    const name = element.text.trim();
    if (!/^[A-Za-z_$][\w$]*$/.test(name))
      report('associate', element, `FunctionName "${name}" is not a plain identifier`);
    actions.set(name, element);
  }
  if (extendedOverrides) {
    const url = attr(extendedOverrides, 'Url');
    const file = files.get(url);
    if (file) {
      let json;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (error) {
        report('shortcuts', extendedOverrides, `${url} is not valid JSON: ${error.message}`);
      }
      if (json !== undefined) {
        const result = checkShortcuts(json);
        for (const message of result.problems)
          report('shortcuts', extendedOverrides, `${url}: ${message}`);
        for (const id of result.actionIds) if (!actions.has(id)) actions.set(id, extendedOverrides);
      }
    }
  }
  const associated = new Set();
  const readFile = context.readFile || ((f) => fs.readFileSync(f, 'utf8'));
  for (const file of context.codeFiles) {
    const code = readFile(file);
    for (const m of code.matchAll(/\.associate\(\s*(["'`])([^"'`]+)\1/g)) associated.add(m[2]);
  }
  for (const [id, element] of actions) {
    if (!associated.has(id))
      report(
        'associate',
        element,
        `action "${id}" is not bound by Office.actions.associate("${id}", …) in ${context.codeFiles.length ? context.codeFiles.map((f) => f.split(/[\\/]/).slice(-2).join('/')).join(', ') : '(no command code found)'}`,
      );
  }

  return problems;
}

module.exports = { checkManifest, LANGUAGES };
