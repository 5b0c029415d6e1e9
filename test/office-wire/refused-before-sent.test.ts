/**
 * A write that Microsoft's Excel client library refuses at a call, while the batch is being
 * queued, sends nothing: Excel.run sends nothing of a batch that throws before its sync. The
 * user is told that Excel refused the request and the workbook is unchanged, and no rollback is
 * tried (it would be refused the same way, and say the workbook may have been changed).
 *
 * Every member the add-in writes with is ExcelApi 1.4 or lower, or asked for through
 * isSetSupported first, so at a single level the library refuses none of its writes. The
 * refusal here comes from an Excel whose isSetSupported claims ExcelApi 1.6 while its library
 * checks members against 1.4: the recalculation's reads (1.4) pass, and its status column's
 * conditional formats (Range.conditionalFormats, 1.6) throw ApiNotFound at the call.
 */
import { fakeSampleWorkbook } from '../../src/preview/sample-workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { WriteFailedError, recalculate } from '../../src/workbook';
import { requirementsFor } from '../../scripts/office-wire';
import { fakeState } from '../faults/fake-state';
import { bridgeTo } from './bridge';
import { makePair } from './flows';

const NOW = new Date(2026, 10, 27, 9, 30, 0);

test('a batch that throws before its sync sends nothing to the workbook', async () => {
  const bridge = bridgeTo(await fakeSampleWorkbook(), { apiLevel: '1.4' });
  const before = fakeState(bridge.interpreter.workbook);
  const error = await bridge
    .run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('绩效自评表').getRange('A1').values = [['changed']];
      sheets.add('新工作表');
      context.workbook.names.add('新名称', sheets.getItem('绩效自评表').getRange('A1:B2'));
      // ExcelApi 1.6: refused at the call.
      sheets.getItem('绩效自评表').getRange('M6:M13').conditionalFormats.clearAll();
      await context.sync();
    })
    .catch((e: unknown) => e);
  expect((error as { code?: string }).code).toBe('ApiNotFound');
  // Not one request, not even the library's closing cleanup.
  expect(bridge.interpreter.requests).toEqual([]);
  expect(fakeState(bridge.interpreter.workbook)).toEqual(before);
});

test('a recalculation whose write Excel refuses at the call says the workbook is unchanged and rolls nothing back', async () => {
  const bridge = bridgeTo(await fakeSampleWorkbook(), { apiLevel: '1.4' });
  const before = fakeState(bridge.interpreter.workbook);
  const host = new OfficeHost(bridge.run, { requirements: requirementsFor('1.6') });
  const reads = jest.spyOn(host, 'read');
  const applies = jest.spyOn(host, 'apply');
  let syncsBeforeWrite = -1;
  let readsBeforeWrite = -1;
  applies.mockImplementationOnce(async function (this: OfficeHost, plan) {
    syncsBeforeWrite = bridge.interpreter.syncCount;
    readsBeforeWrite = reads.mock.calls.length;
    return OfficeHost.prototype.apply.call(this, plan);
  });

  const error = await recalculate(host, { conflictPolicy: 'refuse', now: NOW }).catch(
    (e: unknown) => e,
  );

  expect(error).toBeInstanceOf(WriteFailedError);
  const failed = error as WriteFailedError;
  expect(failed.rolledBack).toBe(true);
  expect(failed.code).toBe('workbook.write.notSent');
  expect(failed.message).toMatch(/^写入工作簿失败（.*conditionalFormats.*）：/);
  expect(failed.message).toContain('Excel 在写入前拒绝了请求，工作簿未改变。');
  expect(failed.message).not.toMatch(/撤回|请稍后重试|可能已被改写/);
  expect(failed.localized('en-US')).toMatch(
    /^Writing to the workbook failed \(.*conditionalFormats.*\): Excel refused the request before anything was written; the workbook is unchanged\.$/,
  );
  expect((failed.writeError as { code?: string }).code).toBe('ApiNotFound');
  // The write was tried once and sent nothing; no rollback read or write followed.
  expect(syncsBeforeWrite).toBeGreaterThan(0);
  expect(bridge.interpreter.syncCount).toBe(syncsBeforeWrite);
  expect(applies).toHaveBeenCalledTimes(1);
  expect(reads).toHaveBeenCalledTimes(readsBeforeWrite);
  expect(fakeState(bridge.interpreter.workbook)).toEqual(before);
});

test('the ribbon shows that Excel refused the write and the workbook is unchanged', async () => {
  const pair = await makePair('seed', '1.4', '1.6');
  const before = fakeState(pair.wire.fake);
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const event = (await pair.wire.command('ribbon')) as { type: string; message: string };
  logged.mockRestore();
  expect(event.type).toBe('failed');
  expect(event.message).toContain('Excel 在写入前拒绝了请求，工作簿未改变。');
  expect(event.message).not.toMatch(/撤回|可能已被改写/);
  expect(fakeState(pair.wire.fake)).toEqual(before);
});

test('the pane shows that Excel refused the write and the workbook is unchanged', async () => {
  const pair = await makePair('seed', '1.4', '1.6');
  const before = fakeState(pair.wire.fake);
  const shown = await pair.wire.backend.recalculate('refuse').catch((e: unknown) => e);
  const message =
    shown instanceof Error ? shown.message : JSON.stringify(shown as Record<string, unknown>);
  expect(message).toContain('Excel 在写入前拒绝了请求，工作簿未改变。');
  expect(message).not.toMatch(/撤回|可能已被改写/);
  expect(fakeState(pair.wire.fake)).toEqual(before);
});
