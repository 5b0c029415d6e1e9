/**
 * Qualitative (定性) indicators: the three MOF tiers (scoring-rules.md §3).
 * 达成 → full marks by default, band [achieved·w, w]; 部分达成 → [partial·w, achieved·w);
 * 未达成 → [0, partial·w). The evaluator enters a manual score for the lower tiers.
 */
import type { MessageKey } from '../i18n/catalog';
import { Decimal, ONE, ZERO } from './decimal';
import type { RuleProfile } from './profiles';
import { fold } from './values/fold';

export type QualitativeTier = {
  label: '达成年度指标' | '部分达成年度指标并具有一定效果' | '未达成年度指标且效果较差';
  /** The band of the score as fractions of the weight. */
  band: { min: Decimal; max: Decimal; maxInclusive: boolean };
} & (
  | { fullMarks: true }
  /** Below full marks: a person scores within the band, for the reason the key says. */
  | { fullMarks: false; manualReasonKey: MessageKey }
);

const ACHIEVED = new Set([
  '达成',
  '达成年度指标',
  '达成预期指标',
  '达到',
  '达到预期',
  '已完成',
  '完成',
  '是',
  '有效',
  '已达成',
  '全部达成',
]);

/** Folded (full-width, spaces) and without punctuation, so "达成。" reads as "达成". */
function normalize(s: string): string {
  return fold(s).replace(/[。.，,]/g, '');
}

/** The tier of an actual value against its target; null when the text says nothing clear. */
export function qualitativeTier(
  targetText: string,
  actualText: string,
  profile: RuleProfile,
): QualitativeTier | null {
  const actual = normalize(actualText);
  const target = normalize(targetText);
  const { achieved, partial } = profile.qualitativeTiers;
  if (actual === '') return null;
  if (/^(未达成|未达到|未完成|没有达成|否)/.test(actual)) {
    return {
      label: '未达成年度指标且效果较差',
      fullMarks: false,
      band: { min: ZERO, max: partial, maxInclusive: false },
      manualReasonKey: 'engine.manual.notAchieved',
    };
  }
  if (/^(部分达成|部分达到|部分完成|基本达成|基本完成|基本达到)/.test(actual)) {
    return {
      label: '部分达成年度指标并具有一定效果',
      fullMarks: false,
      band: { min: partial, max: achieved, maxInclusive: false },
      manualReasonKey: 'engine.manual.partlyAchieved',
    };
  }
  if (ACHIEVED.has(actual) || (target !== '' && actual === target)) {
    return {
      label: '达成年度指标',
      fullMarks: true,
      band: { min: achieved, max: ONE, maxInclusive: true },
    };
  }
  return null;
}
