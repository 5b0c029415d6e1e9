/**
 * A shared formula (ECMA-376 18.3.1.40, <f t="shared">) is written once, in its first cell;
 * the other cells of its range hold the same formula moved by their offset: relative
 * references shift, absolute ($A$1) ones stay.
 */
import { columnIndexOf, columnLetter } from '../../../workbook/a1';

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

/** References in a formula piece outside string literals and quoted sheet names. */
const REFERENCE = /(^|[^\w.$!:'"]|[!:])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\w(])/g;

function shiftPiece(text: string, rows: number, columns: number): string {
  return text.replace(
    REFERENCE,
    (whole, lead: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const column = columnIndexOf(letters) + 1;
      const row = Number(digits);
      if (column > MAX_COLUMN || row > MAX_ROW || row < 1) return whole;
      const newColumn = colAbs ? column : column + columns;
      const newRow = rowAbs ? row : row + rows;
      if (newColumn < 1 || newRow < 1 || newColumn > MAX_COLUMN || newRow > MAX_ROW) {
        return `${lead}#REF!`;
      }
      return `${lead}${colAbs}${columnLetter(newColumn - 1)}${rowAbs}${newRow}`;
    },
  );
}

/** The formula (without "=") moved by `rows` and `columns`. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  // Split on string literals ("…") and quoted sheet names ('…'); shift only the rest.
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return parts.map((part, i) => (i % 2 === 1 ? part : shiftPiece(part, rows, columns))).join('');
}
