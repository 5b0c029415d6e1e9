/**
 * Old .xls workbooks (Excel 97–2003, still what many finance bureaus send): read with SheetJS
 * and handed to the .xlsx host as an .xlsx in memory, so that they are recognised and scored
 * like any workbook. The scored copy is written as .xlsx.
 */
import { promises as fs } from 'fs';
import * as XLSX from '@e965/xlsx';
import { XlsxError, loadXlsxBuffer, type LoadedXlsx } from '../hosts/xlsx';

export function isLegacyXls(file: string): boolean {
  return /\.xls$/i.test(file);
}

export async function loadLegacyXls(file: string): Promise<LoadedXlsx> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxError('xlsx.file.notFound', { file });
    throw new XlsxError('xlsx.file.unreadable', { file, reason: String(error) });
  }
  let converted: Buffer;
  try {
    const book = XLSX.read(bytes, { type: 'buffer', cellNF: true, cellDates: false });
    converted = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new XlsxError('xlsx.file.damaged', { file, reason });
  }
  return loadXlsxBuffer(converted, file);
}
