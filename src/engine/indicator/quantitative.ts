/**
 * Quantitative indicators (≥ > ≤ < =): the actual against the target in the same unit, larger
 * or smaller is better as the operator says (completion.ts), and the mid-year value's ratio.
 */
import { Decimal, ONE } from '../decimal';
import { quantitativeCompletion } from '../completion';
import type { Cell } from '../input-cells';
import type { RuleProfile } from '../profiles';
import { unitsCompatible } from '../values';
import type { Operator, ParsedValue, UnitInfo } from '../values/types';
import { addProblem, unitText, type RowContext } from './row-context';
import { noOccurrence, scored, type Scoring } from './scoring';

/** The target of a quantitative row: its amount in the base unit, and its cell. */
export interface QuantityTarget {
  amount: Decimal;
  unit: UnitInfo | null;
  cell: Cell;
}

/**
 * 0.8322 typed in a General cell of a % row whose target is 88%: read as 0.8322% it would
 * score almost nothing; it is far more likely 83.22% typed as a fraction. Asked, not scored.
 */
function percentTypedAsFraction(cell: Cell, amount: Decimal, target: QuantityTarget): boolean {
  const raw = cell.raw;
  if (typeof raw !== 'number' || !(raw > 0 && raw < 1)) return false;
  if (target.unit?.base !== '%' || (cell.numberFormat ?? '').includes('%')) return false;
  // The target in the same percent points as the typed number.
  const targetPoints = target.amount.times(raw).dividedBy(amount);
  return targetPoints.greaterThanOrEqualTo(ONE);
}

export function quantitativeScoring(
  ctx: RowContext,
  operator: Operator,
  target: QuantityTarget,
  actual: ParsedValue,
  actualCell: Cell,
  profile: RuleProfile,
): Scoring | null {
  if (actual.kind === 'noOccurrence') return noOccurrence(profile);
  if (actual.kind !== 'quantity') {
    addProblem(ctx, actualCell, 'engine.row.actualNotNumber');
    return null;
  }
  if (!unitsCompatible(target.unit, actual.quantity.unit)) {
    addProblem(ctx, actualCell, 'engine.row.unitMismatch', { unit: unitText(target.unit) });
    return null;
  }
  if (target.amount.isNegative()) {
    addProblem(ctx, target.cell, 'engine.row.targetNegative');
    return null;
  }
  if (actual.quantity.amount.isNegative()) {
    addProblem(ctx, actualCell, 'engine.row.actualNegative');
    return null;
  }
  if (percentTypedAsFraction(actualCell, actual.quantity.amount, target)) {
    const percent = `${new Decimal(actualCell.raw as number).times(100).toString()}%`;
    addProblem(ctx, actualCell, 'engine.row.percentAsFraction', { percent });
    return null;
  }
  return scored(quantitativeCompletion(operator, target.amount, actual.quantity.amount, profile));
}

/** The uncapped completion of the mid-year value; null when it has none or cannot compare. */
export function midYearCompletion(
  ctx: RowContext,
  operator: Operator,
  target: QuantityTarget,
  midYear: ParsedValue,
  midYearCell: Cell,
  profile: RuleProfile,
): Decimal | null {
  if (midYear.kind !== 'quantity') return null;
  if (!unitsCompatible(target.unit, midYear.quantity.unit)) {
    addProblem(ctx, midYearCell, 'engine.row.unitMismatch', { unit: unitText(target.unit) });
    return null;
  }
  if (midYear.quantity.amount.isNegative()) return null;
  return quantitativeCompletion(operator, target.amount, midYear.quantity.amount, profile).uncapped;
}
