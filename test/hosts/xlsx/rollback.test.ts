/**
 * All-or-none writes on the .xlsx host: a plan failing half-way (a value for a merged cell)
 * is rolled back: values, number formats and formulas put back, the sheet and name it created
 * deleted. PackageHost checks a whole plan before it writes anything, so the half-way failure
 * is made by a host that applies a plan in two steps, all but its last write and then that write.
 */
import * as ExcelJS from 'exceljs';
import { openWorkbookBuffer, type PackageHost } from '../../../src/hosts/xlsx';
import { WriteFailedError, applyAllOrNone } from '../../../src/workbook';
import type {
  SnapshotRequest,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
} from '../../../src/workbook/port/types';
import { bufferOf, readByExcelJs } from './fixtures';

async function workbook(): Promise<PackageHost> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('S');
  ws.getCell('A1').value = 1;
  ws.getCell('B1').value = { formula: 'A1*2', result: 2, date1904: false };
  ws.getCell('C1').value = '合并';
  ws.mergeCells('C1:D1');
  return openWorkbookBuffer(await bufferOf(book), 'rollback.xlsx');
}

/** Applies a plan as two writes to the package: all but its last cell write, then that one. */
class TwoStepHost implements WorkbookHost {
  constructor(readonly inner: PackageHost) {}

  read(request: SnapshotRequest): Promise<WorkbookSnapshot> {
    return this.inner.read(request);
  }

  async apply(plan: WritePlan): Promise<void> {
    const last = plan.writes.length - 1;
    if (last < 1) return this.inner.apply(plan);
    await this.inner.apply({ ...plan, writes: plan.writes.slice(0, last) });
    await this.inner.apply({ createSheets: [], createNames: [], writes: [plan.writes[last]] });
  }
}

/** The saved workbook as exceljs reads it. */
async function saved(host: PackageHost): Promise<ExcelJS.Workbook> {
  return readByExcelJs(host.toBuffer());
}

const PLAN: WritePlan = {
  createSheets: [{ name: 'New', visibility: 'veryHidden' }],
  createNames: [{ name: 'Made', reference: 'S!A1' }],
  writes: [
    { sheet: 'S', address: 'A1:B1', values: [[2, 5]], numberFormats: [['0.00', '0.0%']] },
    { sheet: 'New', address: 'A1', values: [['x']] },
    { sheet: 'S', address: 'D1', values: [['boom']] },
  ],
};

describe('PackageHost with applyAllOrNone', () => {
  it('puts back what a plan failing half-way wrote and removes what it created', async () => {
    const host = new TwoStepHost(await workbook());
    const snapshot = await host.read({ names: ['Made'], sheets: ['S'] });
    const error: unknown = await applyAllOrNone(host, PLAN, snapshot).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailedError);
    expect((error as WriteFailedError).rolledBack).toBe(true);
    expect((error as WriteFailedError).message).toMatch(/^写入工作簿失败（.*S!D1.*），已全部撤回/);
    const book = await saved(host.inner);
    const ws = book.getWorksheet('S')!;
    expect(ws.getCell('A1').value).toBe(1);
    expect(ws.getCell('A1').numFmt || 'General').toBe('General');
    expect(ws.getCell('B1').formula).toBe('A1*2');
    expect(ws.getCell('B1').result).toBe(2);
    expect(book.worksheets.map((w) => w.name)).toEqual(['S']);
    expect(book.definedNames.model.map((n: { name: string }) => n.name)).toEqual([]);
    // The workbook reads as before.
    expect(await host.read({ names: ['Made'], sheets: ['S'] })).toEqual(snapshot);
  });

  it('applies a plan that does not fail as it is', async () => {
    const host = new TwoStepHost(await workbook());
    const snapshot = await host.read({ names: ['Made'], sheets: ['S'] });
    const plan = { ...PLAN, writes: PLAN.writes.slice(0, 2) };
    await applyAllOrNone(host, plan, snapshot);
    const book = await saved(host.inner);
    expect(book.getWorksheet('S')!.getCell('A1').value).toBe(2);
    expect(book.getWorksheet('New')!.getCell('A1').value).toBe('x');
    expect(book.definedNames.model.map((n: { name: string }) => n.name)).toEqual(['Made']);
  });
});
