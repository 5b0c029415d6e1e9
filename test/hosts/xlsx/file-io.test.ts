/**
 * saveXlsxAtomic, the writer of the batch summary (a new workbook made with exceljs): the file
 * goes through a temporary file renamed into place, so a failed write leaves the folder as it
 * was and says which file could not be saved and why.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { saveXlsxAtomic, type XlsxError } from '../../../src/hosts/xlsx';
import { OTHER, readByExcelJs, valueWorkbook } from './fixtures';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-xlsx-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('saveXlsxAtomic', () => {
  it('writes a new workbook, replacing an older file of its name, and leaves no temporary file behind', async () => {
    const out = path.join(dir, 'summary.xlsx');
    await fs.writeFile(out, 'an older summary');
    const workbook = valueWorkbook();
    workbook.getWorksheet(OTHER)!.getCell('B2').value = 43;
    await saveXlsxAtomic(workbook, out);
    expect(await fs.readdir(dir)).toEqual(['summary.xlsx']);
    const written = await readByExcelJs(await fs.readFile(out));
    expect(written.getWorksheet(OTHER)!.getCell('B2').value).toBe(43);
  });

  it('leaves the folder as it was when the write fails, and names the file and the reason', async () => {
    const workbook = valueWorkbook();
    const missingFolder = path.join(dir, 'no-such-folder', 'out.xlsx');
    const error = (await saveXlsxAtomic(workbook, missingFolder).catch(
      (e: unknown) => e,
    )) as XlsxError;
    expect(error).toMatchObject({ key: 'xlsx.save.failed', params: { file: missingFolder } });
    expect(error.message.startsWith(`无法保存 ${missingFolder}：`)).toBe(true);
    expect(error.message).toContain('ENOENT');
    expect(error.message.endsWith('（原文件未改动）')).toBe(true);
    // A target that is a folder cannot be replaced: the rename fails after the temporary
    // file was written; it is removed again and the folder is untouched.
    const folderTarget = path.join(dir, 'taken.xlsx');
    await fs.mkdir(folderTarget);
    await expect(saveXlsxAtomic(workbook, folderTarget)).rejects.toMatchObject({
      key: 'xlsx.save.failed',
      params: { file: folderTarget },
    });
    expect(await fs.readdir(dir)).toEqual(['taken.xlsx']);
    expect(await fs.readdir(folderTarget)).toEqual([]);
  });
});
