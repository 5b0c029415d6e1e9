import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  loadXlsxFile,
  openWorkbookFile,
  saveXlsxAtomic,
  type XlsxError,
} from '../../../src/hosts/xlsx';
import { readWorkbookXml, type DefinedNameRecord } from '../../../src/hosts/xlsx/defined-names';
import {
  EXTRA_NAMES,
  OTHER,
  addChartSheet,
  addNames,
  bufferOf,
  valueWorkbook,
  workbookXml,
} from './fixtures';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-xlsx-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writeFixture(name: string, buffer: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, buffer);
  return file;
}

async function namesIn(file: string): Promise<DefinedNameRecord[]> {
  return readWorkbookXml(await workbookXml(await fs.readFile(file))).names;
}

/** name|scope sheet|hidden|formula: what must survive of each name. */
function signature(n: DefinedNameRecord): string {
  return `${n.name}|${n.localSheet ?? ''}|${n.hidden ? 'hidden' : ''}|${n.formula}`;
}

describe('loadXlsxFile', () => {
  it('says clearly that a file is not a workbook', async () => {
    const text = await writeFixture('notes.xlsx', Buffer.from('部门,得分\n政务服务管理局,99.26\n'));
    await expect(loadXlsxFile(text)).rejects.toMatchObject({
      key: 'xlsx.file.notWorkbook',
      message: `${text} 不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后版本的格式）`,
    });
  });

  it('recognises an old .xls or password-protected workbook', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    const file = await writeFixture('old.xls', ole);
    await expect(loadXlsxFile(file)).rejects.toMatchObject({ key: 'xlsx.file.legacyOrEncrypted' });
  });

  it('names a missing file, and a zip that holds no workbook', async () => {
    await expect(loadXlsxFile(path.join(dir, 'nope.xlsx'))).rejects.toMatchObject({
      key: 'xlsx.file.notFound',
    });
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = await writeFixture('letter.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(loadXlsxFile(docx)).rejects.toMatchObject({ key: 'xlsx.file.notWorkbook' });
  });

  it('says a truncated file is damaged', async () => {
    const whole = await bufferOf(valueWorkbook());
    const file = await writeFixture('cut.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(loadXlsxFile(file)).rejects.toMatchObject({ key: 'xlsx.file.damaged' });
  });
});

describe('saveXlsxAtomic', () => {
  it('writes the target through a temporary file, leaves the input untouched and no temporary file behind', async () => {
    const input = await writeFixture('in.xlsx', await bufferOf(valueWorkbook()));
    const before = await fs.readFile(input);
    const { workbook } = await loadXlsxFile(input);
    workbook.getWorksheet(OTHER)!.getCell('B2').value = 43;
    const out = path.join(dir, 'in.scored.xlsx');
    await saveXlsxAtomic(workbook, out);
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    expect((await fs.readdir(dir)).sort()).toEqual(['in.scored.xlsx', 'in.xlsx']);
    const again = await loadXlsxFile(out);
    expect(again.workbook.getWorksheet(OTHER)!.getCell('B2').value).toBe(43);
  });

  it('leaves an existing target as it was when the write fails, and names the file', async () => {
    const { workbook } = await loadXlsxFile(
      await writeFixture('in.xlsx', await bufferOf(valueWorkbook())),
    );
    const missingFolder = path.join(dir, 'no-such-folder', 'out.xlsx');
    await expect(saveXlsxAtomic(workbook, missingFolder)).rejects.toMatchObject({
      key: 'xlsx.save.failed',
      params: { file: missingFolder },
    });
    // A target that is a folder cannot be replaced: the rename fails after the temporary
    // file was written; it is removed again and the folder is untouched.
    const folderTarget = path.join(dir, 'taken.xlsx');
    await fs.mkdir(folderTarget);
    await expect(saveXlsxAtomic(workbook, folderTarget)).rejects.toMatchObject({
      key: 'xlsx.save.failed',
    });
    expect((await fs.readdir(dir)).sort()).toEqual(['in.xlsx', 'taken.xlsx']);
    expect(await fs.readdir(folderTarget)).toEqual([]);
  });

  it('keeps every kind of defined name exceljs would drop or damage: sheet-scoped, constant, text, formula, hidden, #REF!, built-in', async () => {
    const input = await writeFixture(
      'names.xlsx',
      await addNames(await bufferOf(valueWorkbook()), EXTRA_NAMES),
    );
    const original = await namesIn(input);
    const { workbook, source } = await loadXlsxFile(input);
    workbook.addWorksheet('评价结果').getCell('B2').value = 99.26;
    workbook.definedNames.add('评价结果!$B$2', 'Result_Total');
    const out = path.join(dir, 'names.scored.xlsx');
    await saveXlsxAtomic(workbook, out, source);
    const written = await namesIn(out);
    const signatures = written.map(signature);
    for (const name of original) expect(signatures).toContain(signature(name));
    // Kind by kind, as a user would check them in Excel's Name Manager:
    const find = (name: string, sheet?: string) =>
      written.find((n) => n.name === name && n.localSheet === sheet);
    expect(find('Local', OTHER)?.formula).toBe(`'Other sheet'!$B$2`);
    expect(find('Budget_Spent', OTHER)).toBeDefined();
    expect(find('Budget_Spent')).toBeUndefined();
    expect(find('Threshold')?.formula).toBe('1.3');
    expect(find('Label')?.formula).toBe('"a&b "c""');
    expect(find('DoubleBudget')?.formula).toBe('SUM(绩效指标!$A$1:$A$3)*2');
    expect(find('Secret')?.hidden).toBe(true);
    expect(find('_xlnm._FilterDatabase', '绩效指标')?.hidden).toBe(true);
    expect(find('Broken')?.formula).toBe('#REF!');
    expect(find('Row1')?.formula).toBe(`'绩效指标'!$A$1:$L$1`);
    expect(find('Row1', OTHER)?.formula).toBe(`'Other sheet'!$A$1`);
    // A name added through exceljs, as exceljs spells it (it quotes every sheet name).
    expect(find('Result_Total')?.formula).toBe(`'评价结果'!$B$2`);
    // Nothing is written twice.
    const keys = written.map((n) => `${n.name}|${n.localSheet ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    // And the file still opens, with the names the host reads.
    const reread = await openWorkbookFile(out);
    const snap = await reread.host.read({
      names: ['Result_Total', 'Threshold'],
      sheets: [],
    });
    expect(snap.names.find((n) => n.name === 'Result_Total')?.range?.values).toEqual([[99.26]]);
    expect(snap.names.find((n) => n.name === 'Threshold')?.problem).toBe('notARange');
  });

  it('refuses to write, naming the name and why, when a name links to another workbook', async () => {
    const input = await writeFixture(
      'ext.xlsx',
      await addNames(await bufferOf(valueWorkbook()), [
        '<definedName name="Prior_Total">[1]汇总!$C$3</definedName>',
      ]),
    );
    const { workbook } = await loadXlsxFile(input);
    const out = path.join(dir, 'ext.scored.xlsx');
    await expect(saveXlsxAtomic(workbook, out)).rejects.toMatchObject({
      key: 'xlsx.save.namesLost',
      message: expect.stringContaining(
        'Prior_Total（引用其他工作簿，外部链接无法保留）',
      ) as unknown,
    });
    await expect(fs.stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    const error = (await saveXlsxAtomic(workbook, out).catch((e: unknown) => e)) as XlsxError;
    expect(error.localized('en-US')).toBe(
      `Did not save ${out}: these names cannot be kept as they are and would be lost or damaged: Prior_Total (refers to another workbook; the external link cannot be kept)`,
    );
  });

  it('refuses to write a workbook whose chart sheet would be lost', async () => {
    const input = await writeFixture(
      'chart.xlsx',
      await addChartSheet(await bufferOf(valueWorkbook()), '走势图'),
    );
    const { workbook } = await loadXlsxFile(input);
    const out = path.join(dir, 'chart.scored.xlsx');
    await expect(saveXlsxAtomic(workbook, out)).rejects.toMatchObject({
      key: 'xlsx.save.sheetsLost',
      params: { sheets: '走势图' },
    });
    await expect(fs.stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes over its input only when that is the target', async () => {
    const input = await writeFixture('same.xlsx', await bufferOf(valueWorkbook()));
    const { workbook } = await loadXlsxFile(input);
    workbook.getWorksheet(OTHER)!.getCell('B2').value = 44;
    await saveXlsxAtomic(workbook, input);
    const again = await loadXlsxFile(input);
    expect(again.workbook.getWorksheet(OTHER)!.getCell('B2').value).toBe(44);
    expect(await fs.readdir(dir)).toEqual(['same.xlsx']);
  });
});
