import { readContract, snapshotRequest } from '../../../src/workbook';
import { INDICATOR_FIELDS } from '../../../src/engine/types';
import type { CellInput, IndicatorInput, InputValue } from '../../../src/engine/types';
import type { WorkbookSnapshot } from '../../../src/workbook/port/types';
import { MemoryWorkbook } from '../helpers/memory-host';
import {
  ALIAS_SHEET,
  MAIN,
  SEED,
  SEED_LEVELS,
  aliasSeedWorkbook,
  canonicalSeedWorkbook,
} from '../helpers/seed-workbooks';
import { messageOf } from '../../../src/i18n/said';

function snap(wb: MemoryWorkbook): WorkbookSnapshot {
  return wb.snapshot(snapshotRequest());
}

/** The cell as a plain object (what a person checks: its value, format and place). */
function cell(v: InputValue): CellInput {
  if (!v) throw new Error('no cell');
  const { value, numberFormat, where } = v;
  return numberFormat === undefined ? { value, where } : { value, numberFormat, where };
}

function codes(wb: MemoryWorkbook): string[] {
  return readContract(snap(wb)).problems.map((p) => p.code);
}

describe('snapshotRequest', () => {
  it('asks for every canonical name and alias and the log and state sheets', () => {
    const request = snapshotRequest();
    for (const name of [
      'Budget_Final',
      '全年预算数',
      'Indicators',
      '绩效指标',
      'Result_Total',
      '自评总分',
      'Rules',
      '评分规则',
    ])
      expect(request.names).toContain(name);
    expect(request.sheets).toEqual(['评分记录', 'PerfScoreState']);
  });
});

describe('readContract on the seed in canonical layout', () => {
  const reading = readContract(snap(canonicalSeedWorkbook()));

  it('has no problems and reads every indicator with its cell', () => {
    expect(reading.problems).toEqual([]);
    expect(reading.input.indicators).toHaveLength(SEED.indicators.length);
    const first = reading.input.indicators[0];
    expect(cell(first.name)).toMatchObject({ value: '培训费下降率', where: `${MAIN}!C5` });
    expect(cell(first.actual)).toMatchObject({ value: '无发生额', where: `${MAIN}!H5` });
    expect(first.where).toBe(`${MAIN}!5:5`);
    expect(cell(reading.input.budget.final)).toMatchObject({ value: 187.84, where: `${MAIN}!C2` });
  });

  it('records where to write: columns, data rows and result cells', () => {
    const table = reading.layout.indicators;
    expect(table?.columns.score).toMatchObject({ letter: 'L', role: 'output', columnIndex: 11 });
    expect(table?.columns.reason).toMatchObject({ letter: 'N', role: 'annotation' });
    expect(table?.columns.actual).toMatchObject({ letter: 'H', role: 'input' });
    expect(table?.dataRows).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(reading.layout.results.total).toMatchObject({
      sheet: MAIN,
      address: 'B14',
      where: `${MAIN}!B14`,
    });
    expect(reading.layout.budget.reason?.address).toBe('H2');
  });
});

describe('readContract on someone else’s layout', () => {
  const reading = readContract(snap(aliasSeedWorkbook(0)));
  const rows = reading.input.indicators;

  it('finds names by their Chinese aliases and headers in any order', () => {
    expect(reading.problems).toEqual([]);
    expect(rows.map((r) => cell(r.name).value)).toEqual(SEED.indicators.map((i) => i.name));
    expect(cell(reading.input.budget.final)).toMatchObject({ value: 187.84, where: '预算!B4' });
    expect(reading.layout.results.grade?.where).toBe('预算!B11');
    expect(reading.layout.indicators?.columns.weight?.letter).toBe('H'); // full-width spaces around 权 重
    expect(reading.layout.indicators?.columns.level2?.letter).toBe('E'); // "二 级\n指标"
  });

  it('lets blank (merged) level cells inherit the value above', () => {
    expect(rows.map((r) => [cell(r.level1).value, cell(r.level2).value])).toEqual(SEED_LEVELS);
    // The inherited value names the cell it came from (the merged area's first cell).
    expect(cell(rows[1].level1).where).toBe(`${ALIAS_SHEET}!D4`);
  });

  it('passes percent formats through with the numbers', () => {
    const row = rows[5]; // 全程网办事项比例: 83.22% as 0.8322 in a percent cell
    expect(cell(row.actual)).toEqual({
      value: 0.8322,
      numberFormat: '0.00%',
      where: `${ALIAS_SHEET}!F9`,
    });
    expect(cell(row.midYear)).toMatchObject({ value: 0.9424, numberFormat: '0.00%' });
  });

  it('ignores columns of the user’s own', () => {
    const keys = new Set([
      ...INDICATOR_FIELDS.filter((field) => rows.some((r) => r[field] !== undefined)),
      ...rows.filter((r) => r.where !== undefined).map(() => 'where'),
    ]);
    expect([...keys].sort()).toEqual(
      [
        'actual',
        'level1',
        'level2',
        'manualScore',
        'measures',
        'midYear',
        'name',
        'reason',
        'target',
        'weight',
        'where',
      ].sort(),
    );
    const columns = Object.values(reading.layout.indicators?.columns ?? {}).map((c) => c.letter);
    expect(columns).not.toContain('B'); // 序号
    expect(columns).not.toContain('I'); // 备注
  });

  it('skips 10,000 blank rows below the data', () => {
    const big = readContract(snap(aliasSeedWorkbook(10000)));
    expect(big.problems).toEqual([]);
    expect(big.input.indicators).toHaveLength(8);
    expect(big.layout.indicators?.lastRowIndex).toBe(2 + 8 + 10000);
  });

  it('matches names case-insensitively', () => {
    const wb = canonicalSeedWorkbook();
    for (const n of wb.names) n.name = n.name.toUpperCase();
    const r = readContract(snap(wb));
    expect(r.problems).toEqual([]);
    expect(r.layout.indicators?.name).toBe('INDICATORS');
  });
});

describe('blank rows and levels', () => {
  it('skips a row holding only a level, and a new level 1 does not inherit the old level 2', () => {
    const wb = new MemoryWorkbook();
    wb.put('S', 'A1', [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['产出指标', '数量指标', '甲', '≥1件', '1件', 50],
      ['', '', '', '', '', ''],
      ['', '', '乙', '≥1件', '1件', 20],
      ['效益指标', '', '', '', '', ''],
      ['', '', '丙', '≥1件', '1件', 20],
    ]).define('Indicators', 'S!A1:F6');
    wb.put('S', 'H1', [[100], [90]])
      .define('Budget_Final', 'S!H1')
      .define('Budget_Spent', 'S!H2');
    const r = readContract(snap(wb));
    const levels = r.input.indicators.map((i: IndicatorInput) => [
      i.level1?.value,
      i.level2?.value,
    ]);
    expect(levels).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['效益指标', undefined],
    ]);
    expect(r.layout.indicators?.dataRows).toEqual([1, 3, 5]);
  });
});

describe('problems name the cell', () => {
  it('a missing required name', () => {
    const wb = canonicalSeedWorkbook();
    wb.names.splice(
      wb.names.findIndex((n) => n.name === 'Budget_Final'),
      1,
    );
    const p = readContract(snap(wb)).problems;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ code: 'workbook.name.missing', where: 'Budget_Final' });
    expect(messageOf(p[0], 'zh-CN')).toContain('全年预算数');
  });

  it('a missing required header, naming the header row and the accepted headers', () => {
    const wb = canonicalSeedWorkbook();
    wb.set(MAIN, 3, 7, '完成情况'); // H4: 实际完成值 renamed
    const p = readContract(snap(wb)).problems;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ code: 'workbook.header.missing', where: `${MAIN}!A4:O4` });
    expect(messageOf(p[0], 'zh-CN')).toContain('实际完成值');
    expect(messageOf(p[0], 'zh-CN')).toContain('全年完成值');
  });

  it('a header given twice', () => {
    const wb = canonicalSeedWorkbook();
    wb.set(MAIN, 3, 6, '分值'); // G4 年中完成值 → a second 分值
    const p = readContract(snap(wb)).problems;
    expect(p).toEqual([
      expect.objectContaining({ code: 'workbook.header.duplicate', where: `${MAIN}!I4` }),
    ]);
    expect(messageOf(p[0], 'zh-CN')).toContain(`${MAIN}!G4, ${MAIN}!I4`);
  });

  it('a name whose sheet was deleted (#REF!)', () => {
    const wb = canonicalSeedWorkbook();
    wb.names.find((n) => n.name === 'Indicators')!.reference = '#REF!A4:O12';
    const p = readContract(snap(wb)).problems;
    expect(p.map((x) => x.code)).toEqual(['workbook.name.invalidReference']);
    expect(messageOf(p[0], 'zh-CN')).toContain('#REF!');
  });

  it('a one-cell Indicators and an empty table', () => {
    const one = canonicalSeedWorkbook();
    one.names.find((n) => n.name === 'Indicators')!.reference = `${MAIN}!A4`;
    expect(codes(one)).toEqual(['workbook.indicators.oneCell']);
    const empty = canonicalSeedWorkbook();
    empty.names.find((n) => n.name === 'Indicators')!.reference = `${MAIN}!A4:O4`;
    const p = readContract(snap(empty)).problems;
    expect(p).toEqual([
      expect.objectContaining({ code: 'workbook.indicators.empty', where: `${MAIN}!A4:O4` }),
    ]);
  });

  it('a constant name where a range is needed', () => {
    const wb = canonicalSeedWorkbook();
    wb.names.find((n) => n.name === 'Budget_Spent')!.reference = '=183.99';
    expect(codes(wb)).toEqual(['workbook.name.notARange']);
  });

  it('a name and its alias pointing at different cells', () => {
    const wb = canonicalSeedWorkbook().define('全年预算数', `${MAIN}!D2`);
    expect(codes(wb)).toEqual(['workbook.name.clash']);
  });

  it('a one-cell name over several filled cells, but not over a merged area', () => {
    const wb = canonicalSeedWorkbook();
    wb.names.find((n) => n.name === 'Budget_Final')!.reference = `${MAIN}!C2:D2`;
    const p = readContract(snap(wb)).problems;
    expect(p.map((x) => [x.code, x.where])).toEqual([
      ['workbook.name.notOneCell', `${MAIN}!C2:D2`],
    ]);
    const merged = canonicalSeedWorkbook();
    merged.put(MAIN, 'J2', [[187.84, 187.84]]); // a merged J2:K2 as exceljs reads it
    merged.names.find((n) => n.name === 'Budget_Final')!.reference = `${MAIN}!J2:K2`;
    const r = readContract(snap(merged));
    expect(r.problems).toEqual([]);
    expect(r.input.budget.final).toMatchObject({ value: 187.84, where: `${MAIN}!J2` });
  });

  it('a result name on an input cell', () => {
    const wb = canonicalSeedWorkbook();
    wb.names.find((n) => n.name === 'Result_Total')!.reference = `${MAIN}!H6`;
    wb.names.find((n) => n.name === 'Result_Grade')!.reference = `${MAIN}!C2`;
    const p = readContract(snap(wb)).problems;
    expect(p.map((x) => [x.code, x.where])).toEqual([
      ['workbook.name.resultOnInput', `${MAIN}!H6`],
      ['workbook.name.resultOnInput', `${MAIN}!C2`],
    ]);
  });

  it('an unknown rule key, listing the valid keys', () => {
    const wb = canonicalSeedWorkbook();
    wb.put('评分规则', 'A2', [
      ['profile', 'guangxi'],
      ['overAchievementThreshold', '130%'],
      ['超额阈值', '1.5'],
    ]);
    wb.define('Rules', '评分规则!A2:B4');
    const r = readContract(snap(wb));
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'workbook.rules.unknownKey', where: '评分规则!A4' }),
    ]);
    expect(messageOf(r.problems[0], 'zh-CN')).toContain('overAchievementThreshold');
    expect(r.input.rules).toEqual({
      profile: { value: 'guangxi', numberFormat: 'General', where: '评分规则!B2' },
      overAchievementThreshold: { value: '130%', numberFormat: 'General', where: '评分规则!B3' },
    });
    expect(r.layout.rules?.entries.map((e) => e.value.where)).toEqual([
      '评分规则!B2',
      '评分规则!B3',
    ]);
  });
});

describe('the optional 是否累计 column', () => {
  it('reaches the engine with its cell; a row holding only 是否累计 is not an indicator', () => {
    const wb = canonicalSeedWorkbook();
    wb.names.find((n) => n.name === 'Indicators')!.reference = `${MAIN}!A4:P13`;
    wb.set(MAIN, 3, 15, '是否累计'); // P4
    wb.set(MAIN, 6, 15, '否'); // P7: 项目支出预算执行率
    wb.set(MAIN, 12, 15, '是'); // P13: nothing else on the row
    const reading = readContract(snap(wb));
    expect(reading.problems).toEqual([]);
    expect(reading.input.indicators).toHaveLength(SEED.indicators.length);
    expect(cell(reading.input.indicators[2].cumulative)).toEqual({
      value: '否',
      numberFormat: 'General',
      where: `${MAIN}!P7`,
    });
    expect(reading.layout.indicators?.columns.cumulative?.role).toBe('input');
  });

  it('a workbook without it reads as before', () => {
    const reading = readContract(snap(canonicalSeedWorkbook()));
    expect(reading.layout.indicators?.columns.cumulative).toBeUndefined();
    expect(reading.input.indicators.every((row) => row.cumulative === undefined)).toBe(true);
  });
});
