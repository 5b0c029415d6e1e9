'use strict';
// XSD validation of the manifest, offline, with xmllint-wasm (libxml2) over the shared schemas
// (../shared/schemas/office-addin-manifest or $PERFSCORE_MANIFEST_SCHEMAS). Two passes:
//
// 1. The whole manifest against OfficeAppManifestV1_1.xsd (the other XSDs preloaded beside it),
//    reached through scripts/manifest/schemas/OfficeAppManifest-ExtendedOverrides.xsd, which adds
//    only the <ExtendedOverrides> element the shared schema predates. The nested VersionOverrides
//    V1_1 block is blanked in this pass: the shared schema has no type for it (xsi:type would not
//    resolve) and would otherwise skip its content.
// 2. The nested V1_1 block on its own, as a V1_0 block (its namespace renamed, its <Runtimes>
//    blanked: the one element V1_1 adds for the shared runtime) against
//    TaskPaneAppVersionOverridesV1_0.xsd, so the ribbon the shared runtime uses is checked as
//    strictly as the V1_0 one. <Runtimes> itself is checked by scripts/manifest/checks.js.
// Blanking keeps line breaks, so every error points at the manifest's own line.
const fs = require('fs');
const path = require('path');
const { blank } = require('./xml');

const NS = {
  taskpane10: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  taskpane11: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1',
};

const REQUIRED_XSDS = [
  'OfficeAppManifestV1_1.xsd',
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
  'ContentAppVersionOverridesV1_0.xsd',
];

const EXTENSION_XSD = path.join(__dirname, 'schemas', 'OfficeAppManifest-ExtendedOverrides.xsd');

/** The schema folder: $PERFSCORE_MANIFEST_SCHEMAS, else ../shared/schemas/office-addin-manifest. */
function defaultSchemasDir(projectRoot) {
  return (
    process.env.PERFSCORE_MANIFEST_SCHEMAS ||
    path.resolve(projectRoot, '..', 'shared', 'schemas', 'office-addin-manifest')
  );
}

/** Names of the XSDs missing from dir (all of them when dir does not exist). */
function missingSchemas(dir) {
  return REQUIRED_XSDS.filter((name) => !fs.existsSync(path.join(dir, name)));
}

function loadXsds(dir) {
  return REQUIRED_XSDS.map((fileName) => ({
    fileName,
    contents: fs.readFileSync(path.join(dir, fileName), 'utf8'),
  }));
}

async function runXmllint(xml, fileName, schema, preload) {
  const { validateXML } = require('xmllint-wasm');
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema, preload });
  return result.errors.map((error) => ({
    line: error.loc ? error.loc.lineNumber : 0,
    message: error.message
      .replace(/^.*?Schemas validity error : /, '')
      .replace(/\{[^}]*\}(?=[A-Za-z])/g, ''),
  }));
}

/** The nested V1_1 block as a standalone V1_0 document (same line numbers). */
function nestedBlockAsV10(source, nested, runtimes) {
  let text = source;
  for (const runtime of [...runtimes].sort((a, b) => b.start - a.start)) {
    text = blank(text, runtime.start, runtime.end);
  }
  let block = text.slice(nested.start, nested.end).split(NS.taskpane11).join(NS.taskpane10);
  block = block.replace(
    /(:type\s*=\s*["'](?:[^"':]+:)?)VersionOverridesV1_1(["'])/,
    '$1VersionOverridesV1_0$2',
  );
  // Declare on the block's start tag every prefix it inherits (xsi, bt, …), on the same line.
  const declared = new Set(
    nested.attributes.filter((a) => a.name === 'xmlns' || a.prefix === 'xmlns').map((a) => a.local),
  );
  const inherited = Object.entries(nested.namespaces)
    .filter(([prefix]) => prefix !== 'xml' && prefix !== '' && !declared.has(prefix))
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri === NS.taskpane11 ? NS.taskpane10 : uri}"`)
    .join('');
  const nameEnd = block.indexOf(nested.name) + nested.name.length;
  block = block.slice(0, nameEnd) + inherited + block.slice(nameEnd);
  const leadingLines = '\n'.repeat(nested.line - 1);
  return leadingLines + block + '\n';
}

/**
 * Validates the manifest source against the XSDs in schemasDir.
 * @param {string} source manifest text
 * @param {string} fileName name used in messages
 * @param {import('./xml').XmlElement} root parsed manifest
 * @param {string} schemasDir
 * @returns {Promise<{line: number, message: string}[]>}
 */
async function validateAgainstSchemas(source, fileName, root, schemasDir) {
  const xsds = loadXsds(schemasDir);
  const extension = {
    fileName: 'OfficeAppManifest-ExtendedOverrides.xsd',
    contents: fs.readFileSync(EXTENSION_XSD, 'utf8'),
  };
  const versionOverrides = root.children.find((c) => c.local === 'VersionOverrides');
  const nested = versionOverrides
    ? versionOverrides.children.filter((c) => c.local === 'VersionOverrides')
    : [];

  // Pass 1: the nested blocks blanked (the shared schema has no type for them).
  let main = source;
  for (const block of [...nested].sort((a, b) => b.start - a.start)) {
    main = blank(main, block.start, block.end);
  }
  const problems = await runXmllint(main, fileName, [extension], xsds);

  for (const block of nested) {
    if (block.ns !== NS.taskpane11) continue; // checks.js reports a wrong namespace
    const runtimes = [];
    const walk = (e) => {
      for (const c of e.children) {
        if (c.local === 'Runtimes') runtimes.push(c);
        else walk(c);
      }
    };
    walk(block);
    const asV10 = nestedBlockAsV10(source, block, runtimes);
    const mainXsd = xsds.find((x) => x.fileName === 'TaskPaneAppVersionOverridesV1_0.xsd');
    const others = xsds.filter((x) => x !== mainXsd);
    const nestedProblems = await runXmllint(asV10, fileName, [mainXsd], others);
    for (const p of nestedProblems) {
      problems.push({
        line: p.line,
        message: `in VersionOverrides V1_1: ${p.message.replace(/VersionOverridesV1_0/g, 'VersionOverridesV1_1')}`,
      });
    }
  }
  return problems;
}

module.exports = { validateAgainstSchemas, defaultSchemasDir, missingSchemas, REQUIRED_XSDS, NS };
