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

const rowOf = (address) => Number(/\d+/.exec(address)[0]);
const shiftAddress = (address, from, by) =>
  address.replace(/([A-Z]+)(\d+)/g, (m, col, row) =>
    Number(row) > from ? `${col}${Number(row) + by}` : m,
  );

/** Indicator values of generated row i, by contract column key. */
function indicator(i) {
  const kinds = [
    { target: '≥88%', actual: `${80 + (i % 20)}.${i % 100}%`, midYear: '50%' },
    { target: '≥40万件', actual: `${30 + (i % 50)}.3万件` },
    { target: '≤212.65万元', actual: `${150 + (i % 100)}.99万元` },
    { target: '=100%', actual: '100%' },
    { operator: '≥', target: 95, unit: '%', actual: 90 + (i % 10) },
    { operator: '定性', target: '有效', actual: '达成年度指标' },
    { target: '≥5%', actual: '无发生额' },
  ];
  return {
    level1: i % 2500 === 0 ? ['产出指标', '效益指标', '满意度指标', '成本指标'][i / 2500] : null,
    level2: i % 500 === 0 ? `二级指标${i / 500 + 1}` : null,
    name: `指标${i + 1}`,
    weight: 0.009,
    reason: i % 3 ? null : '工作推进顺利',
    ...kinds[i % kinds.length],
  };
}

/** The template spec with its indicator table holding `count` generated rows. */
function bigSpec(count) {
  const { buildTemplateSpec } = require(path.join(LIB, 'workbook', 'template'));
  const spec = buildTemplateSpec({ sample: true });
  const { firstDataRow: first, lastDataRow: last, columns, sheet: sheetName } = spec.layout;
  const sheet = spec.sheets.find((s) => s.name === sheetName);
  const by = count - (last - first + 1);
  const prototypes = {};
  for (const [key, letter] of Object.entries(columns)) {
    prototypes[key] = sheet.cells.find((c) => c.address === `${letter}${first}`);
  }
  const cells = [];
  for (const cell of sheet.cells) {
    const row = rowOf(cell.address);
    if (row < first) cells.push(cell);
    else if (row > last) cells.push({ ...cell, address: shiftAddress(cell.address, last, by) });
  }
  for (let i = 0; i < count; i += 1) {
    const values = indicator(i);
    for (const [key, letter] of Object.entries(columns)) {
      const proto = prototypes[key] || {};
      cells.push({
        address: `${letter}${first + i}`,
        value: values[key] ?? null,
        numberFormat: proto.numberFormat,
        style: proto.style,
      });
    }
  }
  sheet.cells = cells;
  sheet.merges = sheet.merges
    .filter((m) => rowOf(m) < first || rowOf(m) > last)
    .map((m) => shiftAddress(m, last, by));
  sheet.validations = sheet.validations.map((v) => ({
    ...v,
    range: shiftAddress(v.range, last - 1, by),
  }));
  const heights = {};
  for (const [row, h] of Object.entries(sheet.rowHeights)) {
    if (Number(row) < first) heights[row] = h;
    else if (Number(row) > last) heights[Number(row) + by] = h;
  }
  sheet.rowHeights = heights;
  spec.names = spec.names.map((n) =>
    n.sheet === sheetName
      ? { ...n, address: shiftAddress(n.address, last - (n.name === 'Indicators' ? 1 : 0), by) }
      : n,
  );
  return spec;
}

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
