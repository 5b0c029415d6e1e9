/** The scoring engine: pure TypeScript + decimal.js (no Office, DOM or Node). */
export { evaluate, gradeFor } from './evaluate';
export { monitor } from './monitoring';
export { DEFAULT_PROFILE, PROFILE_KEYS, PROFILE_NAMES, PROFILES, resolveRules } from './profiles';
export type * from './types';
