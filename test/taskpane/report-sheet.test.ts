/**
 * 生成报告文字: the drafted report as the 自评报告 sheet (one read, ONE write; headings bold,
 * paragraphs in merged wrapped rows, the indicator table, every value text) and as the text
 * copied to the clipboard; a sheet of that name is replaced, nothing of it left behind.
 */
import { draftReport } from '../../src/report';
import {
  REPORT_SHEET,
  paragraphHeight,
  reportLines,
  reportSheetPlan,
  reportText,
  textUnits,
} from '../../src/report/sheet';
import { copyText } from '../../src/taskpane/clipboard';
import { SEED_MANUAL, evaluated, loadInput } from '../report/helpers';
import { cell, setup } from './pane-setup';

const seed = evaluated(loadInput());
const draft = draftReport(seed.input, seed.result, 'zh-CN');

describe('the report sheet plan', () => {
  const plan = reportSheetPlan(draft, null, ['绩效自评表']);
  const lines = reportLines(draft);
  const write = plan.writes[0];
  const layout = plan.layouts![0];

  test('creates 自评报告 and writes the report as one block of text cells', () => {
    expect(plan.createSheets).toEqual([{ name: REPORT_SHEET }]);
    expect(plan.writes).toHaveLength(1);
    expect(write.sheet).toBe(REPORT_SHEET);
    expect(write.values).toHaveLength(lines.length);
    expect(write.values[0][0]).toBe(draft.title);
    expect(write.numberFormats!.flat().every((f) => f === '@')).toBe(true);
    expect(layout.reset).toBeUndefined();
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

  test('an existing report sheet is reset and cleared over everything it used', () => {
    const used = {
      sheet: REPORT_SHEET,
      address: 'B2:J80',
      rowIndex: 1,
      columnIndex: 1,
      values: Array.from({ length: 79 }, () => Array.from({ length: 9 }, () => 'old')),
      numberFormats: [],
      formulas: [],
    };
    const again = reportSheetPlan(draft, { name: REPORT_SHEET, used }, ['绩效自评表', '自评报告']);
    expect(again.createSheets).toEqual([]);
    const w = again.writes[0];
    expect(w.address).toBe('A1:J80');
    expect(again.layouts![0].reset).toBe('A1:J80');
    expect(w.values[79].every((v) => v === '')).toBe(true);
    expect(w.values[0].slice(6).every((v) => v === '')).toBe(true);
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
    expect(view.provisional).toBe(false);
    expect(view.text).toContain('该指标权重分值为12分，自评得分12分。');
    expect(cell(fake, 'A1', REPORT_SHEET)?.value).toBe(view.text.split('\n')[0]);
    expect(fake.sheetNames()).toContain(REPORT_SHEET);
  });

  test('an existing 自评报告 is replaced: nothing of the old sheet is left', async () => {
    const { fake, backend } = await setup('seed');
    const old = fake.model.addSheet(REPORT_SHEET);
    old.setCell(0, 0, { value: '旧报告标题' });
    old.setCell(89, 9, { value: '旧的附注' });
    await backend.draftReport();
    expect(cell(fake, 'J90', REPORT_SHEET)).toBeUndefined();
    expect(cell(fake, 'A1', REPORT_SHEET)?.value).toBe(draft.title);
    expect(fake.sheetNames().filter((n) => n === REPORT_SHEET)).toHaveLength(1);
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
