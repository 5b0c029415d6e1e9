/**
 * Formula injection: text that a spreadsheet would run as a formula ("=cmd|' /C calc'!A0",
 * "+1+1", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x")') typed as a department name, indicator
 * names, units, reasons, measures, rule settings, or kept in the 评分记录 log, goes through
 * every path that writes a workbook and comes out as TEXT holding exactly the characters typed:
 * - the .xlsx host through the command line: score (the scored copy), batch (the summary,
 *   from workbooks and from JSON files, and its failures sheet), template --sample;
 * - the Office host on the fake Excel (which, like Excel, turns "=…", "+…", "-…" and "@…"
 *   written through Range.values into formulas): recalculation, annotations, the rule
 *   settings, undo of a recalculation, 插入模板, and the sheets the pane generates (评价结果,
 *   自评报告).
 * The only formulas any written workbook holds are the form's own (the 合计 row of 预算明细);
 * in .xlsx files they are counted in the sheet XML itself (<f> elements).
 */
import * as ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { fakeWorkbookFromTemplateSpec } from '../../src/preview/template-workbook';
import { FakeWorkbook, createFakeWorkbook } from '../../src/preview/fake-excel/workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { OperationQueue } from '../../src/hosts/office/queue';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { writeTemplateFile } from '../template/template-file';
import type { PaneBackend } from '../../src/taskpane/backend';
import { createWorkbookBackend } from '../../src/taskpane/workbook-backend';
import { LOG_SHEET, cellAddress } from '../../src/workbook';
import { buildTemplateSpec } from '../../src/workbook/template/build';
import type { TemplateSpec } from '../../src/workbook/template/spec';
import { SEED, run } from '../cli/helpers';

const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '=HYPERLINK("http://x")',
] as const;

const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
const SHEET = spec.layout.sheet;
const RULES_SHEET = '评分规则';
const col = (key: string): string => spec.layout.columns[key];
/** The sheet row of data row i (0-based). */
const row = (i: number): number => spec.layout.firstDataRow + i;
const named = (name: string): string => spec.names.find((n) => n.name === name)!.address;

/** Where each payload is typed, as [sheet, address, text]. */
type Placement = [string, string, string];

/**
 * The accountant's text: department, the five first indicators' names, units, reasons and
 * measures (each a different payload), the budget explanation, and a 评分记录 line from an
 * earlier run that someone edited.
 */
function typedTexts(): Placement[] {
  const placements: Placement[] = [[SHEET, named('Info_Department'), PAYLOADS[0]]];
  PAYLOADS.forEach((text, i) => {
    const shifted = (k: number) => PAYLOADS[(i + k) % PAYLOADS.length];
    placements.push(
      [SHEET, `${col('name')}${row(i)}`, text],
      [SHEET, `${col('unit')}${row(i)}`, shifted(1)],
      [SHEET, `${col('reason')}${row(i)}`, shifted(2)],
      [SHEET, `${col('measures')}${row(i)}`, shifted(3)],
      [LOG_SHEET, `${String.fromCharCode(65 + i)}2`, text],
    );
  });
  placements.push([SHEET, named('Budget_Reason'), PAYLOADS[4]]);
  return placements;
}

/** The sample spec with the typed texts in it. */
function specWithTexts(placements: Placement[]): TemplateSpec {
  const copy = structuredClone(spec);
  for (const [sheetName, address, text] of placements) {
    const sheet = copy.sheets.find((s) => s.name === sheetName)!;
    const cell = sheet.cells.find((c) => c.address === address);
    if (cell) cell.value = text;
    else sheet.cells.push({ address, value: text });
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// .xlsx files
// ---------------------------------------------------------------------------------------------

/**
 * The formulas the product itself puts in the form (the 合计 row of 预算明细), as
 * "Sheet!A1 =FORMULA": the only formulas a written workbook may hold.
 */
function templateFormulas(template: TemplateSpec): string[] {
  return template.sheets
    .flatMap((sheet) =>
      sheet.cells.filter((c) => c.formula).map((c) => `${sheet.name}!${c.address} ${c.formula}`),
    )
    .sort();
}

/**
 * Every formula of an .xlsx file as "Sheet!A1 =FORMULA"; checked against the sheet XML
 * itself, which must hold exactly as many <f> elements.
 */
async function formulasIn(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  let elements = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/.+\.xml$/.test(n))) {
    elements += [...(await zip.files[name].async('string')).matchAll(/<f[\s>/]/g)].length;
  }
  const found: string[] = [];
  (await readXlsx(file)).eachSheet((ws) =>
    ws.eachRow((line) =>
      line.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          found.push(`${ws.name}!${cell.address} =${cell.formula}`);
        }
      }),
    ),
  );
  expect({ file: path.basename(file), elements }).toEqual({
    file: path.basename(file),
    elements: found.length,
  });
  return found.sort();
}

const TYPE_NAMES = new Map(Object.entries(ExcelJS.ValueType).map(([name, id]) => [id, name]));

/** How a cell of an .xlsx file is stored: its type as exceljs reads it ("String") and value. */
function storedAs(wb: ExcelJS.Workbook, sheet: string, address: string): [string, unknown] {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return ['no sheet', sheet];
  const cell = ws.getCell(address);
  return [TYPE_NAMES.get(cell.type) ?? String(cell.type), cell.value];
}

async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Expects each placement to be a text cell with exactly its text. */
function expectTexts(wb: ExcelJS.Workbook, placements: Placement[]): void {
  const seen = placements.map(([sheet, address]) => [sheet, address, storedAs(wb, sheet, address)]);
  const wanted = placements.map(([sheet, address, text]) => [sheet, address, ['String', text]]);
  expect(seen).toEqual(wanted);
}

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-injection-'));
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** The sample workbook with the typed texts, as the accountant saved it. */
async function writeTypedWorkbook(file: string, placements = typedTexts()): Promise<void> {
  await writeTemplateFile(specWithTexts(placements), file);
}

describe('the .xlsx host through the command line', () => {
  it('perfscore score: every typed text is still text in the scored copy, no new formula', async () => {
    const dir = path.join(root, 'score');
    await fs.mkdir(dir);
    const file = path.join(dir, 'in.xlsx');
    const placements = typedTexts();
    await writeTypedWorkbook(file, placements);
    // The file as typed holds text, not formulas (the test's own premise).
    expect(await formulasIn(file)).toEqual(templateFormulas(spec));

    const r = await run(['score', file]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const scored = path.join(dir, 'in.scored.xlsx');
    expect(await formulasIn(scored)).toEqual(templateFormulas(spec));
    const wb = await readXlsx(scored);
    expectTexts(wb, placements);
    // The recalculation did write: the total and a new 评分记录 line under the edited one.
    expect(storedAs(wb, SHEET, named('Result_Total'))[0]).toBe('Number');
    expect(wb.getWorksheet(LOG_SHEET)!.getCell('A3').value).toEqual(expect.any(String));
    // The department name is reported as typed.
    expect(r.stdout).toContain(PAYLOADS[0]);
  });

  it('perfscore batch: department names and file names in the summary are text, also from JSON', async () => {
    const dir = path.join(root, 'batch');
    await fs.mkdir(dir);
    const seed = JSON.parse(await fs.readFile(SEED, 'utf8')) as Record<string, unknown>;
    // JSON inputs; their file names begin with + - @ too ("/" cannot be in a file name).
    const jsonFiles = ['+1+1.json', '-2+3.json', '@SUM(A1).json', 'hyperlink.json'];
    for (const [i, name] of jsonFiles.entries()) {
      const department = PAYLOADS[i + 1];
      await fs.writeFile(path.join(dir, name), JSON.stringify({ ...seed, department }));
    }
    // A workbook whose department is the first payload.
    await writeTypedWorkbook(path.join(dir, 'workbook.xlsx'));
    // A file that cannot be scored: the failures sheet names it.
    await fs.writeFile(path.join(dir, '=1+1.json'), '{ not json');

    const summary = path.join(root, 'summary.xlsx');
    const r = await run(['batch', dir, '--summary', summary]);
    // Exit 1: one file failed; the summary is written all the same.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('=1+1.json');
    expect(await formulasIn(summary)).toEqual([]);
    const wb = await readXlsx(summary);
    const [main, failures] = wb.worksheets;
    const rows: [string, unknown][][] = [];
    main.eachRow((line, n) => {
      if (n > 1) rows.push([1, 7].map((c) => storedAs(wb, main.name, line.getCell(c).address)));
    });
    const expected = [
      [
        ['String', PAYLOADS[0]],
        ['String', 'workbook.xlsx'],
      ],
      ...jsonFiles.map((name, i) => [
        ['String', PAYLOADS[i + 1]],
        ['String', name],
      ]),
    ];
    expect(rows).toEqual(expect.arrayContaining(expected));
    expect(rows).toHaveLength(expected.length);
    expect(storedAs(wb, failures.name, 'A2')).toEqual(['String', '=1+1.json']);
    expect(storedAs(wb, failures.name, 'B2')[0]).toBe('String');
  });

  it('perfscore template --sample: every text of the form (the "=" operators too) is text', async () => {
    const file = path.join(root, 'template.xlsx');
    const r = await run(['template', file, '--sample']);
    expect(r.code).toBe(0);
    expect(await formulasIn(file)).toEqual(templateFormulas(spec));
    const wb = await readXlsx(file);
    const texts: Placement[] = spec.sheets.flatMap((sheet) =>
      sheet.cells
        .filter((c) => typeof c.value === 'string' && c.value !== '')
        .map((c): Placement => [sheet.name, c.address, c.value as string]),
    );
    // The sample's 指标性质 "=" cells are among them.
    expect(texts.filter(([, , text]) => /^[=+\-@]/.test(text)).length).toBeGreaterThan(0);
    expectTexts(wb, texts);
  });
});

// ---------------------------------------------------------------------------------------------
// The Office host on the fake Excel
// ---------------------------------------------------------------------------------------------

function paneOn(fake: FakeWorkbook): PaneBackend {
  return createWorkbookBackend({
    host: new OfficeHost(runOnFakeWorkbook(fake)),
    queue: new OperationQueue(),
    locale: 'zh-CN',
    now: () => new Date('2024-03-01T08:00:00Z'),
    selectCells: async () => undefined,
  });
}

/** Every cell of the fake that holds a formula, as "Sheet!A1 =…". */
function fakeFormulas(fake: FakeWorkbook): string[] {
  const found: string[] = [];
  for (const sheet of fake.model.sheets) {
    fake.sheetGrid(sheet.name).forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell.formula !== undefined) {
          found.push(`${sheet.name}!${cellAddress(r, c)} ${cell.formula}`);
        }
      }),
    );
  }
  return found.sort();
}

/** Expects each placement to be a text cell (no formula) of the fake with exactly its text. */
function expectFakeTexts(fake: FakeWorkbook, placements: Placement[]): void {
  const seen = placements.map(([sheet, address]) => {
    const cell = fake.model.getCell(sheet, address);
    return [sheet, address, { value: cell?.value, formula: cell?.formula ?? null }];
  });
  const wanted = placements.map(([sheet, address, text]) => [
    sheet,
    address,
    { value: text, formula: null },
  ]);
  expect(seen).toEqual(wanted);
}

describe('the Office host on the fake Excel', () => {
  it("recalculation: typed texts stay text, no formula but the form's own", async () => {
    const placements = typedTexts();
    const fake = await fakeWorkbookFromTemplateSpec(specWithTexts(placements));
    expectFakeTexts(fake, placements);
    const view = await paneOn(fake).recalculate('refuse');
    expect(view.kind).toBe('scored');
    expect(fakeFormulas(fake)).toEqual(templateFormulas(spec));
    expectFakeTexts(fake, placements);
    expect(typeof fake.model.getCell(SHEET, named('Result_Total'))?.value).toBe('number');
  });

  it('annotations: each reason and measure is stored as typed, as text', async () => {
    const fake = await fakeWorkbookFromTemplateSpec(spec);
    const pane = paneOn(fake);
    const written: Placement[] = [];
    for (const [i, text] of PAYLOADS.entries()) {
      const measures = PAYLOADS[(i + 1) % PAYLOADS.length];
      await pane.annotate(i, text, measures);
      written.push(
        [SHEET, `${col('reason')}${row(i)}`, text],
        [SHEET, `${col('measures')}${row(i)}`, measures],
      );
    }
    await pane.annotate('budget', PAYLOADS[0], '');
    written.push([SHEET, named('Budget_Reason'), PAYLOADS[0]]);
    expect(fakeFormulas(fake)).toEqual(templateFormulas(spec));
    expectFakeTexts(fake, written);
  });

  it('rule settings: each value is saved as typed, as text, and read back the same', async () => {
    const fake = await fakeWorkbookFromTemplateSpec(spec);
    const pane = paneOn(fake);
    const rows = (await pane.readSettings()).rows!;
    const keys = rows.slice(0, PAYLOADS.length).map((r) => r.key);
    await pane.saveSettings(keys.map((key, i) => ({ key, value: PAYLOADS[i] })));
    expect(fakeFormulas(fake)).toEqual(templateFormulas(spec));
    const after = (await pane.readSettings()).rows!;
    expect(after.slice(0, PAYLOADS.length)).toEqual(
      keys.map((key, i) => ({ key, value: PAYLOADS[i] })),
    );
    const rules = spec.sheets.find((s) => s.name === RULES_SHEET)!;
    const valueCells = keys.map((key): Placement => {
      const label = rules.cells.find((c) => c.value === key)!;
      return [RULES_SHEET, `B${label.address.slice(1)}`, PAYLOADS[keys.indexOf(key)]];
    });
    expectFakeTexts(fake, valueCells);
  });

  it('undo of a recalculation puts a typed output text back as text', async () => {
    const fake = await fakeWorkbookFromTemplateSpec(spec);
    // Texts typed by hand into output cells (得分, 偏差状态) that a recalculation overwrites.
    const typed: Placement[] = PAYLOADS.map((text, i) => [
      SHEET,
      `${i % 2 ? col('status') : col('score')}${row(i)}`,
      text,
    ]);
    for (const [sheet, address, text] of typed) fake.model.setCell(sheet, address, { value: text });
    const pane = paneOn(fake);
    expect((await pane.recalculate('overwrite')).kind).toBe('scored');
    expect(fake.model.getCell(SHEET, typed[0][1])?.value).not.toBe(PAYLOADS[0]);
    const undo = await pane.undoLastRecalculation();
    expect(undo.undone).toBe(true);
    expect(fakeFormulas(fake)).toEqual(templateFormulas(spec));
    expectFakeTexts(fake, typed);
  });

  /** The texts of a sheet of the fake, cell by cell. */
  const textsOf = (fake: FakeWorkbook, sheet: string): unknown[] =>
    fake.sheetGrid(sheet).flatMap((cells) => cells.map((cell) => cell.value));

  it('生成评价结果: the 评价结果 sheet lists the typed indicator names as text', async () => {
    const fake = await fakeWorkbookFromTemplateSpec(specWithTexts(typedTexts()));
    const view = await paneOn(fake).writeResultsSheet();
    expect(view.written).toBe(true);
    expect(fakeFormulas(fake)).toEqual(templateFormulas(spec));
    const texts = textsOf(fake, view.sheet);
    for (const text of PAYLOADS) expect([text, texts.includes(text)]).toEqual([text, true]);
    // The title carries the department name as typed, inside text.
    expect(texts.some((v) => typeof v === 'string' && v.includes(PAYLOADS[0]))).toBe(true);
  });

  it('生成报告文字: the 自评报告 sheet holds the typed names and reasons as text', async () => {
    const fake = await fakeWorkbookFromTemplateSpec(specWithTexts(typedTexts()));
    const view = await paneOn(fake).draftReport();
    expect(fakeFormulas(fake)).toEqual(templateFormulas(spec));
    const texts = textsOf(fake, view.sheet);
    for (const text of PAYLOADS) expect([text, texts.includes(text)]).toEqual([text, true]);
    expect(view.text).toContain(PAYLOADS[0]);
  });

  it('插入模板: every text of the form (the "=" operators too) is text', async () => {
    const fake = createFakeWorkbook();
    fake.model.addSheet('Sheet1');
    await paneOn(fake).insertTemplate();
    const blank = buildTemplateSpec({ sample: false, locale: 'zh-CN' });
    expect(fakeFormulas(fake)).toEqual(templateFormulas(blank));
    const texts: Placement[] = blank.sheets.flatMap((sheet) =>
      sheet.cells
        .filter((c) => typeof c.value === 'string' && c.value !== '')
        .map((c): Placement => [sheet.name, c.address, c.value as string]),
    );
    expectFakeTexts(fake, texts);
  });
});
