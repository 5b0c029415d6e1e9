'use strict';
// Checks the keyboard shortcuts JSON (the ExtendedOverrides file) the way Microsoft documents it
// (https://developer.microsoft.com/json-schemas/office-js/extended-manifest.schema.json and
// "Add custom keyboard shortcuts to your Office Add-ins"): actions with id and name, shortcuts
// naming an action and a key combination with a default, combinations of modifiers + one key.

const MODIFIERS = new Set(['CTRL', 'ALT', 'SHIFT', 'COMMAND', 'CMD', 'OPTION']);
const NAMED_KEYS = new Set([
  'UP',
  'DOWN',
  'LEFT',
  'RIGHT',
  'HOME',
  'END',
  'PAGEUP',
  'PAGEDOWN',
  'INSERT',
  'DELETE',
  'BACKSPACE',
  'ENTER',
  'TAB',
  'ESCAPE',
  'SPACE',
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
]);
/** Combinations the browser keeps for itself in Office on the web (Microsoft's list). */
const RESERVED_ON_WEB = new Set([
  'CTRL+N',
  'CTRL+SHIFT+N',
  'CTRL+T',
  'CTRL+SHIFT+T',
  'CTRL+W',
  'CTRL+SHIFT+W',
  'CTRL+SHIFT+S',
  'CTRL+SHIFT+X',
  'ALT+SHIFT+N',
  'ALT+SHIFT+S',
  'CTRL+X',
  'CTRL+C',
  'CTRL+V',
]);
const PLATFORMS = new Set(['default', 'windows', 'mac', 'web']);

function resolveTokens(value, resources) {
  if (typeof value !== 'string') return value;
  return value.replace(/\$\{resource\.([^}]+)\}/g, (whole, name) => {
    const entry = resources[name];
    return entry && typeof entry.value === 'string' ? entry.value : whole;
  });
}

/** Problems with one key combination ("Ctrl+Alt+R"), as messages. */
function keyProblems(combo, platform) {
  if (typeof combo !== 'string' || !combo.trim()) return ['is empty'];
  if (/\$\{resource\./.test(combo)) return [`uses an undefined resource token (${combo})`];
  // "+" itself may be the key: "Ctrl++".
  const parts = combo.endsWith('++') ? [...combo.slice(0, -2).split('+'), '+'] : combo.split('+');
  const upper = parts.map((p) => p.trim().toUpperCase());
  const modifiers = upper.filter((p) => MODIFIERS.has(p));
  const keys = upper.filter((p) => !MODIFIERS.has(p));
  const problems = [];
  if (keys.length !== 1) problems.push(`"${combo}" must have exactly one key besides modifiers`);
  else if (!/^([A-Z0-9]|[-_+])$/.test(keys[0]) && !NAMED_KEYS.has(keys[0]))
    problems.push(`"${combo}": "${parts[upper.indexOf(keys[0])]}" is not a key Office accepts`);
  if (modifiers.length === 0) problems.push(`"${combo}" needs a modifier (Ctrl, Alt, Command)`);
  else if (modifiers.every((m) => m === 'SHIFT'))
    problems.push(`"${combo}": Shift cannot be the only modifier`);
  if (new Set(modifiers).size !== modifiers.length) problems.push(`"${combo}" repeats a modifier`);
  if ((platform === 'default' || platform === 'web') && RESERVED_ON_WEB.has(upper.join('+')))
    problems.push(`"${combo}" is kept by the browser in Office on the web`);
  return problems;
}

/**
 * Checks the parsed shortcuts file. Returns {problems: string[], actionIds: string[]}.
 * @param {unknown} json
 */
function checkShortcuts(json) {
  const problems = [];
  const actionIds = [];
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { problems: ['must be a JSON object with "actions" and "shortcuts"'], actionIds };
  }
  const allowed = new Set(['$schema', 'actions', 'shortcuts', 'resources']);
  for (const key of Object.keys(json)) {
    if (!allowed.has(key)) problems.push(`unknown property "${key}"`);
  }
  const resources = (json.resources && json.resources.default) || {};
  if (!Array.isArray(json.actions) || json.actions.length === 0) {
    problems.push('"actions" must be a non-empty array');
  } else {
    json.actions.forEach((action, i) => {
      const where = `actions[${i}]`;
      if (!action || typeof action !== 'object') return problems.push(`${where} must be an object`);
      if (typeof action.id !== 'string' || !action.id.trim())
        return problems.push(`${where}.id is missing`);
      if (actionIds.includes(action.id)) problems.push(`${where}.id "${action.id}" is repeated`);
      actionIds.push(action.id);
      const name = resolveTokens(action.name, resources);
      if (typeof name !== 'string' || !name.trim())
        problems.push(`${where}.name is missing (Office shows it when shortcuts conflict)`);
      else if (/\$\{resource\./.test(name))
        problems.push(`${where}.name uses an undefined resource token (${name})`);
      if (action.type !== undefined && action.type !== 'ExecuteFunction')
        problems.push(`${where}.type must be "ExecuteFunction" (the only type Office supports)`);
    });
  }
  if (!Array.isArray(json.shortcuts) || json.shortcuts.length === 0) {
    problems.push('"shortcuts" must be a non-empty array');
  } else {
    const used = new Map();
    json.shortcuts.forEach((shortcut, i) => {
      const where = `shortcuts[${i}]`;
      if (!shortcut || typeof shortcut !== 'object')
        return problems.push(`${where} must be an object`);
      if (!actionIds.includes(shortcut.action))
        problems.push(`${where}.action "${shortcut.action}" is not one of the actions' ids`);
      const key = shortcut.key;
      if (!key || typeof key !== 'object') return problems.push(`${where}.key is missing`);
      if (key.default === undefined) problems.push(`${where}.key.default is missing`);
      for (const [platform, value] of Object.entries(key)) {
        if (!PLATFORMS.has(platform)) {
          problems.push(`${where}.key.${platform}: unknown platform (default, windows, mac, web)`);
          continue;
        }
        const combo = resolveTokens(value, resources);
        for (const p of keyProblems(combo, platform))
          problems.push(`${where}.key.${platform} ${p}`);
        const normal = `${platform}:${String(combo).toUpperCase()}`;
        if (used.has(normal))
          problems.push(`${where}.key.${platform} "${combo}" is also ${used.get(normal)}`);
        else used.set(normal, `${where}.key.${platform}`);
      }
    });
  }
  return { problems, actionIds };
}

module.exports = { checkShortcuts, keyProblems };
