import { evaluate } from '../../src/engine';
import { budgetLineProblems } from '../../src/engine/budget-lines';
import { parseUnit } from '../../src/engine/values';
import { asCells } from '../../src/cli/json-input';
import type {
  BudgetLineInput,
  BudgetWithLines,
  EvaluationInput,
  PlainInput,
  PlainValue,
} from '../../src/engine/types';
import { auditJson } from '../../src/i18n/result-json';
import { messageOf } from '../../src/i18n/said';
import { FINAL_OFF_BY_21_60, SEED_LINES } from '../fixtures/budget-lines';
import seed from '../fixtures/seed-2023.input.json';

type PlainLine = BudgetLineInput<PlainValue>;

function seedWith(lines: PlainLine[], budget: Record<string, unknown> = {}): EvaluationInput {
  const doc = JSON.parse(JSON.stringify(seed)) as PlainInput;
  doc.budget = { ...doc.budget, ...budget, lines };
  return asCells(doc);
}

/** A budget as the JSON reader gives it to the engine. */
function budgetOf(budget: BudgetWithLines<PlainValue>): BudgetWithLines {
  return asCells({ budget, indicators: [] }).budget;
}

/** The budget lines' audit items, with their texts in the locale (as the JSON output has them). */
const audit = (input: EvaluationInput, locale: 'zh-CN' | 'en-US' = 'zh-CN') =>
  evaluate(input)
    .audit.filter((a) => a.code.startsWith('budgetLines'))
    .map((a) => auditJson(a, locale));

describe('audit of the budget lines (JSON budget.lines)', () => {
  it('finds nothing when the seed’s lines add up to 187.84 / 183.99 / 212.65', () => {
    const result = evaluate(seedWith(SEED_LINES));
    expect(result.audit).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.total).toBe(99.26);
  });

  it('flags lines whose 全年预算数 do not add up to Budget_Final, with both figures and the difference', () => {
    const lines = [SEED_LINES[0], { ...SEED_LINES[1], final: 24 }];
    expect(audit(seedWith(lines))).toEqual([FINAL_OFF_BY_21_60]);
  });

  it('checks 全年执行数 against Budget_Spent and 年初 against Budget_Initial, each at its own cell', () => {
    const lines = [
      { ...SEED_LINES[0], initial: 180, spent: '181.5' },
      { ...SEED_LINES[1], initial: '30万元' },
    ];
    const items = audit(seedWith(lines));
    expect(items.map((a) => [a.where, a.params.sum, a.params.total, a.params.difference])).toEqual([
      ['budget.spent', '183.90', '183.99', '-0.09'],
      ['budget.initial', '210.00', '212.65', '-2.65'],
    ]);
  });

  it('adds exactly and compares at 2 decimals, half-up (0.1 + 0.2 = 0.3; 0.304 counts as 0.30)', () => {
    const budget = { initial: null, adjustment: null, final: 0.3, spent: 0.3 };
    const exact = [
      { name: 'a', final: 0.1, spent: 0.1 },
      { name: 'b', final: 0.2, spent: 0.204 },
    ];
    expect(audit(seedWith(exact, budget))).toEqual([]);
    const off = [
      { name: 'a', final: 0.1, spent: 0.1 },
      { name: 'b', final: 0.2, spent: 0.205 },
    ];
    expect(audit(seedWith(off, budget)).map((a) => [a.params.sum, a.params.difference])).toEqual([
      ['0.31', '0.01'],
    ]);
    // The difference is that of the figures shown: 0.31 − 0.30, not 0.3050 − 0.3049.
    const near = { ...budget, spent: 0.3049 };
    expect(audit(seedWith(off, near)).map((a) => [a.params.total, a.params.difference])).toEqual([
      ['0.30', '0.01'],
    ]);
  });

  it('reads amounts in the budget unit (万元), and converts 24000元', () => {
    const lines = [SEED_LINES[0], { ...SEED_LINES[1], final: '24000元', spent: '24000元' }];
    expect(audit(seedWith(lines))).toEqual([]);
  });

  it('leaves a column out when no line gives it, and counts blank cells as zero', () => {
    const lines = [
      { name: '基本支出', final: 185.44 },
      { name: '项目支出', final: 2.4, spent: '' },
    ];
    expect(audit(seedWith(lines))).toEqual([]);
    const partly = [
      { name: '基本支出', final: 185.44, spent: 181.59 },
      { name: '项目支出', final: 2.4, spent: null },
    ];
    expect(audit(seedWith(partly)).map((a) => [a.where, a.params.difference])).toEqual([
      ['budget.spent', '-2.40'],
    ]);
  });

  it('does not count a 合计 row as a line and checks it against every line', () => {
    const total = { name: '合计', initial: 212.65, final: 187.84, spent: 183.99 };
    expect(audit(seedWith([total, ...SEED_LINES]))).toEqual([]);
    const wrong = { ...total, final: 188.84 };
    const items = audit(seedWith([wrong, ...SEED_LINES]));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      code: 'budgetLinesSubtotal',
      where: 'budget.lines[0].final',
      params: { name: '合计', sum: '187.84', total: '188.84', difference: '-1.00' },
    });
    expect(items[0].message).toBe(
      '预算明细“合计”行的全年预算数 188.84 不等于各行之和 187.84（budget.lines[*].final），相差 -1.00',
    );
  });

  it('checks each 小计 against the lines since the previous sum row', () => {
    const lines = [
      { name: '人员经费', final: 177.95 },
      { name: '公用经费', final: 7.49 },
      { name: '基本支出小计', final: 185.44 },
      { name: '驻社区工作队生活补助', final: 2.4 },
      { name: '项目支出小计', final: 2.5 },
      { name: '总计', final: 187.84 },
    ];
    const items = audit(seedWith(lines));
    expect(items.map((a) => [a.code, a.where, a.params.sum, a.params.total])).toEqual([
      ['budgetLinesSubtotal', 'budget.lines[4].final', '2.40', '2.50'],
    ]);
  });

  it('reads an English Total / Grand total / Subtotal row, in any case, as a sum row', () => {
    const total = { name: 'TOTAL', initial: 212.65, final: 187.84, spent: 183.99 };
    expect(audit(seedWith([...SEED_LINES, total]))).toEqual([]);
    const lines = [
      { name: 'Personnel', final: 177.95 },
      { name: 'Operations', final: 7.49 },
      { name: 'Basic expenditure subtotal', final: 185.44 },
      { name: 'Community team allowance', final: 2.4 },
      { name: 'Projects Sub-total', final: 2.5 },
      { name: 'Grand total', final: 187.84 },
    ];
    const items = audit(seedWith(lines), 'en-US');
    expect(
      items.map((a) => [a.code, a.where, a.params.name, a.params.sum, a.params.total]),
    ).toEqual([
      ['budgetLinesSubtotal', 'budget.lines[4].final', 'Projects Sub-total', '2.40', '2.50'],
    ]);
  });

  it('counts a line whose name only starts like Total ("Totally new line") as a line', () => {
    const lines = [...SEED_LINES, { name: 'Totally new line', final: 1 }];
    const items = audit(seedWith(lines));
    expect(items.map((a) => [a.code, a.where, a.params.sum, a.params.total])).toEqual([
      ['budgetLinesMismatch', 'budget.final', '188.84', '187.84'],
    ]);
  });

  it('names the Budget_Final cell and the column span of the lines in a workbook', () => {
    const c = (value: number, where: string) => ({ value, where });
    const input = seedWith(
      [
        { name: { value: '基本支出', where: '预算明细!A3' }, final: c(185.44, '预算明细!C3') },
        { name: '项目支出', final: c(3.4, '预算明细!C4') },
      ],
      { final: c(187.84, '绩效自评表!E4') },
    );
    const items = audit(input);
    expect(items.map((a) => [a.where, a.params.span])).toEqual([
      ['绩效自评表!E4', '预算明细!C3:C4'],
    ]);
  });

  it('is in the requested language', () => {
    const lines = [SEED_LINES[0], { ...SEED_LINES[1], final: 24 }];
    expect(audit(seedWith(lines), 'en-US')[0].message).toBe(
      'The budget lines add up to 209.44 in final budget (budget.lines[*].final), not the final budget 187.84: off by 21.60',
    );
  });

  it('says nothing without a breakdown, or when the total itself is not given', () => {
    expect(audit(seedWith([]))).toEqual([]);
    expect(audit(seedWith(SEED_LINES, { initial: null }))).toEqual([]);
  });
});

describe('budget lines that are not amounts', () => {
  const unit = parseUnit('万元');

  it('are input problems naming the cell or JSON path, and their column is not summed', () => {
    const lines = [
      SEED_LINES[0],
      {
        name: '项目支出',
        initial: 30,
        final: '两万四',
        spent: { value: '#REF!', where: '预算明细!D4' },
      },
    ];
    const problems = budgetLineProblems(budgetOf({ final: 187.84, spent: 183.99, lines }), unit);
    expect(problems.map((p) => [p.where, p.code, p.params?.text])).toEqual([
      ['budget.lines[1].final', 'audit.budgetLines.notMoney', '两万四'],
      ['预算明细!D4', 'audit.budgetLines.notMoney', '#REF!'],
    ]);
    expect(messageOf(problems[0], 'zh-CN')).toBe(
      '预算明细中的“两万四”不是金额（应为数字，单位 万元）',
    );
    expect(audit(seedWith(lines))).toEqual([]);
  });

  it('include a range such as ≥2.4 or 2.4件 but not blank cells', () => {
    const lines = [{ name: 'a', final: '≥2.4', spent: '2.4件', initial: '' }];
    const problems = budgetLineProblems(budgetOf({ final: 1, spent: 1, lines }), unit);
    expect(problems.map((p) => p.where)).toEqual([
      'budget.lines[0].final',
      'budget.lines[0].spent',
    ]);
    expect(messageOf(problems[1], 'en-US')).toBe(
      '“2.4件” in the budget lines is not an amount of money (a number, unit 万元)',
    );
  });
});
