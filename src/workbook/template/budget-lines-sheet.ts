/**
 * 预算明细: the budget breakdown (Budget_Lines) on its own sheet, so that the form keeps its print
 * layout. A title, the header row (the contract's headers), one line per row (基本支出 and
 * 项目支出 to start with, the seed's figures with `sample`), and a 合计 row of SUM formulas
 * that the user owns. Budget_Lines covers the header, the lines and the 合计 row: rows
 * inserted anywhere above 合计 stay inside it, and the audit checks the 合计 against the lines.
 */
import { Decimal } from 'decimal.js';
import type { Locale } from '../../engine/types';
import { t, type KeysUnder } from '../../i18n/catalog';
import './messages';
import { BUDGET_LINE_COLUMNS } from '../contract/contract';
import { MAX_COLUMNS, blockAddress } from '../a1';
import { SAMPLE } from './sample';
import { SheetBuilder } from '../sheets/sheet-builder';
import type { TemplateName } from './spec';
import { HEADER, INPUT, INPUT_WRAP, MONEY_FORMAT, NOTE, TEMPLATE_MARGINS, TITLE } from './styles';

export const BUDGET_LINES_SHEET = '预算明细';

type LineKey = (typeof BUDGET_LINE_COLUMNS)[number]['key'];
type MoneyKey = Exclude<LineKey, 'name'>;

/** Columns in the order of the contract (项目, 年初预算数, 全年预算数, 全年执行数). */
const WIDTHS: Record<LineKey, number> = { name: 24, initial: 14, final: 14, spent: 14 };
/** The starting lines of the blank form (the MOF split of a department's spending). */
const BLANK_LINES: KeysUnder<'template.budgetLines.line.'>[] = ['basic', 'project'];

// Rows and columns 0-based (src/workbook/a1.ts).
const TITLE_ROW = 0;
const HEADER_ROW = 1;
const FIRST_LINE_ROW = 2;

export function buildBudgetLinesSheet(
  sample: boolean,
  year: string,
  locale: Locale,
  names: TemplateName[],
): SheetBuilder {
  const columns = BUDGET_LINE_COLUMNS.map((c) => c.key);
  const last = columns.length - 1;
  const b = new SheetBuilder(
    BUDGET_LINES_SHEET,
    columns.map((key) => WIDTHS[key]),
  );
  b.area(TITLE_ROW, 0, TITLE_ROW, last, t('template.budgetLines.title', { year }, locale), {
    style: { ...TITLE, fontSize: 14 },
  });
  b.height(TITLE_ROW, 28);
  columns.forEach((key, i) => {
    b.set(HEADER_ROW, i, t(`template.budgetLines.header.${key}`, {}, locale), {
      style: HEADER,
    });
  });
  b.height(HEADER_ROW, 24);

  const lines: { name: string; figures: Partial<Record<MoneyKey, number>> }[] = sample
    ? SAMPLE.budgetLines.map(({ name, ...figures }) => ({ name, figures }))
    : BLANK_LINES.map((key) => ({
        name: t(`template.budgetLines.line.${key}`, {}, locale),
        figures: {},
      }));
  lines.forEach((line, i) => {
    const r = FIRST_LINE_ROW + i;
    columns.forEach((key, j) => {
      if (key === 'name') b.set(r, j, line.name, { style: INPUT_WRAP });
      else b.set(r, j, line.figures[key] ?? null, { numberFormat: MONEY_FORMAT, style: INPUT });
    });
    b.height(r, 22);
  });

  // 合计: a SUM over the lines per column; its result as the template knows it (the sample's).
  const lastLineRow = FIRST_LINE_ROW + lines.length - 1;
  const totalRow = lastLineRow + 1;
  const bold = { ...INPUT, bold: true };
  columns.forEach((key, j) => {
    if (key === 'name') {
      b.set(totalRow, j, t('template.budgetLines.total', {}, locale), {
        style: { ...bold, horizontal: 'center' },
      });
      return;
    }
    // The formula's result as the file carries it: the sum of the lines given (0 with none), so
    // that a workbook not yet opened in a spreadsheet reads as computed.
    const given = lines.map((l) => l.figures[key]).filter((v): v is number => v !== undefined);
    const result = given.reduce((acc, v) => acc.plus(v), new Decimal(0)).toNumber();
    b.set(totalRow, j, result, {
      numberFormat: MONEY_FORMAT,
      style: bold,
      formula: `=SUM(${blockAddress({ top: FIRST_LINE_ROW, left: j, bottom: lastLineRow, right: j })})`,
    });
  });
  b.height(totalRow, 22);
  names.push({
    name: 'Budget_Lines',
    sheet: BUDGET_LINES_SHEET,
    address: blockAddress({ top: HEADER_ROW, left: 0, bottom: totalRow, right: last }),
  });

  const noteRow = totalRow + 1;
  b.area(noteRow, 0, noteRow, last, t('template.budgetLines.note', {}, locale), { style: NOTE });
  b.height(noteRow, 54);

  b.freeze(HEADER_ROW + 1, 0);
  b.print({
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: true,
    titleRows: blockAddress({
      top: HEADER_ROW,
      left: 0,
      bottom: HEADER_ROW,
      right: MAX_COLUMNS - 1,
    }),
    centerHorizontally: true,
    margins: TEMPLATE_MARGINS,
  });
  return b;
}
