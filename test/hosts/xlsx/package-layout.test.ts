/**
 * The package host lays out sheets as a write plan asks (SheetLayout): merged areas (those over
 * a reset block dropped), column widths, row heights, cell looks (font, fill, border,
 * alignment) appended to the styles part once and reused, drop-down lists that never overlap
 * another validation, frozen panes, print setup and print titles. Every element is where the
 * schema puts it, and every other part and element of the package stays as it was.
 */
import * as ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import {
  newWorkbookFromPlan,
  openWorkbookBuffer,
  templateWorkbookBytes,
  type PackageHost,
} from '../../../src/hosts/xlsx';
import { writeZip } from '../../../src/hosts/xlsx/package/zip';
import type { SheetLayout, WritePlan } from '../../../src/workbook/port/types';
import { buildTemplateSpec } from '../../../src/workbook/template';
import { templatePlan } from '../../../src/workbook/template/plan';
import { handMadeEntries } from './fidelity/hand-made';
import { rawEntries } from './fidelity/package-diff';

const SHEET = 'xl/worksheets/sheet1.xml';
const MAIN = '绩效指标';

/**
 * CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99), written out here from
 * the standard rather than taken from the code under test.
 */
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
/** CT_Stylesheet (18.8.39), CT_SheetView (18.3.1.87), CT_Xf (18.8.45), CT_Workbook (18.2.27). */
const STYLESHEET_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const SHEET_VIEW_ORDER = ['pane', 'selection', 'pivotSelection', 'extLst'];
const XF_ORDER = ['alignment', 'protection', 'extLst'];
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'extLst',
];

/**
 * Parses the XML (a malformed part throws) and returns, for each element called `parent`, the
 * local names of its children in order.
 */
function childrenOf(xml: string, parent: string): string[][] {
  const parser = new SaxesParser({ xmlns: false });
  const stack: string[] = [];
  const out: string[][] = [];
  parser.on('opentag', (tag) => {
    const local = tag.name.replace(/^\w+:/, '');
    if (stack[stack.length - 1] === parent) out[out.length - 1].push(local);
    if (local === parent) out.push([]);
    stack.push(local);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return out;
}

/** Every list of children follows `order` (names not in it fail). */
function expectOrdered(lists: string[][], order: string[]): void {
  for (const children of lists) {
    const ranks = children.map((c) => order.indexOf(c));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }
}

function handMadeHost(edit: (part: string, text: string) => string = (_, t) => t): PackageHost {
  const entries = handMadeEntries(false).map((e) =>
    e.name.endsWith('.xml')
      ? { name: e.name, data: Buffer.from(edit(e.name, e.data.toString('utf8')), 'utf8') }
      : e,
  );
  return openWorkbookBuffer(writeZip(entries), 'hand-made.xlsx');
}

function layoutPlan(layout: SheetLayout): WritePlan {
  return { createSheets: [], createNames: [], writes: [], layouts: [layout] };
}

const LOOK = { bold: true, fill: 'D9E1F2', border: true, horizontal: 'center' as const };

/** A layout over the hand-made sheet's rows 12–13 (a replaced block) and its table. */
const LAYOUT: SheetLayout = {
  sheet: MAIN,
  reset: 'A12:D13',
  merges: ['A12:D12'],
  columnWidths: [10, 12],
  rowHeights: { 12: 30 },
  styles: [
    { address: 'A12:D12', style: LOOK },
    { address: 'A13:D13', style: LOOK },
  ],
  validations: [{ range: 'D5:D8', list: ['≥', '≤'], strict: true, error: '请选择' }],
  freeze: { rows: 4, columns: 1 },
  print: {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    titleRows: '4:4',
    centerHorizontally: true,
  },
};

/** The hand-made sheet with an old merged area over rows 12–13 and a validation of its own. */
function withOldLayout(part: string, text: string): string {
  if (part !== SHEET) return text;
  return text
    .replace(
      '</sheetData>',
      '<row r="12"><c r="A12" s="1"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A12:B13"/><mergeCell ref="F20:G20"/></mergeCells>' +
        '<dataValidations count="1"><dataValidation type="whole" sqref="D5:D20"><formula1>0</formula1></dataValidation></dataValidations>',
    )
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:M12"/>');
}

describe('PackageHost.apply with sheet layouts', () => {
  it('draws merges, widths, heights, looks, lists, panes and print setup, and keeps the rest', async () => {
    const host = handMadeHost(withOldLayout);
    const before = host.toBuffer();
    const styleCounts = (): number[] =>
      ['<font>', '<fill>', '<border>', '<xf '].map(
        (tag) => host.pkg.styles().toXml().split(tag).length,
      );
    const counts = styleCounts();
    await host.apply(layoutPlan(LAYOUT));
    const xml = host.pkg.text(SHEET);

    // The old merged area over the reset block is gone, the other one stays.
    expect(xml).toContain(
      '<mergeCells count="2"><mergeCell ref="F20:G20"/><mergeCell ref="A12:D12"/></mergeCells>',
    );
    expect(xml).toContain('<col min="1" max="1" width="10" customWidth="1"/>');
    expect(xml).toContain('<col min="2" max="2" width="12" customWidth="1"/>');
    expect(xml).toContain('<col min="3" max="3" width="20" customWidth="1"/>');
    expect(xml).toMatch(/<row r="12" ht="30" customHeight="1">/);
    // One look, one new font, fill, border and cell style, shared by all eight cells.
    expect(styleCounts()).toEqual(counts.map((n) => n + 1));
    const styles = [...xml.matchAll(/<c r="[A-D]1[23]" s="(\d+)"/g)].map((m) => m[1]);
    expect(styles).toHaveLength(8);
    expect(new Set(styles).size).toBe(1);
    // The reset block's value stays (a reset clears formats, not values).
    expect(xml).toMatch(/<c r="A12" s="\d+"><v>1<\/v><\/c>/);
    // The user's validation leaves the list's cells: one validation per cell.
    expect(xml).toContain('sqref="D9:D20"');
    expect(xml).toMatch(/<dataValidation type="list" [^>]*sqref="D5:D8"><formula1>&quot;≥,≤&quot;/);
    expect(xml).toContain(
      '<pane xSplit="1" ySplit="4" topLeftCell="B5" activePane="bottomRight" state="frozen"/>',
    );
    expect(xml.match(/<pane /g)).toHaveLength(1);
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(host.pkg.text('xl/workbook.xml')).toContain(
      '<definedName localSheetId="0" name="_xlnm.Print_Titles">绩效指标!$4:$4</definedName>',
    );
    expectOrdered(childrenOf(xml, 'worksheet'), WORKSHEET_ORDER);
    expectOrdered(childrenOf(xml, 'sheetView'), SHEET_VIEW_ORDER);
    // The rows of the table, the drawing and the Excel 2010 list are as they were.
    const rowsOf = (text: string) => text.match(/<row r="[5-9]"[\s\S]*?<\/row>/g);
    const original = await openWorkbookBuffer(before, 'before.xlsx').pkg.text(SHEET);
    expect(rowsOf(xml)).toEqual(rowsOf(original));
    expect(xml).toContain('<drawing r:id="rId1"/>');
    expect(xml).toContain('<xm:sqref>D5:D8</xm:sqref>');
    // Every other part byte for byte.
    const [old, now] = [rawEntries(before), rawEntries(host.toBuffer())];
    const changed = [...now.keys()].filter((part) => !old.get(part)?.equals(now.get(part)!));
    expect(changed.sort()).toEqual([SHEET, 'xl/styles.xml', 'xl/workbook.xml'].sort());

    // Read back by a spreadsheet library, as a user would see it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(host.toBuffer() as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(MAIN)!;
    expect(ws.getCell('C12').font?.bold).toBe(true);
    expect(ws.getCell('C12').fill).toMatchObject({ fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('D13').border?.right?.style).toBe('thin');
    expect(ws.getCell('B13').alignment?.horizontal).toBe('center');
    expect(ws.getCell('B12').isMerged).toBe(true);
    expect(ws.getColumn('A').width).toBe(10);
    expect(ws.getRow(12).height).toBe(30);
  });

  it('lays out the same sheet twice without piling up merges, lists, panes or styles', async () => {
    const host = handMadeHost(withOldLayout);
    await host.apply(layoutPlan(LAYOUT));
    const once = host.pkg.text(SHEET);
    const stylesOnce = host.pkg.styles().toXml();
    const again = openWorkbookBuffer(host.toBuffer(), 'again.xlsx');
    await again.apply(layoutPlan(LAYOUT));
    expect(again.pkg.text(SHEET)).toBe(once);
    expect(again.pkg.styles().toXml()).toBe(stylesOnce);
    expect(again.pkg.text('xl/workbook.xml').match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
  });

  it('refuses a layout of a sheet the workbook does not have, or of a malformed block, before changing anything', async () => {
    const host = handMadeHost();
    const before = host.toBuffer();
    await expect(host.apply(layoutPlan({ ...LAYOUT, sheet: '没有' }))).rejects.toMatchObject({
      key: 'xlsx.write.noSheet',
    });
    expect(host.toBuffer().equals(before)).toBe(true);
    const malformed = {
      ...LAYOUT,
      styles: [...LAYOUT.styles, { address: 'A0:ZZZZ1', style: LOOK }],
    };
    const withSheet = { ...layoutPlan(malformed), createSheets: [{ name: '新表' }] };
    await expect(host.apply(withSheet)).rejects.toThrow('A0:ZZZZ1');
    expect(host.toBuffer().equals(before)).toBe(true);
  });

  it('writes the template again over its own sheets without piling up merges or lists', async () => {
    const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
    const host = openWorkbookBuffer(await templateWorkbookBytes(spec), 'twice.xlsx');
    const sheets = spec.sheets.map((s) => s.name);
    const names = spec.names.map((n) => n.name);
    await host.apply(templatePlan(spec, sheets, names));
    const again = await templateWorkbookBytes(spec);
    const fresh = openWorkbookBuffer(again, 'fresh.xlsx');
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const merges = (xml: string) => xml.match(/<mergeCell ref="[^"]*"/g)?.sort();
      const lists = (xml: string) => xml.match(/<dataValidation [^>]*sqref="[^"]*"/g)?.sort();
      expect(merges(host.pkg.text(part))).toEqual(merges(fresh.pkg.text(part)));
      expect(lists(host.pkg.text(part))).toEqual(lists(fresh.pkg.text(part)));
    }
  });
});

describe('new workbooks', () => {
  it('start from a blank package whose default font is 宋体 11', async () => {
    const host = await newWorkbookFromPlan({
      createSheets: [{ name: '表一' }],
      createNames: [{ name: 'First', reference: '表一!A1' }],
      writes: [{ sheet: '表一', address: 'A1', values: [['一']] }],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(host.toBuffer() as unknown as ArrayBuffer);
    const cell = wb.getWorksheet('表一')!.getCell('A1');
    expect(cell.value).toBe('一');
    // The default cell style's font (every cell without a look of its own shows it).
    const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(host.pkg.styles().toXml())![1];
    expect(/^<font>[\s\S]*?<\/font>/.exec(fonts)![0]).toMatch(
      /^<font>(?=.*<sz val="11"\/>)(?=.*<name val="宋体"\/>)/,
    );
    expect(host.pkg.styles().toXml()).toMatch(/<cellXfs count="1"><xf [^>]*fontId="0"/);
    expect(wb.creator).toBe('PerfScore');
    const snapshot = await host.read({ names: ['First'], sheets: [] });
    expect(snapshot.names[0].range?.values).toEqual([['一']]);
  });

  it('write the template with every part in the order its schema gives', async () => {
    for (const sample of [true, false]) {
      const host = openWorkbookBuffer(
        await templateWorkbookBytes(buildTemplateSpec({ sample, locale: 'zh-CN' })),
        'template.xlsx',
      );
      for (const sheet of host.pkg.sheets()) {
        const xml = host.pkg.text(sheet.part!);
        expectOrdered(childrenOf(xml, 'worksheet'), WORKSHEET_ORDER);
        expectOrdered(childrenOf(xml, 'sheetView'), SHEET_VIEW_ORDER);
      }
      const styles = host.pkg.styles().toXml();
      expectOrdered(childrenOf(styles, 'styleSheet'), STYLESHEET_ORDER);
      expectOrdered(childrenOf(styles, 'xf'), XF_ORDER);
      expectOrdered(childrenOf(host.pkg.text('xl/workbook.xml'), 'workbook'), WORKBOOK_ORDER);
    }
  });
});
