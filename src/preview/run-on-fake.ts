/// <reference types="office-js" />
/**
 * Runs Office-host code on the fake Excel (tests, the browser preview): the fake implements
 * the subset of the Excel API that OfficeHost uses (see src/preview/fake-excel), so its run
 * stands in for Excel.run. Kept apart from index.ts so that the add-in bundle does not carry
 * the fake.
 */
import type { FakeWorkbook } from './fake-excel/workbook';
import type { ExcelRun } from '../hosts/office/office-host';

export function runOnFakeWorkbook(workbook: FakeWorkbook): ExcelRun {
  return workbook.run as unknown as ExcelRun;
}
