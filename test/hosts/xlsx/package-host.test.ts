/**
 * The package host reads what Excel, WPS, LibreOffice and Python write — relative and absolute
 * relationship targets, shared strings, inline and rich text, booleans, errors, ISO dates,
 * shared formulas, every built-in number format (the Chinese date formats included), the 1904
 * date system, sheet-scoped names — and writes by patching: only the written cells change,
 * output styles are appended once and reused, a shared formula whose first cell is overwritten
 * is spelled out in the cells that used it, the user's conditional formats stay.
 */
import { formatClass, serialToDate } from '../../../src/engine/values/dates';
import { openWorkbookBuffer, type PackageHost } from '../../../src/hosts/xlsx';
import { builtInFormat } from '../../../src/hosts/xlsx/package/number-formats';
import { resolveTarget } from '../../../src/hosts/xlsx/package/opc';
import { handMadeEntries } from './fidelity/hand-made';
import { writeZip } from '../../../src/hosts/xlsx/package/zip';

const SHEET = 'xl/worksheets/sheet1.xml';
const STYLES = 'xl/styles.xml';
const WORKBOOK = 'xl/workbook.xml';

/** The hand-made package with some parts edited. */
function handMade(edit: (name: string, text: string) => string): PackageHost {
  const entries = handMadeEntries(false).map((e) =>
    e.name.endsWith('.xml') || e.name.endsWith('.rels')
      ? { name: e.name, data: Buffer.from(edit(e.name, e.data.toString('utf8')), 'utf8') }
      : e,
  );
  return openWorkbookBuffer(writeZip(entries), 'hand-made.xlsx');
}

/** Adds a row of cells (XML) and a workbook name over it. */
function withRow(cells: string, name: string, ref: string, extraXfs: string[] = []) {
  return (part: string, text: string): string => {
    if (part === SHEET)
      return text.replace('</sheetData>', `<row r="20">${cells}</row></sheetData>`);
    if (part === WORKBOOK) {
      return text.replace(
        '</definedNames>',
        `<definedName name="${name}">绩效指标!${ref}</definedName></definedNames>`,
      );
    }
    if (part === STYLES && extraXfs.length) {
      return text.replace(
        /<cellXfs count="3">([\s\S]*?)<\/cellXfs>/,
        (_, xfs: string) =>
          `<cellXfs count="${3 + extraXfs.length}">${xfs}${extraXfs.join('')}</cellXfs>`,
      );
    }
    return text;
  };
}

describe('PackageHost.read', () => {
  it('resolves relationship targets relative to their part and from the package root', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe(
      'xl/worksheets/sheet1.xml',
    );
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe(
      'xl/drawings/drawing1.xml',
    );
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe(
      'xl/worksheets/sheet1.xml',
    );
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
  });

  const DATE_IDS = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58];
  const TIME_IDS = [18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56];

  it('reads every built-in date format id as a date (the Chinese ones too), times as times', async () => {
    const ids = [...DATE_IDS, ...TIME_IDS, 0, 2, 10, 49];
    const xfs = ids.map(
      (id) =>
        `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    );
    const cells = ids
      .map((_, i) => `<c r="${col(i + 1)}20" s="${3 + i}"><v>45306</v></c>`)
      .join('');
    const host = handMade(withRow(cells, 'Formats', `$A$20:$${col(ids.length)}$20`, xfs));
    const snap = await host.read({ names: ['Formats'], sheets: [] });
    const formats = snap.names[0].range!.numberFormats[0];
    const classes = formats.map((f) => formatClass(f));
    expect(classes.slice(0, DATE_IDS.length)).toEqual(DATE_IDS.map(() => 'date'));
    expect(classes.slice(DATE_IDS.length, DATE_IDS.length + TIME_IDS.length)).toEqual(
      TIME_IDS.map(() => 'number'),
    );
    expect(classes.slice(-4)).toEqual(['number', 'number', 'percent', 'number']);
    expect(formats[DATE_IDS.indexOf(31)]).toBe('yyyy"年"m"月"d"日"');
    expect(formats[DATE_IDS.indexOf(57)]).toBe('yyyy"年"m"月"');
    expect(formats[DATE_IDS.indexOf(14)]).toBe('yyyy/m/d');
    expect(builtInFormat(58)).toBe('m"月"d"日"');
    expect(snap.names[0].range!.values[0][0]).toBe(45306);
  });

  it('reads dates of the 1904 date system as the same days', async () => {
    const host = handMade((part, text) => {
      const edited = withRow('<c r="A20" s="3"><v>43844</v></c>', 'Delivered', '$A$20', [
        '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      ])(part, text);
      return part === WORKBOOK
        ? edited.replace('<workbookPr ', '<workbookPr date1904="1" ')
        : edited;
    });
    const snap = await host.read({ names: ['Delivered'], sheets: [] });
    expect(serialToDate(snap.names[0].range!.values[0][0] as number)).toBe('2024-01-15');
  });

  it('reads inline and rich text, booleans, errors, ISO dates, cached and missing formula results', async () => {
    const cells =
      '<c r="A20" t="inlineStr"><is><r><t>偏差</t></r><r><rPr><b/></rPr><t xml:space="preserve">较小 </t></r><rPh sb="0" eb="1"><t>ピ</t></rPh></is></c>' +
      '<c r="B20" t="b"><v>1</v></c>' +
      '<c r="C20" t="e"><v>#N/A</v></c>' +
      '<c r="D20" t="d"><v>2024-01-15T00:00:00</v></c>' +
      '<c r="E20" t="str"><f>A20&amp;"x"</f><v>偏差较小 x</v></c>' +
      '<c r="F20"><f>40*1.8075</f></c>' +
      '<c r="G20"><f>C2+D2</f><v/></c>' +
      '<c r="H20" t="s"><v>0</v></c>' +
      '<c r="I20"><v>1.5E-3</v></c>';
    const host = handMade(withRow(cells, 'Kinds', '$A$20:$I$20'));
    const range = (await host.read({ names: ['kinds'], sheets: [] })).names[0].range!;
    expect(range.values[0]).toEqual([
      '偏差较小 ',
      true,
      '#N/A',
      45306,
      '偏差较小 x',
      '',
      '',
      '年初预算数',
      0.0015,
    ]);
    expect(range.formulas[0].slice(4, 7)).toEqual(['=A20&"x"', '=40*1.8075', '=C2+D2']);
    expect(range.uncalculated).toEqual(['F20', 'G20']);
  });

  it('gives each cell of a shared formula its own formula', async () => {
    const host = handMade((part, text) =>
      part === SHEET
        ? text
            .replace(
              '<c r="I5" s="1"/>',
              '<c r="I5" s="1"><f t="shared" ref="I5:I8" si="0">G5/E5</f><v>0.865</v></c>',
            )
            .replace(
              /<c r="I([678])" s="1"\/>/g,
              '<c r="I$1" s="1"><f t="shared" si="0"/><v>1</v></c>',
            )
        : text,
    );
    const range = (await host.read({ names: ['Indicators'], sheets: [] })).names[0].range!;
    expect(range.formulas.slice(1).map((row) => row[8])).toEqual([
      '=G5/E5',
      '=G6/E6',
      '=G7/E7',
      '=G8/E8',
    ]);
  });

  it('finds sheet-scoped names, with their sheet, where no workbook name of that spelling exists', async () => {
    const host = handMade((part, text) =>
      part === WORKBOOK
        ? text.replace(
            /<definedName name="(Budget_\w+)">/g,
            '<definedName name="$1" localSheetId="0">',
          )
        : text,
    );
    const snap = await host.read({ names: ['Budget_Final', 'Result_Total'], sheets: [] });
    expect(snap.names.map((n) => [n.name, n.scope, n.range?.values])).toEqual([
      ['Result_Total', undefined, [['']]],
      ['Budget_Final', '绩效指标', [[187.84]]],
    ]);
  });

  it('reads every sheet with its merged areas and visibility when asked for all sheets', async () => {
    const host = handMade((part, text) =>
      part === SHEET
        ? text.replace(
            '<pageMargins',
            '<mergeCells count="1"><mergeCell ref="A5:A6"/></mergeCells><pageMargins',
          )
        : text,
    );
    const snap = await host.read({ names: [], sheets: [], allSheets: true });
    expect(snap.sheets.map((s) => [s.name, s.used?.address, s.merges, s.visibility])).toEqual([
      ['绩效指标', 'A1:M10', ['A5:A6'], 'visible'],
      ['选项', 'A1:A4', [], 'hidden'],
    ]);
  });
});

function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

describe('PackageHost.apply', () => {
  const write = (address: string, values: (string | number)[][], numberFormats?: string[][]) => ({
    createSheets: [],
    createNames: [],
    writes: [{ sheet: '绩效指标', address, values, numberFormats }],
  });

  it('changes only the written cells, inserts rows in order, and appends an output style once', async () => {
    const host = handMade((_, text) => text);
    const before = host.pkg.text(SHEET);
    const xfCount = (): number => (host.pkg.styles().toXml().match(/<xf /g) ?? []).length;
    const xfs = xfCount();
    await host.apply(
      write('I5:I8', [[0.5], [0.6], [0.7], [0.8]], [['0.0%'], ['0.0%'], ['0.0%'], ['0.0%']]),
    );
    expect(xfCount()).toBe(xfs + 1);
    await host.apply(
      write('I5:I8', [[0.5], [0.6], [0.7], [0.8]], [['0.0%'], ['0.0%'], ['0.0%'], ['0.0%']]),
    );
    expect(xfCount()).toBe(xfs + 1);
    await host.apply(write('B3', [['=SUM(A1)']]));
    const after = host.pkg.text(SHEET);
    expect(after.indexOf('<row r="3">')).toBeGreaterThan(after.indexOf('<row r="2">'));
    expect(after.indexOf('<row r="3">')).toBeLessThan(after.indexOf('<row r="4">'));
    expect(after).toContain('<c r="B3" t="inlineStr"><is><t>=SUM(A1)</t></is></c>');
    // Everything else as it was: remove the written cells from both and compare.
    const strip = (xml: string) =>
      xml
        .replace(/<c r="(I[5-8]|B3)"[^>]*?(\/>|>[\s\S]*?<\/c>)/g, '')
        .replace(/<row r="3"><\/row>/, '')
        .replace(/ spans="1:13"/g, '');
    expect(strip(after)).toBe(strip(before));
    const snap = await host.read({ names: ['Indicators'], sheets: [] });
    expect(snap.names[0].range!.numberFormats[1][8]).toBe('0.0%');
  });

  it('spells out a shared formula in the cells that used it when its first cell is overwritten', async () => {
    const host = handMade((part, text) =>
      part === SHEET
        ? text
            .replace(
              '<c r="I5" s="1"/>',
              '<c r="I5" s="1"><f t="shared" ref="I5:I8" si="0">G5/E5</f><v>0.865</v></c>',
            )
            .replace(
              /<c r="I([678])" s="1"\/>/g,
              '<c r="I$1" s="1"><f t="shared" si="0"/><v>1</v></c>',
            )
        : text,
    );
    await host.apply(write('I5', [[0.5]]));
    const range = (await host.read({ names: ['Indicators'], sheets: [] })).names[0].range!;
    expect(range.formulas.slice(1).map((row) => row[8])).toEqual([
      null,
      '=G6/E6',
      '=G7/E7',
      '=G8/E8',
    ]);
  });

  it('refuses, before writing anything, cells inside merged areas, naming every area', async () => {
    const host = handMade((part, text) =>
      part === SHEET
        ? text.replace(
            '<pageMargins',
            '<mergeCells count="2"><mergeCell ref="J5:J6"/><mergeCell ref="K7:K8"/></mergeCells><pageMargins',
          )
        : text,
    );
    const before = host.pkg.text(SHEET);
    await expect(
      host.apply(
        write('J5:K8', [
          [1, 'a'],
          [2, 'b'],
          [3, 'c'],
          [4, 'd'],
        ]),
      ),
    ).rejects.toMatchObject({
      key: 'xlsx.write.mergedCells',
      params: { areas: '绩效指标!J5:J6、绩效指标!K7:K8' },
    });
    expect(host.pkg.text(SHEET)).toBe(before);
  });

  it("replaces the product's conditional formats and keeps the user's, also those of Excel 2010", async () => {
    const user =
      '<conditionalFormatting sqref="K5:K8"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>';
    const ext =
      '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{1}"/><xm:sqref>K5:K8</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';
    const host = handMade((part, text) =>
      part === SHEET
        ? text
            .replace('</sheetData>', `</sheetData>${user}`)
            .replace('</worksheet>', `${ext}</worksheet>`)
        : text,
    );
    const spec = {
      sheet: '绩效指标',
      address: 'K5:K8',
      rules: [{ text: '待说明', fill: 'FFC7CE', fontColor: '9C0006' }],
      fallback: [[null], [null], [null], [null]],
    };
    await host.apply({ createSheets: [], createNames: [], writes: [], conditionalFormats: [spec] });
    await host.apply({
      createSheets: [],
      createNames: [],
      writes: [],
      conditionalFormats: [{ ...spec, rules: [{ text: '正常', fill: 'C6EFCE' }] }],
    });
    const xml = host.pkg.text(SHEET);
    expect(xml).toContain(user);
    expect(xml).toContain(ext);
    expect(xml).not.toContain('&quot;待说明&quot;');
    expect(xml.match(/&quot;正常&quot;/g)).toHaveLength(1);
    // After the user's own format, before the drawing (the schema's order).
    expect(xml.indexOf('&quot;正常&quot;')).toBeGreaterThan(xml.indexOf(user));
    expect(xml.indexOf('&quot;正常&quot;')).toBeLessThan(xml.indexOf('<drawing'));
  });

  it('adds and deletes sheets and workbook names in the workbook part, its relationships and content types', async () => {
    const host = handMade((_, text) => text);
    await host.apply({
      createSheets: [{ name: 'PerfScoreState', visibility: 'veryHidden' }],
      createNames: [{ name: '评价结果', reference: '绩效指标!B2' }],
      writes: [{ sheet: 'PerfScoreState', address: 'A1', values: [['state']] }],
    });
    const snap = await host.read({ names: ['评价结果'], sheets: ['PerfScoreState'] });
    expect(snap.sheetNames).toEqual(['绩效指标', '选项', 'PerfScoreState']);
    expect(snap.sheets[0].used?.values).toEqual([['state']]);
    expect(snap.names[0].range?.values).toEqual([[-24.81]]);
    expect(host.pkg.text('[Content_Types].xml')).toContain('PartName="/xl/worksheets/sheet3.xml"');
    expect(host.pkg.text(WORKBOOK)).toMatch(
      /<sheet name="PerfScoreState" sheetId="3" state="veryHidden" r:id="rId\d+"\/>/,
    );
    await host.apply({
      createSheets: [],
      createNames: [],
      writes: [],
      deleteNames: ['评价结果'],
      deleteSheets: ['PerfScoreState'],
    });
    const again = await host.read({ names: ['评价结果'], sheets: [] });
    expect(again.sheetNames).toEqual(['绩效指标', '选项']);
    expect(again.names).toEqual([]);
    expect(host.pkg.text('[Content_Types].xml')).not.toContain('sheet3.xml');
    expect(host.pkg.has('xl/worksheets/sheet3.xml')).toBe(false);
  });
});
