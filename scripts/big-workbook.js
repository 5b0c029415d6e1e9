'use strict';
// A big workbook for the command-line benchmark (scripts/bench/cli.js) and the killed-run test
// (test/faults/cli-killed.test.ts): the sample template (the seed report) with its indicator
// table stretched to `count` generated rows of mixed kinds. Needs the compiled lib/
// (`npm run build:cli`).
const path = require('path');

const LIB = path.join(__dirname, '..', 'lib');

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

module.exports = { bigSpec };
