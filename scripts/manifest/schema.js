'use strict';
// XSD validation of the manifest, offline, with xmllint-wasm (libxml2) over the shared schemas
// (../shared/schemas/office-addin-manifest or $PERFSCORE_MANIFEST_SCHEMAS): the manifest against
// OfficeAppManifestV1_1.xsd with the XSDs it imports preloaded beside it, reached through
// scripts/manifest/schemas/manifest-root.xsd, which adds by xs:redefine the two elements the
// shared schemas predate and Microsoft documents for task pane add-ins:
//   <ExtendedOverrides Url ResourcesUrl?> after VersionOverrides (keyboard shortcuts) and
//   <Runtimes><Runtime resid lifetime/></Runtimes> first in a <Host> (the shared runtime).
// Nothing else is relaxed. scripts/manifest/checks.js checks what no XSD can.
const fs = require('fs');
const path = require('path');

const NS = {
  taskpane10: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
};

const REQUIRED_XSDS = [
  'OfficeAppManifestV1_1.xsd',
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
  'ContentAppVersionOverridesV1_0.xsd',
];

const OWN_XSDS_DIR = path.join(__dirname, 'schemas');
const ROOT_XSD = 'manifest-root.xsd';

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

function read(dir, fileName) {
  return { fileName, contents: fs.readFileSync(path.join(dir, fileName), 'utf8') };
}

/**
 * Validates the manifest source against the XSDs in schemasDir.
 * @param {string} source manifest text
 * @param {string} fileName name used in messages
 * @param {string} schemasDir
 * @returns {Promise<{line: number, message: string}[]>}
 */
async function validateAgainstSchemas(source, fileName, schemasDir) {
  const { validateXML } = require('xmllint-wasm');
  const own = fs.readdirSync(OWN_XSDS_DIR).filter((f) => f.endsWith('.xsd') && f !== ROOT_XSD);
  const result = await validateXML({
    xml: [{ fileName, contents: source }],
    schema: [read(OWN_XSDS_DIR, ROOT_XSD)],
    preload: [
      ...own.map((f) => read(OWN_XSDS_DIR, f)),
      ...REQUIRED_XSDS.map((f) => read(schemasDir, f)),
    ],
  });
  return result.errors.map((error) => ({
    line: error.loc ? error.loc.lineNumber : 0,
    message: error.message
      .replace(/^.*?Schemas validity error : /, '')
      .replace(/\{[^}]*\}(?=[A-Za-z])/g, ''),
  }));
}

module.exports = { validateAgainstSchemas, defaultSchemasDir, missingSchemas, REQUIRED_XSDS, NS };
