/**
 * The 评价结果 sheet built from the seed: the composite 99.26 优, the
 * execution rate and score, subtotals per level-1 indicator equal to the rule's scores, a
 * chart over exactly the indicator rows, 偏差状态 colours, and a provisional total that never
 * looks final. Texts stay texts.
 */
import { evaluate } from '../../../src/engine/evaluate';
import type { EvaluationResult } from '../../../src/engine/types';
import { readContract, snapshotRequest } from '../../../src/workbook';
import { parseBlock } from '../../../src/workbook/a1'; // 0-based
import {
  RESULTS_SHEET,
  levelLights,
  levelSubtotals,
  resultsSheetPlan,
  writeResultsSheet,
} from '../../../src/workbook/sheets/results-sheet';
import { STATUS_COLORS } from '../../../src/workbook/sheets/results-sheet-status';
import {
  freeSheetName,
  sheetCode,
  stampCellText,
  stampText,
  stampedSheetFamily,
  stampedSheetTarget,
} from '../../../src/workbook/sheets/sheet-stamp';
import type {
  CellScalar,
  ContractReading,
  RangeSnapshot,
  SheetSnapshot,
  WorkbookSnapshot,
  WritePlan,
} from '../../../src/workbook/port/types';
import { MemoryHost } from '../helpers/memory-host';
import {
  SEED,
  SEED_LEVELS,
  SEED_SCORES,
  SEED_TOTAL,
  canonicalSeedWorkbook,
} from '../helpers/seed-workbooks';
import { messageOf } from '../../../src/i18n/said';
import { plainIndicator } from '../../../src/workbook/contract/table-rows';

const NOW = new Date(2026, 10, 27, 9, 30, 0);

/** A sheet's used range as a host reads it back, from A1. */
function usedRange(sheet: string, values: CellScalar[][]): RangeSnapshot {
  return {
    sheet,
    address: 'A1',
    rowIndex: 0,
    columnIndex: 0,
    values,
    numberFormats: [],
    formulas: [],
  };
}

async function seedReading(
  edit?: (reading: ContractReading) => ContractReading,
): Promise<{ reading: ContractReading; result: EvaluationResult; workbook: WorkbookSnapshot }> {
  const snapshot = await new MemoryHost(canonicalSeedWorkbook()).read(snapshotRequest());
  let reading = readContract(snapshot);
  expect(reading.problems).toEqual([]);
  if (edit) reading = edit(reading);
  return { reading, result: evaluate(reading.input), workbook: snapshot };
}

/** The plan's one block of values as a grid, and a lookup by A1 address. */
function grid(plan: WritePlan) {
  const write = plan.writes.find((w) => w.sheet === RESULTS_SHEET)!;
  expect(write.address.startsWith('A1:')).toBe(true);
  const at = (address: string): { value: CellScalar; format: string } => {
    const b = parseBlock(address)!;
    return {
      value: write.values[b.top]?.[b.left] ?? '',
      format: write.numberFormats?.[b.top]?.[b.left] ?? 'General',
    };
  };
  /** The rows below the 三级指标 header, without the blank row and the stamp. */
  const header = write.values.findIndex((r) => r[1] === '三级指标');
  const indicators = write.values.slice(header + 1, -2);
  /** The 1-based row whose column A holds `label`. */
  const rowOf = (label: string): number => write.values.findIndex((r) => r[0] === label) + 1;
  return { write, at, rowOf, header, indicators };
}

describe('评价结果 of the seed', () => {
  let plan: WritePlan;
  let result: EvaluationResult;

  beforeAll(async () => {
    const seed = await seedReading();
    result = seed.result;
    plan = resultsSheetPlan(seed.result, seed.reading, seed.workbook, 'zh-CN', NOW).plan;
  });

  it('creates the sheet and shows the composite 99.26, 优 and the execution rate', () => {
    expect(plan.createSheets).toEqual([{ name: RESULTS_SHEET, visibility: 'visible' }]);
    const { at } = grid(plan);
    expect(at('A3').value).toBe('自评总分');
    expect(at('B3')).toEqual({ value: SEED_TOTAL, format: '0.00' });
    expect(at('D3').value).toBe('优');
    // 全年执行数 ÷ 全年预算数 of the seed.
    expect(at('F3')).toEqual({
      value: Number((SEED.budget.spent / SEED.budget.final).toFixed(4)),
      format: '0.00%',
    });
    expect(at('A1').value).toBe('绩效自评结果');
    expect(at('A2').value).toContain('2026-11-27 09:30');
  });

  it('gives per-level subtotals that add up the rule’s scores, with the execution', () => {
    const { at, rowOf } = grid(plan);
    const expected = new Map<string, { weight: number; score: number }>();
    SEED.indicators.forEach((indicator, i) => {
      const level = SEED_LEVELS[i][0];
      const entry = expected.get(level) ?? { weight: 0, score: 0 };
      entry.weight += indicator.weight;
      entry.score = Math.round((entry.score + SEED_SCORES[i]) * 100) / 100;
      expected.set(level, entry);
    });
    expect([...expected.keys()]).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
    for (const [level, { weight, score }] of expected) {
      const row = rowOf(level);
      expect(row).toBeGreaterThan(0);
      expect([at(`B${row}`).value, at(`C${row}`).value]).toEqual([weight, score]);
    }
    expect(expected.get('效益指标')).toEqual({ weight: 25, score: 24.46 });
    const execution = rowOf('预算执行');
    expect([at(`B${execution}`).value, at(`C${execution}`).value]).toEqual([
      SEED.budget.weight,
      result.execution.score,
    ]);
    const sum = rowOf('合计');
    expect(at(`B${sum}`).value).toBe(100);
    expect(at(`C${sum}`)).toEqual({ value: SEED_TOTAL, format: '0.00' });
    // The level scores and the execution make the composite.
    const parts = levelSubtotals(result, 'zh-CN').reduce((s, l) => s + (l.score ?? 0) * 100, 0);
    expect(Math.round(parts) / 100).toBe(SEED_TOTAL);
  });

  it('lists every indicator with its completion as a percent, the 100% line and the score', () => {
    const { write, header, indicators: rows } = grid(plan);
    expect(rows.map((r) => r[1])).toEqual(SEED.indicators.map((i) => i.name));
    expect(rows.map((r) => r[4])).toEqual(SEED_SCORES);
    expect(rows.every((r) => r[3] === 1)).toBe(true);
    // 全程网办事项比例: completion 94.57%, as a number in a percent cell.
    expect(rows[5][2]).toBe(0.9457);
    const formats = write.numberFormats!.slice(header + 1, -2);
    expect(formats.every((f) => f[2] === '0.00%' && f[3] === '0.00%')).toBe(true);
    expect(rows.map((r) => r[5])).toEqual(
      result.indicators.map((r) => (r.status === 'ok' ? '正常' : '已说明')),
    );
  });

  it('charts exactly the indicator rows: names, completion columns and the 100% line', () => {
    const { write } = grid(plan);
    expect(plan.charts).toHaveLength(1);
    const chart = plan.charts![0];
    expect(chart).toMatchObject({
      sheet: RESULTS_SHEET,
      type: 'columnClustered',
      title: '指标完成率',
    });
    const source = parseBlock(chart.source)!;
    // Header row (series names) + the 8 indicator rows, columns 三级指标..100%基准.
    expect(source.bottom - source.top).toBe(SEED.indicators.length);
    // The last indicator: a blank row and the stamp follow.
    expect(source.bottom).toBe(write.values.length - 3);
    expect(write.values[source.top].slice(source.left, source.right + 1)).toEqual([
      '三级指标',
      '完成率',
      '100%基准',
    ]);
    expect(chart.series).toEqual([{ name: '完成率' }, { name: '100%基准', line: true }]);
  });

  it('colours 偏差状态 on the sheet: green 正常, amber 已说明', () => {
    const [cf] = plan.conditionalFormats!;
    const { write } = grid(plan);
    const block = parseBlock(cf.address)!;
    expect(write.values[block.top - 1][block.left]).toBe('偏差状态');
    expect(block.bottom - block.top + 1).toBe(SEED.indicators.length);
    const fills = cf.fallback.map((row) => row[0]?.fill);
    expect(fills).toEqual(
      result.indicators.map((r) =>
        r.status === 'ok' ? STATUS_COLORS.ok.fill : STATUS_COLORS.explained.fill,
      ),
    );
    expect(cf.rules.find((r) => r.text === '待说明')?.fill).toBe(STATUS_COLORS.open.fill);
  });

  it('is laid out as a form: merged title, styled header rows, widths', () => {
    const layout = plan.layouts![0];
    expect(layout.sheet).toBe(RESULTS_SHEET);
    expect(layout.merges).toContain('A1:F1');
    expect(layout.columnWidths).toHaveLength(6);
    expect(layout.styles.some((s) => s.style.bold && s.style.fill && s.style.border)).toBe(true);
  });
});

describe('provisional composites and texts', () => {
  it('marks a provisional total （暂定） with 待定 and the reasons', async () => {
    const { reading, result, workbook } = await seedReading((r) => {
      const indicators = [...r.input.indicators];
      indicators[4] = {
        ...plainIndicator(indicators[4]),
        actual: { value: '', where: '绩效自评表!H9' },
      };
      return { ...r, input: { ...r.input, indicators } };
    });
    expect(result.provisional).toBe(true);
    const { at, rowOf } = grid(resultsSheetPlan(result, reading, workbook, 'zh-CN', NOW).plan);
    expect(at('B3').format).toBe('0.00"（暂定）"');
    expect(at('D3').value).toBe('待定');
    expect(String(at('B4').value)).toMatch(/^暂定：/);
    expect(at(`C${rowOf('合计')}`).format).toBe('0.00"（暂定）"');
    // 全年办件数量 (产出指标) has no score yet: its level's partial sum is marked too.
    expect(at(`C${rowOf('产出指标')}`).format).toBe('0.00"（暂定）"');
    expect(at(`C${rowOf('效益指标')}`).format).toBe('0.00');
    // Their score rates too: a partial level and the provisional 合计, not the final ones.
    expect(at(`D${rowOf('产出指标')}`).format).toBe('0.00%"（暂定）"');
    expect(at(`D${rowOf('合计')}`).format).toBe('0.00%"（暂定）"');
    expect(at(`D${rowOf('效益指标')}`).format).toBe('0.00%');
  });

  it('a final composite has final score rates', async () => {
    const { reading, result, workbook } = await seedReading();
    const { at, rowOf } = grid(resultsSheetPlan(result, reading, workbook, 'zh-CN', NOW).plan);
    expect(at(`D${rowOf('合计')}`)).toEqual({ value: 0.9926, format: '0.00%' });
    expect(at(`D${rowOf('产出指标')}`).format).toBe('0.00%');
  });

  it('leaves not-applicable rows out of the subtotals when the composite is rescaled', async () => {
    const notApplicable = (r: ContractReading): ContractReading => {
      const indicators = [...r.input.indicators];
      const na = (where: string) => ({ value: '不适用', where });
      indicators[4] = {
        ...plainIndicator(indicators[4]),
        target: na('绩效自评表!G9'),
        actual: na('绩效自评表!H9'),
      };
      return { ...r, input: { ...r.input, indicators } };
    };
    const { reading, result, workbook } = await seedReading(notApplicable);
    expect(result.errors).toEqual([]);
    expect(result.indicators[4]).toMatchObject({ status: 'notApplicable', score: null });
    expect(result.provisional).toBe(false);
    const naWeight = result.indicators[4].weight;
    const level = result.indicators[4].level1;
    const { at, rowOf, write } = grid(
      resultsSheetPlan(result, reading, workbook, 'zh-CN', NOW).plan,
    );
    // The level's other rows make its subtotal: final, neither （暂定） nor a missing score.
    const row = rowOf(level);
    const others = result.indicators.filter((r, i) => r.level1 === level && i !== 4);
    const sum = (xs: number[]) => Math.round(xs.reduce((a, x) => a + x * 100, 0)) / 100;
    expect(at(`B${row}`).value).toBe(sum(others.map((r) => r.weight)));
    expect(at(`C${row}`)).toEqual({ value: sum(others.map((r) => r.score!)), format: '0.00' });
    expect(at(`D${row}`).format).toBe('0.00%');
    const subtotal = levelSubtotals(result, 'zh-CN').find((l) => l.label === level)!;
    expect(subtotal.missing).toBe(0);
    // 合计: the applicable weights, the rescaled composite out of 100, and a note saying so.
    const total = rowOf('合计');
    expect(at(`B${total}`).value).toBe(100 - naWeight);
    expect(at(`C${total}`)).toEqual({ value: result.total, format: '0.00' });
    expect(write.numberFormats!.flat().some((f) => f.includes('暂定'))).toBe(false);
    const note = String(at(`A${total + 1}`).value);
    expect(note).toContain(`1 项指标不适用（分值共 ${naWeight} 分）`);
    expect(note).toContain('折算为 100 分制');
  });

  it('charts only the first 50 of many indicators, at a bounded height, and says so', async () => {
    const many = (r: ContractReading): ContractReading => {
      const indicators = Array.from({ length: 15 }, () => r.input.indicators).flat();
      return { ...r, input: { ...r.input, indicators } };
    };
    const { reading, result, workbook } = await seedReading(many);
    expect(result.indicators).toHaveLength(120);
    const plan = resultsSheetPlan(result, reading, workbook, 'zh-CN', NOW).plan;
    const { write, header, indicators } = grid(plan);
    expect(indicators).toHaveLength(120);
    const source = parseBlock(plan.charts![0].source)!;
    expect([source.top, source.bottom - source.top]).toEqual([header, 50]);
    const position = plan.charts![0].position.split(':').map((a) => parseBlock(a)!.top);
    expect(position[1] - position[0]).toBeLessThanOrEqual(40);
    expect(write.values[header - 1][0]).toBe(
      '注：指标共 120 项，图表只显示前 50 项；下表列出全部指标。',
    );
    // A few indicators: the chart covers them all and no note.
    const seed = await seedReading();
    const small = grid(resultsSheetPlan(seed.result, seed.reading, seed.workbook).plan);
    expect(small.write.values[small.header - 1][0]).toBe('指标完成情况');
  });

  it('writes a department, a year and indicator names as text, even "=cmd"', async () => {
    const { reading, result, workbook } = await seedReading((r) => {
      const indicators = [...r.input.indicators];
      indicators[0] = {
        ...plainIndicator(indicators[0]),
        name: { value: '=cmd|" /C calc"!A0', where: indicators[0].name!.where },
      };
      return {
        ...r,
        input: { ...r.input, department: '=HYPERLINK("x")', year: 2023, indicators },
      };
    });
    const { at, write } = grid(resultsSheetPlan(result, reading, workbook, 'zh-CN', NOW).plan);
    expect(at('A1')).toEqual({ value: '=HYPERLINK("x")2023年度绩效自评结果', format: '@' });
    const row = write.values.findIndex((r) => r[1] === '=cmd|" /C calc"!A0');
    expect(row).toBeGreaterThan(0);
    expect(write.numberFormats![row][1]).toBe('@');
    expect(write.numberFormats![row][0]).toBe('@');
  });

  it('writes in English with the en-US catalog', async () => {
    const { reading, result, workbook } = await seedReading();
    const { at } = grid(resultsSheetPlan(result, reading, workbook, 'en-US', NOW).plan);
    expect(at('A3').value).toBe('Composite score');
    expect(at('D3').value).toBe('优');
  });
});

describe('a mid-year copy of the seed (年中监控: every actual blank)', () => {
  const midYear = (r: ContractReading): ContractReading => ({
    ...r,
    input: {
      ...r.input,
      indicators: r.input.indicators.map((row) => ({
        ...plainIndicator(row),
        actual: row.actual && {
          value: null,
          numberFormat: row.actual.numberFormat,
          where: row.actual.where,
        },
      })),
    },
  });

  it('shows no composite and no grade: the elapsed share, 待定, the budget spent, the lights', async () => {
    const { reading, result, workbook } = await seedReading(midYear);
    expect(result.monitoring).toBeDefined();
    const plan = resultsSheetPlan(result, reading, workbook, 'zh-CN', NOW).plan;
    const { at, write } = grid(plan);
    expect([at('A3').value, at('B3')]).toEqual(['时间进度', { value: 0.5, format: '0%' }]);
    expect([at('C3').value, at('D3').value]).toEqual(['评价等级', '待定']);
    expect(at('E3').value).toBe('已支出全年预算');
    expect(at('F3')).toEqual({
      value: Number((SEED.budget.spent / SEED.budget.final).toFixed(4)),
      format: '0.00%',
    });
    expect(at('B4').value).toBe('年中监控（时间进度 50%）：红灯 2、黄灯 1、绿灯 6');
    // Nowhere a composite, a score of the spending alone, or a provisional score format.
    const labels = write.values.map((r) => r[0]);
    expect(labels).not.toContain('自评总分');
    expect(labels).not.toContain('分项得分');
    expect(write.values.flat()).not.toContain(result.total);
    expect(write.values.flat()).not.toContain(result.execution.score);
    expect(write.numberFormats!.flat().some((f) => f.includes('暂定'))).toBe(false);
  });

  it('counts the lights of the execution and of each level-1 indicator, with the 合计', async () => {
    const { reading, result, workbook } = await seedReading(midYear);
    const { at, rowOf } = grid(resultsSheetPlan(result, reading, workbook, 'zh-CN', NOW).plan);
    const header = rowOf('一级指标');
    expect(['B', 'C', 'D'].map((c) => at(`${c}${header}`).value)).toEqual(['红灯', '黄灯', '绿灯']);
    const counts = (label: string) => ['B', 'C', 'D'].map((c) => at(`${c}${rowOf(label)}`).value);
    expect(counts('预算执行')).toEqual([0, 0, 1]);
    expect(counts('合计')).toEqual([2, 1, 6]);
    const levels = levelLights(result, 'zh-CN').slice(1, -1);
    expect(levels.map((l) => l.label)).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
    // The levels' lights and the execution's green make the 合计.
    const lights = ['red', 'yellow', 'green'] as const;
    expect(lights.map((l) => levels.reduce((n, level) => n + level.counts[l], 0))).toEqual([
      2, 1, 5,
    ]);
  });

  it('lists each indicator’s mid-year completion, its progress and its light, and charts them', async () => {
    const { reading, result, workbook } = await seedReading(midYear);
    const plan = resultsSheetPlan(result, reading, workbook, 'zh-CN', NOW).plan;
    const { write, header, indicators: rows } = grid(plan);
    expect(write.values[header]).toEqual([
      '一级指标',
      '三级指标',
      '年中完成率',
      '100%基准',
      '进度',
      '偏差状态',
    ]);
    const count = rows.find((r) => r[1] === '全年办件数量')!;
    // 18.2 of 40 万件 at mid-year: 45.5% done, 91% of what is due with half the year gone.
    expect([count[2], count[4], count[5]]).toEqual([0.455, 0.91, '绿灯']);
    expect(rows.map((r) => r[5]).every((s) => ['红灯', '黄灯', '绿灯'].includes(String(s)))).toBe(
      true,
    );
    expect(plan.charts![0].title).toBe('指标年中完成率');
    expect(plan.charts![0].series[0].name).toBe('年中完成率');
  });

  it('in English', async () => {
    const { reading, workbook } = await seedReading(midYear);
    const english = evaluate(reading.input);
    const { at } = grid(resultsSheetPlan(english, reading, workbook, 'en-US', NOW).plan);
    expect([at('A3').value, at('E3').value]).toEqual(['Year elapsed', 'Budget spent']);
    expect(at('B4').value).toBe(
      'Mid-year monitoring (50% of the year elapsed): 2 red, 1 yellow, 6 green',
    );
  });
});

describe('writeResultsSheet', () => {
  it('reads once and writes once on a workbook without 评价结果', async () => {
    const host = new MemoryHost(canonicalSeedWorkbook());
    const reads = jest.spyOn(host, 'read');
    const applies = jest.spyOn(host, 'apply');
    const first = await writeResultsSheet(host, { now: NOW });
    expect(first.written).toBe(true);
    expect(first.result?.total).toBe(SEED_TOTAL);
    expect([reads.mock.calls.length, applies.mock.calls.length]).toEqual([1, 1]);
    expect(first.plan?.deleteSheets).toBeUndefined();
    // Again: the old sheet is deleted and created anew in the same single write.
    const again = await writeResultsSheet(host, { now: NOW });
    expect([reads.mock.calls.length, applies.mock.calls.length]).toEqual([2, 2]);
    expect(again.plan?.deleteSheets).toEqual([RESULTS_SHEET]);
    expect(again.plan?.createSheets.map((s) => s.name)).toEqual([RESULTS_SHEET]);
  });

  it('keeps a 评价结果 sheet of the user’s own and writes to 评价结果(2)', async () => {
    const wb = canonicalSeedWorkbook();
    wb.put(RESULTS_SHEET, 'A1', [['我的评价'], ['手工填写的内容']]);
    const host = new MemoryHost(wb);
    const outcome = await writeResultsSheet(host, { now: NOW });
    expect(outcome.written).toBe(true);
    expect([outcome.sheet, outcome.kept]).toEqual([`${RESULTS_SHEET}(2)`, RESULTS_SHEET]);
    expect(outcome.plan?.deleteSheets).toBeUndefined();
    expect(outcome.message).toBe(
      `「${RESULTS_SHEET}」已有您的修改，未作改动；新的评价结果已写入「${RESULTS_SHEET}(2)」。`,
    );
    expect(wb.value(RESULTS_SHEET, 'A2')).toBe('手工填写的内容');
    expect(wb.value(`${RESULTS_SHEET}(2)`, 'B3')).toBe(SEED_TOTAL);
  });

  it('keeps 评价结果 once the user typed a note on it; the next free name gets the results', async () => {
    const wb = canonicalSeedWorkbook();
    const host = new MemoryHost(wb);
    const first = await writeResultsSheet(host, { now: NOW });
    expect([first.sheet, first.kept]).toEqual([RESULTS_SHEET, null]);
    // Untouched (numbers read back as numbers): replaced in place.
    const again = await writeResultsSheet(host, { now: NOW });
    expect([again.sheet, again.kept, again.message]).toEqual([RESULTS_SHEET, null, undefined]);
    expect(again.plan?.deleteSheets).toEqual([RESULTS_SHEET]);
    wb.put(RESULTS_SHEET, 'H2', [['请财务科复核']]);
    const third = await writeResultsSheet(host, { now: NOW });
    expect([third.sheet, third.kept]).toEqual([`${RESULTS_SHEET}(2)`, RESULTS_SHEET]);
    expect(third.plan?.deleteSheets).toBeUndefined();
    expect(wb.value(RESULTS_SHEET, 'H2')).toBe('请财务科复核');
    // A changed figure is an edit too: 评价结果 stays the user's, and the untouched 评价结果(2)
    // written just before is the one replaced; no 评价结果(3).
    wb.put(RESULTS_SHEET, 'B3', [[100]]);
    wb.put(RESULTS_SHEET, 'H2', [['']]);
    const fourth = await writeResultsSheet(host, { now: NOW });
    expect([fourth.sheet, fourth.kept]).toEqual([`${RESULTS_SHEET}(2)`, RESULTS_SHEET]);
    expect(fourth.plan?.deleteSheets).toEqual([`${RESULTS_SHEET}(2)`]);
    expect(wb.value(RESULTS_SHEET, 'B3')).toBe(100);
    const names = (await host.read({ names: [], sheets: [] })).sheetNames;
    expect(names.filter((n) => n.startsWith(RESULTS_SHEET))).toEqual([
      RESULTS_SHEET,
      `${RESULTS_SHEET}(2)`,
    ]);
  });

  it('clicked again and again over an edited 评价结果: (2) is replaced, (3) only once (2) is edited', async () => {
    const wb = canonicalSeedWorkbook();
    const host = new MemoryHost(wb);
    const reads = jest.spyOn(host, 'read');
    const applies = jest.spyOn(host, 'apply');
    await writeResultsSheet(host, { now: NOW });
    wb.put(RESULTS_SHEET, 'H2', [['我的批注']]);
    const second = await writeResultsSheet(host, { now: NOW });
    expect([second.sheet, second.kept]).toEqual([`${RESULTS_SHEET}(2)`, RESULTS_SHEET]);
    expect(second.plan?.deleteSheets).toBeUndefined();
    // 评价结果(2) exists now: it is read too (a second read, of it alone), then ONE write.
    const [readsBefore, appliesBefore] = [reads.mock.calls.length, applies.mock.calls.length];
    const third = await writeResultsSheet(host, { now: NOW });
    expect(reads.mock.calls.length - readsBefore).toBe(2);
    expect(reads.mock.calls[reads.mock.calls.length - 1][0]).toEqual({
      names: [],
      sheets: [`${RESULTS_SHEET}(2)`],
    });
    expect(applies.mock.calls.length - appliesBefore).toBe(1);
    expect([third.sheet, third.kept]).toEqual([`${RESULTS_SHEET}(2)`, RESULTS_SHEET]);
    expect(third.plan?.deleteSheets).toEqual([`${RESULTS_SHEET}(2)`]);
    expect(third.message).toBe(
      `「${RESULTS_SHEET}」已有您的修改，未作改动；新的评价结果已写入「${RESULTS_SHEET}(2)」。`,
    );
    const sheets = async () =>
      (await host.read({ names: [], sheets: [] })).sheetNames.filter((n) =>
        n.startsWith(RESULTS_SHEET),
      );
    expect(await sheets()).toEqual([RESULTS_SHEET, `${RESULTS_SHEET}(2)`]);
    expect(wb.value(RESULTS_SHEET, 'H2')).toBe('我的批注');
    expect(wb.value(`${RESULTS_SHEET}(2)`, 'B3')).toBe(SEED_TOTAL);
    // The user edits 评价结果(2) too: both are kept, the results go to 评价结果(3).
    wb.put(`${RESULTS_SHEET}(2)`, 'H2', [['第二稿的批注']]);
    const fourth = await writeResultsSheet(host, { now: NOW });
    expect([fourth.sheet, fourth.kept]).toEqual([`${RESULTS_SHEET}(3)`, `${RESULTS_SHEET}(2)`]);
    expect(fourth.plan?.deleteSheets).toBeUndefined();
    expect(wb.value(`${RESULTS_SHEET}(2)`, 'H2')).toBe('第二稿的批注');
    expect(wb.value(`${RESULTS_SHEET}(3)`, 'B3')).toBe(SEED_TOTAL);
    // And (3), untouched, is the one replaced next.
    const fifth = await writeResultsSheet(host, { now: NOW });
    expect([fifth.sheet, fifth.plan?.deleteSheets]).toEqual([
      `${RESULTS_SHEET}(3)`,
      [`${RESULTS_SHEET}(3)`],
    ]);
    expect(await sheets()).toEqual([RESULTS_SHEET, `${RESULTS_SHEET}(2)`, `${RESULTS_SHEET}(3)`]);
  });

  it('writes all or none: a failed write is rolled back and says so', async () => {
    const wb = canonicalSeedWorkbook();
    const memory = new MemoryHost(wb);
    let fail = true;
    const host = {
      read: memory.read.bind(memory),
      apply: async (plan: WritePlan) => {
        if (!fail) return memory.apply(plan);
        fail = false;
        // Excel keeps what ran before the failure: here, the new sheet and its values.
        await memory.apply({ ...plan, layouts: [], charts: [], conditionalFormats: [] });
        throw new Error('磁盘已满');
      },
    };
    await expect(writeResultsSheet(host, { now: NOW })).rejects.toMatchObject({
      name: 'WriteFailedError',
      rolledBack: true,
    });
    const names = (await memory.read({ names: [], sheets: [] })).sheetNames;
    expect(names).not.toContain(RESULTS_SHEET);
  });

  it('a write failing before anything ran leaves 评价结果(2) as it was, and says so', async () => {
    const wb = canonicalSeedWorkbook();
    const memory = new MemoryHost(wb);
    await writeResultsSheet(memory, { now: NOW });
    wb.put(RESULTS_SHEET, 'H2', [['我的批注']]);
    await writeResultsSheet(memory, { now: NOW });
    const read2 = async () =>
      (await memory.read({ names: [], sheets: [`${RESULTS_SHEET}(2)`] })).sheets;
    const before = await read2();
    let fail = true;
    const host = {
      read: memory.read.bind(memory),
      apply: async (plan: WritePlan) => {
        if (!fail) return memory.apply(plan);
        fail = false;
        throw new Error('磁盘已满');
      },
    };
    // The plan replaces 评价结果(2): the rollback knows it (it was read) and keeps it.
    await expect(
      writeResultsSheet(host, { now: new Date(2026, 10, 28, 10, 0, 0) }),
    ).rejects.toMatchObject({ name: 'WriteFailedError', rolledBack: true });
    expect(await read2()).toEqual(before);
    expect(String(before[0].used!.values.at(-1)![0])).toContain('2026-11-27 09:30');
  });

  it('writes nothing when the workbook cannot be read, and says why', async () => {
    const wb = canonicalSeedWorkbook();
    const host = new MemoryHost(wb);
    const snapshot = await host.read(snapshotRequest());
    const broken = {
      read: () =>
        Promise.resolve({
          ...snapshot,
          names: snapshot.names.filter((n) => n.name !== 'Indicators'),
        }),
      apply: jest.fn(() => Promise.resolve()),
    };
    const outcome = await writeResultsSheet(broken, { now: NOW });
    expect(outcome.written).toBe(false);
    expect(outcome.problems.length).toBeGreaterThan(0);
    expect(messageOf(outcome.problems[0], 'zh-CN')).toContain('Indicators');
    expect(broken.apply).not.toHaveBeenCalled();
  });
});

describe('the stamp shared with 自评报告', () => {
  it('gives numbers a stable text and finds the first free name case-insensitively', () => {
    expect(stampCellText(0.1 + 0.2)).toBe('0.3');
    expect(stampCellText(99.26)).toBe('99.26');
    expect(stampCellText(null)).toBe('');
    expect(sheetCode([[0.1 + 0.2, 'a', '']])).toBe(sheetCode([['0.3', 'a']]));
    expect(freeSheetName('Results', ['RESULTS', 'results(2)', 'Results(4)'])).toBe('Results(3)');
  });

  it('places the sheet in its family: the newest untouched one, else a new one', () => {
    const KEY = 'workbook.results.stamp';
    const stamped = (name: string) => {
      const values = [['结果']];
      const stamp = stampText(KEY, sheetCode(values), NOW, 'zh-CN');
      return { name, used: usedRange(name, [...values, [stamp]]) };
    };
    const edited = (name: string) => ({ name, used: usedRange(name, [['我的内容']]) });
    const names = ['Sheet1', 'Results', 'results(2)', 'Results(3)', 'Results(x)', 'Results(05)'];
    expect(stampedSheetFamily('Results', names)).toEqual(['Results', 'results(2)', 'Results(3)']);
    const target = (sheets: SheetSnapshot[], sheetNames = names) =>
      stampedSheetTarget('Results', KEY, { sheets, sheetNames });
    const all = [edited('Results'), stamped('results(2)'), stamped('Results(3)')];
    // The newest untouched is replaced, the newest edited one named as kept.
    expect(target(all)).toEqual({ sheet: 'Results(3)', replace: 'Results(3)', kept: 'Results' });
    expect(target([edited('Results'), stamped('results(2)'), edited('Results(3)')])).toEqual({
      sheet: 'results(2)',
      replace: 'results(2)',
      kept: 'Results(3)',
    });
    // A sibling that was not read cannot be proven untouched.
    expect(target([edited('Results'), stamped('results(2)')])).toEqual({
      sheet: 'results(2)',
      replace: 'results(2)',
      kept: 'Results(3)',
    });
    // All edited: the first free number; the base itself when it is gone.
    expect(target([]).sheet).toBe('Results(4)');
    expect(target([], ['Results(2)'])).toEqual({
      sheet: 'Results',
      replace: null,
      kept: 'Results(2)',
    });
    expect(target([], ['Sheet1'])).toEqual({ sheet: 'Results', replace: null, kept: null });
  });

  it('the sheet’s last line carries the code of every value above it', async () => {
    const { reading, result, workbook } = await seedReading();
    const { write } = grid(resultsSheetPlan(result, reading, workbook, 'zh-CN', NOW).plan);
    const stamp = String(write.values[write.values.length - 1][0]);
    expect(stamp).toMatch(/^以上由绩效自评助手于 2026-11-27 09:30 生成（校验码 [0-9a-f]{8}）/);
    expect(stamp).toContain(sheetCode(write.values.slice(0, -1)));
  });
});
