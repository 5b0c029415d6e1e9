/**
 * 偏差状态 colours in .xlsx files: a recalculation through the .xlsx host (PackageHost)
 * writes the status column's conditional formats, which survive a save and a re-read, are
 * replaced (not piled up) by the next recalculation, and come with 评价结果 (whose chart
 * the .xlsx host does not draw).
 */
import type * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { openWorkbookBuffer, templateWorkbook, type PackageHost } from '../../../src/hosts/xlsx';
import { editZip, readByExcelJs } from './fixtures';
import { recalculate } from '../../../src/workbook';
import { RESULTS_SHEET, writeResultsSheet } from '../../../src/workbook/sheets/results-sheet';
import { STATUS_COLORS, statusRules } from '../../../src/workbook/sheets/results-sheet-status';
import { buildTemplateSpec } from '../../../src/workbook/template';

const NOW = new Date(2026, 10, 27, 9, 30, 0);

interface StoredRule {
  type: string;
  operator?: string;
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}
interface StoredFormat {
  ref: string;
  rules: StoredRule[];
}

function formatsOf(ws: ExcelJS.Worksheet): StoredFormat[] {
  return (ws as unknown as { conditionalFormattings: StoredFormat[] }).conditionalFormattings;
}

function reload(host: PackageHost): PackageHost {
  return openWorkbookBuffer(host.toBuffer(), 'scored.xlsx');
}

/** The saved workbook as exceljs reads it. */
async function saved(host: PackageHost): Promise<ExcelJS.Workbook> {
  return readByExcelJs(host.toBuffer());
}

/** The workbook with a conditional format the user made on the first sheet, saved and re-read. */
async function withUserFormat(host: PackageHost, format: string): Promise<PackageHost> {
  const bytes = await editZip(host.toBuffer(), async (zip) => {
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace('<conditionalFormatting ', `${format}<conditionalFormatting `));
  });
  return openWorkbookBuffer(bytes, 'user.xlsx');
}

async function scoredSample(): Promise<{ host: PackageHost; address: string; sheet: string }> {
  const host = await templateWorkbook(buildTemplateSpec({ sample: true, locale: 'zh-CN' }));
  const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
  expect(outcome.written).toBe(true);
  const [cf] = outcome.plan!.conditionalFormats!;
  return { host, address: cf.address, sheet: cf.sheet };
}

describe('conditional formats in .xlsx files', () => {
  it('keeps the 偏差状态 rules of a recalculation through a save and a re-read', async () => {
    const { host, address, sheet } = await scoredSample();
    const again = reload(host);
    const formats = formatsOf((await saved(again)).getWorksheet(sheet)!);
    expect(formats.map((f) => f.ref)).toEqual([address]);
    const rules = formats[0].rules.map((r) => [
      r.type,
      r.operator,
      r.formulae?.[0],
      r.style?.fill?.bgColor?.argb,
      r.style?.font?.color?.argb,
    ]);
    expect(rules).toContainEqual([
      'cellIs',
      'equal',
      '"待说明"',
      `FF${STATUS_COLORS.open.fill}`,
      `FF${STATUS_COLORS.open.fontColor}`,
    ]);
    expect(rules).toContainEqual([
      'cellIs',
      'equal',
      '"正常"',
      `FF${STATUS_COLORS.ok.fill}`,
      `FF${STATUS_COLORS.ok.fontColor}`,
    ]);
    expect(rules).toHaveLength(statusRules('zh-CN').length);
    // In the file itself: one conditionalFormatting element over the status block.
    const zip = await JSZip.loadAsync(again.toBuffer());
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml.match(/<conditionalFormatting /g)).toHaveLength(1);
    expect(xml).toContain(`sqref="${address}"`);
  });

  it('replaces them on the next recalculation of the re-read file', async () => {
    const { host, sheet } = await scoredSample();
    const again = reload(host);
    await recalculate(again, { conflictPolicy: 'refuse', now: NOW });
    expect(formatsOf((await saved(again)).getWorksheet(sheet)!)).toHaveLength(1);
  });

  it('keeps rules of other blocks the user made', async () => {
    const sample = await scoredSample();
    const host = await withUserFormat(
      sample.host,
      '<conditionalFormatting sqref="A40:A41"><cfRule type="cellIs" priority="99" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>',
    );
    await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    const ws = (await saved(host)).getWorksheet(sample.sheet)!;
    expect(formatsOf(ws).map((f) => f.ref)).toContain('A40:A41');
    expect(formatsOf(ws)).toHaveLength(2);
  });

  it("keeps the user's own formats over the status cells (banding, a formula rule)", async () => {
    const sample = await scoredSample();
    // Row banding over the whole table, status column included.
    const host = await withUserFormat(
      sample.host,
      '<conditionalFormatting sqref="A6:O13"><cfRule type="expression" priority="98"><formula>MOD(ROW(),2)=0</formula></cfRule></conditionalFormatting>',
    );
    await recalculate(host, { conflictPolicy: 'refuse', now: NOW });
    const ws = (await saved(host)).getWorksheet(sample.sheet)!;
    const refs = formatsOf(ws).map((f) => f.ref);
    expect(refs).toContain('A6:O13');
    expect(formatsOf(ws)).toHaveLength(2);
  });

  it('writes 评价结果 with its status rules and no chart, and writes it again', async () => {
    const { host } = await scoredSample();
    const first = await writeResultsSheet(host, { now: NOW });
    expect(first.written).toBe(true);
    expect(first.plan!.charts).toHaveLength(1);
    const again = reload(host);
    const ws = (await saved(again)).getWorksheet(RESULTS_SHEET)!;
    expect(ws.getCell('B3').value).toBe(99.26);
    expect(formatsOf(ws).map((f) => f.ref)).toEqual([first.plan!.conditionalFormats![0].address]);
    const second = await writeResultsSheet(again, { now: NOW });
    expect(second.written).toBe(true);
    const book = await saved(again);
    expect(book.worksheets.filter((w) => w.name === RESULTS_SHEET)).toHaveLength(1);
    expect(formatsOf(book.getWorksheet(RESULTS_SHEET)!)).toHaveLength(1);
  });
});
