/**
 * Scores a department already typed into its form (得分 per row, 总分): read as its manual
 * scores, so that the audit (核对提示) lists every row where they differ from the rule's, and the
 * department's own total can be shown beside the rule's. Nothing here writes.
 */
import { evaluate } from '../../engine/evaluate';
import type { EvaluateOptions, EvaluationResult } from '../../engine/types';
import { cellAddress, whereOf } from '../a1';
import { isBlank } from '../../engine/input-cells';
import type { CellScalar, ContractReading, WorkbookSnapshot } from '../port/types';
import { plainIndicator } from '../contract/table-rows';

export interface TypedScores {
  /** The department's own total: the typed 总分, else null. */
  total: number | null;
  /** Where that total is typed ("项目支出绩效自评表!H25"). */
  totalWhere: string | null;
  /** The evaluation with the typed scores as manual scores: its `audit` is the review. */
  result: EvaluationResult;
  /** How many rows carry a typed score. */
  rows: number;
}

function cellValue(snapshot: WorkbookSnapshot, sheet: string, r: number, c: number): CellScalar {
  const used = snapshot.sheets.find((s) => s.name === sheet)?.used;
  if (used) {
    const v = used.values[r - used.rowIndex]?.[c - used.columnIndex];
    if (v !== undefined) return v;
  }
  for (const n of snapshot.names) {
    const range = n.range;
    if (!range || range.sheet !== sheet) continue;
    const v = range.values[r - range.rowIndex]?.[c - range.columnIndex];
    if (v !== undefined) return v;
  }
  return '';
}

/** The typed scores of a form read through the contract; null when no 得分 cell holds one. */
export function typedScores(
  reading: ContractReading,
  snapshot: WorkbookSnapshot,
  options: EvaluateOptions = {},
): TypedScores | null {
  const table = reading.layout.indicators;
  const score = table?.columns.score;
  if (!table || !score) return null;
  let rows = 0;
  const indicators = reading.input.indicators.map((indicator, i) => {
    const r = table.dataRows[i];
    const value = cellValue(snapshot, table.sheet, r, score.columnIndex);
    if (isBlank(value) || indicator.manualScore) return indicator;
    rows += 1;
    const where = whereOf(table.sheet, cellAddress(r, score.columnIndex));
    return { ...plainIndicator(indicator), manualScore: { value, where } };
  });
  if (rows === 0) return null;
  const result = evaluate({ ...reading.input, indicators }, options);
  const totalCell = reading.layout.results.total;
  const typedTotal = totalCell
    ? cellValue(snapshot, totalCell.sheet, totalCell.rowIndex, totalCell.columnIndex)
    : '';
  return {
    total: typeof typedTotal === 'number' ? typedTotal : null,
    totalWhere: typeof typedTotal === 'number' && totalCell ? totalCell.where : null,
    result,
    rows,
  };
}
