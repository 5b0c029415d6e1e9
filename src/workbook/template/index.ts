/** The template workbook as host-independent data (no Node or DOM imports). */
export {
  buildTemplateSpec,
  BUDGET_LINES_SHEET,
  LOG_SHEET,
  MAIN_SHEET,
  OPERATORS,
  QUALITATIVE_TIERS,
  RULES_SHEET,
  type TemplateOptions,
} from './build';
export { SAMPLE, type SampleBudgetLine, type SampleIndicator } from './sample';
export type * from './spec';
