/// <reference types="office-js" />
/**
 * A WritePlan's charts and conditional formats as Excel calls, queued on the apply's request
 * context after the values and layouts (no sync here: the apply stays one sync).
 *
 * - Charts: worksheet.charts.add(type, source, "Columns"), name, title.text, legend.position,
 *   setPosition and series names: all ExcelApi 1.1. A series drawn as a line (the 100% line)
 *   needs ChartSeries.chartType, ExcelApi 1.7: only where Excel has it, else it stays a column.
 * - Conditional formats (偏差状态 colours): Range.conditionalFormats, ExcelApi 1.6. Where Excel
 *   has less (the manifest asks for 1.4), the cells get the spec's static fills instead, right
 *   for the values the same plan writes.
 *
 * What Excel supports is asked through Office.context.requirements.isSetSupported; the fake
 * Excel (tests, preview) has no Office global and supports everything.
 */
import type { ChartSpec, ConditionalFormatSpec, WritePlan } from '../../workbook/port/types';
import { blockAddress, heightOf, parseBlock, widthOf } from '../../workbook/a1';

/** What Office.context.requirements answers. */
export interface RequirementCheck {
  isSetSupported(name: string, minVersion?: string): boolean;
}

const EVERYTHING: RequirementCheck = { isSetSupported: () => true };

/** Office.context.requirements inside Office; outside it (the fake Excel) everything. */
export function officeRequirements(): RequirementCheck {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return EVERYTHING;
  return Office.context.requirements;
}

const CHART_TYPES: Record<ChartSpec['type'], Excel.ChartType> = {
  columnClustered: 'ColumnClustered' as Excel.ChartType,
  barClustered: 'BarClustered' as Excel.ChartType,
};

/**
 * The first chart or conditional format of the plan with an address that is not an A1 block
 * (or a fallback of another shape than its block), checked before anything is queued.
 */
export function invalidDecoration(plan: WritePlan): { sheet: string; value: string } | null {
  for (const chart of plan.charts ?? []) {
    const [start, end] = chart.position.split(':');
    for (const address of [chart.source, start, end ?? start]) {
      if (!parseBlock(address)) return { sheet: chart.sheet, value: address };
    }
  }
  for (const spec of plan.conditionalFormats ?? []) {
    const block = parseBlock(spec.address);
    const fits =
      block !== null &&
      spec.fallback.length === heightOf(block) &&
      spec.fallback.every((row) => row.length === widthOf(block));
    if (!fits) return { sheet: spec.sheet, value: spec.address };
  }
  return null;
}

/** Whether a plan has anything for queueDecorations. */
export function hasDecorations(plan: WritePlan): boolean {
  return (plan.charts ?? []).length > 0 || (plan.conditionalFormats ?? []).length > 0;
}

/** The series drawn as a line (ExcelApi 1.7: only called behind the requirement check). */
function queueLineSeries(series: Excel.ChartSeries): void {
  series.chartType = 'Line' as Excel.ChartType;
}

function queueChart(
  worksheet: Excel.Worksheet,
  spec: ChartSpec,
  requirements: RequirementCheck,
): void {
  const chart = worksheet.charts.add(
    CHART_TYPES[spec.type],
    worksheet.getRange(spec.source),
    'Columns' as Excel.ChartSeriesBy,
  );
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.position = 'Bottom' as Excel.ChartLegendPosition;
  const [start, end] = spec.position.split(':');
  chart.setPosition(start, end ?? start);
  spec.series.forEach((s, index) => {
    const series = chart.series.getItemAt(index);
    series.name = s.name;
    if (s.line && requirements.isSetSupported('ExcelApi', '1.7')) queueLineSeries(series);
  });
}

/** A text as a formula constant: ="待说明" (quotes doubled). */
function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/**
 * The spec's rules as CellValue conditional formats, replacing those of its block (ExcelApi 1.6:
 * only called behind the requirement check).
 */
function queueConditionalFormat(worksheet: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  const range = worksheet.getRange(spec.address);
  range.conditionalFormats.clearAll();
  for (const rule of spec.rules) {
    const format = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
    format.cellValue.format.fill.color = `#${rule.fill}`;
    if (rule.fontColor) format.cellValue.format.font.color = `#${rule.fontColor}`;
    format.cellValue.rule = {
      formula1: textFormula(rule.text),
      operator: 'EqualTo' as Excel.ConditionalCellValueOperator,
    };
  }
}

/** Without conditional formats: each run of equal colours down a column filled statically. */
function queueStaticFills(worksheet: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  const block = parseBlock(spec.address);
  if (!block) return;
  const key = (r: number, c: number): string => JSON.stringify(spec.fallback[r]?.[c] ?? null);
  const rows = heightOf(block);
  for (let c = 0; c < widthOf(block); c++) {
    let start = 0;
    for (let r = 1; r <= rows; r++) {
      if (r < rows && key(r, c) === key(start, c)) continue;
      const colour = spec.fallback[start]?.[c] ?? null;
      const range = worksheet.getRange(
        blockAddress({
          top: block.top + start,
          left: block.left + c,
          bottom: block.top + r - 1,
          right: block.left + c,
        }),
      );
      if (colour) range.format.fill.color = `#${colour.fill}`;
      else range.format.fill.clear();
      range.format.font.color = `#${colour?.fontColor ?? '000000'}`;
      start = r;
    }
  }
}

/** Queues the plan's charts and conditional formats (after its values and layouts). */
export function queueDecorations(
  sheet: (name: string) => Excel.Worksheet,
  plan: WritePlan,
  requirements: RequirementCheck,
): void {
  for (const chart of plan.charts ?? []) queueChart(sheet(chart.sheet), chart, requirements);
  for (const spec of plan.conditionalFormats ?? []) {
    if (requirements.isSetSupported('ExcelApi', '1.6')) {
      queueConditionalFormat(sheet(spec.sheet), spec);
    } else {
      queueStaticFills(sheet(spec.sheet), spec);
    }
  }
}
