'use strict';
// Scale of `perfscore score` (one run each, wall time and peak memory):
// cli.score.100k.ms / .rssMB: 100,000 indicators;
// cli.score.millionRows.ms / .rssMB: the seed workbook whose indicator sheet carries 1,048,576
// empty formatted rows (a 2.6 MB file: formats applied to whole rows), scored and written.
// Memory follows the cells used, not the sheet's declared size. Target: a few hundred MB.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measure } = require('../measure-child');
const { bigSpec } = require('../big-workbook');

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'perfscore.js');
const LIB = path.join(ROOT, 'lib');

/** The seed workbook with every row of its indicator sheet formatted, down to 1,048,576. */
async function millionRows(file) {
  const { writeTemplateXlsx, openWorkbookBuffer } = require(path.join(LIB, 'hosts', 'xlsx'));
  const { buildTemplateSpec } = require(path.join(LIB, 'workbook', 'template'));
  const bytes = Buffer.from(
    await writeTemplateXlsx(buildTemplateSpec({ sample: true })).xlsx.writeBuffer(),
  );
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
  const { writeTemplateXlsx } = require(path.join(LIB, 'hosts', 'xlsx'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bench-scale-'));
  try {
    const big = path.join(dir, 'big100k.xlsx');
    await writeTemplateXlsx(bigSpec(100_000)).xlsx.writeFile(big);
    const hundred = measure(process.execPath, [BIN, 'score', big]);
    const million = path.join(dir, 'million.xlsx');
    await millionRows(million);
    const rows = measure(process.execPath, [BIN, 'score', million]);
    return [
      { name: 'cli.score.100k.ms', value: Math.round(hundred.ms), unit: 'ms' },
      { name: 'cli.score.100k.rssMB', value: Math.round(hundred.rssMB), unit: 'MB' },
      { name: 'cli.score.millionRows.ms', value: Math.round(rows.ms), unit: 'ms' },
      { name: 'cli.score.millionRows.rssMB', value: Math.round(rows.rssMB), unit: 'MB' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
