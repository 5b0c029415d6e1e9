'use strict';
// cli.score.10k.ms / .rssMB: a generated 10,000-indicator workbook (the template spec with its
// indicator table stretched, rendered with exceljs) scored end to end by
// `node bin/perfscore.js score file.xlsx`: wall time (median of 3 runs, node start-up
// included) and the child's peak resident memory. Targets: ratio ≤ 0.5, ≤ 200 MB.
// libreoffice.resave.10k.ms: LibreOffice (when soffice is installed) merely opening and
// re-saving the same workbook as .xlsx, measured in the same run, runs interleaved with ours
// so that both see the same load; cli.score.10k.vsLibreOffice is their ratio.
// cli.batch.200.workbooksPerSecond: `perfscore batch` over 200 seed-size workbooks;
// cli.batch.200.vsScore: its time per workbook against one `perfscore score` of the same seed
// workbook (node start-up included), measured in the same run.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measure, median } = require('../measure-child');

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'perfscore.js');
const LIB = path.join(ROOT, 'lib');
const COUNT = 10_000;
const RUNS = 3;
const BATCH = 200;

const { bigSpec } = require('../big-workbook');

function hasSoffice() {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** LibreOffice opening `file` and saving it again as .xlsx into `outDir`. */
function resaveArgs(file, outDir, profile) {
  return [
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      file,
    ],
  ];
}

module.exports = async function bench() {
  const { templateWorkbookBytes } = require(path.join(LIB, 'hosts', 'xlsx'));
  const { buildTemplateSpec } = require(path.join(LIB, 'workbook', 'template'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bench-cli-'));
  try {
    const file = path.join(dir, 'big.xlsx');
    fs.writeFileSync(file, await templateWorkbookBytes(bigSpec(COUNT)));
    const soffice = hasSoffice();
    const profile = path.join(dir, 'lo-profile');
    if (soffice) measure(...resaveArgs(file, path.join(dir, 'warm'), profile)); // first start
    const ours = [];
    const theirs = [];
    for (let r = 0; r < RUNS; r += 1) {
      ours.push(measure(process.execPath, [BIN, 'score', file, '--force']));
      if (soffice) theirs.push(measure(...resaveArgs(file, path.join(dir, `lo${r}`), profile)));
    }
    if (!fs.existsSync(path.join(dir, 'big.scored.xlsx'))) {
      throw new Error('cli bench: no scored workbook was written');
    }
    const ms = median(ours.map((r) => r.ms));
    const lines = [
      { name: 'cli.score.10k.ms', value: Math.round(ms), unit: 'ms' },
      {
        name: 'cli.score.10k.rssMB',
        value: Math.round(Math.max(...ours.map((r) => r.rssMB))),
        unit: 'MB',
      },
    ];
    if (soffice) {
      const lo = median(theirs.map((r) => r.ms));
      lines.push(
        { name: 'libreoffice.resave.10k.ms', value: Math.round(lo), unit: 'ms' },
        { name: 'cli.score.10k.vsLibreOffice', value: Number((ms / lo).toFixed(2)), unit: 'ratio' },
      );
    }

    const folder = path.join(dir, 'batch');
    fs.mkdirSync(folder);
    const seed = path.join(dir, 'seed.xlsx');
    fs.writeFileSync(seed, await templateWorkbookBytes(buildTemplateSpec({ sample: true })));
    for (let i = 0; i < BATCH; i += 1) {
      fs.copyFileSync(seed, path.join(folder, `部门${String(i + 1).padStart(3, '0')}.xlsx`));
    }
    const batch = measure(process.execPath, [
      BIN,
      'batch',
      folder,
      '--summary',
      path.join(dir, 'summary.xlsx'),
    ]);
    // One `perfscore score` of the same seed workbook, in the same run: the reference.
    const one = measure(process.execPath, [
      BIN,
      'score',
      seed,
      '--out',
      path.join(dir, 'seed.scored.xlsx'),
    ]);
    lines.push(
      {
        name: 'cli.batch.200.workbooksPerSecond',
        value: Number((BATCH / (batch.ms / 1000)).toFixed(1)),
        unit: 'workbooks/s',
      },
      {
        name: 'cli.batch.200.vsScore',
        value: Number((batch.ms / BATCH / one.ms).toFixed(2)),
        unit: 'ratio',
      },
    );
    return lines;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
