/**
 * The preview's sample workbooks, all from the seed report (src/workbook/template/sample.ts):
 *   seed       the 2023 self-evaluation as filled in (the default);
 *   midyear    a mid-year copy: every year-end actual blank, the budget spent at mid-year (in
 *              Budget_Spent and in the 预算明细 lines, which add up to it), so that the pane
 *              opens in 年中监控 with its traffic lights and the audit finds nothing;
 *   published  the seed with the scores its report published typed into 人工得分, so that the
 *              audit lists 预算经费 (published 11.76, rule 12.00);
 *   form       the seed typed into the MOF 项目支出绩效自评表 as departments fill it, without
 *              names (src/workbook/forms/sample-form.ts): the pane's 识别表格.
 * Each variant is one WritePlan applied to the fake workbook before the pane starts.
 */
import type { TemplateSpec } from '../workbook/template/spec';
import { SAMPLE } from '../workbook/template/sample';
import { BUDGET_LINE_COLUMNS } from '../workbook/contract/contract';
import { blockAddress, cellAddress, columnLetter, parseBlock } from '../workbook/a1';
import type { CellScalar, CellWrite, WritePlan } from '../workbook/port/types';
import { Decimal } from 'decimal.js';

export type SampleKind = 'seed' | 'midyear' | 'published' | 'form';

export const SAMPLE_KINDS: SampleKind[] = ['seed', 'midyear', 'published', 'form'];

export function sampleKind(value: string | null): SampleKind {
  return SAMPLE_KINDS.find((k) => k === value) ?? 'seed';
}

/**
 * The scores the seed report published in its section 三, row by row (its 预算经费 11.76 is
 * what the rule's 12.00 disagrees with).
 */
const PUBLISHED_SCORES = [8, 11.76, 10, 10, 15, 9.46, 15, 10];

/**
 * The budget spent by mid-year: the seed's 预算经费 indicator reports 129.67万元 as its
 * 年中监控 value.
 */
const MID_YEAR_SPENT = SAMPLE.indicators.find((i) => i.name === '预算经费')?.midYear ?? null;

/**
 * What each 预算明细 line had spent by mid-year (万元), in the order of the sample's lines: they
 * add up to the mid-year Budget_Spent, as the audit checks.
 */
const MID_YEAR_LINE_SPENT: Record<string, number> = { 基本支出: 127.27, 项目支出: 2.4 };

/** The 全年执行数 column of Budget_Lines at mid-year: each line's spending and the 合计 SUM. */
function midYearLines(spec: TemplateSpec): CellWrite | null {
  const name = spec.names.find((n) => n.name === 'Budget_Lines');
  const block = name ? parseBlock(name.address) : null;
  if (!name || !block) return null;
  const column = block.left + BUDGET_LINE_COLUMNS.findIndex((c) => c.key === 'spent');
  const firstLine = block.top + 1;
  const spent = SAMPLE.budgetLines.map((line) => MID_YEAR_LINE_SPENT[line.name] ?? null);
  const total = spent.reduce((sum: Decimal, v) => sum.plus(v ?? 0), new Decimal(0));
  const letter = columnLetter(column);
  const lastLine = firstLine + spent.length - 1;
  return {
    sheet: name.sheet,
    address: blockAddress({ top: firstLine, left: column, bottom: lastLine + 1, right: column }),
    values: [...spent.map((v) => [v]), [total.toNumber()]],
    formulas: [
      ...spent.map(() => [null]),
      [`=SUM(${letter}${firstLine + 1}:${cellAddress(lastLine, column)})`],
    ],
  };
}

function column(spec: TemplateSpec, key: string, values: CellScalar[], format: string) {
  const letter = spec.layout.columns[key];
  const { firstDataRow } = spec.layout;
  const last = firstDataRow + values.length - 1;
  return {
    sheet: spec.layout.sheet,
    address: `${letter}${firstDataRow}:${letter}${last}`,
    values: values.map((v) => [v]),
    numberFormats: values.map(() => [format]),
  };
}

/** The writes that turn the seed workbook into the variant; null for the seed itself. */
export function sampleVariantPlan(spec: TemplateSpec, kind: SampleKind): WritePlan | null {
  const rows = SAMPLE.indicators.length;
  if (kind === 'midyear') {
    const spent = spec.names.find((n) => n.name === 'Budget_Spent');
    return {
      createSheets: [],
      createNames: [],
      writes: [
        column(
          spec,
          'actual',
          Array.from({ length: rows }, () => ''),
          'General',
        ),
        ...[midYearLines(spec)].filter((w): w is CellWrite => w !== null),
        ...(spent && MID_YEAR_SPENT !== null
          ? [
              {
                sheet: spent.sheet,
                address: spent.address,
                values: [[MID_YEAR_SPENT]],
              },
            ]
          : []),
      ],
    };
  }
  if (kind === 'published') {
    return {
      createSheets: [],
      createNames: [],
      writes: [column(spec, 'manualScore', PUBLISHED_SCORES.slice(0, rows), '0.00')],
    };
  }
  return null;
}
