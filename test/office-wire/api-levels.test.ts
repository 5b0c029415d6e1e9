/**
 * The API checks of Microsoft's Excel client library, switched on by the bridge, do what an
 * Excel of a given level does: a member above the level claimed throws ApiNotFound at the call,
 * before anything is sent. So the flows that pass at ExcelApi 1.4 (flows-excelapi-1.4.test.ts)
 * prove that no 1.6+ member is reached there; and at ExcelApi 1.3, below the manifest's
 * requirement, the add-in's flows fail as they must (getItemOrNullObject is 1.4), leaving the
 * workbook untouched.
 */
import { fakeSampleWorkbook } from '../../src/preview/sample-workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { recalculate, snapshotRequest } from '../../src/workbook';
import { fakeState } from '../faults/fake-state';
import { bridgeTo } from './bridge';
import { makePair, paneShownCount } from './flows';

/** Runs one call through the library at a level; resolves to the error code or "ok". */
async function codeOf(level: string, call: (context: Excel.RequestContext) => unknown) {
  const bridge = bridgeTo(await fakeSampleWorkbook(), { apiLevel: level });
  try {
    await bridge.run(async (context) => {
      call(context);
      await context.sync();
    });
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

const conditionalFormats = (context: Excel.RequestContext) =>
  context.workbook.worksheets
    .getItem('绩效自评表')
    .getRange('M6:M13')
    .conditionalFormats.clearAll();
const freezePanes = (context: Excel.RequestContext) =>
  context.workbook.worksheets.getItem('绩效自评表').freezePanes.freezeRows(5);
const orNullObject = (context: Excel.RequestContext) =>
  context.workbook.worksheets.getItemOrNullObject('绩效自评表').load('name');

test('a member above the level claimed throws ApiNotFound; at or below it, it runs', async () => {
  expect(await codeOf('1.4', conditionalFormats)).toBe('ApiNotFound');
  expect(await codeOf('1.6', conditionalFormats)).toBe('ok');
  expect(await codeOf('1.6', freezePanes)).toBe('ApiNotFound');
  expect(await codeOf('1.3', orNullObject)).toBe('ApiNotFound');
  expect(await codeOf('1.4', orNullObject)).toBe('ok');
});

test('at ExcelApi 1.3 a recalculation fails on getItemOrNullObject and changes nothing', async () => {
  const bridge = bridgeTo(await fakeSampleWorkbook(), { apiLevel: '1.3' });
  const before = fakeState(bridge.interpreter.workbook);
  const host = new OfficeHost(bridge.run);
  const error = (await recalculate(host, { conflictPolicy: 'refuse' }).catch(
    (e: unknown) => e,
  )) as {
    code?: string;
    message?: string;
  };
  expect(error.code).toBe('ApiNotFound');
  expect(error.message).toMatch(/getItemOrNullObject/i);
  await expect(host.read(snapshotRequest())).rejects.toMatchObject({ code: 'ApiNotFound' });
  // Thrown at the call: no request reached the workbook.
  expect(bridge.interpreter.syncCount).toBe(0);
  expect(fakeState(bridge.interpreter.workbook)).toEqual(before);
});

test('at ExcelApi 1.3 the ribbon command fails, shows the pane and completes its event', async () => {
  const pair = await makePair('seed', '1.3');
  const before = fakeState(pair.wire.fake);
  const shown = paneShownCount();
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  // Resolves only once the ExecuteFunction event is completed.
  const event = (await pair.wire.command('ribbon')) as { type: string; message: string };
  expect(event.type).toBe('failed');
  expect(event.message).toMatch(/getItemOrNullObject/i);
  expect(logged).toHaveBeenCalledWith('PerfScore: the recalculation failed', expect.anything());
  logged.mockRestore();
  expect(paneShownCount()).toBe(shown + 1);
  expect(fakeState(pair.wire.fake)).toEqual(before);
});
