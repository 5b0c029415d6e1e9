/**
 * Comparing two packages part by part: the raw bytes of each zip entry (local header and
 * compressed data, so that an entry copied without recompressing compares equal), a
 * written sheet's text outside the cells the run wrote, and `expectWhole`, which asserts that a
 * scored package kept everything of its input but those cells.
 */
import { PackageHost } from '../../../../src/hosts/xlsx';
import { readZip } from '../../../../src/hosts/xlsx/package/zip';
import { openWorkbookBuffer } from '../../../../src/hosts/xlsx';
import { planRecalculation, snapshotRequest } from '../../../../src/workbook';
import { cellAddress, parseBlock } from '../../../../src/workbook/a1';

/** Raw bytes of every entry, with the compressed data exactly as stored. */
export function rawEntries(buffer: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readZip(buffer).entries) {
    // The local header's time stamp and the data: everything but the directory offset.
    out.set(entry.name, Buffer.from(entry.raw));
  }
  return out;
}

/** The parts a run may change besides the written sheets. */
export function mayChange(host: PackageHost, part: string): boolean {
  const wb = host.pkg.workbookPart;
  const rels = wb.replace(/([^/]+)$/, '_rels/$1.rels');
  return (
    part === '[Content_Types].xml' ||
    part === wb ||
    part === rels ||
    /(^|\/)styles\.xml$/.test(part) ||
    /(^|\/)sharedStrings\.xml$/.test(part) ||
    part.startsWith('docProps/') ||
    /(^|\/)calcChain\.xml$/.test(part)
  );
}

/** The cells ("A1") a recalculation of the package writes, by sheet. */
export async function plannedCells(host: PackageHost): Promise<Map<string, Set<string>>> {
  const snapshot = await host.read(snapshotRequest());
  const outcome = planRecalculation(snapshot, {
    conflictPolicy: 'refuse',
    now: new Date('2024-03-01T08:00:00Z'),
  });
  if (!outcome.plan) throw new Error(`no plan: ${JSON.stringify(outcome.problems)}`);
  const out = new Map<string, Set<string>>();
  for (const write of outcome.plan.writes) {
    const block = parseBlock(write.address)!;
    const rows = write.values.length;
    const columns = write.values[0]?.length ?? 0;
    const set = out.get(write.sheet) ?? new Set<string>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) set.add(cellAddress(block.top + r, block.left + c));
    }
    out.set(write.sheet, set);
  }
  return out;
}

/** The sheet's text without its cells, dimension and the product's conditional formats. */
export function sheetFrame(xml: string): string {
  return xml
    .replace(/<(\w+:)?sheetData\b[^>]*(\/>|>[\s\S]*<\/\1?sheetData>)/, '<sheetData/>')
    .replace(/<(\w+:)?dimension\b[^>]*\/>/, '')
    .replace(
      /<(?:\w+:)?conditionalFormatting\b[^>]*>(?:(?!<\/?(?:\w+:)?conditionalFormatting)[\s\S])*?(?:&quot;|")(?:待说明|已说明|正常|待人工评分|数据有误)(?:&quot;|")[\s\S]*?<\/(?:\w+:)?conditionalFormatting>/g,
      '',
    );
}

/** Every <c> element of a sheet by its reference. */
export function cellElements(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
  for (const m of xml.matchAll(re)) {
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1])?.[1];
    if (ref) out.set(ref, m[0]);
  }
  return out;
}

/** The text of a part of a package's bytes. */
export function partText(buffer: Buffer, part: string): string {
  return openWorkbookBuffer(buffer, 'x.xlsx').pkg.text(part);
}

/** The worksheet part of the sheet named `sheet`. */
export function sheetPart(host: PackageHost, sheet: string): string {
  const part = host.pkg.sheets().find((s) => s.name === sheet)?.part;
  if (!part) throw new Error(`no sheet ${sheet}`);
  return part;
}

/**
 * `after` is `before` scored: untouched parts identical, the written sheet unchanged outside
 * the planned cells, nothing of the input missing (but a calculation chain).
 */
export async function expectWhole(before: Buffer, after: Buffer, sheet: string): Promise<void> {
  const input = openWorkbookBuffer(before, 'before.xlsx');
  const output = openWorkbookBuffer(after, 'after.xlsx');
  const planned = await plannedCells(openWorkbookBuffer(before, 'plan.xlsx'));
  const written = sheetPart(input, sheet);
  const a = rawEntries(before);
  const b = rawEntries(after);
  const changed: string[] = [];
  for (const [name, bytes] of a) {
    const out = b.get(name);
    if (!out) {
      expect(name).toMatch(/calcChain\.xml$/);
      continue;
    }
    if (!out.equals(bytes)) changed.push(name);
  }
  expect(changed.filter((name) => name !== written && !mayChange(input, name))).toEqual([]);
  // What re-saving through a workbook model lost: custom properties, charts, pictures,
  // comments (threaded too), tables, pivot tables, VBA — all present and untouched.
  const kept = [...a.keys()].filter((name) =>
    /^docProps\/custom\.xml$|^xl\/(charts|drawings|media|comments|threadedComments|persons|tables|pivotTables|pivotCache|vbaProject)/.test(
      name,
    ),
  );
  expect(kept.filter((name) => !b.get(name)?.equals(a.get(name)!))).toEqual([]);
  const protection = /<(?:\w+:)?workbookProtection\b[^>]*>/.exec(
    input.pkg.text(input.pkg.workbookPart),
  );
  if (protection) expect(output.pkg.text(output.pkg.workbookPart)).toContain(protection[0]);
  const inXml = input.pkg.text(written);
  const outXml = output.pkg.text(written);
  expect(sheetFrame(outXml)).toBe(sheetFrame(inXml));
  const cells = planned.get(sheet) ?? new Set<string>();
  expect(cells.size).toBeGreaterThan(10);
  const outCells = cellElements(outXml);
  const lost: string[] = [];
  for (const [ref, element] of cellElements(inXml)) {
    if (!cells.has(ref) && outCells.get(ref) !== element) lost.push(`${ref}: ${element}`);
  }
  expect(lost).toEqual([]);
  // Every input sheet and name is still there.
  expect(
    output.pkg
      .sheets()
      .map((s) => s.name)
      .slice(0, input.pkg.sheets().length),
  ).toEqual(input.pkg.sheets().map((s) => s.name));
  for (const name of input.pkg.names()) {
    expect(output.pkg.names().some((n) => n.name === name.name && n.formula === name.formula)).toBe(
      true,
    );
  }
}
