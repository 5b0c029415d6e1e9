/** Every name of the workbook contract (src/workbook/contract/contract.ts), canonical spelling. */
import { CONTRACT_NAMES } from '../../src/workbook/contract/contract';

export const ALL_CONTRACT_NAMES: string[] = [
  ...CONTRACT_NAMES.budget.map((n) => n.name),
  ...CONTRACT_NAMES.results.map((n) => n.name),
  ...CONTRACT_NAMES.info.map((n) => n.name),
  CONTRACT_NAMES.budgetLines.name,
  CONTRACT_NAMES.indicators.name,
  CONTRACT_NAMES.rules.name,
];
