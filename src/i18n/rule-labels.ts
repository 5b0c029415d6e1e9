/**
 * Rule keys as people read them: each key's label (执行率分母 for executionDenominator), its
 * one-line description, its value as the 评分规则 sheet shows it and, for a key that takes one
 * of a list, its values labelled in the locale. Loading this module registers their texts (the
 * pane loads it with its settings dialog and with the template).
 */
import { Decimal } from '../engine/decimal';
import { registerMessages, t, type KeysUnder } from './catalog';
import type { Locale } from './locale';
import { ruleLabelMessages } from './messages/rule-labels';
import {
  DEFAULT_PROFILE,
  MONITOR_RULES,
  PROFILES,
  PROFILE_KEYS,
  PROFILE_KEY_KINDS,
  PROFILE_NAMES,
  type ProfileKey,
  type RuleProfile,
} from '../engine/profiles';

registerMessages(ruleLabelMessages);

/** The words a monitor value is shown as (catalog, the given language first). */
export function monitorWords(locale: Locale): string[] {
  return MONITOR_RULES.map((rule) => t(`engine.rules.monitor.${rule}`, {}, locale));
}

/** A key's value as text, the way the 评分规则 sheet and the pane show and accept it. */
export function formatKeyValue(
  profile: RuleProfile,
  key: ProfileKey,
  locale: Locale = 'zh-CN',
): string {
  const value = profile[key];
  switch (key) {
    case 'monitor':
      return t(`engine.rules.monitor.${profile.monitor}`, {}, locale);
    case 'gradeBands':
      return profile.gradeBands
        .slice(0, -1)
        .map((b) => b.min.toString())
        .join('/');
    case 'qualitativeTiers':
      return `${profile.qualitativeTiers.achieved.times(100).toString()}%/${profile.qualitativeTiers.partial.times(100).toString()}%`;
    case 'standardLevelWeights':
      return profile.standardLevelWeights.map((d) => d.toString()).join('/');
    case 'cumulativeNames':
    case 'nonCumulativeUnits':
      return profile[key].join('、');
    case 'overAchievementThreshold':
    case 'executionExplainBelow':
    case 'monitoringRed':
    case 'monitoringYellow':
    case 'elapsed':
      return `${(value as Decimal).times(100).toString()}%`;
    default:
      return value instanceof Decimal ? value.toString() : String(value);
  }
}

/** A value a rule key takes from a list: what goes into the cell, and its label. */
export interface RuleChoice {
  value: string;
  label: string;
}

/** The key's label in the locale (the key itself for a key the profiles do not know). */
export function ruleLabel(key: string, locale: Locale = 'zh-CN'): string {
  if (key === 'profile') return t('engine.rules.label.profile', {}, locale);
  return isProfileKey(key) ? t(`engine.rules.label.${key}`, {}, locale) : key;
}

function isProfileKey(key: string): key is ProfileKey {
  return key in PROFILE_KEY_KINDS;
}

/** `<key>.<value>` of a listed value whose label the table has. */
type ValueLabel = KeysUnder<'engine.rules.value.'>;

function isValueLabel(id: string): id is ValueLabel {
  return `engine.rules.value.${id}` in ruleLabelMessages;
}

/** A listed value's label; a value without one in the table is a programming error and throws. */
function valueLabel(key: ProfileKey, value: string, locale: Locale): string {
  const id = `${key}.${value}`;
  if (!isValueLabel(id)) throw new Error(`message catalog has no key "engine.rules.value.${id}"`);
  return t(`engine.rules.value.${id}`, {}, locale);
}

/**
 * The values of a key that takes one of a list (enum, yes/no, 自动/年中监控/年终), labelled in
 * the locale; null for a key whose value is typed (rates, thresholds, numbers).
 */
export function ruleChoices(key: string, locale: Locale = 'zh-CN'): RuleChoice[] | null {
  if (key === 'profile') return PROFILE_NAMES.map((name) => ({ value: name, label: name }));
  if (!isProfileKey(key)) return null;
  const kind = PROFILE_KEY_KINDS[key];
  switch (kind.kind) {
    case 'enum':
      return kind.values.map((value) => ({
        value,
        label: valueLabel(key, value, locale),
      }));
    case 'boolean':
      return (['true', 'false'] as const).map((b) => {
        const word = t(`engine.rules.boolean.${b}`, {}, locale);
        return { value: word, label: word };
      });
    case 'monitor':
      return monitorWords(locale).map((word) => ({ value: word, label: word }));
    default:
      return null;
  }
}

/** Rows of the 评分规则 sheet: the profile name, then every key with its value and meaning. */
export function profileEntries(
  profileName: string = DEFAULT_PROFILE,
  locale: Locale = 'zh-CN',
): { key: string; value: string; description: string }[] {
  const profile = PROFILES[profileName] ?? PROFILES[DEFAULT_PROFILE];
  return [
    {
      key: 'profile',
      value: profile.profile,
      description: t(
        'engine.rules.describe.profile',
        { profiles: PROFILE_NAMES.join(', ') },
        locale,
      ),
    },
    ...PROFILE_KEYS.map((key) => ({
      key,
      value: formatKeyValue(profile, key, locale),
      description: t(`engine.rules.describe.${key}`, {}, locale),
    })),
  ];
}
