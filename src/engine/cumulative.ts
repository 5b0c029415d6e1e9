/**
 * Whether an indicator's figure adds up over the year (累计): at mid-year a cumulative figure is
 * compared with the elapsed share of its target (项目支出预算执行率 46.91% at 50% of the year is
 * on pace), a level (满意度 95%) with the target itself. The row's 是否累计 cell decides; when
 * blank, the rule profile's defaults (cumulativeNames, nonCumulativeUnits) do.
 */
import { isBlank } from './input-cells';
import { toBoolean, type RuleProfile } from './profiles';
import type { CellScalar } from './types';
import { fold } from './values/fold';
import type { UnitInfo } from './values/types';

/** Words of a 是否累计 cell besides 是 / 否 (and yes / no, true / false, 1 / 0). */
const CUMULATIVE_WORDS = new Map<string, boolean>([
  ['累计', true],
  ['累计值', true],
  ['cumulative', true],
  ['非累计', false],
  ['时点', false],
  ['时点值', false],
]);

/** A 是否累计 cell: true or false; null when blank; 'bad' when it says something else. */
export function readCumulative(raw: CellScalar): boolean | null | 'bad' {
  if (isBlank(raw)) return null;
  const word = typeof raw === 'string' ? CUMULATIVE_WORDS.get(fold(raw).toLowerCase()) : undefined;
  return word ?? toBoolean(raw) ?? 'bad';
}

/** The profile's default for a row without a 是否累计 value: by its name, else by its unit. */
export function cumulativeByDefault(
  name: string,
  unit: UnitInfo | null,
  profile: Pick<RuleProfile, 'cumulativeNames' | 'nonCumulativeUnits'>,
): boolean {
  if (profile.cumulativeNames.some((word) => word !== '' && name.includes(word))) return true;
  if (unit === null || unit.base === '') return false;
  return !profile.nonCumulativeUnits.some((u) => u === unit.base || u === unit.text);
}
