/** Types of scripts/manifest/shortcuts.js for the tests (test/manifest). */
export function checkShortcuts(json: unknown): { problems: string[]; actionIds: string[] };
export function keyProblems(combo: unknown, platform: string): string[];
