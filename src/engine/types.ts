/**
 * The evaluation input and result: workbook-contract.md §4, as TypeScript.
 *
 * Everything a host (JSON file, .xlsx workbook, Office.js) knows about a department is turned
 * into an `EvaluationInput`; `evaluate(input)` turns it into an `EvaluationResult`. Both are plain
 * data (JSON-serialisable apart from nothing), so the same engine serves every host.
 */

/** Where texts are made (the edge), for the hosts that import their types from here. */
export type { Locale } from '../i18n/locale';

import type { MessageKey } from '../i18n/catalog';

/** A value as it comes from a JSON file or a spreadsheet cell. */
export type CellScalar = string | number | boolean | null;

/**
 * A value together with what the host knows about its cell. Hosts that read workbooks pass
 * this form so that the engine can (a) read a number in a percent-formatted cell as a fraction
 * and a number in a date-formatted cell as a date, and (b) name the cell in messages.
 */
export interface CellInput {
  value: CellScalar;
  /** Excel number format of the cell, e.g. "0.00%", "yyyy-mm-dd", "General". */
  numberFormat?: string;
  /** Where the value came from, shown to the user: "绩效指标!H7", or "indicators[3].actual". */
  where: string;
}

/**
 * A value of the evaluation input: always with its cell (workbooks) or its place in the JSON
 * file (the JSON reader makes one, src/cli/json-input.ts `asCells`); undefined when absent.
 */
export type InputValue = CellInput | undefined;

/**
 * A value as a JSON file or a test writes it: bare, or already with its cell (its place, when
 * not given, is its path in the file). The JSON reader turns every one into a cell
 * (src/cli/json-input.ts `asCells`) before the engine sees it.
 */
export type PlainValue = CellScalar | PlainCell | undefined;

/** A cell in a plain document: its place is optional (the JSON reader gives it its path). */
export type PlainCell = Omit<CellInput, 'where'> & { where?: string };

export interface BudgetInput<V = InputValue> {
  initial?: V;
  adjustment?: V;
  final: V;
  spent: V;
  weight?: V;
  reason?: V;
}

/**
 * The fields of a record listed as an object's keys: the compiler checks that every field is
 * there, and no other.
 */
const fieldList = <F extends string>(fields: Record<F, true>): F[] => Object.keys(fields) as F[];

/** The value fields of the budget (each a cell). */
export const BUDGET_FIELDS = fieldList<keyof BudgetInput>({
  initial: true,
  adjustment: true,
  final: true,
  spent: true,
  weight: true,
  reason: true,
});

/**
 * The budget with its breakdown (an addition to contract v1: the optional Budget_Lines range,
 * JSON `budget.lines`). Read only, for the audit: the lines must add up to the totals.
 */
export interface BudgetWithLines<V = InputValue> extends BudgetInput<V> {
  lines?: BudgetLineInput<V>[];
}

/** One line of the budget breakdown; a 合计 / 总计 / 小计 (Total / Subtotal) row is a sum, not a line. */
export interface BudgetLineInput<V = InputValue> {
  name?: V;
  initial?: V;
  final: V;
  spent?: V;
  /** Where the row is: "预算明细!12:12" (optional). */
  where?: string;
}

/** The value fields of a budget line (each a cell). */
export type BudgetLineField = Exclude<keyof BudgetLineInput, 'where'>;

export const BUDGET_LINE_FIELDS = fieldList<BudgetLineField>({
  name: true,
  initial: true,
  final: true,
  spent: true,
});

export interface IndicatorInput<V = InputValue> {
  level1?: V;
  level2?: V;
  name: V;
  operator?: V;
  target: V;
  adjustedTarget?: V;
  unit?: V;
  midYear?: V;
  actual: V;
  weight: V;
  manualScore?: V;
  /**
   * Whether the figure adds up over the year (累计: a count, an amount, an execution rate), so
   * that at mid-year it is compared with the elapsed share of the target. Blank: the rule
   * profile's default for the row's unit (profile keys cumulativeUnits / cumulativeNames).
   */
  cumulative?: V;
  reason?: V;
  measures?: V;
  /** Where the row is, for messages about the whole row: "绩效指标!7:7" (optional). */
  where?: string;
}

/** The value fields of an indicator row (each a cell). */
export type IndicatorField = Exclude<keyof IndicatorInput, 'where'>;

/** The value fields of an indicator row, in the contract's column order. */
export const INDICATOR_FIELDS = fieldList<IndicatorField>({
  level1: true,
  level2: true,
  name: true,
  operator: true,
  target: true,
  adjustedTarget: true,
  unit: true,
  midYear: true,
  actual: true,
  weight: true,
  cumulative: true,
  manualScore: true,
  reason: true,
  measures: true,
});

/**
 * A rule's value with where it was set: a cell of the 评分规则 range ("评分规则!B4"), a rule a
 * form prints, or its key in a JSON file ("rules.gradeBands"), which may also give a list or a
 * table.
 */
export interface RuleCell {
  value: CellScalar | readonly unknown[] | { readonly [key: string]: unknown };
  numberFormat?: string;
  where: string;
}

/** Rule overrides: profile key → its cell. */
export type RulesInput = Record<string, RuleCell>;

/** Rule overrides as a JSON file or a test writes them: a bare value, or already a cell. */
export type PlainRules = Record<string, unknown>;

export interface EvaluationInput<V = InputValue, R = RulesInput> {
  department?: string;
  year?: number | string;
  unit?: string;
  budget: BudgetWithLines<V>;
  indicators: IndicatorInput<V>[];
  rules?: R;
}

/** The input as a JSON file gives it, bare values; `asCells` makes it an `EvaluationInput`. */
export type PlainInput = EvaluationInput<PlainValue, PlainRules>;

export interface EvaluateOptions {
  /** A profile name that replaces `rules.profile` (the command line's --profile). */
  profile?: string;
  /**
   * 'monitoring' (年中监控): score the mid-year values against the elapsed share of the year;
   * 'final': never. Default: the rules' `monitor` key (自动: monitoring when every actual is
   * blank and a mid-year value is given).
   */
  mode?: 'final' | 'monitoring';
  /** Elapsed share of the year for monitoring, 0 < elapsed ≤ 1 (default: the rules' `elapsed`, 0.5). */
  elapsed?: number;
}

export type RowStatus =
  'ok' | 'needsExplanation' | 'explained' | 'needsManualScore' | 'invalid' | 'notApplicable';

export type FlagCode =
  | 'shortfall'
  | 'overAchievement'
  | 'overrideDiffers'
  | 'executionBelow'
  | 'budgetAdjusted'
  | 'midYearRegression'
  | 'noOccurrence'
  | 'weightsNot100'
  | 'nonStandardLevelWeights'
  | 'needsManualScore'
  | 'incomplete';

export type Severity = 'info' | 'warning' | 'error';

/** Parameters of a text: plain values, so that the text can be made in any language. */
export type MessageParams = Record<string, string | number>;

/** A text of the message catalog, made where it is shown: its key and parameters. */
export interface MessageRef {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * Parameters of what the engine says: plain values, or a text of its own (a field's name, a
 * light, why a manual score is needed) that is made in the same language as the message.
 */
export type SaidParams = Record<string, string | number | MessageRef>;

/**
 * Flags, problems, audit items and monitoring lines carry no text: a code, the catalog key of
 * their message and its parameters. The text is made where it is shown (src/i18n/said.ts).
 */
export interface Flag {
  code: FlagCode;
  severity: Severity;
  /** Catalog key of the message: engine.flag.<code>, or engine.flag.<code>.<variant>. */
  key: MessageKey;
  params: SaidParams;
}

export interface Problem {
  /** The cell ("绩效指标!H7") or JSON path ("indicators[3].actual") the problem is about. */
  where: string;
  /** Catalog key of the message. */
  code: MessageKey;
  params?: SaidParams;
}

export interface ExecutionResult {
  /**
   * Execution rate (预算执行率) as a fraction, rounded to 4 decimals (0.9795): spent ÷ the
   * denominator the profile's executionDenominator names; null when it cannot be computed.
   */
  rate: number | null;
  /**
   * The share of the year's budget spent (已支出全年预算): spent ÷ final budget, 4 decimals,
   * whatever executionDenominator says; null when it cannot be computed.
   */
  spentShare: number | null;
  weight: number;
  score: number | null;
  /** |final − initial| ÷ initial, rounded to 4 decimals; null without an initial budget. */
  adjustmentRate: number | null;
  /** Signed mid-year adjustment (given, or final − initial); null when unknown. */
  adjustment: number | null;
  status: RowStatus;
  flags: Flag[];
}

export interface IndicatorResult {
  /** Position of the row in the input (0-based). */
  index: number;
  level1: string;
  level2: string;
  name: string;
  /** Operator actually applied: ≥ > ≤ < = or 定性; null when the row could not be read. */
  operator: string | null;
  /**
   * The target, mid-year value and actual as every view prints them (indicator/display.ts):
   * the cell as the sheet shows it (0.88 in a percent cell is "88%"), the unit after a bare
   * number, the operator before the target's figure ("≥88%", "≤2023-12-31"); "" when blank.
   */
  targetDisplay: string;
  /**
   * targetDisplay without the operator before its figure ("88%", "40万件"); the target as
   * shown when it is not a figure (明显改善). targetDisplay is that operator, then this.
   */
  targetFigure: string;
  midYearDisplay: string;
  actualDisplay: string;
  /** The actual is a number or a date (not a text such as 无发生额, nor blank). */
  actualIsValue: boolean;
  unit: string;
  /**
   * The figure adds up over the year (累计): at mid-year it is compared with the elapsed share
   * of its target. The row's 是否累计 cell, else the profile's default (cumulativeNames,
   * nonCumulativeUnits).
   */
  cumulative: boolean;
  /**
   * Completion rate as a fraction, rounded to 4 decimals. For ≥ / > rows this is the uncapped
   * ratio a ÷ t (1.8075 for 72.3 against 40); the score uses it capped at 1.
   */
  completion: number | null;
  /** The completion used for scoring (capped at 1), 4 decimals. */
  scoredCompletion: number | null;
  /** The same ratio for the mid-year value, 4 decimals (null without one). */
  midYearCompletion: number | null;
  weight: number;
  /** The rule's score (null when the rule cannot give one: manual score needed, invalid…). */
  ruleScore: number | null;
  manualScore: number | null;
  /** The score that counts: the manual score when given, else the rule's. */
  score: number | null;
  status: RowStatus;
  flags: Flag[];
  /** Allowed band for a manual score, [min, max) or [min, max] when max is the weight. */
  manualBand: { min: number; max: number; maxInclusive: boolean } | null;
  reason: string;
  measures: string;
}

/**
 * The subtotal of one level-1 indicator (一级指标: 产出指标, 效益指标…), in the order first met.
 * A not-applicable row counts as 0 of its weight under notApplicable=zero and leaves the level
 * (weight and score) under rescale.
 */
export interface LevelScore {
  /** The level-1 text; "" for rows without one. */
  name: string;
  weight: number;
  /** Σ of the scores that count (rounded row scores); null when no row of it has a score. */
  score: number | null;
  /** Rows of the level still without a score: the subtotal is partial (provisional) then. */
  unscored: number;
  /** At mid-year: how many of the level's indicators have each light. */
  lights?: Record<MonitorLight, number>;
}

/** A rule that differs from the profile's, and where it was set (评分规则, or the form). */
export interface AppliedRule {
  key: string;
  /** The value as the rules gave it ("initial", "130%"). */
  value: string;
  /** The cell or JSON path that set it ("项目支出绩效自评表!D5"). */
  where: string;
}

export interface EvaluationResult {
  profile: string;
  /** The rules that override the profile, each with where it was set. */
  rules: AppliedRule[];
  execution: ExecutionResult;
  indicators: IndicatorResult[];
  /** One subtotal per level-1 indicator, in the order first met (the execution is apart). */
  levels: LevelScore[];
  /** Composite score, rounded as the profile says; provisional when `provisional` is true. */
  total: number;
  maxTotal: number;
  /** 优 / 良 / 中 / 差, or 待定 while provisional. */
  grade: string;
  /** The grade the total would have if it were final (never shown as final). */
  provisionalGrade: string;
  /** Decimals of the scores and the total (the profile's scoreDecimals). */
  scoreDecimals: number;
  provisional: boolean;
  /** Why the composite is provisional (rows awaiting input, errors…). */
  provisionalReasons: Problem[];
  /** Whole-evaluation flags: weightsNot100, nonStandardLevelWeights. */
  flags: Flag[];
  /** Lines (the execution and the indicators) that still need an explanation or a manual score. */
  openCount: number;
  /** Lines whose deviation has been explained. */
  explainedCount: number;
  /**
   * Whole-evaluation warnings (weights not adding up to 100): shown beside the composite,
   * which they do not make provisional (scoring-rules.md §7).
   */
  warnings: Flag[];
  errors: Problem[];
  /** Manual scores that differ from the rule's and inconsistencies in the inputs. */
  audit: AuditItem[];
  /** Mid-year monitoring (年中监控), present in monitoring mode. */
  monitoring?: MonitoringResult;
}

/** One finding of the audit, with the cell (or JSON path) to look at. */
export interface AuditItem {
  /**
   * manualDiffers | budgetMismatch | budgetLinesMismatch | budgetLinesSubtotal | weightsNot100 |
   * levelWeights | midYearAboveYearEnd
   */
  code: string;
  where: string;
  /** Catalog key of the message (audit.<code>, or the flag's key for the weights). */
  key: MessageKey;
  params: SaidParams;
  severity: Severity;
}

export type MonitorLight = 'green' | 'yellow' | 'red';
export type MonitorLikelihood = 'likely' | 'atRisk' | 'unlikely';
/** Monitoring deviation categories: 经费保障 制度保障 人员保障 硬件条件保障 其他. */
export type MonitorCategory = 'funding' | 'system' | 'staff' | 'hardware' | 'other';

/** The traffic light of budget execution (index null) or of one indicator at mid-year. */
export interface MonitorItem {
  index: number | null;
  /** The indicator's name; "" for the budget's line (its name is a text: params.name). */
  name: string;
  /** The mid-year cell (budget: the spent cell). */
  where: string;
  /** A count or amount that adds up over the year (compared with the elapsed share). */
  cumulative: boolean;
  /** Mid-year value ÷ target (execution: spent ÷ final budget), 4 decimals. */
  completion: number;
  /** Progress against what is due by now (cumulative: completion ÷ elapsed), 4 decimals. */
  progress: number;
  light: MonitorLight;
  likelihood: MonitorLikelihood;
  /** The category of the row's deviation reason, when it has one. */
  category: MonitorCategory | null;
  /** Catalog key of the line's message (monitor.item). */
  key: MessageKey;
  /** name (the indicator's; the budget's is a text), completion, elapsed, progress, light, likelihood. */
  params: SaidParams;
}

export interface MonitoringResult {
  elapsed: number;
  /** How many lines (the execution and the indicators) have each light. */
  lights: Record<MonitorLight, number>;
  execution: MonitorItem | null;
  indicators: MonitorItem[];
  /** The deviation categories, for the reason pickers (their labels are texts: monitor.category.<code>). */
  categories: MonitorCategory[];
}
