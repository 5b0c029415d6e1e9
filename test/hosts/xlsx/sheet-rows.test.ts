/**
 * A worksheet streamed in chunks reads and writes exactly as the same sheet given whole: a row,
 * a tag or a character cut by a chunk boundary is carried over to the next chunk.
 */
import { patchSheet, type CellContent } from '../../../src/hosts/xlsx/package/sheet-patch';
import { sheetFrameOf, streamSheet } from '../../../src/hosts/xlsx/package/sheet-rows';
import {
  DeflatingWriter,
  entryChunks,
  entryData,
  inflateDeflated,
  readZip,
  writeZip,
} from '../../../src/hosts/xlsx/package/zip';

const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="urn:main">' +
  '<x:dimension ref="A1:C4"/><x:sheetData>\n' +
  '<x:row r="1" spans="1:3"><x:c r="A1" t="inlineStr"><x:is><x:t>指标名称😀</x:t></x:is></x:c>' +
  '<x:c r="C1"><x:v>3</x:v></x:c></x:row>\n' +
  '<x:row r="2" s="4" customFormat="1"/>\n' +
  '<x:row r="4"><x:c r="A4"><x:f t="shared" ref="A4:B4" si="0">C1*2</x:f><x:v>6</x:v></x:c>' +
  '<x:c r="B4"><x:f t="shared" si="0"/><x:v>0</x:v></x:c></x:row>\n' +
  '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>';

/** The text in pieces of `size` characters (the last one shorter). */
async function* inPieces(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** What a walk over the sheet hands over, in order. */
async function walk(text: AsyncIterable<string>): Promise<string[]> {
  const seen: string[] = [];
  await streamSheet(text, {
    head: (head) => seen.push(`head:${head}`),
    between: (between) => seen.push(`between:${between}`),
    row: (row) => seen.push(`row ${row.row}:${row.text}|${row.body ?? '(none)'}`),
    tail: (tail) => seen.push(`tail:${tail}`),
  });
  return seen;
}

const SIZES = [1, 2, 3, 5, 7, 13, 64, SHEET.length];

describe('streamSheet', () => {
  it.each(SIZES)(
    'hands over the same rows when the text comes in pieces of %i characters',
    async (size) => {
      const whole = await walk(inPieces(SHEET, SHEET.length));
      expect(await walk(inPieces(SHEET, size))).toEqual(whole);
    },
  );

  it('hands over every character once: its pieces are the sheet again', async () => {
    const pieces: string[] = [];
    await streamSheet(inPieces(SHEET, 5), {
      head: (t) => pieces.push(t),
      between: (t) => pieces.push(t),
      row: (r) => pieces.push(r.text),
      tail: (t) => pieces.push(t),
    });
    expect(pieces.join('')).toBe(SHEET);
  });

  it('numbers rows from their r attribute, and a row without one after the row before', async () => {
    const rows: number[] = [];
    const text = SHEET.replace('<x:row r="2" s="4"', '<x:row s="4"');
    await streamSheet(inPieces(text, 4), { row: (r) => rows.push(r.row) });
    expect(rows).toEqual([1, 2, 4]);
  });

  it('gives the frame of a sheet whose <sheetData/> is empty', async () => {
    const text = '<worksheet><sheetData/><pageMargins left="0.7"/></worksheet>';
    expect(await sheetFrameOf(inPieces(text, 3))).toEqual({
      head: '<worksheet><sheetData/>',
      tail: '<pageMargins left="0.7"/></worksheet>',
    });
  });

  it('refuses a sheet without <sheetData> or without its end', async () => {
    await expect(walk(inPieces('<worksheet></worksheet>', 4))).rejects.toThrow('<sheetData>');
    await expect(walk(inPieces('<worksheet><sheetData><row r="1"/>', 4))).rejects.toThrow(
      '</sheetData>',
    );
  });
});

describe('patchSheet', () => {
  /** The sheet with A2 and B4 written (B4 breaks the shared formula) and row 3 inserted. */
  async function patched(size: number): Promise<string> {
    const frame = await sheetFrameOf(inPieces(SHEET, SHEET.length));
    const cells = new Map<number, Map<number, CellContent>>([
      [2, new Map([[1, { value: 'A2' }]])],
      [3, new Map([[2, { value: 7 }]])],
      [4, new Map([[2, { value: 8 }]])],
    ]);
    const out = new DeflatingWriter();
    await patchSheet(
      inPieces(SHEET, size),
      frame,
      cells,
      { styleOf: (old) => old?.style ?? 0 },
      out,
    );
    return inflateDeflated(await out.end()).toString('utf8');
  }

  it.each(SIZES)(
    'writes the same sheet when it is read in pieces of %i characters',
    async (size) => {
      const whole = await patched(SHEET.length);
      expect(whole).toContain('<x:row r="3"><x:c r="B3"><x:v>7</x:v></x:c></x:row>');
      expect(whole).toContain('<x:c r="B4"><x:v>8</x:v></x:c>');
      expect(whole).toContain('<x:mergeCell ref="A1:B1"/>');
      expect(await patched(size)).toBe(whole);
    },
  );

  it('keeps a sheet it writes nothing into as it was', async () => {
    const frame = await sheetFrameOf(inPieces(SHEET, 9));
    const out = new DeflatingWriter();
    await patchSheet(inPieces(SHEET, 9), frame, new Map(), { styleOf: () => 0 }, out);
    expect(inflateDeflated(await out.end()).toString('utf8')).toBe(SHEET);
  });
});

describe('a part larger than one streamed chunk', () => {
  const rows = Array.from(
    { length: 12000 },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>指标${i + 1}</t></is></c></row>`,
  ).join('');
  const text = `<worksheet><sheetData>${rows}</sheetData></worksheet>`;

  it('is inflated in several chunks that make the part again, its checksum verified', async () => {
    const zip = readZip(writeZip([{ name: 'sheet.xml', data: Buffer.from(text, 'utf8') }]));
    const chunks: Buffer[] = [];
    for await (const chunk of entryChunks(zip.entries[0])) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(entryData(zip.entries[0]))).toBe(true);
  });

  it('is compressed as it is written, a batch at a time, into what inflates to the text', async () => {
    const out = new DeflatingWriter();
    for (let at = 0; at < text.length; at += 1000) {
      out.write(text.slice(at, at + 1000));
      await out.flush();
    }
    const data = await out.end();
    expect(data.chunks.length).toBeGreaterThan(1);
    expect(data.size).toBe(Buffer.byteLength(text, 'utf8'));
    expect(inflateDeflated(data).toString('utf8')).toBe(text);
    const zip = readZip(writeZip([{ name: 'sheet.xml', deflated: data }]));
    expect(entryData(zip.entries[0]).toString('utf8')).toBe(text);
  });
});
