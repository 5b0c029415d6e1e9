import { evaluate } from '../../../src/engine';
import { planRecalculation, readContract } from '../../../src/workbook';
import { boundSnapshot, recognizeForms } from '../../../src/workbook/forms';
import { sampleFormSpec } from '../../../src/workbook/forms/sample-form';
import { buildTemplateSpec } from '../../../src/workbook/template';
import type { FormBinding } from '../../../src/workbook/forms';
import type { WritePlan } from '../../../src/workbook/port/types';
import { sheetFromSpec, workbookOf } from './sheets';

function namesOf(form: FormBinding): Record<string, string> {
  return Object.fromEntries(form.names.map((n) => [n.name, n.address]));
}

function formWrites(plan: WritePlan | undefined, sheet: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const w of plan?.writes ?? []) {
    if (w.sheet !== sheet) continue;
    const m = /^([A-Z]+)(\d+)/.exec(w.address);
    if (!m) continue;
    w.values.forEach((row, i) =>
      row.forEach((v, j) => {
        out[`${String.fromCharCode(m[1].charCodeAt(0) + j)}${Number(m[2]) + i}`] = v;
      }),
    );
  }
  return out;
}

describe('the MOF 项目支出绩效自评表 (财预〔2020〕10号) holding the seed', () => {
  const { spec, layout } = sampleFormSpec();
  const sheet = layout.sheet;

  test.each([
    ['with its merged cells', false],
    ['read without merges, as Office.js below ExcelApi 1.13 does', true],
  ])('is recognised %s: budget row, table, total, info', (_label, withoutMerges) => {
    const snapshot = workbookOf([sheetFromSpec(spec.sheets[0], withoutMerges)]);
    const { forms, problems } = recognizeForms(snapshot);
    expect(problems).toEqual([]);
    expect(forms).toHaveLength(1);
    const [form] = forms;
    expect(form.title).toBe('项目支出绩效自评表');
    expect(namesOf(form)).toEqual({
      Indicators: 'B12:I24',
      Budget_Initial: 'D6',
      Budget_Final: 'E6',
      Budget_Spent: 'F6',
      Budget_Weight: 'G6',
      Result_ExecutionRate: 'H6',
      Result_ExecutionScore: 'I6',
      Result_Total: 'H25',
      Info_Year: 'A2',
      Info_Department: 'C3',
      Info_Unit: 'A5',
    });
    expect(form.indicators.rowCount).toBe(8);
    expect(form.indicators.headerRows).toBe(1);
    expect(form.info).toEqual({
      year: 2023,
      unit: '万元',
      department: expect.stringContaining('政务服务管理局') as string,
    });
    // Each choice names the printed cells that justify it.
    const final = form.names.find((n) => n.name === 'Budget_Final');
    expect(final?.evidence).toEqual([
      { where: `${sheet}!E5`, text: '全年预算数' },
      { where: `${sheet}!C6`, text: '年度资金总额' },
    ]);
    expect(form.indicators.columns.map((c) => `${c.key}:${c.letter}`)).toEqual([
      'level1:B',
      'level2:C',
      'name:D',
      'target:E',
      'actual:F',
      'weight:G',
      'score:H',
      'reason:I',
    ]);
    expect(form.typed).toEqual([]);
  });

  test('scores 99.26 优 through recognition, the same as through the template', () => {
    const snapshot = workbookOf([sheetFromSpec(spec.sheets[0])]);
    const [form] = recognizeForms(snapshot).forms;
    const bound = boundSnapshot(snapshot, form);
    const reading = readContract(bound);
    expect(reading.problems).toEqual([]);
    // The empty 时效/经济/生态/可持续影响 slots are not indicators.
    expect(reading.input.indicators).toHaveLength(8);
    expect(reading.input.year).toBe(2023);
    expect(reading.input.unit).toBe('万元');
    const result = evaluate(reading.input);
    expect(result.total).toBe(99.26);
    expect(result.grade).toBe('优');
    expect(result.provisional).toBe(false);

    const outcome = planRecalculation(bound, {
      conflictPolicy: 'refuse',
      now: new Date('2024-03-01T00:00:00Z'),
    });
    expect(outcome.problems).toEqual([]);
    const written = formWrites(outcome.plan, sheet);
    // Into the form's own cells: 执行率 and 得分 of the budget row, each 得分, the total.
    expect(written).toEqual({
      H6: 0.9795,
      I6: 9.8,
      H13: 15,
      H14: 10,
      H15: 10,
      H17: 8,
      H18: 12,
      H20: 9.46,
      H21: 15,
      H24: 10,
      H25: 99.26,
    });
    // The pre-printed rows and the inputs are left alone.
    for (const r of layout.indicatorRows) expect(written[`E${r}`]).toBeUndefined();
  });
});

describe('the product’s own template whose names were deleted', () => {
  test('is recognised like any form, the total beside its 自评总分 label, and scores 99.26', () => {
    const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
    const snapshot = workbookOf(spec.sheets.map((s) => sheetFromSpec(s)));
    const { forms, problems } = recognizeForms(snapshot);
    expect(problems).toEqual([]);
    expect(forms).toHaveLength(1);
    const total = spec.names.find((n) => n.name === 'Result_Total');
    const grade = spec.names.find((n) => n.name === 'Result_Grade');
    expect(forms[0].names.find((n) => n.name === 'Result_Total')?.address).toBe(total?.address);
    expect(forms[0].names.find((n) => n.name === 'Result_Grade')?.address).toBe(grade?.address);
    const outcome = planRecalculation(boundSnapshot(snapshot, forms[0]), {
      conflictPolicy: 'refuse',
      now: new Date(0),
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.result?.total).toBe(99.26);
  });
});
