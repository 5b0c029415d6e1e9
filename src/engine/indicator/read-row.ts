/**
 * Reading an indicator row before it is scored: its name and levels, weight, kind (the operator
 * column, else what the target text says), unit, target (the adjusted one when given), actual,
 * mid-year value and whether it adds up over the year. Contradictions are row problems.
 */
import type { Decimal } from '../decimal';
import { cumulativeByDefault, readCumulative } from '../cumulative';
import { cellOf, isBlank, textOf, type Cell } from '../input-cells';
import type { RuleProfile } from '../profiles';
import type { IndicatorField, IndicatorInput } from '../types';
import { parseKind, parseUnit, parseValue, unitsCompatible } from '../values';
import type { IndicatorKind, ParsedValue, UnitInfo } from '../values/types';
import { addProblem, readPoints, unitText, type RowContext } from './row-context';

/** Levels carried down from the rows above (blank level cells, as in merged cells). */
export interface Levels {
  level1: string;
  level2: string;
}

export interface IndicatorRow extends Levels {
  ctx: RowContext;
  cell: (field: IndicatorField) => Cell;
  name: string;
  weightCell: Cell;
  weight: Decimal | null;
  /** The operator or 定性 that applies; null when neither the operator column nor the target says. */
  kind: IndicatorKind | null;
  rowUnit: UnitInfo | null;
  /** The unit the values are read in: the target text's own, else the unit column's. */
  targetUnit: UnitInfo | null;
  targetCell: Cell;
  target: ParsedValue;
  actualCell: Cell;
  actual: ParsedValue;
  midYearCell: Cell;
  midYear: ParsedValue;
  cumulative: boolean;
}

export function readIndicatorRow(
  row: IndicatorInput,
  index: number,
  above: Levels,
  profile: RuleProfile,
): IndicatorRow {
  const path = `indicators[${index}]`;
  const cell = (field: IndicatorField): Cell => cellOf(row[field], path, field);
  const nameCell = cell('name');
  const name = textOf(nameCell.raw);
  const ctx: RowContext = { index, name: name || `#${index + 1}`, problems: [] };

  const ownLevel1 = textOf(cell('level1').raw);
  const ownLevel2 = textOf(cell('level2').raw);
  const level1 = ownLevel1 || above.level1;
  const level2 = ownLevel1 && !ownLevel2 ? '' : ownLevel2 || above.level2;

  if (!name) addProblem(ctx, nameCell, 'engine.row.nameMissing');

  const weightCell = cell('weight');
  const weight = readPoints(ctx, weightCell, 'weight');
  if (weight === null && isBlank(weightCell.raw))
    addProblem(ctx, weightCell, 'engine.row.weightMissing');

  // Operator column, unit column, target (the adjusted target when there is one).
  const operatorCell = cell('operator');
  let explicitKind: IndicatorKind | null = null;
  // 定量 says only "quantitative": the comparison comes from the target text.
  const quantitativeOnly = /^定量(指标)?$/.test(textOf(operatorCell.raw));
  if (!isBlank(operatorCell.raw) && !quantitativeOnly) {
    explicitKind = parseKind(operatorCell.raw);
    if (explicitKind === null) addProblem(ctx, operatorCell, 'engine.row.operatorUnknown');
  }
  const unitCell = cell('unit');
  const rowUnit = isBlank(unitCell.raw) ? null : parseUnit(unitCell.raw);
  const adjustedCell = cell('adjustedTarget');
  const targetCell = isBlank(adjustedCell.raw) ? cell('target') : adjustedCell;
  const qualitative = explicitKind === '定性';
  const target = parseValue(targetCell.raw, {
    rowUnit,
    numberFormat: targetCell.numberFormat,
    qualitative,
  });
  const targetUnit = target.kind === 'quantity' ? (target.quantity.unit ?? rowUnit) : rowUnit;

  const actualCell = cell('actual');
  const actual = parseValue(actualCell.raw, {
    rowUnit: targetUnit,
    numberFormat: actualCell.numberFormat,
    qualitative,
  });
  // Whether the figure adds up over the year: the row's 是否累计 cell, else the profile's default.
  const cumulativeCell = cell('cumulative');
  const ownCumulative = readCumulative(cumulativeCell.raw);
  if (ownCumulative === 'bad') addProblem(ctx, cumulativeCell, 'engine.row.cumulativeBad');
  const cumulative =
    typeof ownCumulative === 'boolean'
      ? ownCumulative
      : cumulativeByDefault(name, unitText(rowUnit) ? rowUnit : targetUnit, profile);
  const midYearCell = cell('midYear');
  const midYear = parseValue(midYearCell.raw, {
    rowUnit: targetUnit,
    numberFormat: midYearCell.numberFormat,
  });

  // The kind of indicator: the operator column, else what the target text says.
  let kind: IndicatorKind | null = explicitKind;
  const targetOperator =
    target.kind === 'quantity' || target.kind === 'date' || target.kind === 'text'
      ? target.operator
      : null;
  if (kind === null && (isBlank(operatorCell.raw) || quantitativeOnly)) {
    if (target.kind === 'quantity') kind = target.operator ?? '≥';
    else if (target.kind === 'date') kind = target.operator ?? '≤';
    else if (target.kind === 'text') kind = quantitativeOnly ? '≥' : '定性';
  }
  if (
    explicitKind !== null &&
    explicitKind !== '定性' &&
    targetOperator !== null &&
    targetOperator !== explicitKind
  ) {
    addProblem(ctx, targetCell, 'engine.row.operatorConflict', {
      operator: explicitKind,
      targetOperator,
    });
  }

  // The target text's own unit wins over the unit column: they must at least be comparable.
  if (
    target.kind === 'quantity' &&
    rowUnit !== null &&
    !unitsCompatible(rowUnit, target.quantity.unit)
  ) {
    addProblem(ctx, targetCell, 'engine.row.targetUnitConflict', { unit: unitText(rowUnit) });
  }

  return {
    ctx,
    cell,
    name,
    level1,
    level2,
    weightCell,
    weight,
    kind,
    rowUnit,
    targetUnit,
    targetCell,
    target,
    actualCell,
    actual,
    midYearCell,
    midYear,
    cumulative,
  };
}
