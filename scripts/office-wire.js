'use strict';
/**
 * Microsoft's Excel client library (@microsoft/office-js) in Node, in a vm context of its own
 * (it defines the globals Office, OSF, Excel, OfficeExtension), pointed away from Office: every
 * `context.sync()` is handed to `send` (OfficeExtension.HttpUtility.setCustomSendRequestFunc)
 * instead of a host. Used by test/office-wire (with the interpreter of
 * src/preview/office-wire, which answers on the fake Excel) and by `npm run bench`.
 *
 * The file is pinned to dist/excel-web-16.00.js (LIBRARY_FILE): the full Excel API of Excel on
 * the web (not a "-core" subset, which lacks charts and conditional formats), and the one host
 * file that neither evals nor builds functions from strings, so the same file also runs in the
 * preview page under its Content-Security-Policy (excel-win32-16.01.js, which behaves the same
 * here, has a `new Function`). Outside Office, dist/office.js reports no host and never loads
 * an Excel part, so a host file is loaded directly.
 *
 * API levels: the library checks every member against its ExcelApi version, but the check is
 * off unless Office turns it on. `apiLevel` turns it on (CommonUtility._doApiNotSupportedCheck)
 * and gives the library an Office whose context.requirements.isSetSupported answers for that
 * ExcelApi level (and SharedRuntime 1.1): a member above the level then throws ApiNotFound, as
 * in an Excel of that level. Without `apiLevel` nothing is checked and everything is supported.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const LIBRARY_FILE = path.join(
  path.dirname(require.resolve('@microsoft/office-js/package.json')),
  'dist',
  'excel-web-16.00.js',
);

/** Where the requests go: any URL other than Office's own makes the library send them. */
const WIRE_URL = 'https://office-wire.invalid';

let source;

/** "1.10" > "1.9": versions compared number by number. */
function compareVersions(a, b) {
  const x = String(a).split('.').map(Number);
  const y = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] || 0) - (y[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Office.context.requirements of an Excel that has ExcelApi up to `level`. */
function requirementsFor(level, sharedRuntime = true) {
  const sets = { excelapi: level, ...(sharedRuntime ? { sharedruntime: '1.1' } : {}) };
  return {
    isSetSupported(name, minVersion) {
      const has = sets[String(name).toLowerCase()];
      return has !== undefined && compareVersions(has, minVersion ?? '1.1') >= 0;
    },
  };
}

/**
 * Loads the library into a fresh vm context. Options: `send(request)` → promise of
 * { statusCode, headers, body }; `apiLevel` ("1.4"…) to turn the API checks on;
 * `sharedRuntime` (default true) whether SharedRuntime 1.1 is claimed too.
 * Returns { Excel, Office, OfficeExtension, requirements, context }.
 */
function loadExcelLibrary(options = {}) {
  source ??= fs.readFileSync(LIBRARY_FILE, 'utf8');
  const sandbox = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: 'node', language: 'zh-CN' },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = vm.createContext(sandbox);
  vm.runInContext(source, context, { filename: LIBRARY_FILE });
  // An object of the library's own realm: it checks the prototype of what it is given.
  vm.runInContext(
    `OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: ${JSON.stringify(WIRE_URL)}, headers: {} };`,
    context,
  );
  if (options.send) sandbox.OfficeExtension.HttpUtility.setCustomSendRequestFunc(options.send);
  const requirements =
    options.apiLevel === undefined
      ? { isSetSupported: () => true }
      : requirementsFor(options.apiLevel, options.sharedRuntime !== false);
  // Office.context is a getter of the library's Office: an Office of our own inherits the rest.
  const office = Object.create(sandbox.Office, {
    context: {
      value: { requirements, displayLanguage: 'zh-CN', diagnostics: { platform: 'OfficeOnline' } },
    },
  });
  sandbox.Office = office;
  if (options.apiLevel !== undefined) {
    sandbox.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  }
  return {
    Excel: sandbox.Excel,
    Office: office,
    OfficeExtension: sandbox.OfficeExtension,
    requirements,
    context,
  };
}

module.exports = { LIBRARY_FILE, WIRE_URL, compareVersions, loadExcelLibrary, requirementsFor };
