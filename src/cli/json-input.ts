/**
 * Reading a contract JSON file (workbook-contract.md §4) and checking its shape before the
 * engine sees it: every problem names its JSON path ("indicators[2]", "budget.final").
 *
 * A file that cannot be read or is not JSON at all is a usage-level failure (exit 2); a JSON
 * document of the wrong shape is an input error (exit 1), like a bad value.
 */
import { promises as fs } from 'fs';
import { makeProblem, textParam } from '../engine/messages';
import {
  BUDGET_FIELDS,
  BUDGET_LINE_FIELDS,
  INDICATOR_FIELDS,
  type BudgetLineInput,
  type BudgetWithLines,
  type CellInput,
  type EvaluationInput,
  type IndicatorInput,
  type Locale,
  type MessageRef,
  type PlainCell,
  type PlainInput,
  type PlainRules,
  type PlainValue,
  type Problem,
  type RuleCell,
  type RulesInput,
} from '../engine/types';
import { t, type MessageKey } from '../i18n/catalog';
import './messages';

export type JsonRead =
  | { ok: true; input: EvaluationInput }
  | { ok: false; kind: 'unreadable'; message: string }
  | { ok: false; kind: 'shape'; problems: Problem[] };

const NAMED_TYPES = ['array', 'null', 'object', 'string', 'number', 'boolean'] as const;

/** The JSON type of a value, as a text of the catalog (or the type's own name). */
function typeName(value: unknown): MessageRef | string {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const named = NAMED_TYPES.find((type) => type === kind);
  return named ? textParam(`cli.shape.type.${named}`) : kind;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

/** Shape problems of a parsed JSON document; empty when it can be evaluated. */
export function shapeProblems(doc: unknown): Problem[] {
  const problems: Problem[] = [];
  const add = (where: string, code: MessageKey, params: Problem['params'] = {}): void => {
    problems.push(makeProblem(where, code, params));
  };
  const notObject = (where: string, value: unknown): void =>
    add(where, 'cli.shape.notObject', { actual: typeName(value) });
  const scalars = (obj: Record<string, unknown>, fields: string[], prefix: string): void => {
    for (const field of fields) {
      if (!isScalar(obj[field])) {
        add(`${prefix}.${field}`, 'cli.shape.notScalar', { actual: typeName(obj[field]) });
      }
    }
  };

  if (!isObject(doc)) {
    notObject('$', doc);
    return problems;
  }
  scalars(doc, ['department', 'year', 'unit'], '$');
  for (const p of problems) p.where = p.where.replace(/^\$\./, '');
  if (doc.budget !== undefined) {
    if (isObject(doc.budget)) {
      scalars(doc.budget, BUDGET_FIELDS, 'budget');
      const lines = doc.budget.lines;
      if (lines !== undefined && lines !== null && !Array.isArray(lines)) {
        add('budget.lines', 'cli.shape.notArray', { actual: typeName(lines) });
      } else if (Array.isArray(lines)) {
        lines.forEach((line: unknown, i: number) => {
          if (isObject(line)) scalars(line, BUDGET_LINE_FIELDS, `budget.lines[${i}]`);
          else notObject(`budget.lines[${i}]`, line);
        });
      }
    } else notObject('budget', doc.budget);
  }
  if (doc.rules !== undefined && doc.rules !== null && !isObject(doc.rules)) {
    notObject('rules', doc.rules);
  }
  if (doc.indicators === undefined) {
    add('indicators', 'cli.shape.missing');
  } else if (!Array.isArray(doc.indicators)) {
    add('indicators', 'cli.shape.notArray', { actual: typeName(doc.indicators) });
  } else {
    doc.indicators.forEach((row: unknown, i: number) => {
      if (isObject(row)) scalars(row, INDICATOR_FIELDS, `indicators[${i}]`);
      else notObject(`indicators[${i}]`, row);
    });
  }
  return problems;
}

/**
 * A value with its place in the file; a value that already has its cell keeps it (and its
 * place, when it names one). Absent stays absent.
 */
function cellAt(value: PlainValue, where: string): CellInput | undefined {
  if (value === undefined) return undefined;
  if (value !== null && typeof value === 'object') return { ...value, where: value.where ?? where };
  return { value, where };
}

/**
 * The record with each of its `fields` that is present as a cell at `path.field`; every value
 * field of the record is listed, so the copy holds cells only.
 */
function fieldsAsCells<Cells>(record: object, fields: string[], path: string): Cells {
  const values = record as Record<string, PlainValue>;
  const copy: Record<string, unknown> = { ...record };
  for (const field of fields) {
    if (field in values) copy[field] = cellAt(values[field], `${path}.${field}`);
  }
  return copy as Cells;
}

/**
 * The rules as cells at `rules.<key>`; a list or a table (gradeBands) is a cell's value. A rule
 * that is already a cell (an object with `value`) keeps it, and its place when it names one.
 * Absent (undefined) rules stay absent.
 */
function rulesAsCells(rules: PlainRules | null | undefined): RulesInput | undefined {
  if (!isObject(rules)) return undefined;
  const cells: RulesInput = {};
  for (const [key, value] of Object.entries(rules)) {
    if (value === undefined) continue;
    const where = `rules.${key}`;
    cells[key] = (
      isObject(value) && 'value' in value ? cellAt(value as PlainCell, where) : { value, where }
    ) as RuleCell;
  }
  return cells;
}

/**
 * A checked JSON document as cell input, the shape a workbook's reading has: every budget,
 * breakdown, indicator and rule value carries where it is in the file ("indicators[3].actual"),
 * so that the engine and everything after it see one shape.
 */
export function asCells(doc: PlainInput): EvaluationInput {
  const plainBudget = doc.budget ?? { final: undefined, spent: undefined };
  const budget = fieldsAsCells<BudgetWithLines>(plainBudget, BUDGET_FIELDS, 'budget');
  if (Array.isArray(plainBudget.lines)) {
    budget.lines = plainBudget.lines.map((line, i) =>
      fieldsAsCells<BudgetLineInput>(line, BUDGET_LINE_FIELDS, `budget.lines[${i}]`),
    );
  }
  const { rules, ...rest } = doc;
  const input: EvaluationInput = {
    ...rest,
    budget,
    indicators: doc.indicators.map((row, i) =>
      fieldsAsCells<IndicatorInput>(row, INDICATOR_FIELDS, `indicators[${i}]`),
    ),
  };
  const ruleCells = rulesAsCells(rules);
  if (ruleCells) input.rules = ruleCells;
  return input;
}

/** Reads and checks a JSON input file. */
export async function readJsonInput(file: string, locale: Locale): Promise<JsonRead> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? t('cli.error.fileNotFound', { file }, locale)
        : t('cli.error.fileUnreadable', { file, reason: (error as Error).message }, locale);
    return { ok: false, kind: 'unreadable', message };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      kind: 'unreadable',
      message: t('cli.error.jsonSyntax', { file, reason: (error as Error).message }, locale),
    };
  }
  const problems = shapeProblems(doc);
  if (problems.length) return { ok: false, kind: 'shape', problems };
  return { ok: true, input: asCells(doc as PlainInput) };
}
