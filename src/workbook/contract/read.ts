/**
 * Snapshot → evaluation input (workbook-contract.md §1–2): the contract's names and aliases,
 * the Indicators table by header text (any column order, unknown columns ignored), blank level
 * cells inheriting from above, fully blank rows skipped, and the 评分规则 key | value rows.
 * Everything needed later to write is kept in the layout.
 */
import { isBlank } from '../../engine/input-cells';
import { PROFILE_KEYS } from '../../engine/profiles';
import { INDICATOR_FIELDS } from '../../engine/types';
import type {
  BudgetLineInput,
  BudgetWithLines,
  CellInput,
  EvaluationInput,
  IndicatorInput,
  RulesInput,
} from '../../engine/types';
import { blockAddress, cellAddress, columnLetter, locate, parseBlock, whereOf } from '../a1';
import {
  BUDGET_LINE_COLUMNS,
  BUDGET_LINES_NAME,
  BUDGET_NAMES,
  type BudgetLineColumnSpec,
  COLUMN_ROLES,
  COLUMN_SPECS,
  INDICATORS_NAME,
  INFO_NAMES,
  LOG_SHEET,
  PRINTED_RULES_NAME,
  RESULT_NAMES,
  RULES_NAME,
  STATE_SHEET,
  type ContractName,
} from './contract';
import { isPrintedSlot, printedPoints, printedRules, printedUnit, printedYear } from './printed';
import { columnKeyOf, isSubHeaderRow, mergedHeaderRow, normalizeHeader } from './headers';
import { allSpellings, findName, indexNames, nameKey, type NameIndex } from './names';
import { IndicatorRow, type IndicatorTable } from './table-rows';
import type {
  CellScalar,
  ColumnKey,
  ColumnLayout,
  ContractLayout,
  ContractReading,
  IndicatorTableLayout,
  NameSnapshot,
  NamedCell,
  RangeSnapshot,
  RulesLayout,
  SnapshotRequest,
  WorkbookSnapshot,
} from '../port/types';
import { ProblemList } from '../../engine/messages';

/** Every canonical name and alias of the contract, and the product's own sheets. */
export function snapshotRequest(): SnapshotRequest {
  return {
    names: [
      ...allSpellings(BUDGET_NAMES),
      ...allSpellings([INDICATORS_NAME]),
      ...allSpellings(RESULT_NAMES),
      ...allSpellings([RULES_NAME]),
      ...allSpellings(INFO_NAMES),
      ...allSpellings([BUDGET_LINES_NAME]),
      ...allSpellings([PRINTED_RULES_NAME]),
    ],
    sheets: [LOG_SHEET, STATE_SHEET],
  };
}

function cellInput(range: RangeSnapshot, r: number, c: number): CellInput {
  const value = range.values[r]?.[c] ?? '';
  const numberFormat = range.numberFormats[r]?.[c];
  const where = whereOf(range.sheet, cellAddress(range.rowIndex + r, range.columnIndex + c));
  return numberFormat === undefined ? { value, where } : { value, numberFormat, where };
}

function nameWhere(n: NameSnapshot): string {
  return n.range ? whereOf(n.range.sheet, n.range.address) : (n.formula ?? n.name);
}

/** A usable range for a found name, or null with the problem recorded. */
function usableRange(
  spec: ContractName,
  index: NameIndex,
  problems: ProblemList,
): { name: NameSnapshot; range: RangeSnapshot } | null {
  const { found, clashing } = findName(index, spec);
  if (!found) {
    if (spec.required)
      problems.add(spec.name, 'workbook.name.missing', {
        name: spec.name,
        aliases: spec.aliases.join(' / '),
      });
    return null;
  }
  if (clashing.length > 0) {
    problems.add(nameWhere(found), 'workbook.name.clash', {
      name: spec.name,
      names: clashing.map((n) => `${n.name} → ${nameWhere(n)}`).join('; '),
    });
  }
  if (!found.range) {
    const key =
      found.problem === 'notARange' ? 'workbook.name.notARange' : 'workbook.name.invalidReference';
    problems.add(found.formula ? `${found.name} (${found.formula})` : found.name, key, {
      name: found.name,
      formula: found.formula ?? '',
    });
    return null;
  }
  return { name: found, range: found.range };
}

/** A one-cell name: its top-left cell (a name over merged cells spans several). */
function readNamedCell(
  spec: ContractName,
  index: NameIndex,
  problems: ProblemList,
): { cell: NamedCell; input: CellInput } | null {
  const hit = usableRange(spec, index, problems);
  if (!hit) return null;
  const { name, range } = hit;
  // A name over merged cells spans several; some hosts repeat the first cell's value in them.
  const first = range.values[0]?.[0] ?? '';
  const others = range.values.some((row, r) =>
    row.some((v, c) => (r > 0 || c > 0) && !isBlank(v) && v !== first),
  );
  if (others) {
    problems.add(whereOf(range.sheet, range.address), 'workbook.name.notOneCell', {
      name: name.name,
      address: range.address,
    });
  }
  const cell: NamedCell = {
    ...locate(range.sheet, range.rowIndex, range.columnIndex),
    name: name.name,
  };
  return { cell, input: cellInput(range, 0, 0) };
}

/** Input columns that alone do not make a row an indicator: levels, and 是否累计 (a property). */
const NOT_DECIDING: ColumnKey[] = ['level1', 'level2', 'cumulative'];

function readIndicators(
  index: NameIndex,
  problems: ProblemList,
): { layout: IndicatorTableLayout | null; indicators: IndicatorInput[] } {
  const hit = usableRange(INDICATORS_NAME, index, problems);
  if (!hit) return { layout: null, indicators: [] };
  const { name, range } = hit;
  const rangeWhere = whereOf(range.sheet, range.address);
  const height = range.values.length;
  const width = height > 0 ? range.values[0].length : 0;
  if (height <= 1 && width <= 1) {
    problems.add(rangeWhere, 'workbook.indicators.oneCell', { name: name.name });
    return { layout: null, indicators: [] };
  }

  // Header: one row, or two when the second row only names columns (指标性质 | 指标值 | 度量单位).
  const headerRows =
    height > 2 && isSubHeaderRow(range.values[0]) && isSubHeaderRow(range.values[1]) ? 2 : 1;
  const headerRow = mergedHeaderRow(
    range.values[0],
    headerRows === 2 ? range.values[1] : undefined,
  );
  const columns: Partial<Record<ColumnKey, ColumnLayout>> = {};
  const found = new Map<ColumnKey, number[]>();
  headerRow.forEach((raw, c) => {
    const key = columnKeyOf(raw);
    if (!key) return;
    const list = found.get(key) ?? [];
    list.push(c);
    found.set(key, list);
  });
  const headerWhere = whereOf(
    range.sheet,
    blockAddress({
      top: range.rowIndex,
      left: range.columnIndex,
      bottom: range.rowIndex,
      right: range.columnIndex + width - 1,
    }),
  );
  for (const [key, cs] of found) {
    const columnIndex = range.columnIndex + cs[0];
    if (cs.length > 1) {
      problems.add(
        whereOf(range.sheet, cellAddress(range.rowIndex, range.columnIndex + cs[1])),
        'workbook.header.duplicate',
        {
          header: String(headerRow[cs[1]]).trim(),
          cells: cs
            .map((c) => whereOf(range.sheet, cellAddress(range.rowIndex, range.columnIndex + c)))
            .join(', '),
        },
      );
    }
    columns[key] = {
      key,
      role: COLUMN_ROLES[key],
      columnIndex,
      letter: columnLetter(columnIndex),
      header: String(headerRow[cs[0]]).trim(),
    };
  }
  let missingRequired = false;
  for (const spec of COLUMN_SPECS) {
    if (spec.required && !columns[spec.key]) {
      missingRequired = true;
      problems.add(headerWhere, 'workbook.header.missing', {
        header: spec.headers[0],
        accepted: spec.headers.join(' / '),
      });
    }
  }

  const layout: IndicatorTableLayout = {
    name: name.name,
    sheet: range.sheet,
    address: range.address,
    headerRowIndex: range.rowIndex,
    firstColumnIndex: range.columnIndex,
    lastColumnIndex: range.columnIndex + width - 1,
    lastRowIndex: range.rowIndex + height - 1,
    columns,
    dataRows: [],
  };
  if (missingRequired) return { layout, indicators: [] };

  // Columns that decide whether a row holds an indicator (levels alone do not).
  const present = COLUMN_SPECS.filter((s) => columns[s.key]).map((s) => ({
    key: s.key,
    c: (columns[s.key] as ColumnLayout).columnIndex - range.columnIndex,
  }));
  const deciding = present
    .filter((p) => COLUMN_ROLES[p.key] === 'input' && !NOT_DECIDING.includes(p.key))
    .map((p) => p.c);
  const table: IndicatorTable = { range, columns: {} };
  for (const field of INDICATOR_FIELDS) {
    const column = columns[field];
    if (column) table.columns[field] = column.columnIndex - range.columnIndex;
  }
  const { name: cName = -1, level1: c1 = -1, level2: c2 = -1 } = table.columns;
  const slotKeys = (['target', 'actual', 'weight'] as const)
    .map((k) => table.columns[k])
    .filter((c) => c !== undefined);

  const indicators: IndicatorInput[] = [];
  let level1Row = -1;
  let level2Row = -1;
  /** The level-1 text the current level-2 value belongs to. */
  let level2Parent = '';
  for (let r = headerRows; r < height; r++) {
    const row = range.values[r];
    if (c1 >= 0 && !isBlank(row[c1])) level1Row = r;
    const l1Text = level1Row >= 0 ? String(range.values[level1Row][c1]).trim() : '';
    if (c2 >= 0 && !isBlank(row[c2])) {
      level2Row = r;
      level2Parent = l1Text;
    } else if (c2 >= 0 && level2Row >= 0 && level2Parent !== l1Text) {
      level2Row = -1;
    }
    if (deciding.every((c) => isBlank(row[c]))) continue;
    if (
      cName >= 0 &&
      isPrintedSlot(
        row[cName],
        slotKeys.map((c) => row[c]),
      )
    )
      continue;
    indicators.push(new IndicatorRow(table, r, level1Row, level2Row));
    layout.dataRows.push(range.rowIndex + r);
  }
  if (indicators.length === 0) {
    problems.add(rangeWhere, 'workbook.indicators.empty', { name: name.name });
  }
  return { layout, indicators };
}

type LineKey = BudgetLineColumnSpec['key'];
const LINE_HEADERS = new Map<string, LineKey>();
for (const spec of BUDGET_LINE_COLUMNS)
  for (const header of spec.headers) LINE_HEADERS.set(normalizeHeader(header), spec.key);

/** A block of cells that a recalculation must never write to. */
interface Block {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The optional Budget_Lines table (预算明细): header row first, headers matched like the
 * Indicators headers, blank rows skipped. Every other row is passed on, 合计 rows included:
 * the engine tells lines from sums. Read only.
 */
function readBudgetLines(
  index: NameIndex,
  problems: ProblemList,
): { lines: BudgetLineInput[]; block: Block } | null {
  const hit = usableRange(BUDGET_LINES_NAME, index, problems);
  if (!hit) return null;
  const { range } = hit;
  const headerRow = range.values[0] ?? [];
  const columns = new Map<LineKey, number>();
  headerRow.forEach((raw, c) => {
    const key = LINE_HEADERS.get(normalizeHeader(raw));
    if (!key) return;
    const first = columns.get(key);
    if (first === undefined) {
      columns.set(key, c);
      return;
    }
    const at = (col: number) =>
      whereOf(range.sheet, cellAddress(range.rowIndex, range.columnIndex + col));
    problems.add(at(c), 'workbook.header.duplicate', {
      header: String(raw).trim(),
      cells: `${at(first)}, ${at(c)}`,
    });
  });
  const right = range.columnIndex + Math.max(headerRow.length, 1) - 1;
  const block: Block = {
    sheet: range.sheet,
    top: range.rowIndex,
    bottom: range.rowIndex + range.values.length - 1,
    left: range.columnIndex,
    right,
  };
  const missing = BUDGET_LINE_COLUMNS.filter((spec) => spec.required && !columns.has(spec.key));
  for (const spec of missing) {
    problems.add(
      whereOf(
        range.sheet,
        blockAddress({
          top: range.rowIndex,
          left: range.columnIndex,
          bottom: range.rowIndex,
          right,
        }),
      ),
      'audit.budgetLines.headerMissing',
      { header: spec.headers[0], accepted: spec.headers.join(' / ') },
    );
  }
  if (missing.length > 0) return { lines: [], block };
  const lines: BudgetLineInput[] = [];
  for (let r = 1; r < range.values.length; r++) {
    const row = range.values[r];
    if ([...columns.values()].every((c) => isBlank(row[c]))) continue;
    const line: BudgetLineInput = { final: undefined };
    for (const [key, c] of columns) line[key] = cellInput(range, r, c);
    const sheetRow = range.rowIndex + r + 1;
    line.where = whereOf(range.sheet, `${sheetRow}:${sheetRow}`);
    lines.push(line);
  }
  return { lines, block };
}

const RULE_HEADER_WORDS = new Set(['key', '键', '规则', '规则项', '参数', '项目', '名称']);

function readRules(
  index: NameIndex,
  problems: ProblemList,
): { layout: RulesLayout | null; rules: RulesInput | undefined } {
  const hit = usableRange(RULES_NAME, index, problems);
  if (!hit) return { layout: null, rules: undefined };
  const { name, range } = hit;
  const width = range.values[0]?.length ?? 0;
  if (width < 2) {
    problems.add(whereOf(range.sheet, range.address), 'workbook.rules.shape', {
      name: name.name,
      address: range.address,
    });
    return { layout: null, rules: undefined };
  }
  const layout: RulesLayout = {
    name: name.name,
    sheet: range.sheet,
    address: range.address,
    entries: [],
  };
  const rules: RulesInput = {};
  const validKeys = ['profile', ...PROFILE_KEYS];
  const seen = new Map<string, string>();
  range.values.forEach((row, r) => {
    const raw = row[0];
    if (isBlank(raw)) return;
    const keyText = normalizeHeader(raw);
    const keyWhere = whereOf(range.sheet, cellAddress(range.rowIndex + r, range.columnIndex));
    const key = validKeys.find((k) => k.toLowerCase() === keyText);
    if (!key) {
      if (r === 0 && RULE_HEADER_WORDS.has(keyText)) return;
      problems.add(keyWhere, 'workbook.rules.unknownKey', {
        key: String(raw).trim(),
        keys: validKeys.join(', '),
      });
      return;
    }
    const earlier = seen.get(key);
    if (earlier) {
      problems.add(keyWhere, 'workbook.rules.duplicateKey', { key, cell: earlier });
      return;
    }
    seen.set(key, keyWhere);
    const value = locate(range.sheet, range.rowIndex + r, range.columnIndex + 1);
    layout.entries.push({ key, rowIndex: range.rowIndex + r, value });
    const cell = cellInput(range, r, 1);
    if (!isBlank(cell.value)) rules[key] = cell;
  });
  return { layout, rules };
}

/**
 * How far a whole-sheet read (评分记录, PerfScoreState) reaches, under the sheet's name as the
 * workbook spells it; -1 when the sheet is empty or not read; null when there is no such sheet.
 */
export function sheetExtent(snapshot: WorkbookSnapshot, sheet: string): ContractLayout['state'] {
  const found = snapshot.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
  if (!found) {
    const exists = snapshot.sheetNames.find((s) => s.toLowerCase() === sheet.toLowerCase());
    return exists ? { sheet: exists, lastRowIndex: -1, lastColumnIndex: -1 } : null;
  }
  const used = found.used;
  if (!used) return { sheet: found.name, lastRowIndex: -1, lastColumnIndex: -1 };
  return {
    sheet: found.name,
    lastRowIndex: used.rowIndex + used.values.length - 1,
    lastColumnIndex: used.columnIndex + (used.values[0]?.length ?? 0) - 1,
  };
}

function textValue(input: CellInput | undefined): string | undefined {
  if (!input || isBlank(input.value)) return undefined;
  return String(input.value).trim();
}

/** The contract read from a snapshot: the evaluation input, the layout and any problems. */
export function readContract(snapshot: WorkbookSnapshot): ContractReading {
  const problems = new ProblemList();
  const index = indexNames(snapshot);

  const budget: Partial<BudgetWithLines> = {};
  const budgetCells: ContractLayout['budget'] = {};
  for (const spec of BUDGET_NAMES) {
    const hit = readNamedCell(spec, index, problems);
    if (!hit) continue;
    // A weight printed in a label ("预算执行情况（20分）", "分值（10分）") is its points.
    const points = spec.key === 'weight' ? printedPoints(hit.input.value) : null;
    budget[spec.key] = points === null ? hit.input : { ...hit.input, value: points };
    budgetCells[spec.key] = hit.cell;
  }
  const info: ContractLayout['info'] = {};
  const infoValues: Partial<Record<'department' | 'year' | 'unit', CellInput>> = {};
  for (const spec of INFO_NAMES) {
    const hit = readNamedCell(spec, index, problems);
    if (!hit) continue;
    info[spec.key] = hit.cell;
    infoValues[spec.key] = hit.input;
  }
  const results: ContractLayout['results'] = {};
  for (const spec of RESULT_NAMES) {
    const hit = usableRange(spec, index, problems);
    if (!hit) continue;
    results[spec.key] = {
      ...locate(hit.range.sheet, hit.range.rowIndex, hit.range.columnIndex),
      name: hit.name.name,
    };
  }
  const budgetLines = readBudgetLines(index, problems);
  if (budgetLines) budget.lines = budgetLines.lines;
  const table = readIndicators(index, problems);
  const rules = readRules(index, problems);

  const input: EvaluationInput = {
    budget: { final: undefined, spent: undefined, ...budget },
    indicators: table.indicators,
  };
  const department = textValue(infoValues.department);
  if (department !== undefined) input.department = department;
  // A form's title or label cell prints the year and unit inside its text: "（2023年度）",
  // "项目资金（万元）".
  const year = infoValues.year?.value;
  const printed = year === undefined ? null : printedYear(year);
  if (printed !== null) input.year = printed;
  else if (typeof year === 'number') input.year = year;
  else if (typeof year === 'string' && year.trim()) input.year = year.trim();
  const unit = textValue(infoValues.unit);
  if (unit !== undefined) input.unit = printedUnit(unit) ?? unit;
  if (rules.rules && Object.keys(rules.rules).length > 0) input.rules = rules.rules;
  // Rules the form prints in words (Rules_Printed), unless 评分规则 sets the same key.
  const printedCells = usableRange(PRINTED_RULES_NAME, index, problems);
  if (printedCells) {
    const range = printedCells.range;
    range.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const where = whereOf(range.sheet, cellAddress(range.rowIndex + r, range.columnIndex + c));
        for (const rule of printedRules(value))
          if (input.rules?.[rule.key] === undefined)
            input.rules = { ...input.rules, [rule.key]: { value: rule.value, where } };
      }),
    );
  }
  // Budget_Final on the Budget_Initial cell: a form whose only budget is 年初预算数（A） scores
  // B/A, and the result says so.
  const { initial, final } = budgetCells;
  if (
    initial &&
    final &&
    initial.where === final.where &&
    input.rules?.executionDenominator === undefined
  ) {
    input.rules = {
      ...input.rules,
      executionDenominator: { value: 'initial', where: initial.where },
    };
  }

  const layout: ContractLayout = {
    budget: budgetCells,
    info,
    indicators: table.layout,
    results,
    rules: rules.layout,
    log: (() => {
      const e = sheetExtent(snapshot, LOG_SHEET);
      return e ? { sheet: e.sheet, lastRowIndex: e.lastRowIndex } : null;
    })(),
    state: sheetExtent(snapshot, STATE_SHEET),
  };
  checkResultCells(layout, problems, budgetLines?.block);
  checkRowsBelowTable(snapshot, layout, problems);
  checkUncalculated(snapshot, layout, problems);
  return { input, layout, problems: problems.list };
}

/**
 * A formula without a result in a cell the evaluation reads (an input, a rule, a budget line):
 * its value is unknown, so it is an error naming the cell, never a blank or a zero. Output and
 * annotation cells are rewritten, not read: their formulas do not matter here.
 */
function checkUncalculated(
  snapshot: WorkbookSnapshot,
  layout: ContractLayout,
  problems: ProblemList,
): void {
  const table = layout.indicators;
  const written = new Set(
    Object.values(table?.columns ?? {})
      .filter((c) => c.role !== 'input')
      .map((c) => c.columnIndex),
  );
  const results = new Set(Object.values(layout.results).map((cell) => cell.where));
  const seen = new Set<string>();
  for (const name of snapshot.names) {
    const range = name.range;
    for (const address of range?.uncalculated ?? []) {
      if (!range) break;
      const where = whereOf(range.sheet, address);
      if (seen.has(where) || results.has(where)) continue;
      seen.add(where);
      const block = parseBlock(address);
      if (
        block &&
        table !== null &&
        range.sheet === table.sheet &&
        written.has(block.left) &&
        block.top > table.headerRowIndex &&
        block.top <= table.lastRowIndex
      ) {
        continue;
      }
      problems.add(where, 'workbook.formula.uncalculated', { where });
    }
  }
}

/**
 * The rows between the end of Indicators and the total (自评总分) on the same sheet, where Excel
 * puts a row inserted just above the total: outside the name, so they would not be scored.
 * null when there are none.
 */
export function rowsBelowTable(
  layout: ContractLayout,
): { sheet: string; top: number; bottom: number } | null {
  const table = layout.indicators;
  const total = layout.results.total;
  if (!table || !total || total.sheet !== table.sheet) return null;
  if (total.rowIndex <= table.lastRowIndex + 1) return null;
  return { sheet: table.sheet, top: table.lastRowIndex + 1, bottom: total.rowIndex - 1 };
}

/** rowsBelowTable from the names alone, without reading the table (cheap, for the host read). */
export function rowsBelowTableOf(
  snapshot: WorkbookSnapshot,
): { sheet: string; top: number; bottom: number } | null {
  const index = indexNames(snapshot);
  const table = findName(index, INDICATORS_NAME).found?.range;
  const totalSpec = RESULT_NAMES.find((n) => n.key === 'total') as ContractName;
  const total = findName(index, totalSpec).found?.range;
  if (!table || !total || table.sheet !== total.sheet) return null;
  const last = table.rowIndex + table.values.length - 1;
  if (total.rowIndex <= last + 1) return null;
  return { sheet: table.sheet, top: last + 1, bottom: total.rowIndex - 1 };
}

/**
 * A row below Indicators that holds an indicator (a name and a target, an actual or a weight)
 * is an error naming the row: never silently left out of the score. Needs the table's sheet
 * in the snapshot (recalculate() reads it when there are such rows).
 */
function checkRowsBelowTable(
  snapshot: WorkbookSnapshot,
  layout: ContractLayout,
  problems: ProblemList,
): void {
  const gap = rowsBelowTable(layout);
  const table = layout.indicators;
  if (!gap || !table) return;
  const used = snapshot.sheets.find((s) => s.name === gap.sheet)?.used;
  if (!used) return;
  const at = (r: number, key: ColumnKey): CellScalar => {
    const column = table.columns[key];
    if (!column) return '';
    return used.values[r - used.rowIndex]?.[column.columnIndex - used.columnIndex] ?? '';
  };
  for (let r = gap.top; r <= gap.bottom; r++) {
    const others = (['target', 'actual', 'weight'] as ColumnKey[]).map((k) => at(r, k));
    if (isPrintedSlot(at(r, 'name'), others) || others.every((v) => isBlank(v))) continue;
    const row = blockAddress({
      top: r,
      left: table.firstColumnIndex,
      bottom: r,
      right: table.lastColumnIndex,
    });
    problems.add(whereOf(table.sheet, row), 'workbook.indicators.rowOutside', {
      row: r + 1,
      name: String(at(r, 'name')).trim(),
      table: table.name,
      address: table.address,
    });
  }
}

/** A Result_* name on an input or annotation cell would make a recalculation overwrite it. */
function checkResultCells(layout: ContractLayout, problems: ProblemList, lines?: Block): void {
  const table = layout.indicators;
  const outputColumns = new Set(
    Object.values(table?.columns ?? {})
      .filter((c) => c.role === 'output')
      .map((c) => c.columnIndex),
  );
  const inputs = [...Object.values(layout.budget), ...Object.values(layout.info)];
  const rulesBlock = layout.rules ? parseBlock(layout.rules.address) : null;
  for (const cell of Object.values(layout.results)) {
    const inTable =
      table !== null &&
      cell.sheet === table.sheet &&
      cell.rowIndex >= table.headerRowIndex &&
      cell.rowIndex <= table.lastRowIndex &&
      cell.columnIndex >= table.firstColumnIndex &&
      cell.columnIndex <= table.lastColumnIndex &&
      (cell.rowIndex === table.headerRowIndex || !outputColumns.has(cell.columnIndex));
    const onInput = inputs.some(
      (i) =>
        i.sheet === cell.sheet &&
        i.rowIndex === cell.rowIndex &&
        i.columnIndex === cell.columnIndex,
    );
    const inRules =
      layout.rules !== null &&
      rulesBlock !== null &&
      cell.sheet === layout.rules.sheet &&
      cell.rowIndex >= rulesBlock.top &&
      cell.rowIndex <= rulesBlock.bottom &&
      cell.columnIndex >= rulesBlock.left &&
      cell.columnIndex <= rulesBlock.right;
    const inLines =
      lines !== undefined &&
      cell.sheet === lines.sheet &&
      cell.rowIndex >= lines.top &&
      cell.rowIndex <= lines.bottom &&
      cell.columnIndex >= lines.left &&
      cell.columnIndex <= lines.right;
    if (inTable || onInput || inRules || inLines)
      problems.add(cell.where, 'workbook.name.resultOnInput', { name: cell.name });
  }
}

export { nameKey };

const REQUIRED_NAMES = [
  { spec: INDICATORS_NAME, found: (r: ContractReading) => r.layout.indicators !== null },
  ...BUDGET_NAMES.filter((n) => n.required).map((spec) => ({
    spec,
    found: (r: ContractReading) => r.layout.budget[spec.key as 'final' | 'spent'] !== undefined,
  })),
];

/** Required names the workbook lacks ("Indicators（绩效指标）"), in the contract's order. */
export function missingRequiredNames(reading: ContractReading): string[] {
  return REQUIRED_NAMES.filter((r) => !r.found(reading)).map(
    (r) => `${r.spec.name}（${r.spec.aliases.join('、')}）`,
  );
}
