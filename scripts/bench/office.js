'use strict';
// Office.js host benchmarks: syncs (Excel round trips) per recalculation of the sample
// workbook stretched to 10, 1,000 and 10,000 indicator rows, through the fake Excel. The
// contract is 2 at most (one read, one write) whatever the number of rows.
// Needs the compiled code (npm run build:cli): lib/hosts/fake-excel, lib/hosts/office,
// lib/workbook.
const path = require('path');

const lib = path.join(__dirname, '..', '..', 'lib');

module.exports = async function officeBench() {
  const { fakeSampleWorkbook } = require(path.join(lib, 'hosts', 'fake-excel'));
  const { OfficeHost } = require(path.join(lib, 'hosts', 'office', 'office-host'));
  const { runOnFakeWorkbook } = require(path.join(lib, 'hosts', 'office', 'run-on-fake'));
  const { OperationQueue } = require(path.join(lib, 'hosts', 'office', 'queue'));
  const { recalculateInWorkbook } = require(
    path.join(lib, 'hosts', 'office', 'recalculate-in-workbook'),
  );
  const lines = [];
  for (const rows of [10, 1000, 10000]) {
    const fake = fakeSampleWorkbook({ indicatorRows: rows });
    const host = new OfficeHost(runOnFakeWorkbook(fake));
    const started = process.hrtime.bigint();
    await recalculateInWorkbook(host, { queue: new OperationQueue(), conflictPolicy: 'refuse' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    lines.push({ name: `office.syncs.${rows}`, value: fake.syncCount, unit: 'syncs' });
    lines.push({ name: `office.recalculate.${rows}`, value: Math.round(ms), unit: 'ms' });
  }
  return lines;
};
