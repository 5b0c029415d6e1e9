import * as fs from 'fs';
import * as path from 'path';
import { profileEntries } from '../../src/i18n/rule-labels';
import {
  BUDGET_LINES_SHEET,
  LOG_SHEET,
  MAIN_SHEET,
  OPERATORS,
  QUALITATIVE_TIERS,
  RULES_SHEET,
  SAMPLE,
  buildTemplateSpec,
  type TemplateSheet,
  type TemplateSpec,
} from '../../src/workbook/template';
import { ALL_CONTRACT_NAMES } from './contract-names';
import { LOG_COLUMNS } from '../../src/workbook';
import { t } from '../../src/i18n/catalog';
import { BUDGET_LINE_COLUMNS, COLUMN_SPECS } from '../../src/workbook/contract/contract';

const seed = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../fixtures/seed-2023.input.json'), 'utf8'),
) as {
  department: string;
  year: number;
  budget: { initial: number; adjustment: number; final: number; spent: number; weight: number };
  indicators: {
    name: string;
    target: string;
    midYear: string;
    actual: string;
    weight: number;
    reason: string;
    measures: string;
  }[];
};

function sheet(spec: TemplateSpec, name: string): TemplateSheet {
  const found = spec.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function value(s: TemplateSheet, address: string): unknown {
  return s.cells.find((c) => c.address === address)?.value ?? null;
}

function nameAddress(spec: TemplateSpec, name: string): string {
  const found = spec.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return found.address;
}

/** The cell one row above a name's cell (its label in the 项目资金 block). */
function labelAbove(spec: TemplateSpec, name: string): unknown {
  const address = nameAddress(spec, name);
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return value(sheet(spec, MAIN_SHEET), `${m[1]}${Number(m[2]) - 1}`);
}

describe('buildTemplateSpec', () => {
  const blank = buildTemplateSpec({ sample: false, locale: 'zh-CN' });
  const sample = buildTemplateSpec({ sample: true, locale: 'zh-CN' });

  it('has the sheets of the contract: 绩效自评表, 预算明细, 评分规则, 评分记录', () => {
    const sheets = [MAIN_SHEET, BUDGET_LINES_SHEET, RULES_SHEET, LOG_SHEET];
    expect(blank.sheets.map((s) => s.name)).toEqual(sheets);
    expect(sheets).toEqual(['绩效自评表', '预算明细', '评分规则', '评分记录']);
  });

  it('defines every name of the contract, once', () => {
    for (const spec of [blank, sample]) {
      expect(spec.names.map((n) => n.name).sort()).toEqual([...ALL_CONTRACT_NAMES].sort());
    }
  });

  it('titles the form and leaves the year blank to fill in, or the seed year with --sample', () => {
    const main = sheet(blank, MAIN_SHEET);
    expect(value(main, 'A1')).toBe('____年度项目支出绩效自评表');
    expect(main.merges).toContain('A1:P1');
    expect(value(main, 'A2')).toBe('部门（单位）名称');
    expect(value(sheet(sample, MAIN_SHEET), 'A1')).toBe('2023年度项目支出绩效自评表');
    expect(value(sheet(sample, MAIN_SHEET), 'C2')).toBe(seed.department);
    expect(value(sheet(sample, MAIN_SHEET), 'L2')).toBe(seed.year);
  });

  it('lays out the 项目资金 block with its labels, the execution rate and score being output cells', () => {
    expect(labelAbove(blank, 'Budget_Initial')).toBe('年初预算数');
    expect(labelAbove(blank, 'Budget_Adjustment')).toBe('年中调整数');
    expect(labelAbove(blank, 'Budget_Final')).toBe('全年预算数');
    expect(labelAbove(blank, 'Budget_Spent')).toBe('全年执行数');
    expect(labelAbove(blank, 'Budget_Weight')).toBe('分值');
    expect(labelAbove(blank, 'Result_ExecutionRate')).toBe('执行率');
    expect(labelAbove(blank, 'Result_ExecutionScore')).toBe('得分');
    const main = sheet(blank, MAIN_SHEET);
    const rate = main.cells.find((c) => c.address === nameAddress(blank, 'Result_ExecutionRate'))!;
    expect(rate).toMatchObject({ value: null, numberFormat: '0.00%' });
    expect(rate.style?.fill).toBeDefined();
    expect(value(main, nameAddress(blank, 'Budget_Weight'))).toBe(10);
  });

  it('has the indicator table header as the first row of Indicators, in the contract headers', () => {
    const main = sheet(blank, MAIN_SHEET);
    const [first, last] = nameAddress(blank, 'Indicators').split(':');
    expect(first).toBe(`A${blank.layout.headerRow}`);
    expect(last).toBe(`P${blank.layout.lastDataRow}`);
    const header = 'ABCDEFGHIJKLMNOP'
      .split('')
      .map((c) => value(main, `${c}${blank.layout.headerRow}`));
    expect(header).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '年度指标值',
      '计量单位',
      '年中完成值',
      '实际完成值',
      '分值',
      '人工得分',
      '完成率',
      '得分',
      '偏差状态',
      '偏差原因分析',
      '改进措施',
      '是否累计',
    ]);
    expect(blank.layout.columns.score).toBe('L');
  });

  it('merges the level cells of the blank form over the MOF framework (产出/效益/满意度)', () => {
    const main = sheet(blank, MAIN_SHEET);
    const first = blank.layout.firstDataRow;
    expect(value(main, `A${first}`)).toBe('产出指标');
    expect(main.merges).toContain(`A${first}:A${first + 7}`);
    expect(main.merges).toContain(`B${first}:B${first + 1}`);
    expect(value(main, `B${first}`)).toBe('数量指标');
    expect(value(main, `A${first + 8}`)).toBe('效益指标');
    expect(value(main, `A${first + 16}`)).toBe('满意度指标');
    expect(blank.layout.lastDataRow).toBe(first + 17);
  });

  it('puts Result_Total, Result_Grade and Result_Status below the table', () => {
    const row = blank.layout.lastDataRow + 1;
    expect(nameAddress(blank, 'Result_Total')).toBe(`C${row}`);
    expect(nameAddress(blank, 'Result_Grade')).toBe(`E${row}`);
    expect(nameAddress(blank, 'Result_Status')).toBe(`H${row}`);
    expect(value(sheet(blank, MAIN_SHEET), `A${row}`)).toBe('自评总分');
  });

  it('offers drop-down lists for 指标性质 and the 定性 tiers, number formats, a frozen header and A4 landscape printing', () => {
    const main = sheet(blank, MAIN_SHEET);
    const { firstDataRow, lastDataRow } = blank.layout;
    expect(main.validations).toContainEqual(
      expect.objectContaining({
        range: `D${firstDataRow}:D${lastDataRow}`,
        list: OPERATORS,
        strict: true,
      }),
    );
    expect(OPERATORS).toEqual(['≥', '>', '≤', '<', '=', '定性']);
    expect(main.validations).toContainEqual(
      expect.objectContaining({
        range: `H${firstDataRow}:H${lastDataRow}`,
        list: QUALITATIVE_TIERS,
        strict: false,
      }),
    );
    const format = (address: string) => main.cells.find((c) => c.address === address)?.numberFormat;
    expect(format(`K${firstDataRow}`)).toBe('0.00%');
    expect(format(`L${firstDataRow}`)).toBe('0.00');
    expect(format(`N${firstDataRow}`)).toBe('@');
    expect(main.freeze).toEqual({ rows: blank.layout.headerRow, columns: 3 });
    expect(main.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true });
    expect(main.columnWidths).toHaveLength(16);
  });

  it('offers 是否累计 as a 是 / 否 list, blank on the blank form so that the 评分规则 keys decide, 是 for the sample’s execution rates', () => {
    const main = sheet(blank, MAIN_SHEET);
    const { firstDataRow, lastDataRow, headerRow } = blank.layout;
    const letter = blank.layout.columns.cumulative;
    expect(letter).toBe('P');
    expect(value(main, `${letter}${headerRow}`)).toBe('是否累计');
    expect(main.validations).toContainEqual(
      expect.objectContaining({
        range: `${letter}${firstDataRow}:${letter}${lastDataRow}`,
        list: ['是', '否'],
        strict: true,
      }),
    );
    for (let r = firstDataRow; r <= lastDataRow; r++)
      expect(value(main, `${letter}${r}`)).toBeNull();
    const filled = sheet(sample, MAIN_SHEET);
    const name = sample.layout.columns.name;
    const marked = Array.from(
      { length: sample.layout.lastDataRow - sample.layout.firstDataRow + 1 },
      (_, i) => sample.layout.firstDataRow + i,
    )
      .filter((r) => value(filled, `${letter}${r}`) !== null)
      .map((r) => [value(filled, `${name}${r}`), value(filled, `${letter}${r}`)]);
    expect(marked).toEqual([
      ['项目支出预算执行率', '是'],
      ['政府采购执行率', '是'],
    ]);
    const en = sheet(buildTemplateSpec({ sample: false, locale: 'en-US' }), MAIN_SHEET);
    expect(en.validations).toContainEqual(expect.objectContaining({ list: ['yes', 'no'] }));
  });

  it('lists every rule key with its mof-2020 default on 评分规则; only the profile is set, so nothing overrides a chosen profile', () => {
    const rules = sheet(blank, RULES_SHEET);
    const entries = profileEntries('mof-2020', 'zh-CN');
    expect(nameAddress(blank, 'Rules')).toBe(`A3:B${2 + entries.length}`);
    entries.forEach((entry, i) => {
      expect(value(rules, `A${3 + i}`)).toBe(entry.key);
      expect(value(rules, `C${3 + i}`)).toBe(entry.value);
      expect(value(rules, `D${3 + i}`)).toBe(entry.description);
      expect(value(rules, `B${3 + i}`)).toBe(entry.key === 'profile' ? 'mof-2020' : null);
    });
    expect(entries.map((e) => e.key)).toEqual(
      expect.arrayContaining(['profile', 'overAchievementThreshold', 'gradeBands']),
    );
  });

  it('heads 评分记录 with the header a recalculation writes on a new log', () => {
    const log = sheet(blank, LOG_SHEET);
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map((a) => value(log, a))).toEqual(
      LOG_COLUMNS.map((key) => t(`workbook.log.${key}`)),
    );
  });

  it('fills the seed report in with --sample: the same targets, actuals, weights and reasons', () => {
    const main = sheet(sample, MAIN_SHEET);
    const first = sample.layout.firstDataRow;
    expect(sample.layout.lastDataRow - first + 1).toBe(seed.indicators.length);
    seed.indicators.forEach((row, i) => {
      const r = first + i;
      const v = (column: string) => value(main, `${column}${r}`);
      expect(v('C')).toBe(row.name);
      // 指标性质 + 年度指标值 + 计量单位 read as the report's target text ("≥40万件").
      expect(`${String(v('D'))}${String(v('E'))}${String(v('F'))}`).toBe(row.target);
      expect(`${String(v('G'))}${String(v('F'))}`).toBe(row.midYear);
      const actual = v('H');
      expect(typeof actual === 'number' ? `${actual}${String(v('F'))}` : actual).toBe(row.actual);
      expect(v('I')).toBe(row.weight);
      expect(v('N')).toBe(row.reason || null);
      expect(v('O')).toBe(row.measures || null);
      // Output cells are left for the scoring to fill.
      expect(v('K')).toBeNull();
      expect(v('L')).toBeNull();
    });
    const budget = (name: string) => value(main, nameAddress(sample, name));
    expect(budget('Budget_Initial')).toBe(seed.budget.initial);
    expect(budget('Budget_Adjustment')).toBe(seed.budget.adjustment);
    expect(budget('Budget_Final')).toBe(seed.budget.final);
    expect(budget('Budget_Spent')).toBe(seed.budget.spent);
    expect(SAMPLE.department).toBe(seed.department);
  });

  it('merges the sample level cells over their groups', () => {
    const main = sheet(sample, MAIN_SHEET);
    const f = sample.layout.firstDataRow;
    expect(main.merges).toEqual(
      expect.arrayContaining([
        `A${f}:A${f + 4}`, // 产出指标
        `B${f}:B${f + 1}`, // 成本指标
        `B${f + 2}:B${f + 3}`, // 质量指标
        `A${f + 5}:A${f + 6}`, // 效益指标
        `B${f + 5}:B${f + 6}`, // 社会效益指标
      ]),
    );
    expect(value(main, `A${f + 7}`)).toBe('满意度指标');
  });

  it('speaks English with en-US, in headers the contract also accepts, keeping the contract sheet names', () => {
    const en = buildTemplateSpec({ sample: false, locale: 'en-US' });
    const main = sheet(en, MAIN_SHEET);
    const header = 'ABCDEFGHIJKLMNOP'
      .split('')
      .map((c) => value(main, `${c}${en.layout.headerRow}`));
    expect(header).toEqual([
      'Level 1',
      'Level 2',
      'Indicator',
      'Operator',
      'Target',
      'Unit',
      'Mid-year',
      'Actual',
      'Weight',
      'Manual score',
      'Completion',
      'Score',
      'Status',
      'Reason',
      'Measures',
      'Cumulative',
    ]);
    expect(en.sheets.map((s) => s.name)).toEqual([
      '绩效自评表',
      '预算明细',
      '评分规则',
      '评分记录',
    ]);
  });

  it('writes, for every contract column, the header the contract lists first (and an accepted one in English)', () => {
    const en = buildTemplateSpec({ sample: false, locale: 'en-US' });
    for (const spec of COLUMN_SPECS) {
      const letter = blank.layout.columns[spec.key];
      if (spec.key === 'adjustedTarget') {
        // An optional column, not in the MOF form.
        expect(letter).toBeUndefined();
        continue;
      }
      expect(value(sheet(blank, MAIN_SHEET), `${letter}${blank.layout.headerRow}`)).toBe(
        spec.headers[0],
      );
      expect(spec.headers).toContain(
        value(sheet(en, MAIN_SHEET), `${letter}${en.layout.headerRow}`),
      );
    }
  });

  it('names the department, year and money unit cells (Info_*), filled with --sample', () => {
    const main = sheet(sample, MAIN_SHEET);
    expect(value(main, nameAddress(sample, 'Info_Department'))).toBe(seed.department);
    expect(value(main, nameAddress(sample, 'Info_Year'))).toBe(2023);
    expect(value(main, nameAddress(sample, 'Info_Unit'))).toBe('万元');
    expect(value(sheet(blank, MAIN_SHEET), nameAddress(blank, 'Info_Department'))).toBeNull();
  });

  describe('预算明细 (Budget_Lines)', () => {
    const lines = (spec: TemplateSpec) => sheet(spec, BUDGET_LINES_SHEET);
    const cell = (spec: TemplateSpec, address: string) =>
      lines(spec).cells.find((c) => c.address === address);
    const rows = (spec: TemplateSpec, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) =>
        'ABCD'.split('').map((c) => value(lines(spec), `${c}${from + i}`)),
      );

    it('names the header, the lines and the 合计 row Budget_Lines, headed as the contract reads it', () => {
      for (const spec of [blank, sample]) expect(nameAddress(spec, 'Budget_Lines')).toBe('A2:D5');
      expect(rows(blank, 2, 2)).toEqual([BUDGET_LINE_COLUMNS.map((c) => c.headers[0])]);
      expect(rows(blank, 2, 2)).toEqual([['项目', '年初预算数', '全年预算数', '全年执行数']]);
      const en = buildTemplateSpec({ sample: false, locale: 'en-US' });
      const enHeader = rows(en, 2, 2)[0];
      BUDGET_LINE_COLUMNS.forEach((c, i) => expect(c.headers).toContain(enHeader[i]));
      expect(value(lines(blank), 'A1')).toBe('____年度预算支出明细');
      expect(value(lines(sample), 'A1')).toBe('2023年度预算支出明细');
    });

    it('starts the blank form with 基本支出 and 项目支出 to fill in, and a 合计 row of SUM formulas holding 0', () => {
      expect(rows(blank, 3, 5)).toEqual([
        ['基本支出', null, null, null],
        ['项目支出', null, null, null],
        ['合计', 0, 0, 0],
      ]);
      expect(['B5', 'C5', 'D5'].map((a) => cell(blank, a)?.formula)).toEqual([
        '=SUM(B3:B4)',
        '=SUM(C3:C4)',
        '=SUM(D3:D4)',
      ]);
      // The lines are inputs: no formula there.
      expect(
        lines(blank)
          .cells.filter((c) => c.formula)
          .map((c) => c.address),
      ).toEqual(['B5', 'C5', 'D5']);
    });

    it('fills the seed’s breakdown in with --sample, the 合计 results adding up to the form’s budget', () => {
      expect(rows(sample, 3, 5)).toEqual([
        ['基本支出', 182.65, 185.44, 181.59],
        ['项目支出', 30, 2.4, 2.4],
        ['合计', 212.65, 187.84, 183.99],
      ]);
      const form = (name: string) => value(sheet(sample, MAIN_SHEET), nameAddress(sample, name));
      expect(['B5', 'C5', 'D5'].map((a) => value(lines(sample), a))).toEqual([
        form('Budget_Initial'),
        form('Budget_Final'),
        form('Budget_Spent'),
      ]);
    });

    it('looks like the form: header fill, borders, money format, widths, A4 print', () => {
      const main = sheet(blank, MAIN_SHEET);
      const formHeader = main.cells.find((c) => c.address === 'A5')!.style;
      expect(cell(blank, 'B2')?.style).toEqual(formHeader);
      const moneyOnForm = main.cells.find(
        (c) => c.address === nameAddress(blank, 'Budget_Final'),
      )!.numberFormat;
      for (const address of ['B3', 'C4', 'D3', 'B5', 'D5']) {
        expect([address, cell(blank, address)?.numberFormat]).toEqual([address, moneyOnForm]);
        expect(cell(blank, address)?.style?.border).toBe(true);
      }
      expect(cell(blank, 'A3')?.style?.border).toBe(true);
      expect(cell(blank, 'A5')?.style?.bold).toBe(true);
      expect(lines(blank).columnWidths).toEqual([24, 14, 14, 14]);
      expect(lines(blank).merges).toEqual(expect.arrayContaining(['A1:D1', 'A6:D6']));
      expect(lines(blank).print).toMatchObject({ paper: 'A4', fitToWidth: true });
      expect(String(value(lines(blank), 'A6'))).toContain('合计行为求和公式');
    });

    it('labels the sum row Total in English (the audit reads Total as 合计)', () => {
      const en = buildTemplateSpec({ sample: false, locale: 'en-US' });
      expect(value(lines(en), 'A5')).toBe('Total');
      expect(String(value(lines(en), 'A6'))).toContain('insert rows above the Total row');
      expect(value(lines(en), 'A3')).toBe('Basic expenditure');
    });
  });

  it('is plain data (serialisable for the browser)', () => {
    expect(JSON.parse(JSON.stringify(sample))).toEqual(sample);
  });
});
