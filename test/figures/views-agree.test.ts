/**
 * The same figure wherever a person reads it: the pane, the 评价结果 sheet, Result_Status, the
 * report text, the command line's table and the batch summary. Each case is one that used to
 * show two different figures (or words) for the same thing.
 */
import { evaluate } from '../../src/engine';
import type { EvaluationInput, EvaluationResult, PlainInput } from '../../src/engine/types';
import { asCells } from '../../src/cli/json-input';
import { Console } from '../../src/cli/io';
import { renderReport } from '../../src/cli/report';
import { summaryRowOf, summaryWorkbook } from '../../src/cli/summary';
import { draftReport } from '../../src/report';
import { buildPaneModel } from '../../src/taskpane/model';
import { readContract, resultStatusText, snapshotRequest } from '../../src/workbook';
import { resultsSheetPlan } from '../../src/workbook/sheets/results-sheet';
import type { CellScalar, ContractReading, WorkbookSnapshot } from '../../src/workbook/port/types';
import { MemoryHost } from '../workbook/helpers/memory-host';
import { canonicalSeedWorkbook } from '../workbook/helpers/seed-workbooks';
import seedManual from '../fixtures/seed-2023-manual-scores.input.json';
import { messageOf } from '../../src/i18n/said';
import fc from 'fast-check';

const NOW = new Date(2026, 10, 27, 9, 30, 0);

/** A workbook as read (the seed's), with `input` in place of what it holds. */
async function readingOf(
  input: EvaluationInput,
): Promise<{ reading: ContractReading; snapshot: WorkbookSnapshot }> {
  const snapshot = await new MemoryHost(canonicalSeedWorkbook()).read(snapshotRequest());
  const reading = readContract(snapshot);
  return { reading: { ...reading, input }, snapshot };
}

/** The 评价结果 sheet's values. */
async function resultsSheet(input: EvaluationInput, result: EvaluationResult) {
  const { reading, snapshot } = await readingOf(input);
  const { plan } = resultsSheetPlan(result, reading, snapshot, 'zh-CN', NOW);
  const values = plan.writes[0].values;
  const row = (label: string): CellScalar[] => values.find((r) => r[0] === label) ?? [];
  return { values, row };
}

/** The command line's lines for one result, in Chinese. */
function cliLines(result: EvaluationResult): string[] {
  const io = { stdout: { write: () => true }, stderr: { write: () => true } };
  const c = new Console(io as unknown as ConstructorParameters<typeof Console>[0], 'zh-CN');
  return renderReport(result, {}, result.scoreDecimals, c);
}

describe('notApplicable = zero with a not-applicable row of weight 30', () => {
  const input = asCells({
    budget: { initial: 100, final: 100, spent: 100 },
    indicators: [
      { level1: '产出指标', name: '办件数量', target: '≥100件', actual: '100件', weight: 20 },
      { level1: '产出指标', name: '培训人次', target: '/', actual: '/', weight: 30 },
      { level1: '效益指标', name: '按时办结率', target: '≥100%', actual: '98.75%', weight: 40 },
    ],
    rules: { notApplicable: 'zero' },
  });
  const result = evaluate(input);

  it('counts the row as 0 of 30 in the composite and in its level', () => {
    expect(result.total).toBe(69.5);
    expect(result.levels).toEqual([
      { name: '产出指标', weight: 50, score: 20, unscored: 0 },
      { name: '效益指标', weight: 40, score: 39.5, unscored: 0 },
    ]);
  });

  it('shows 产出指标 20 / 50 in the pane, on 评价结果 and in the report', async () => {
    const pane = buildPaneModel(result, 'zh-CN').subtotals;
    expect(pane.map((s) => [s.level1, s.scoreText, s.weightText])).toEqual([
      ['产出指标', '20.00', '50.00'],
      ['效益指标', '39.50', '40.00'],
    ]);
    const sheet = await resultsSheet(input, result);
    expect(sheet.row('产出指标').slice(0, 3)).toEqual(['产出指标', 50, 20]);
    expect(sheet.row('效益指标').slice(0, 3)).toEqual(['效益指标', 40, 39.5]);
    const report = draftReport(input, result, 'zh-CN').conclusion.paragraphs;
    expect(report).toContain(
      '分一级指标：产出指标得分20分（分值50分）；效益指标得分39.5分（分值40分）。',
    );
    expect(cliLines(result)).toContain('一级指标得分：产出指标 20.00 / 50；效益指标 39.50 / 40');
  });

  it('under rescale the row leaves its level: 产出指标 20 / 20 everywhere', async () => {
    const rescaled = {
      ...input,
      rules: { notApplicable: { value: 'rescale', where: 'rules.notApplicable' } },
    };
    const r = evaluate(rescaled);
    expect(r.levels[0]).toEqual({ name: '产出指标', weight: 20, score: 20, unscored: 0 });
    const pane = buildPaneModel(r, 'zh-CN').subtotals[0];
    expect([pane.scoreText, pane.weightText]).toEqual(['20.00', '20.00']);
    const sheet = await resultsSheet(rescaled, r);
    expect(sheet.row('产出指标').slice(0, 3)).toEqual(['产出指标', 20, 20]);
  });
});

describe('mid-year with executionDenominator = initial', () => {
  // 100 spent of a final budget of 200 (50%), an initial budget of 400 (25%).
  const input = asCells({
    budget: { initial: 400, final: 200, spent: 100 },
    indicators: [
      {
        level1: '产出指标',
        name: '办件数量',
        target: '≥100件',
        midYear: '50件',
        actual: null,
        weight: 90,
      },
    ],
    rules: { executionDenominator: 'initial' },
  });
  const result = evaluate(input);

  it('the pane’s 已支出全年预算, the budget light and 评价结果 all say 50% spent', async () => {
    const light = result.monitoring!.execution!;
    expect(light.completion).toBe(0.5);
    expect(result.execution.spentShare).toBe(0.5);
    const summary = buildPaneModel(result, 'zh-CN').monitoringSummary!;
    expect([summary.spentText, summary.spent]).toEqual(['50.00%', 0.5]);
    const sheet = await resultsSheet(input, result);
    // Row 3: 时间进度 | 50% | 评价等级 | 待定 | 已支出全年预算 | 50%.
    expect(sheet.values[2][4]).toBe('已支出全年预算');
    expect(sheet.values[2][5]).toBe(0.5);
  });

  it('the execution rate (against the initial budget) is 25% and labelled 预算执行率', () => {
    expect(result.execution.rate).toBe(0.25);
    const budget = buildPaneModel(result, 'zh-CN').deviations.find((d) => d.target === 'budget');
    // The budget line (its adjustment of −200 to explain) shows the rate under 预算执行率.
    expect(budget?.completionText).toBe('25.00%');
    expect(buildPaneModel(result, 'zh-CN').executionRateText).toBe('25.00%');
  });
});

describe('weights adding up to 95 (scoring-rules.md §7: a warning, the composite stays final)', () => {
  const input = asCells({
    budget: { initial: 100, final: 100, spent: 100 },
    indicators: [
      { level1: '产出指标', name: '办件数量', target: '≥100件', actual: '100件', weight: 45 },
      {
        level1: '效益指标',
        name: '按时办结率',
        target: '≥100%',
        actual: '95%',
        weight: 40,
        reason: '个别事项延期',
      },
    ],
  });
  const result = evaluate(input);
  const warning = '各项分值合计为 95，不是 100';

  it('is final with its grade, and the warning is beside it', () => {
    expect([result.total, result.maxTotal, result.grade, result.provisional]).toEqual([
      93,
      95,
      '优',
      false,
    ]);
    expect(result.warnings.map((w) => messageOf(w, 'zh-CN'))).toEqual([warning]);
  });

  it('the pane, Result_Status, the report, the command line and the batch summary say the same', async () => {
    const pane = buildPaneModel(result, 'zh-CN');
    expect([pane.totalText, pane.maxText, pane.grade, pane.provisional]).toEqual([
      '93.00',
      '95',
      '优',
      false,
    ]);
    expect(pane.warnings).toEqual([warning]);

    const status = resultStatusText(result, 'zh-CN');
    expect(status).toContain(warning);
    expect(status).not.toContain('暂定');
    const sheet = await resultsSheet(input, result);
    expect(sheet.row('评价状态')[1]).toBe(status);
    expect(sheet.row('自评总分').slice(1, 4)).toEqual([93, '评价等级', '优']);

    const report = draftReport(input, result, 'zh-CN').conclusion.paragraphs.join('\n');
    expect(report).toContain('综合得分93分');
    expect(report).toContain('优');
    expect(report).toContain(`注意：${warning}`);
    // Not an open item anywhere: the pane's status, the report and the command line agree.
    expect(pane.statusLine).toBe('所有偏差均已说明');
    expect(report).toContain('各项偏差均已说明，无待处理事项。');

    const lines = cliLines(result);
    expect(lines).toContain('综合得分：93.00 / 95    评价等级：优（最终结果）');
    expect(lines).toContain(`注意：${warning}（综合得分按所填分值计算）`);
    // No line says the weights must add up to 100 while the result is final.
    expect(lines.join('\n')).not.toMatch(/应为 ?100/);
    expect(lines).toContain('没有需要处理的事项。');

    const c = new Console({} as ConstructorParameters<typeof Console>[0], 'zh-CN');
    const batch = summaryWorkbook([summaryRowOf('a.xlsx', '某部门', 2023, result)], [], 2, c);
    const row = batch.worksheets[0].getRow(2).values as CellScalar[];
    expect(row).toContain('优');
    expect(row).toContain(`最终；注意：${warning}`);
  });
});

describe('a manual score below a full rule score (the published 预算经费: 11.76 of 12)', () => {
  const result = evaluate(asCells(seedManual as PlainInput));
  const row = result.indicators.find((r) => r.name === '预算经费')!;

  it('says the shortfall comes from the manual score, beside 完成率 100%', () => {
    expect([row.completion, row.ruleScore, row.score]).toEqual([1, 12, 11.76]);
    const shortfall = row.flags.find((f) => f.code === 'shortfall')!;
    expect(messageOf(shortfall, 'zh-CN')).toBe(
      '人工得分低于规则得分：得分 11.76（规则得分 12.00），低于分值 12，请说明扣分理由',
    );
    const pane = buildPaneModel(result, 'zh-CN').deviations.find((d) => d.name === '预算经费')!;
    expect(pane.completionText).toBe('100.00%');
    expect(pane.flags.map((f) => f.message).join('\n')).not.toContain('未完成年度指标');
  });

  it('the command line advises explaining the manual score, not a missed target', () => {
    const text = cliLines(result).join('\n');
    expect(text).toContain('人工得分低于规则得分');
    expect(text).not.toMatch(/预算经费.*未完成年度指标/);
  });

  it('a manual score below a rule score that already falls short is still a missed target', () => {
    const input = JSON.parse(JSON.stringify(seedManual)) as PlainInput;
    const online = input.indicators.find((r) => r.name === '全程网办事项比例')!;
    online.manualScore = 9;
    const r = evaluate(asCells(input)).indicators.find((x) => x.name === '全程网办事项比例')!;
    expect(
      messageOf(
        r.flags.find((f) => f.code === 'shortfall')!,
        'zh-CN',
      ),
    ).toContain('未完成年度指标');
  });
});

describe('the count of open items (预算经费’s two flags unexplained, the budget adjustment)', () => {
  const plain = JSON.parse(JSON.stringify(seedManual)) as PlainInput;
  plain.indicators.find((r) => r.name === '预算经费')!.reason = '';
  const input = asCells(plain);
  const result = evaluate(input);

  it('is the engine’s openCount in the pane, Result_Status, the report and the command line', () => {
    expect(result.openCount).toBe(2);
    expect(buildPaneModel(result, 'zh-CN').statusLine).toBe('2 项偏差待说明');
    expect(resultStatusText(result, 'zh-CN')).toBe('2 项偏差待说明');
    const report = draftReport(input, result, 'zh-CN').conclusion.paragraphs;
    expect(report).toContain('尚有2项待说明或待补充的事项：');
    const lines = cliLines(result);
    expect(lines).toContain('需要处理的事项（2 项）：');
    expect(lines.filter((l) => l.includes('【待处理】'))).toHaveLength(2);
  });
});

/**
 * The report's indicator table (year end: target and actual; mid-year: target and 年中监控值)
 * and each indicator's paragraph show the target, the mid-year value and the actual as the
 * pane and the command line's table do (IndicatorResult.targetDisplay / midYearDisplay /
 * actualDisplay).
 */
describe('the report writes each indicator’s target, mid-year value and actual as the pane does', () => {
  /** [target, figure] cells of the report's table for each indicator row. */
  function tableColumns(input: EvaluationInput, result: EvaluationResult): string[][] {
    const rows = draftReport(input, result, 'zh-CN').table.rows;
    return rows.slice(1, 1 + result.indicators.length).map((r) => [r[1], r[2]]);
  }

  function expectAgreement(input: EvaluationInput): void {
    const result = evaluate(input);
    const shown = tableColumns(input, result);
    const expected = result.indicators.map((row) => [
      row.targetDisplay || '—',
      result.monitoring ? row.midYearDisplay || '（未填写）' : row.actualDisplay || '待定',
    ]);
    expect(shown).toEqual(expected);
    const draft = draftReport(input, result, 'zh-CN');
    result.indicators.forEach((row) => {
      const paragraph = draft.analysis.subsections
        .flatMap((block) => block.paragraphs)
        .find((text) => text.startsWith(`${row.name}：`));
      if (row.targetFigure && paragraph) expect(paragraph).toContain(row.targetFigure);
      if (row.midYearDisplay && paragraph) expect(paragraph).toContain(row.midYearDisplay);
      if (!result.monitoring && row.actualDisplay && paragraph) {
        expect(paragraph).toContain(row.actualDisplay);
      }
    });
  }

  it('for every row of the seed, at year end and at mid-year', () => {
    const plain = JSON.parse(JSON.stringify(seedManual)) as PlainInput;
    expectAgreement(asCells(plain));
    plain.indicators.forEach((row) => (row.actual = null));
    expectAgreement(asCells(plain));
  });

  // Rows whose target or actual the report used to write otherwise than the pane.
  test.each<[string, Record<string, unknown>, string, string, string]>([
    [
      'an operator typed before a bare number, the unit in its column',
      { target: '≥13', unit: '万件', actual: 15 },
      '≥13万件',
      '15万件',
      '该指标预期指标值为大于等于13万件，',
    ],
    [
      'a date typed in Chinese',
      { target: '≤2023年12月31日', actual: '2023年12月20日' },
      '≤2023年12月31日',
      '2023年12月20日',
      '该指标预期指标值为小于等于2023年12月31日，',
    ],
    [
      'a thousands separator',
      { target: '≥1,000', unit: '件', actual: '1,200' },
      '≥1,000件',
      '1,200件',
      '该指标预期指标值为大于等于1,000件，',
    ],
    [
      'a percent-formatted target with the operator in its column',
      { operator: '≥', target: { value: 0.88, numberFormat: '0%' }, unit: '%', actual: '90%' },
      '≥88%',
      '90%',
      '该指标预期指标值为大于等于88%，',
    ],
  ])('%s: the pane, the command line and the report agree', (_, fields, target, actual, words) => {
    const input = asCells({
      budget: { initial: 100, final: 100, spent: 100 },
      indicators: [{ level1: '产出指标', name: '办件数量', weight: 10, ...fields } as never],
    });
    const result = evaluate(input);
    const pane = buildPaneModel(result, 'zh-CN').deviations.find((d) => d.target === 0);
    if (pane) expect([pane.targetText, pane.actualText]).toEqual([target, actual]);
    expect([result.indicators[0].targetDisplay, result.indicators[0].actualDisplay]).toEqual([
      target,
      actual,
    ]);
    const row = cliLines(result).find((l) => l.includes('办件数量'))!;
    expect(row).toContain(target);
    expect(row).toContain(actual);
    const draft = draftReport(input, result, 'zh-CN');
    expect(draft.table.rows[1].slice(1, 3)).toEqual([target, actual]);
    expect(draft.analysis.subsections[0].paragraphs[0]).toContain(words);
    expect(draft.analysis.subsections[0].paragraphs[0]).toContain(`本次评价办件数量为${actual}，`);
  });

  const percentCell = fc
    .integer({ min: 0, max: 150 })
    .map((n) => ({ value: n / 100, numberFormat: '0%' }));
  const countText = fc.integer({ min: 1, max: 5000 }).map(String);
  const dateCell = fc.constantFrom('2023-12-31', '2023年12月31日', {
    value: 45291,
    numberFormat: 'yyyy-mm-dd',
  });
  const valueCell = fc.oneof(
    percentCell,
    countText,
    countText.map((n) => `${n}件`),
    countText.map((n) => `${n}万件`),
    fc.integer({ min: 0, max: 100 }),
    fc.constantFrom('88%', '1,000', '明显改善', '无发生额', '/', null),
    dateCell,
  );
  const operator = fc.constantFrom('≥', '≤', '>', '<', '=', '');
  const row = fc.record({
    target: fc
      .tuple(operator, valueCell)
      .map(([op, v]) => (typeof v === 'string' && op && !/^[/明无]/.test(v) ? `${op}${v}` : v)),
    adjustedTarget: fc.option(valueCell, { nil: null }),
    unit: fc.constantFrom('', '件', '万件', '%', '万元'),
    operator: fc.constantFrom('', '', '定性', '≥', '≤'),
    midYear: fc.option(valueCell, { nil: null }),
    actual: fc.option(valueCell, { nil: null }),
  });

  it('for generated rows: percent cells, units in either column, dates, adjusted targets, texts, blanks', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), fc.boolean(), (rows, midYear) => {
        const plain: PlainInput = {
          budget: { initial: 100, final: 100, spent: midYear ? 40 : 100 },
          indicators: rows.map((r, i) => ({
            level1: '产出指标',
            name: `指标${i + 1}`,
            ...r,
            actual: midYear ? null : r.actual,
            weight: 10,
          })),
        };
        expectAgreement(asCells(plain));
      }),
      { numRuns: 300 },
    );
  });
});
