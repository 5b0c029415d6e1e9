/// <reference types="office-js" />
/**
 * The range the user selected, as Excel names it ("'项目支出绩效自评表'!B12:J24"): one read.
 * The pane's 用所选区域 takes it; the fake Excel answers the same way in the preview.
 */
import type { ExcelRun } from './office-host';

export function selectedAddress(run: ExcelRun): Promise<string> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    await context.sync();
    return range.address;
  });
}
