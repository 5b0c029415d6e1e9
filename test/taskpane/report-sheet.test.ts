/**
 * 生成报告文字: the drafted report as the 自评报告 sheet (one read, ONE write; headings bold,
 * paragraphs in merged wrapped rows, the indicator table, every value text, a last line that
 * stamps it with a check code) and as the text copied to the clipboard. Drafting again replaces
 * the sheet only while it is untouched; a sheet the user edited, or one that is not ours, is
 * never touched: the new draft goes to 自评报告(2).
 */
import { draftReport } from '../../src/report';
import type { ReportDraft } from '../../src/report/types';
import {
  REPORT_SHEET,
  paragraphHeight,
  reportLines,
  reportSheetPlan,
  reportSheetState,
  reportText,
  stampCode,
  textUnits,
} from '../../src/report/sheet';
import { t } from '../../src/i18n/catalog';
import { copyText } from '../../src/taskpane/clipboard';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import type { FakeWorkbook } from '../../src/preview/fake-excel/workbook';
import type { CellScalar, SheetSnapshot } from '../../src/workbook/port/types';
import { freeSheetName, sheetCode } from '../../src/workbook/sheets/sheet-stamp';
import { SEED_MANUAL, evaluated, loadInput } from '../report/helpers';
import { cell, setup } from './pane-setup';

const seed = evaluated(loadInput());
const draft = draftReport(seed.input, seed.result, 'zh-CN');
const NOW = new Date('2026-11-27T05:05:00Z');
const none = { sheets: [], sheetNames: ['绩效自评表'] };

/** The report sheet as a host reads it back: its values from A1. */
function readBack(values: CellScalar[][], name = REPORT_SHEET): SheetSnapshot {
  return {
    name,
    used: {
      sheet: name,
      address: `A1`,
      rowIndex: 0,
      columnIndex: 0,
      values,
      numberFormats: [],
      formulas: [],
    },
  };
}

/** The same draft with one more paragraph in its conclusion (or several). */
function longer(base: ReportDraft, text: string, count = 1): ReportDraft {
  const extra = Array.from({ length: count }, (_, i) => `${text}${i + 1}`);
  return {
    ...base,
    conclusion: { ...base.conclusion, paragraphs: [...base.conclusion.paragraphs, ...extra] },
  };
}

describe('the report sheet plan', () => {
  const outcome = reportSheetPlan(draft, none, NOW);
  const plan = outcome.plan;
  const lines = reportLines(draft);
  const write = plan.writes[0];
  const layout = plan.layouts![0];

  test('creates 自评报告 and writes the report as one block of text cells', () => {
    expect(outcome.sheet).toBe(REPORT_SHEET);
    expect(outcome.kept).toBeNull();
    expect(plan.createSheets).toEqual([{ name: REPORT_SHEET }]);
    expect(plan.deleteSheets).toBeUndefined();
    expect(plan.writes).toHaveLength(1);
    expect(write.sheet).toBe(REPORT_SHEET);
    // The report, a blank row, the stamp.
    expect(write.values).toHaveLength(lines.length + 2);
    expect(write.values[0][0]).toBe(draft.title);
    expect(write.numberFormats!.flat().every((f) => f === '@')).toBe(true);
    expect(layout.reset).toBeUndefined();
  });

  test('the last line stamps the sheet with the code of the text above it', () => {
    const stamp = String(write.values[write.values.length - 1][0]);
    const code = sheetCode(write.values.slice(0, -1));
    expect(code).toMatch(/^[0-9a-f]{8}$/);
    expect(stamp).toBe(
      t('report.sheet.stamp', { time: stamp.match(/于 (\S+ \S+) 生成/)![1], code }, 'zh-CN'),
    );
    expect(stamp).toMatch(
      new RegExp(
        `^以上由绩效自评助手于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 生成（校验码 ${code}）。`,
      ),
    );
    expect(stampCode(stamp)).toBe(code);
    expect(layout.merges).toContain(`A${write.values.length}:F${write.values.length}`);
    // The copied text carries no stamp.
    expect(reportText(draft)).not.toContain('校验码');
  });

  test('the stamp’s code changes when the content changes', () => {
    const other = reportSheetPlan(longer(draft, '另行补充的一段'), none, NOW).plan.writes[0];
    const code = (values: CellScalar[][]) => stampCode(String(values[values.length - 1][0]));
    expect(code(other.values)).not.toBe(code(write.values));
    // One character of one cell, and the code read back no longer matches.
    const edited = write.values.map((row) => [...row]);
    const paragraph = edited.findIndex((r) => String(r[0]).startsWith('预算经费：'));
    edited[paragraph][0] = `${String(edited[paragraph][0])}。`;
    expect(reportSheetState(readBack(write.values))).toBe('untouched');
    expect(reportSheetState(readBack(edited))).toBe('edited');
    // The same time, the same text: the same code (nothing else goes into it).
    expect(code(reportSheetPlan(draft, none, NOW).plan.writes[0].values)).toBe(code(write.values));
  });

  test('an English stamp is recognised too; text below the stamp makes the sheet not ours', () => {
    const english = draftReport(seed.input, seed.result, 'en-US');
    const values = reportSheetPlan(english, none, NOW).plan.writes[0].values;
    expect(String(values[values.length - 1][0])).toMatch(/check code [0-9a-f]{8}/);
    expect(reportSheetState(readBack(values))).toBe('untouched');
    expect(reportSheetState(readBack([...values, ['我的备注']]))).toBe('edited');
    expect(reportSheetState(readBack([['我自己的报告'], ['第二段']]))).toBe('edited');
    expect(reportSheetState({ name: REPORT_SHEET, used: null })).toBe('empty');
    expect(reportSheetState(readBack([['', ''], ['']]))).toBe('empty');
  });

  test('headings are bold, paragraphs merged across the table and wrapped, heights fit', () => {
    const at = (text: string) => write.values.findIndex((r) => r[0] === text);
    const heading = at(draft.analysis.heading);
    expect(heading).toBeGreaterThan(0);
    const styleOf = (r: number) =>
      layout.styles.find((s) => s.address === `A${r + 1}:F${r + 1}`)?.style;
    expect(styleOf(heading)?.bold).toBe(true);
    const paragraph = write.values.findIndex((r) => String(r[0]).startsWith('预算经费：'));
    expect(paragraph).toBeGreaterThan(heading);
    expect(layout.merges).toContain(`A${paragraph + 1}:F${paragraph + 1}`);
    expect(styleOf(paragraph)?.wrap).toBe(true);
    expect(layout.rowHeights[paragraph + 1]).toBeGreaterThan(16 * 2);
    expect(layout.columnWidths).toHaveLength(6);
  });

  test('the indicator table: header and one row per indicator with bordered cells', () => {
    const header = write.values.findIndex((r) => r[0] === draft.table.header[0]);
    expect(write.values[header]).toEqual(draft.table.header);
    const budget = write.values.find((r) => r[0] === '预算经费')!;
    expect(budget.slice(0, 6)).toEqual(draft.table.rows.find((r) => r[0] === '预算经费'));
    expect(layout.merges).not.toContain(`A${header + 1}:F${header + 1}`);
    expect(layout.styles.find((s) => s.address === `A${header + 2}:F${header + 2}`)?.style).toEqual(
      expect.objectContaining({ border: true }),
    );
  });

  test('an untouched or empty 自评报告 is deleted and created again in the same plan', () => {
    const names = ['绩效自评表', REPORT_SHEET];
    for (const sheet of [readBack(write.values), { name: REPORT_SHEET, used: null }]) {
      const again = reportSheetPlan(draft, { sheets: [sheet], sheetNames: names }, NOW);
      expect(again.sheet).toBe(REPORT_SHEET);
      expect(again.kept).toBeNull();
      expect(again.plan.deleteSheets).toEqual([REPORT_SHEET]);
      expect(again.plan.createSheets).toEqual([{ name: REPORT_SHEET }]);
      expect(again.plan.writes.map((w) => w.sheet)).toEqual([REPORT_SHEET]);
    }
  });

  test('an edited or foreign 自评报告 is kept: the draft goes to the first free 自评报告(n)', () => {
    const names = ['绩效自评表', REPORT_SHEET, `${REPORT_SHEET}(2)`];
    const own = readBack([['我自己的报告']]);
    const second = readBack([['第二稿，已改']], `${REPORT_SHEET}(2)`);
    const kept = reportSheetPlan(draft, { sheets: [own, second], sheetNames: names }, NOW);
    expect(kept.kept).toBe(`${REPORT_SHEET}(2)`);
    expect(kept.sheet).toBe(`${REPORT_SHEET}(3)`);
    expect(kept.plan.deleteSheets).toBeUndefined();
    expect(kept.plan.createSheets).toEqual([{ name: `${REPORT_SHEET}(3)` }]);
    expect(kept.plan.writes.map((w) => w.sheet)).toEqual([`${REPORT_SHEET}(3)`]);
    expect(kept.plan.layouts!.map((l) => l.sheet)).toEqual([`${REPORT_SHEET}(3)`]);
    // A sheet of the family that was not read cannot be proven untouched.
    expect(reportSheetPlan(draft, { sheets: [], sheetNames: names }, NOW).sheet).toBe(
      `${REPORT_SHEET}(3)`,
    );
    // An untouched 自评报告(2) beside the edited 自评报告 is the one replaced.
    const ours = readBack(reportSheetPlan(draft, none, NOW).plan.writes[0].values, second.name);
    const reused = reportSheetPlan(draft, { sheets: [own, ours], sheetNames: names }, NOW);
    expect([reused.sheet, reused.kept]).toEqual([`${REPORT_SHEET}(2)`, REPORT_SHEET]);
    expect(reused.plan.deleteSheets).toEqual([`${REPORT_SHEET}(2)`]);
    expect(reused.plan.createSheets).toEqual([{ name: `${REPORT_SHEET}(2)` }]);
    expect(freeSheetName(REPORT_SHEET, ['Sheet1'])).toBe(`${REPORT_SHEET}(2)`);
    expect(
      freeSheetName(REPORT_SHEET, [REPORT_SHEET, `${REPORT_SHEET}(2)`, `${REPORT_SHEET}(4)`]),
    ).toBe(`${REPORT_SHEET}(3)`);
  });

  test('CJK text counts double when estimating wrapped heights', () => {
    expect(textUnits('预算ab')).toBe(6);
    expect(paragraphHeight('短')).toBe(20);
    expect(paragraphHeight('字'.repeat(200))).toBeGreaterThan(paragraphHeight('字'.repeat(40)));
  });
});

describe('the copied text', () => {
  const text = reportText(draft);

  test('reads like the report: title, sections, the 预算经费 paragraph with the rule’s figures', () => {
    expect(text.startsWith(`${draft.title}\n`)).toBe(true);
    expect(text).toContain(`\n${draft.conclusion.heading}\n`);
    expect(text).toContain('预算经费：该指标预期指标值为小于等于212.65万元');
    expect(text).toContain('该指标权重分值为12分，自评得分12分。');
    expect(text).not.toMatch(/\n{3}/);
  });

  test('table rows are tab-separated (a table when pasted into Word or Excel)', () => {
    expect(text).toContain(draft.table.header.join('\t'));
  });
});

describe('生成报告文字 through the pane backend', () => {
  test('one read and ONE write: the sheet holds the report, text stays text', async () => {
    const { fake, backend, reads, applied } = await setup('seed');
    const view = await backend.draftReport();
    expect(reads).toHaveLength(1);
    expect(reads[0].sheets).toContain(REPORT_SHEET);
    expect(applied).toHaveLength(1);
    expect(view.sheet).toBe(REPORT_SHEET);
    expect(view.kept).toBeUndefined();
    expect(view.provisional).toBe(false);
    expect(view.midYear).toBe(false);
    expect(view.text).toContain('该指标权重分值为12分，自评得分12分。');
    expect(cell(fake, 'A1', REPORT_SHEET)?.value).toBe(view.text.split('\n')[0]);
    expect(fake.sheetNames()).toContain(REPORT_SHEET);
  });

  test('at mid-year the draft is the monitoring report, said as such (not a provisional composite)', async () => {
    const { backend } = await setup('midyear');
    const view = await backend.draftReport();
    expect(view.midYear).toBe(true);
    expect(view.text).toContain('四、年中监控结论');
    expect(view.text).not.toContain('该指标权重分值为');
  });

  /** The values of a sheet of the fake, from A1. */
  const valuesOf = (fake: FakeWorkbook, sheet: string) => fake.sheetValues(sheet);

  test('drafting again without edits replaces 自评报告: one sheet, nothing of the old left', async () => {
    const { fake, backend, applied } = await setup('seed');
    // An earlier, longer draft of ours, as 生成报告文字 wrote it.
    const long = longer(draft, '较早一稿的段落'.repeat(30), 20);
    const earlier = reportSheetPlan(long, { sheets: [], sheetNames: fake.sheetNames() }, NOW);
    await new OfficeHost(runOnFakeWorkbook(fake)).apply(earlier.plan);
    const oldRows = earlier.plan.writes[0].values.length;
    const defaultHeight = fake.rowHeight(REPORT_SHEET, 1000);
    expect(fake.rowHeight(REPORT_SHEET, oldRows - 3)).toBeGreaterThan(defaultHeight);

    const view = await backend.draftReport();
    expect(view.sheet).toBe(REPORT_SHEET);
    expect(view.kept).toBeUndefined();
    expect(applied[0].deleteSheets).toEqual([REPORT_SHEET]);
    expect(fake.sheetNames().filter((n) => n.startsWith(REPORT_SHEET))).toEqual([REPORT_SHEET]);
    const values = valuesOf(fake, REPORT_SHEET);
    const newRows = applied[0].writes[0].values.length;
    expect(newRows).toBeLessThan(oldRows);
    expect(values).toHaveLength(newRows);
    expect(String(values[newRows - 1][0])).toMatch(/校验码 [0-9a-f]{8}/);
    for (let row = newRows + 1; row <= oldRows; row++) {
      expect(cell(fake, `A${row}`, REPORT_SHEET)).toBeUndefined();
      expect(fake.rowHeight(REPORT_SHEET, row)).toBe(defaultHeight);
    }
    // And again: the sheet just written reads back as untouched.
    await backend.draftReport();
    expect(applied[1].deleteSheets).toEqual([REPORT_SHEET]);
    expect(fake.sheetNames().filter((n) => n.startsWith(REPORT_SHEET))).toEqual([REPORT_SHEET]);
  });

  test('an edited 自评报告 is left byte for byte; the new draft goes to 自评报告(2)', async () => {
    const { fake, backend, applied, reads } = await setup('seed');
    await backend.draftReport();
    const values = valuesOf(fake, REPORT_SHEET);
    const paragraph = values.findIndex((r) => String(r[0]).startsWith('预算经费：'));
    const edited = `${String(values[paragraph][0])}（经复核，支出进度符合要求。）`;
    fake.model.setCell(REPORT_SHEET, `A${paragraph + 1}`, { value: edited });
    const before = valuesOf(fake, REPORT_SHEET);
    const heights = Array.from({ length: before.length }, (_, r) =>
      fake.rowHeight(REPORT_SHEET, r + 1),
    );

    const view = await backend.draftReport();
    expect(view.sheet).toBe(`${REPORT_SHEET}(2)`);
    expect(view.kept).toBe(REPORT_SHEET);
    expect(applied[1].deleteSheets).toBeUndefined();
    expect(valuesOf(fake, REPORT_SHEET)).toEqual(before);
    expect(cell(fake, `A${paragraph + 1}`, REPORT_SHEET)?.value).toBe(edited);
    expect(heights.map((_, r) => fake.rowHeight(REPORT_SHEET, r + 1))).toEqual(heights);
    expect(cell(fake, 'A1', view.sheet)?.value).toBe(draft.title);
    expect(String(cell(fake, `A${paragraph + 1}`, view.sheet)?.value)).not.toContain('经复核');
    // The pane says which sheet it kept and where the draft went.
    expect(t('pane.report.keptEdited', { kept: view.kept!, sheet: view.sheet })).toBe(
      '「自评报告」已有您的修改，未作改动；新稿已写入「自评报告(2)」。',
    );
    // Once more: 自评报告 is still the user's, and 自评报告(2), untouched since it was written,
    // is the one replaced (read in a second read of it alone; still ONE write): no (3).
    const readsBefore = reads.length;
    const again = await backend.draftReport();
    expect([again.sheet, again.kept]).toEqual([`${REPORT_SHEET}(2)`, REPORT_SHEET]);
    expect(reads.slice(readsBefore)).toHaveLength(2);
    expect(reads[reads.length - 1]).toEqual({ names: [], sheets: [`${REPORT_SHEET}(2)`] });
    expect(applied).toHaveLength(3);
    expect(applied[2].deleteSheets).toEqual([`${REPORT_SHEET}(2)`]);
    const family = () => fake.sheetNames().filter((n) => n.startsWith(REPORT_SHEET));
    expect(family()).toEqual([REPORT_SHEET, `${REPORT_SHEET}(2)`]);
    expect(valuesOf(fake, REPORT_SHEET)).toEqual(before);
    expect(cell(fake, 'A1', `${REPORT_SHEET}(2)`)?.value).toBe(draft.title);

    // The user edits 自评报告(2) too: both are kept, the next draft goes to 自评报告(3).
    fake.model.setCell(`${REPORT_SHEET}(2)`, 'A1', { value: '第二稿（已修改）' });
    const third = await backend.draftReport();
    expect([third.sheet, third.kept]).toEqual([`${REPORT_SHEET}(3)`, `${REPORT_SHEET}(2)`]);
    expect(applied[3].deleteSheets).toBeUndefined();
    expect(cell(fake, 'A1', `${REPORT_SHEET}(2)`)?.value).toBe('第二稿（已修改）');
    expect(cell(fake, 'A1', `${REPORT_SHEET}(3)`)?.value).toBe(draft.title);
    expect(family()).toEqual([REPORT_SHEET, `${REPORT_SHEET}(2)`, `${REPORT_SHEET}(3)`]);
    expect(valuesOf(fake, REPORT_SHEET)).toEqual(before);
  });

  test('a 自评报告 of the user’s own (no stamp) is never touched', async () => {
    const { fake, backend } = await setup('seed');
    const own = fake.model.addSheet(REPORT_SHEET);
    own.setCell(0, 0, { value: '旧报告标题' });
    own.setCell(89, 9, { value: '旧的附注' });
    own.rowHeights.set(89, 60);
    const before = valuesOf(fake, REPORT_SHEET);
    const view = await backend.draftReport();
    expect(view).toEqual(
      expect.objectContaining({ sheet: `${REPORT_SHEET}(2)`, kept: REPORT_SHEET }),
    );
    expect(valuesOf(fake, REPORT_SHEET)).toEqual(before);
    expect(cell(fake, 'J90', REPORT_SHEET)?.value).toBe('旧的附注');
    expect(fake.rowHeight(REPORT_SHEET, 90)).toBe(60);
    expect(cell(fake, 'A1', `${REPORT_SHEET}(2)`)?.value).toBe(draft.title);
  });

  test('a mid-year workbook drafts a provisional report (no grade stated)', async () => {
    const { backend } = await setup('midyear');
    const view = await backend.draftReport();
    expect(view.provisional).toBe(true);
    expect(view.text).not.toMatch(/评价等级为[优良中差]/);
  });

  test('the published scores: the report states the rule’s 12 beside the published 11.76', () => {
    const manual = evaluated(loadInput(SEED_MANUAL));
    const text = reportText(draftReport(manual.input, manual.result, 'zh-CN'));
    expect(text).toContain('该指标权重分值为12分，自评得分11.76分（按评分规则计算为12分）。');
  });
});

describe('copying to the clipboard', () => {
  test('the Clipboard API first', async () => {
    const copied: string[] = [];
    const ok = await copyText('报告', {
      clipboard: { writeText: async (t) => void copied.push(t) },
      document: null,
    });
    expect(ok).toBe(true);
    expect(copied).toEqual(['报告']);
  });

  test('refused: a hidden textarea and execCommand("copy"), removed afterwards', async () => {
    const appended: { value: string; removed: boolean }[] = [];
    const doc = {
      activeElement: null,
      body: { appendChild: (el: { value: string; removed: boolean }) => appended.push(el) },
      createElement: () => {
        const el = {
          value: '',
          removed: false,
          style: {},
          setAttribute: () => undefined,
          select: () => undefined,
          remove: () => {
            el.removed = true;
          },
        };
        return el;
      },
      execCommand: (command: string) => command === 'copy' && appended[0]?.value === '报告',
    } as unknown as Document;
    const ok = await copyText('报告', {
      clipboard: { writeText: () => Promise.reject(new Error('NotAllowedError')) },
      document: doc,
    });
    expect(ok).toBe(true);
    expect(appended[0].removed).toBe(true);
  });

  test('both refused: false (the pane then leaves the text to select)', async () => {
    const doc = {
      activeElement: null,
      body: { appendChild: () => undefined },
      createElement: () => ({
        style: {},
        setAttribute: () => undefined,
        select: () => undefined,
        remove: () => undefined,
      }),
      execCommand: () => {
        throw new Error('not supported');
      },
    } as unknown as Document;
    expect(await copyText('报告', { clipboard: null, document: doc })).toBe(false);
    expect(await copyText('报告', { clipboard: null, document: null })).toBe(false);
  });
});
