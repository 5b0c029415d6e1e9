/**
 * Rule profiles as data (scoring-rules.md): every rule that differs between the Ministry of
 * Finance and provincial variants is a key here, never an `if` in the scoring code.
 *
 * A profile is a named set of key values; a workbook or JSON file may override any key through
 * its `rules` object (评分规则 range). Values arrive as numbers, booleans or text ("130%",
 * "是", "90/80/60") and are validated key by key.
 */
import { Decimal } from './decimal';
import type { AppliedRule, CellScalar, MessageRef, Problem, RulesInput } from './types';
import { catalog } from '../i18n/catalog';
import { makeProblem, textParam } from './messages';
import { fold } from './values/fold';
import { isBlank } from './input-cells';

export type ExecutionDenominator = 'final' | 'initial' | 'initialPlusAdjustment';
export type ReverseFormula = 'linear' | 'ratio' | 'manual';
export type EqualTreatment = 'asGreaterEqual' | 'strict';
export type NotApplicableTreatment = 'rescale' | 'zero';
export type TotalFrom = 'roundedRows' | 'unroundedRows';
/**
 * Mid-year monitoring (年中监控): auto (when every actual is blank and mid-year values are
 * given), on (always) or off (never: blank actuals are pending as at any year end).
 */
export type MonitorRule = 'auto' | 'on' | 'off';
export const MONITOR_RULES: readonly MonitorRule[] = ['auto', 'on', 'off'];

export interface GradeBand {
  grade: string;
  /** Lowest total (inclusive) of the band. */
  min: Decimal;
}

export interface RuleProfile {
  profile: string;
  executionDenominator: ExecutionDenominator;
  executionWeight: Decimal;
  reverseFormula: ReverseFormula;
  equalTreatment: EqualTreatment;
  noOccurrenceMet: boolean;
  notApplicable: NotApplicableTreatment;
  scoreDecimals: number;
  roundCompletionFirst: boolean;
  totalFrom: TotalFrom;
  /** From the best grade down; the last band has min 0. */
  gradeBands: GradeBand[];
  /** Lower bounds, as fractions of the weight, of the 达成 and 部分达成 tiers (0.8 and 0.6). */
  qualitativeTiers: { achieved: Decimal; partial: Decimal };
  overAchievementThreshold: Decimal;
  executionExplainBelow: Decimal;
  shortfall: boolean;
  overAchievement: boolean;
  overrideDiffers: boolean;
  executionBelow: boolean;
  budgetAdjusted: boolean;
  midYearRegression: boolean;
  /** Standard level-1 weights: budget execution first, then the level-1 groups in order. */
  standardLevelWeights: Decimal[];
  /** Mid-year monitoring lights: progress below red is 红灯, below yellow 黄灯 (0.6, 0.8). */
  monitoringRed: Decimal;
  monitoringYellow: Decimal;
  monitor: MonitorRule;
  /** Mid-year monitoring: the elapsed share of the year, 0 < elapsed ≤ 1 (0.5). */
  elapsed: Decimal;
  /**
   * Which indicators add up over the year (累计) when their 是否累计 cell is blank: a name
   * containing one of these words (执行率: spending so far ÷ the year's budget) is cumulative…
   */
  cumulativeNames: string[];
  /** …else a row with a unit is, unless the unit is one of these (levels, scores, spans of time). */
  nonCumulativeUnits: string[];
}

export type ProfileKey = Exclude<keyof RuleProfile, 'profile'>;

type KeyKind =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'fraction' }
  | { kind: 'share' }
  | { kind: 'monitor' }
  | { kind: 'number' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'gradeBands' }
  | { kind: 'tiers' }
  | { kind: 'numberList' }
  | { kind: 'textList' };

const GRADES = ['优', '良', '中', '差'];

/** Every key, with the kind of value it takes, in the order the 评分规则 sheet lists them. */
export const PROFILE_KEY_KINDS: Record<ProfileKey, KeyKind> = {
  executionDenominator: { kind: 'enum', values: ['final', 'initial', 'initialPlusAdjustment'] },
  executionWeight: { kind: 'number' },
  executionExplainBelow: { kind: 'fraction' },
  reverseFormula: { kind: 'enum', values: ['linear', 'ratio', 'manual'] },
  equalTreatment: { kind: 'enum', values: ['asGreaterEqual', 'strict'] },
  noOccurrenceMet: { kind: 'boolean' },
  notApplicable: { kind: 'enum', values: ['rescale', 'zero'] },
  qualitativeTiers: { kind: 'tiers' },
  scoreDecimals: { kind: 'integer', min: 0, max: 6 },
  roundCompletionFirst: { kind: 'boolean' },
  totalFrom: { kind: 'enum', values: ['roundedRows', 'unroundedRows'] },
  gradeBands: { kind: 'gradeBands' },
  overAchievementThreshold: { kind: 'fraction' },
  shortfall: { kind: 'boolean' },
  overAchievement: { kind: 'boolean' },
  overrideDiffers: { kind: 'boolean' },
  executionBelow: { kind: 'boolean' },
  budgetAdjusted: { kind: 'boolean' },
  midYearRegression: { kind: 'boolean' },
  standardLevelWeights: { kind: 'numberList' },
  monitoringRed: { kind: 'fraction' },
  monitoringYellow: { kind: 'fraction' },
  monitor: { kind: 'monitor' },
  elapsed: { kind: 'share' },
  cumulativeNames: { kind: 'textList' },
  nonCumulativeUnits: { kind: 'textList' },
};

export const PROFILE_KEYS = Object.keys(PROFILE_KEY_KINDS) as ProfileKey[];

const MOF_2020: RuleProfile = {
  profile: 'mof-2020',
  executionDenominator: 'final',
  executionWeight: new Decimal(10),
  executionExplainBelow: new Decimal('0.9'),
  reverseFormula: 'linear',
  equalTreatment: 'asGreaterEqual',
  noOccurrenceMet: true,
  notApplicable: 'rescale',
  qualitativeTiers: { achieved: new Decimal('0.8'), partial: new Decimal('0.6') },
  scoreDecimals: 2,
  roundCompletionFirst: false,
  totalFrom: 'roundedRows',
  gradeBands: bands([90, 80, 60]),
  overAchievementThreshold: new Decimal('1.2'),
  shortfall: true,
  overAchievement: true,
  overrideDiffers: true,
  executionBelow: true,
  budgetAdjusted: true,
  midYearRegression: true,
  standardLevelWeights: [10, 50, 30, 10].map((n) => new Decimal(n)),
  monitoringRed: new Decimal('0.6'),
  monitoringYellow: new Decimal('0.8'),
  monitor: 'auto',
  elapsed: new Decimal('0.5'),
  cumulativeNames: ['执行率', '支出进度'],
  nonCumulativeUnits: [
    '%',
    '分',
    '天',
    '日',
    '工作日',
    '小时',
    '分钟',
    '年',
    '月',
    '周',
    '星',
    '级',
    '倍',
  ],
};

function bands(mins: number[]): GradeBand[] {
  return [
    ...mins.map((min, i) => ({ grade: GRADES[i], min: new Decimal(min) })),
    { grade: GRADES[3], min: new Decimal(0) },
  ];
}

/** The named profiles. Variants differ from mof-2020 only where their source differs. */
export const PROFILES: Record<string, RuleProfile> = {
  'mof-2020': MOF_2020,
  /** Guangxi's system flags over-achievement from 130%. */
  guangxi: { ...MOF_2020, profile: 'guangxi', overAchievementThreshold: new Decimal('1.3') },
  /** The older grade bands 80 / 70 / 60. */
  'legacy-80-70-60': { ...MOF_2020, profile: 'legacy-80-70-60', gradeBands: bands([80, 70, 60]) },
};

export const PROFILE_NAMES = Object.keys(PROFILES);
export const DEFAULT_PROFILE = 'mof-2020';

/** A rule's value is blank as a cell is; a list or table of values (gradeBands…) never is. */
function isBlankRule(raw: unknown): boolean {
  return (typeof raw !== 'object' || raw === null) && isBlank(raw as CellScalar | undefined);
}

/** "130%" → 1.3, "1.3" → 1.3, 1.3 → 1.3; null when not a number. */
function toFraction(raw: unknown): Decimal | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? new Decimal(raw) : null;
  if (typeof raw !== 'string') return null;
  const m = /^([+-]?\d+(?:\.\d+)?)\s*(%?)$/.exec(fold(raw).replace(/,/g, ''));
  if (!m) return null;
  const n = new Decimal(m[1]);
  return m[2] ? n.dividedBy(100) : n;
}

function toNumber(raw: unknown): Decimal | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? new Decimal(raw) : null;
  if (typeof raw !== 'string') return null;
  const m = /^[+-]?\d+(?:\.\d+)?$/.exec(fold(raw).replace(/,/g, ''));
  return m ? new Decimal(m[0]) : null;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '开', '启用', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '关', '停用', 'off']);

/** 是 / 否, yes / no, true / false, 1 / 0 (and 开 / 关…) as a boolean; null when none of them. */
export function toBoolean(raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : null;
  if (typeof raw !== 'string') return null;
  const s = fold(raw).toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}

/** A list value: an array, or text separated by "/" "," "、" ";" or spaces ("90/80/60"). */
function listOf(raw: unknown): unknown[] | null {
  if (Array.isArray(raw)) return raw;
  if (typeof raw !== 'string') return null;
  // Split before folding: folding removes the spaces that may separate the items.
  return raw
    .split(/[/,，、;；／\s\u3000]+/)
    .map(fold)
    .filter(Boolean);
}

/** [90, 80, 60], "90/80/60", {优:90, 良:80, 中:60}: three descending lower bounds. */
function toGradeBands(raw: unknown): GradeBand[] | null {
  const mins =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? [
          (raw as Record<string, unknown>)['优'],
          (raw as Record<string, unknown>)['良'],
          (raw as Record<string, unknown>)['中'],
        ]
      : listOf(raw);
  if (!mins) return null;
  if (mins.length !== 3) return null;
  const nums = mins.map(toNumber);
  if (nums.some((n) => n === null)) return null;
  const [a, b, c] = nums as Decimal[];
  if (!(a.greaterThan(b) && b.greaterThan(c) && c.greaterThan(0) && a.lessThanOrEqualTo(100)))
    return null;
  return bands([a.toNumber(), b.toNumber(), c.toNumber()]);
}

function toNumberList(raw: unknown): Decimal[] | null {
  const items = listOf(raw);
  if (!items || items.length === 0) return null;
  const nums = items.map(toNumber);
  return nums.some((n) => n === null || n.isNegative()) ? null : (nums as Decimal[]);
}

function toTiers(raw: unknown): RuleProfile['qualitativeTiers'] | null {
  const list = listOf(raw);
  if (!list || list.length !== 2) return null;
  const [achieved, partial] = list.map(toFraction);
  if (!achieved || !partial) return null;
  if (!(achieved.lessThan(1) && partial.lessThan(achieved) && partial.greaterThan(0))) return null;
  return { achieved, partial };
}

/** Words for each monitor value besides the catalog's (自动 / auto, 年中监控 / on, 年终 / off). */
const MONITOR_ALIASES: Record<MonitorRule, string[]> = {
  auto: ['auto', 'automatic', '自动'],
  on: ['on', 'yes', 'true', 'always', 'monitoring', '是', '开', '年中', '年中监控'],
  off: ['off', 'no', 'false', 'never', 'final', '否', '关', '年终', '年终评价'],
};

function toMonitorRule(raw: unknown): MonitorRule | null {
  if (typeof raw === 'boolean') return raw ? 'on' : 'off';
  if (typeof raw !== 'string') return null;
  const s = fold(raw).toLowerCase();
  // The words the catalog shows the value as, in every language, are read too.
  const shown = (rule: MonitorRule) => Object.values(catalog[`engine.rules.monitor.${rule}`]);
  return (
    MONITOR_RULES.find((rule) =>
      [...MONITOR_ALIASES[rule], ...shown(rule)].some((w) => fold(w).toLowerCase() === s),
    ) ?? null
  );
}

/** Parses one key's value; null when the value does not fit the key. */
function parseKeyValue(kind: KeyKind, raw: unknown): unknown {
  switch (kind.kind) {
    case 'enum': {
      if (typeof raw !== 'string') return null;
      const s = fold(raw);
      return kind.values.find((v) => v.toLowerCase() === s.toLowerCase()) ?? null;
    }
    case 'boolean':
      return toBoolean(raw);
    case 'fraction': {
      const f = toFraction(raw);
      return f && f.greaterThan(0) ? f : null;
    }
    case 'share': {
      const f = toFraction(raw);
      return f && f.greaterThan(0) && f.lessThanOrEqualTo(1) ? f : null;
    }
    case 'monitor':
      return toMonitorRule(raw);
    case 'number': {
      const n = toNumber(raw);
      return n && !n.isNegative() ? n : null;
    }
    case 'integer': {
      const n = toNumber(raw);
      return n && n.isInteger() && n.gte(kind.min) && n.lte(kind.max) ? n.toNumber() : null;
    }
    case 'gradeBands':
      return toGradeBands(raw);
    case 'tiers':
      return toTiers(raw);
    case 'numberList':
      return toNumberList(raw);
    case 'textList': {
      const items = listOf(raw);
      return items && items.length > 0 && items.every((i) => typeof i === 'string') ? items : null;
    }
  }
}

/** What a key expects, for error messages (a text of its own, with its params). */
function expectation(kind: KeyKind): MessageRef {
  switch (kind.kind) {
    case 'enum':
      return textParam('engine.rules.expectEnum', { values: kind.values.join(' | ') });
    case 'integer':
      return textParam('engine.rules.expectInteger', { min: kind.min, max: kind.max });
    default:
      return textParam(`engine.rules.expect.${kind.kind}`);
  }
}

export interface ResolvedRules {
  profile: RuleProfile;
  problems: Problem[];
  /** The overrides applied, each with where it was set. */
  applied: AppliedRule[];
}

/**
 * The profile an evaluation uses: the named profile (options, then `rules.profile`, then the
 * default) with the input's overrides applied. Every bad key or value is a problem; a bad
 * override leaves the profile's own value in place.
 */
export function resolveRules(
  rules: RulesInput | undefined,
  profileOverride: string | undefined,
): ResolvedRules {
  const problems: Problem[] = [];
  const applied: AppliedRule[] = [];
  const entries = Object.entries(rules ?? {});
  const fromRules = entries.find(([k]) => k.trim().toLowerCase() === 'profile')?.[1];
  let name = DEFAULT_PROFILE;
  const requested = profileOverride ?? fromRules?.value;
  if (!isBlankRule(requested)) {
    const wanted = typeof requested === 'string' ? fold(requested) : String(requested);
    const found = PROFILE_NAMES.find((p) => p.toLowerCase() === wanted.toLowerCase());
    if (found) name = found;
    else {
      const where = profileOverride === undefined && fromRules ? fromRules.where : '--profile';
      problems.push(
        makeProblem(where, 'engine.rules.unknownProfile', {
          name: wanted,
          profiles: PROFILE_NAMES.join(', '),
        }),
      );
    }
  }
  const profile: RuleProfile = { ...PROFILES[name] };
  const overrides = profile as unknown as Record<string, unknown>;
  for (const [rawKey, rawValue] of entries) {
    if (rawKey.trim().toLowerCase() === 'profile') continue;
    const { value: raw, where } = rawValue;
    const key = PROFILE_KEYS.find((k) => k.toLowerCase() === fold(rawKey).toLowerCase());
    if (!key) {
      const params = { key: rawKey, keys: PROFILE_KEYS.join(', ') };
      problems.push(makeProblem(where, 'engine.rules.unknownKey', params));
      continue;
    }
    if (isBlankRule(raw)) continue;
    const kind = PROFILE_KEY_KINDS[key];
    const parsed = parseKeyValue(kind, raw);
    if (parsed === null) {
      const params = { key, value: displayRaw(raw), expected: expectation(kind) };
      problems.push(makeProblem(where, 'engine.rules.badValue', params));
      continue;
    }
    overrides[key] = parsed;
    applied.push({ key, value: displayRaw(raw), where });
  }
  return { profile, problems, applied };
}

function displayRaw(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw);
  } catch {
    return String(raw);
  }
}
