'use strict';
// Scale of `perfscore score` (one run each, wall time and peak memory):
// cli.score.100k.ms / .rssMB: 100,000 indicators;
// cli.score.100k.vs10k: its time against ten times that of 10,000 indicators, measured in the
// same run (1 when the cost grows in proportion to the rows);
// cli.score.100k.rssMB.vsUncapped / .cpu.vsUncapped: its peak memory and CPU time against the
// same run with V8's own heap growth (node --heap-growing-percent=0, which the command line then
// leaves as it is): what collecting before the heap grows by 60 % saves, and what it costs;
// cli.score.millionRows.ms / .rssMB: the seed workbook whose indicator sheet carries 1,048,576
// empty formatted rows (a 2.6 MB file: formats applied to whole rows), scored and written;
// cli.score.millionRows.vsSeed: its time against the same workbook without those rows.
// Memory follows the cells used, not the sheet's declared size. Target: a few hundred MB.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measure } = require('../measure-child');
const { bigSpec } = require('../big-workbook');

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'perfscore.js');
const LIB = path.join(ROOT, 'lib');

/**
 * The seed workbook with every row of its indicator sheet formatted, down to 1,048,576, in
 * `file`; the seed itself in `seed`.
 */
async function millionRows(file, seed) {
  const { templateWorkbookBytes, openWorkbookBuffer } = require(path.join(LIB, 'hosts', 'xlsx'));
  const { buildTemplateSpec } = require(path.join(LIB, 'workbook', 'template'));
  const bytes = await templateWorkbookBytes(buildTemplateSpec({ sample: true }));
  fs.writeFileSync(seed, bytes);
  const host = openWorkbookBuffer(bytes, file);
  const part = host.pkg.sheets()[0].part;
  const xml = host.pkg.text(part);
  const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  const rows = [];
  for (let r = last + 1; r <= 1048576; r += 1) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
  host.pkg.setText(part, xml.replace('</sheetData>', `${rows.join('')}</sheetData>`));
  fs.writeFileSync(file, host.toBuffer());
}

module.exports = async function bench() {
  const { templateWorkbookBytes } = require(path.join(LIB, 'hosts', 'xlsx'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bench-scale-'));
  try {
    const big = path.join(dir, 'big100k.xlsx');
    fs.writeFileSync(big, await templateWorkbookBytes(bigSpec(100_000)));
    const tenth = path.join(dir, 'big10k.xlsx');
    fs.writeFileSync(tenth, await templateWorkbookBytes(bigSpec(10_000)));
    const hundred = measure(process.execPath, [BIN, 'score', big]);
    fs.rmSync(path.join(dir, 'big100k.scored.xlsx'));
    const uncapped = measure(process.execPath, ['--heap-growing-percent=0', BIN, 'score', big]);
    const ten = measure(process.execPath, [BIN, 'score', tenth]);
    const million = path.join(dir, 'million.xlsx');
    const seed = path.join(dir, 'seed.xlsx');
    await millionRows(million, seed);
    const rows = measure(process.execPath, [BIN, 'score', million]);
    const bare = measure(process.execPath, [BIN, 'score', seed]);
    const ratio = (a, b) => Number((a / b).toFixed(2));
    return [
      { name: 'cli.score.100k.ms', value: Math.round(hundred.ms), unit: 'ms' },
      { name: 'cli.score.100k.rssMB', value: Math.round(hundred.rssMB), unit: 'MB' },
      { name: 'cli.score.100k.cpuMs', value: Math.round(hundred.cpuMs), unit: 'ms' },
      { name: 'cli.score.100k.vs10k', value: ratio(hundred.ms, 10 * ten.ms), unit: 'ratio' },
      {
        name: 'cli.score.100k.rssMB.vsUncapped',
        value: ratio(hundred.rssMB, uncapped.rssMB),
        unit: 'ratio',
      },
      {
        name: 'cli.score.100k.cpu.vsUncapped',
        value: ratio(hundred.cpuMs, uncapped.cpuMs),
        unit: 'ratio',
      },
      { name: 'cli.score.millionRows.ms', value: Math.round(rows.ms), unit: 'ms' },
      { name: 'cli.score.millionRows.rssMB', value: Math.round(rows.rssMB), unit: 'MB' },
      { name: 'cli.score.millionRows.vsSeed', value: ratio(rows.ms, bare.ms), unit: 'ratio' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
