/**
 * Values that are not numbers but say something: spreadsheet errors (#N/A, #DIV/0! …),
 * "not applicable" (/, 不适用, N/A), "nothing happened" (无发生额, 未发生 …).
 */

/** Spreadsheet error values by their upper-case text. */
const ERROR_CODES = new Set([
  '#N/A',
  '#DIV/0!',
  '#REF!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/** The error code of folded text ("#n/a" → "#N/A"), or null. */
export function errorCode(folded: string): string | null {
  if (folded.charCodeAt(0) !== 35 /* # */) return null;
  const upper = folded.toUpperCase();
  return ERROR_CODES.has(upper) ? upper : null;
}

/**
 * Not applicable: slashes, 不适用 / 不涉及, N/A, and a lone dash or em dash ("-", "—", "——"),
 * which in these forms marks a cell that does not apply (it is never read as 0).
 */
const NOT_APPLICABLE = /^(?:\/+|\\+|-+|不适用|不涉及|无需填报|n\/?a)$/i;

export function isNotApplicable(folded: string): boolean {
  return NOT_APPLICABLE.test(folded);
}

/**
 * Nothing of the kind happened (no spending at all): 无发生额, 未发生, 无发生, 本年度未发生,
 * 未发生相关支出, 无此项支出 … A lone 无 is not on the list: it is too often a qualitative
 * answer ("无重大事故" → "无").
 */
const NO_OCCURRENCE =
  /^(?:\d{4}年度?)?(?:本年度?|本期|当年|全年|今年|年内|年度内)?(?:无|未|没有)(?:发生|产生|开支|此项支出|该项支出|相关支出|支出)/;

/** Trailing punctuation that does not change what a short remark means ("未发生。"). */
const TRAILING_PUNCTUATION = /[。.,，;；!！、]+$/;

export function isNoOccurrence(folded: string): boolean {
  return NO_OCCURRENCE.test(folded.replace(TRAILING_PUNCTUATION, ''));
}
