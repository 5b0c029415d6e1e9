/**
 * Opening and saving the workbook files the command line scores (openWorkbookFile,
 * savePackageAtomic): a clear message naming the file for anything that is not a workbook it
 * can read; a save that goes through a temporary file, touches nothing but its target and
 * keeps what the file held that the host does not write (every kind of defined name, chart
 * sheets, links to other workbooks).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import {
  openWorkbookBuffer,
  openWorkbookFile,
  savePackageAtomic,
  type PackageHost,
} from '../../../src/hosts/xlsx';
import { readWorkbookXml, type DefinedNameRecord } from '../../../src/hosts/xlsx/defined-names';
import type { WritePlan } from '../../../src/workbook/port/types';
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

/** A plan writing one value into Other sheet!B2, as a scoring run writes its outputs. */
function writeOther(value: number): WritePlan {
  return {
    createSheets: [],
    createNames: [],
    writes: [{ sheet: OTHER, address: 'B2', values: [[value]] }],
  };
}

/** The values of Other sheet's used range, as the host reads them. */
async function otherValues(host: PackageHost): Promise<unknown> {
  const snapshot = await host.read({ names: [], sheets: [OTHER] });
  return snapshot.sheets[0].used?.values;
}

/** An OLE compound document (the container of .xls files and of password-protected ones). */
function compoundDocument(...streams: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), ...streams]);
}

describe('openWorkbookFile', () => {
  it('says clearly that a file is not a workbook', async () => {
    const text = await writeFixture('notes.xlsx', Buffer.from('部门,得分\n政务服务管理局,99.26\n'));
    await expect(openWorkbookFile(text)).rejects.toMatchObject({
      key: 'xlsx.file.notWorkbook',
      message: `${text} 不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后版本的格式）`,
    });
  });

  it('tells an unreadable old .xls from a password-protected workbook', async () => {
    const xls = await writeFixture('old.xls', compoundDocument());
    await expect(openWorkbookFile(xls)).rejects.toMatchObject({
      key: 'xlsx.file.xlsUnreadable',
      params: { file: xls },
    });
    const locked = await writeFixture(
      'locked.xlsx',
      compoundDocument(Buffer.from('EncryptionInfo', 'utf16le')),
    );
    await expect(openWorkbookFile(locked)).rejects.toMatchObject({
      key: 'xlsx.file.encrypted',
      params: { file: locked },
    });
    // Bytes opened as a package, without the .xls conversion, name both ways out.
    expect(() => openWorkbookBuffer(compoundDocument(), 'old.xls')).toThrow(
      expect.objectContaining({ key: 'xlsx.file.legacyOrEncrypted' }),
    );
  });

  it('names a missing file, and a zip that holds no workbook', async () => {
    await expect(openWorkbookFile(path.join(dir, 'nope.xlsx'))).rejects.toMatchObject({
      key: 'xlsx.file.notFound',
    });
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = await writeFixture('letter.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(openWorkbookFile(docx)).rejects.toMatchObject({ key: 'xlsx.file.notWorkbook' });
  });

  it('says a truncated file is damaged', async () => {
    const whole = await bufferOf(valueWorkbook());
    const file = await writeFixture('cut.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(openWorkbookFile(file)).rejects.toMatchObject({
      key: 'xlsx.file.broken',
      params: { file },
    });
  });
});

describe('savePackageAtomic', () => {
  it('writes the target through a temporary file, leaves the input untouched and no temporary file behind', async () => {
    const input = await writeFixture('in.xlsx', await bufferOf(valueWorkbook()));
    const before = await fs.readFile(input);
    const { host } = await openWorkbookFile(input);
    await host.apply(writeOther(43));
    const out = path.join(dir, 'in.scored.xlsx');
    await savePackageAtomic(host, out);
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    expect((await fs.readdir(dir)).sort()).toEqual(['in.scored.xlsx', 'in.xlsx']);
    expect(await otherValues((await openWorkbookFile(out)).host)).toEqual([[43]]);
  });

  it('leaves the folder as it was when the write fails, and names the file', async () => {
    const { host } = await openWorkbookFile(
      await writeFixture('in.xlsx', await bufferOf(valueWorkbook())),
    );
    const missingFolder = path.join(dir, 'no-such-folder', 'out.xlsx');
    await expect(savePackageAtomic(host, missingFolder)).rejects.toMatchObject({
      key: 'xlsx.save.noFolder',
      params: { file: missingFolder, folder: path.join(dir, 'no-such-folder') },
    });
    // A target that is a folder cannot be replaced: the rename fails after the temporary
    // file was written; it is removed again and the folder is untouched.
    const folderTarget = path.join(dir, 'taken.xlsx');
    await fs.mkdir(folderTarget);
    await expect(savePackageAtomic(host, folderTarget)).rejects.toMatchObject({
      key: 'xlsx.save.isFolder',
      params: { file: folderTarget },
    });
    expect((await fs.readdir(dir)).sort()).toEqual(['in.xlsx', 'taken.xlsx']);
    expect(await fs.readdir(folderTarget)).toEqual([]);
  });

  it('keeps every kind of defined name: sheet-scoped, constant, text, formula, hidden, #REF!, built-in', async () => {
    const input = await writeFixture(
      'names.xlsx',
      await addNames(await bufferOf(valueWorkbook()), EXTRA_NAMES),
    );
    const original = await namesIn(input);
    const { host } = await openWorkbookFile(input);
    await host.apply({
      createSheets: [{ name: '评价结果', visibility: 'visible' }],
      createNames: [{ name: 'Result_Total', reference: '评价结果!B2' }],
      writes: [{ sheet: '评价结果', address: 'B2', values: [[99.26]] }],
    });
    const out = path.join(dir, 'names.scored.xlsx');
    await savePackageAtomic(host, out);
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
    // The name the plan created, as the host spells it.
    expect(find('Result_Total')?.formula).toBe('评价结果!$B$2');
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

  it('keeps a name that links to another workbook, as the file has it', async () => {
    const link = '<definedName name="Prior_Total">[1]汇总!$C$3</definedName>';
    const input = await writeFixture(
      'ext.xlsx',
      await addNames(await bufferOf(valueWorkbook()), [link]),
    );
    const { host } = await openWorkbookFile(input);
    await host.apply(writeOther(43));
    const out = path.join(dir, 'ext.scored.xlsx');
    await savePackageAtomic(host, out);
    expect(await workbookXml(await fs.readFile(out))).toContain(link);
    const snap = await (
      await openWorkbookFile(out)
    ).host.read({ names: ['Prior_Total'], sheets: [] });
    expect(snap.names).toEqual([
      { name: 'Prior_Total', range: null, problem: 'invalidReference', formula: '=[1]汇总!$C$3' },
    ]);
  });

  it('keeps a chart sheet, in its place in the list of sheets', async () => {
    const input = await writeFixture(
      'chart.xlsx',
      await addChartSheet(await bufferOf(valueWorkbook()), '走势图'),
    );
    const chartPart = 'xl/chartsheets/sheet1.xml';
    const chart = await (
      await JSZip.loadAsync(await fs.readFile(input))
    )
      .file(chartPart)!
      .async('string');
    const { host } = await openWorkbookFile(input);
    await host.apply(writeOther(43));
    const out = path.join(dir, 'chart.scored.xlsx');
    await savePackageAtomic(host, out);
    const saved = await fs.readFile(out);
    expect(readWorkbookXml(await workbookXml(saved)).sheets).toEqual([
      '绩效指标',
      OTHER,
      '评分记录',
      '走势图',
    ]);
    expect(await (await JSZip.loadAsync(saved)).file(chartPart)?.async('string')).toBe(chart);
    const snap = await (await openWorkbookFile(out)).host.read({ names: [], sheets: [] });
    expect(snap.sheetNames).toContain('走势图');
  });

  it('writes over its input only when that is the target', async () => {
    const input = await writeFixture('same.xlsx', await bufferOf(valueWorkbook()));
    const { host } = await openWorkbookFile(input);
    await host.apply(writeOther(44));
    await savePackageAtomic(host, input);
    expect(await otherValues((await openWorkbookFile(input)).host)).toEqual([[44]]);
    expect(await fs.readdir(dir)).toEqual(['same.xlsx']);
  });
});
