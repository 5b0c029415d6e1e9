/** The look of the template's sheets: one set of styles, so that every sheet reads alike. */
import type { CellStyle, PageMargins } from '../port/types';

export const FILL_HEADER = 'D9E1F2';
export const FILL_OUTPUT = 'EDEDED';

/** The template's page margins in inches: narrow, so that the wide table prints large. */
export const TEMPLATE_MARGINS: PageMargins = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.5,
  header: 0.3,
  footer: 0.3,
};

/** Money figures: two decimals with thousands separators (the 项目资金 block, 预算明细). */
export const MONEY_FORMAT = '#,##0.00';

export const TITLE: CellStyle = {
  bold: true,
  fontSize: 16,
  horizontal: 'center',
  vertical: 'middle',
};
export const HEADER: CellStyle = {
  bold: true,
  fill: FILL_HEADER,
  border: true,
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
};
export const INPUT: CellStyle = { border: true, vertical: 'middle' };
export const INPUT_CENTER: CellStyle = { ...INPUT, horizontal: 'center' };
export const INPUT_WRAP: CellStyle = { ...INPUT, wrap: true };
export const OUTPUT: CellStyle = {
  border: true,
  fill: FILL_OUTPUT,
  horizontal: 'center',
  vertical: 'middle',
};
export const OUTPUT_WRAP: CellStyle = { ...OUTPUT, horizontal: 'left', wrap: true };
export const LEVEL: CellStyle = { ...INPUT_CENTER, wrap: true };
export const NOTE: CellStyle = { fontSize: 9, wrap: true, vertical: 'top' };
