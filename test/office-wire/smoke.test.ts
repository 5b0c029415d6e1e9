import { fakeSampleWorkbook } from '../../src/hosts/fake-excel';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { recalculate, snapshotRequest } from '../../src/workbook';
import { bridgeTo } from './bridge';

test('smoke', async () => {
  const fake = fakeSampleWorkbook();
  const bridge = bridgeTo(fake);
  const host = new OfficeHost(bridge.run);
  const snap = await host.read(snapshotRequest());
  console.log(snap.names.length, snap.sheetNames);
  const outcome = await recalculate(host, { conflictPolicy: 'refuse' });
  console.log(outcome.written, bridge.interpreter.syncCount, bridge.interpreter.unsupported, bridge.interpreter.errors);
});
