'use strict';
// cli.score.10k.ms / cli.score.10k.rssMB: a generated 10,000-indicator workbook (the template
// spec with its indicator table stretched, rendered with exceljs) scored end to end by
// `node bin/perfscore.js score file.xlsx`: wall time (median of 3 runs, node start-up
// included) and the child's peak resident memory. Targets: ≤ 2,500 ms and ≤ 400 MB.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'perfscore.js');
const LIB = path.join(ROOT, 'lib');
const COUNT = 10_000;
const RUNS = 3;

const { bigSpec } = require('../big-workbook');

function runOnce(file) {
  const timeBin = '/usr/bin/time';
  const useTime = fs.existsSync(timeBin);
  const start = process.hrtime.bigint();
  const child = useTime
    ? spawnSync(timeBin, ['-f', 'maxrss_kb=%M', process.execPath, BIN, 'score', file], {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'zh_CN.UTF-8' },
        maxBuffer: 64 * 1024 * 1024,
      })
    : spawnSync(
        process.execPath,
        [
          '-e',
          `process.argv=[process.argv[0],${JSON.stringify(BIN)},'score',${JSON.stringify(file)}];` +
            `process.on('exit',()=>process.stderr.write('maxrss_kb='+process.resourceUsage().maxRSS+'\\n'));` +
            `require(${JSON.stringify(BIN)});`,
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, LANG: 'zh_CN.UTF-8' },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /maxrss_kb=(\d+)/.exec(child.stderr || '');
  if (child.status !== 0 || !rss) {
    throw new Error(
      `cli bench: perfscore exited ${child.status}: ${(child.stderr || '').slice(0, 2000)}`,
    );
  }
  return { ms, rssMB: Number(rss[1]) / 1024 };
}

module.exports = async function bench() {
  const { writeTemplateXlsx } = require(path.join(LIB, 'hosts', 'xlsx'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bench-cli-'));
  try {
    const file = path.join(dir, 'big.xlsx');
    await writeTemplateXlsx(bigSpec(COUNT)).xlsx.writeFile(file);
    const runs = [];
    for (let r = 0; r < RUNS; r += 1) runs.push(runOnce(file));
    const scored = path.join(dir, 'big.scored.xlsx');
    if (!fs.existsSync(scored)) throw new Error('cli bench: no scored workbook was written');
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    const rss = Math.max(...runs.map((r) => r.rssMB));
    return [
      { name: 'cli.score.10k.ms', value: Math.round(ms), unit: 'ms' },
      { name: 'cli.score.10k.rssMB', value: Math.round(rss), unit: 'MB' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
