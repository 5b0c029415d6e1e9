'use strict';
// Office.js host benchmarks: syncs (Excel round trips) per recalculation of the sample
// workbook stretched to 10, 1,000 and 10,000 indicator rows, through the fake Excel
// (office.syncs.*) and through Microsoft's Excel client library answered by the wire
// interpreter (office.wire.syncs.*: requests counted on the wire, without the library's
// closing _RemoveReference request). The contract is 2 at most (one read, one write) whatever
// the number of rows.
// Needs the bench's own build (tsc -p tsconfig.bench.json, run by npm run bench): the Office
// host and the fake Excel are not part of the command line's build (lib/).
const path = require('path');
const { loadExcelLibrary } = require('../office-wire');

const lib = path.join(__dirname, '..', '..', 'lib-bench');

module.exports = async function officeBench() {
  const { fakeSampleWorkbook } = require(path.join(lib, 'preview', 'sample-workbook'));
  const { OfficeHost } = require(path.join(lib, 'hosts', 'office', 'office-host'));
  const { runOnFakeWorkbook } = require(path.join(lib, 'preview', 'run-on-fake'));
  const { OperationQueue } = require(path.join(lib, 'hosts', 'office', 'queue'));
  const { recalculateInWorkbook } = require(
    path.join(lib, 'hosts', 'office', 'recalculate-in-workbook'),
  );
  const lines = [];
  for (const rows of [10, 1000, 10000]) {
    const fake = await fakeSampleWorkbook({ indicatorRows: rows });
    const host = new OfficeHost(runOnFakeWorkbook(fake));
    const started = process.hrtime.bigint();
    await recalculateInWorkbook(host, { queue: new OperationQueue(), conflictPolicy: 'refuse' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    lines.push({ name: `office.syncs.${rows}`, value: fake.syncCount, unit: 'syncs' });
    lines.push({ name: `office.recalculate.${rows}`, value: Math.round(ms), unit: 'ms' });
  }
  const { WireInterpreter, customSendRequest } = require(
    path.join(lib, 'preview', 'office-wire', 'interpreter'),
  );
  for (const rows of [10, 1000, 10000]) {
    const interpreter = new WireInterpreter(await fakeSampleWorkbook({ indicatorRows: rows }));
    const library = loadExcelLibrary({ send: customSendRequest(interpreter), apiLevel: '1.4' });
    const host = new OfficeHost((batch) => library.Excel.run(batch), {
      requirements: library.requirements,
    });
    const outcome = await recalculateInWorkbook(host, {
      queue: new OperationQueue(),
      conflictPolicy: 'refuse',
    });
    if (!outcome.written) throw new Error(`the wire recalculation of ${rows} rows wrote nothing`);
    lines.push({ name: `office.wire.syncs.${rows}`, value: interpreter.syncCount, unit: 'syncs' });
    // Excel on the web refuses a request over about 5 MB: the largest one sent, for comparison.
    const largest = Math.max(...interpreter.requests.map((r) => JSON.stringify(r).length));
    lines.push({
      name: `office.wire.largestRequestKB.${rows}`,
      value: Math.round(largest / 1024),
      unit: 'KB',
    });
  }
  return lines;
};
