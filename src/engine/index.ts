/** The scoring engine: pure TypeScript + decimal.js (no Office, DOM or Node). */
export { evaluate, gradeFor } from './evaluate';
export { monitor } from './monitoring';
export {
  DEFAULT_PROFILE,
  PROFILE_KEYS,
  PROFILE_NAMES,
  PROFILES,
  formatKeyValue,
  resolveRules,
} from './profiles';
export { profileEntries, ruleChoices, ruleLabel } from './rule-labels';
export type { RuleChoice } from './rule-labels';
export type * from './types';
