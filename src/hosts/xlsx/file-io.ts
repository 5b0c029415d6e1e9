/**
 * Saving a workbook made with exceljs: the batch summary, a new table that no user's file
 * feeds. (User workbooks and the template are read and written as packages: workbook-file.ts.)
 *
 * The workbook is written to a temporary file in the target's folder, flushed and renamed over
 * the target, so an interrupted (even killed) run never leaves a broken file and nothing but
 * the target is ever touched.
 */
import type * as ExcelJS from 'exceljs';
import { writeFileAtomic } from '../atomic-file';
import { XlsxError } from './errors';

/**
 * Writes the workbook to `file` atomically: the whole file is built in memory, then written
 * through writeFileAtomic (atomic-file.ts: a hidden temporary file in the same folder, flushed,
 * renamed over `file`). A run killed at any moment therefore leaves `file` either as it was
 * (or absent) or complete; any other file is never touched. A refused write is an XlsxError
 * ('xlsx.save.failed') naming the file and the system's reason.
 */
export async function saveXlsxAtomic(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  try {
    await writeFileAtomic(file, buffer, { replace: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new XlsxError('xlsx.save.failed', { file, reason });
  }
}
