'use strict';
// What a built page of dist/ weighs: the JavaScript it loads from our origin (the files
// dist/build-report.json lists for it: at once and on demand), each gzipped at level 9.
// Used by test/build/bundle.test.ts (budget ≤ 150 KB for what the task pane loads when it
// opens) and scripts/bench/build.js (bench lines taskpane.js.gzipKB, taskpane.allChunks.js.gzipKB).
// 1 KB = 1024 bytes.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIST = path.resolve(__dirname, '..', '..', 'dist');

function readReport(dist = DIST) {
  const file = path.join(dist, 'build-report.json');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function gzipBytes(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/**
 * The JavaScript files a page loads and their gzip sizes:
 * { files: [{file, bytes, gzipBytes, onDemand}], gzipBytes, gzipKB, initialGzipKB } (the total
 * counts on-demand chunks too: the page loads them when the feature is used).
 */
function pageWeight(page, dist = DIST) {
  const entry = readReport(dist).pages[page];
  if (!entry) throw new Error(`build-report.json does not list ${page}`);
  const files = [
    ...entry.initial.map((file) => ({ file, onDemand: false })),
    ...entry.onDemand.map((file) => ({ file, onDemand: true })),
  ].map(({ file, onDemand }) => {
    const full = path.join(dist, file);
    return { file, bytes: fs.statSync(full).size, gzipBytes: gzipBytes(full), onDemand };
  });
  const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
  const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  const initial = files.filter((f) => !f.onDemand).reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files, gzipBytes: total, gzipKB: kb(total), initialGzipKB: kb(initial) };
}

module.exports = { pageWeight, readReport, gzipBytes, DIST };
