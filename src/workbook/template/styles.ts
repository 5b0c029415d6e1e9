/** The look of the template's sheets: one set of styles, so that every sheet reads alike. */
import type { TemplateStyle } from './spec';

export const FILL_HEADER = 'D9E1F2';
export const FILL_OUTPUT = 'EDEDED';

/** Money figures: two decimals with thousands separators (the 项目资金 block, 预算明细). */
export const MONEY_FORMAT = '#,##0.00';

export const TITLE: TemplateStyle = {
  bold: true,
  fontSize: 16,
  horizontal: 'center',
  vertical: 'middle',
};
export const HEADER: TemplateStyle = {
  bold: true,
  fill: FILL_HEADER,
  border: true,
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
};
export const INPUT: TemplateStyle = { border: true, vertical: 'middle' };
export const INPUT_CENTER: TemplateStyle = { ...INPUT, horizontal: 'center' };
export const INPUT_WRAP: TemplateStyle = { ...INPUT, wrap: true };
export const OUTPUT: TemplateStyle = {
  border: true,
  fill: FILL_OUTPUT,
  horizontal: 'center',
  vertical: 'middle',
};
export const OUTPUT_WRAP: TemplateStyle = { ...OUTPUT, horizontal: 'left', wrap: true };
export const LEVEL: TemplateStyle = { ...INPUT_CENTER, wrap: true };
export const NOTE: TemplateStyle = { fontSize: 9, wrap: true, vertical: 'top' };
