'use strict';
// Where each file the manifest points at (https://localhost:3000/<path>) comes from: the same
// path under dist/ once built, and these source files before (webpack.config.js copies or
// renders them into dist/; the validator checks the source manifest against them).
const path = require('path');

/** dist path → source file (relative to the project root). */
const SOURCE_FILES = {
  'taskpane.html': 'src/html/taskpane.html',
  'preview.html': 'src/html/preview.html',
  'shortcuts.json': 'src/commands/shortcuts.json',
  'manifest.xml': 'manifest.xml',
};

/** dist folder → source folder (relative to the project root), copied as they are. */
const SOURCE_DIRS = {
  'assets/': 'assets/',
};

/** The source file behind a served path ("assets/icon-16.png"), or null if none is known. */
function sourceFileFor(projectRoot, servedPath) {
  const clean = servedPath.replace(/^\/+/, '');
  if (clean in SOURCE_FILES) return path.join(projectRoot, SOURCE_FILES[clean]);
  for (const [served, source] of Object.entries(SOURCE_DIRS)) {
    if (clean.startsWith(served)) return path.join(projectRoot, source, clean.slice(served.length));
  }
  return null;
}

/** The file under dist/ behind a served path. */
function distFileFor(distDir, servedPath) {
  const clean = servedPath.replace(/^\/+/, '');
  const file = path.resolve(distDir, clean);
  return file.startsWith(path.resolve(distDir) + path.sep) ? file : null;
}

module.exports = { SOURCE_FILES, SOURCE_DIRS, sourceFileFor, distFileFor };
