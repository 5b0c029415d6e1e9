#!/usr/bin/env node
'use strict';
// `npm run validate`: checks the add-in manifest offline.
//   node scripts/validate-manifest.js [manifest.xml …] [--schemas DIR]
// Without arguments: manifest.xml, and dist/manifest.xml when a build is there.
// 1. XSD: against ../shared/schemas/office-addin-manifest (or $PERFSCORE_MANIFEST_SCHEMAS,
//    or --schemas DIR) with xmllint-wasm; see scripts/manifest/schema.js.
// 2. What the XSDs cannot see (scripts/manifest/checks.js): resid references, https URLs on the
//    add-in's origin with a file behind each, a zh-CN and an en-US text for every string, icon
//    PNGs of the declared pixel size, the shared runtime, the keyboard shortcuts JSON, and every
//    action bound by Office.actions.associate in the command code.
// Exit status: 0 valid, 1 problems found, 2 the schemas or the manifest could not be read.
const fs = require('fs');
const path = require('path');
const { parseXml, XmlError } = require('./manifest/xml');
const { validateAgainstSchemas, defaultSchemasDir, missingSchemas } = require('./manifest/schema');
const { checkManifest } = require('./manifest/checks');
const { sourceFileFor, distFileFor } = require('./manifest/layout');

const PROJECT_ROOT = path.resolve(__dirname, '..');

function listFiles(dir, pattern) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, pattern));
    else if (pattern.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/**
 * How URLs map to files and where the command code is, for a manifest in the source tree
 * ('source': assets/, src/html/…, src/commands/*.ts) or in a build ('dist': dist/<path>, dist/*.js).
 */
function layoutFor(manifestFile, projectRoot = PROJECT_ROOT) {
  const dir = path.dirname(path.resolve(manifestFile));
  const distDir = path.join(projectRoot, 'dist');
  if (dir === distDir) {
    return {
      kind: 'dist',
      resolveUrl: (url) => distFileFor(distDir, decodeURIComponent(url.pathname)),
      codeFiles: listFiles(distDir, /\.js$/),
    };
  }
  return {
    kind: 'source',
    resolveUrl: (url) => sourceFileFor(projectRoot, decodeURIComponent(url.pathname)),
    codeFiles: listFiles(path.join(projectRoot, 'src', 'commands'), /\.tsx?$/).filter(
      (f) => !/\.d\.ts$/.test(f),
    ),
  };
}

/**
 * Validates one manifest. Returns its problems ({rule, line, message, severity}); rule "schema"
 * for XSD errors, "xml" when the file is not well-formed.
 * @param {string} manifestFile
 * @param {{ schemasDir?: string, layout?: ReturnType<typeof layoutFor> }} [options]
 */
async function validateManifest(manifestFile, options = {}) {
  const schemasDir = options.schemasDir || defaultSchemasDir(PROJECT_ROOT);
  const layout = options.layout || layoutFor(manifestFile);
  const source = fs.readFileSync(manifestFile, 'utf8');
  let root;
  try {
    root = parseXml(source);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return [{ rule: 'xml', line: error.line, message: error.message, severity: 'error' }];
  }
  const problems = (
    await validateAgainstSchemas(source, path.basename(manifestFile), schemasDir)
  ).map((p) => ({ rule: 'schema', line: p.line, message: p.message, severity: 'error' }));
  problems.push(...checkManifest(root, layout));
  return problems.sort((a, b) => a.line - b.line);
}

function formatProblem(file, p) {
  const where = p.line ? `${file}:${p.line}` : file;
  return `${where}: ${p.severity === 'warning' ? 'warning' : 'error'} [${p.rule}] ${p.message}`;
}

async function main(argv) {
  const files = [];
  let schemasDir = defaultSchemasDir(PROJECT_ROOT);
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--schemas') schemasDir = path.resolve(argv[(i += 1)] || '');
    else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write(
        'usage: node scripts/validate-manifest.js [manifest.xml …] [--schemas DIR]\n',
      );
      return 0;
    } else files.push(argv[i]);
  }
  const missing = missingSchemas(schemasDir);
  if (missing.length > 0) {
    process.stderr.write(
      `Cannot validate the manifest: the Office add-in manifest schemas are not at ${schemasDir}\n` +
        `(missing: ${missing.join(', ')}).\n` +
        'Put the shared schemas at ../shared/schemas/office-addin-manifest beside the project,\n' +
        'or set PERFSCORE_MANIFEST_SCHEMAS (or pass --schemas DIR) to the folder holding\n' +
        'OfficeAppManifestV1_1.xsd and the XSDs it imports.\n',
    );
    return 2;
  }
  if (files.length === 0) {
    files.push(path.join(PROJECT_ROOT, 'manifest.xml'));
    const built = path.join(PROJECT_ROOT, 'dist', 'manifest.xml');
    if (fs.existsSync(built)) files.push(built);
  }
  let errors = 0;
  for (const file of files) {
    const shown = path.relative(process.cwd(), path.resolve(file)) || file;
    if (!fs.existsSync(file)) {
      process.stderr.write(`${shown}: no such file\n`);
      return 2;
    }
    const problems = await validateManifest(file, { schemasDir });
    for (const p of problems) {
      (p.severity === 'warning' ? process.stdout : process.stderr).write(
        formatProblem(shown, p) + '\n',
      );
    }
    const count = problems.filter((p) => p.severity !== 'warning').length;
    errors += count;
    process.stdout.write(
      count === 0
        ? `${shown}: valid (XSD ${path.basename(schemasDir)}; resid, https, zh-CN/en-US, icons, shared runtime, shortcuts, actions)\n`
        : `${shown}: ${count} problem${count === 1 ? '' : 's'}\n`,
    );
  }
  return errors === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `validate-manifest failed: ${error && error.stack ? error.stack : error}\n`,
      );
      process.exitCode = 2;
    },
  );
}

module.exports = { validateManifest, layoutFor, formatProblem, main };
