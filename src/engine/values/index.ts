/**
 * The value parser: operators, units and cell values as accountants write them
 * (workbook-contract.md §2, scoring-rules.md §4).
 */
export { parseKind } from './operators';
export { PROBLEMS, parseValue } from './parse';
export { PERCENT, parseUnit, unitsCompatible } from './units';
export type * from './types';
