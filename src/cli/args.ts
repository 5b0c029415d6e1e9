/** A small argument parser: positionals, boolean flags and options that take a value. */

export interface ArgSpec {
  /** Flags without a value: "--json". */
  flags: readonly string[];
  /** Options with a value: "--out FILE" or "--out=FILE". */
  options: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export type ArgError =
  | { key: 'cli.error.unknownOption'; params: { option: string } }
  | { key: 'cli.error.optionNeedsValue'; params: { option: string } };

/** Parses argv against the spec; "--" ends the options. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs | ArgError {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (spec.flags.includes(name) && eq < 0) {
      parsed.flags.add(name);
    } else if (spec.options.includes(name)) {
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
      if (value === undefined || value === '') {
        return { key: 'cli.error.optionNeedsValue', params: { option: name } };
      }
      parsed.options.set(name, value);
    } else {
      return { key: 'cli.error.unknownOption', params: { option: name } };
    }
  }
  return parsed;
}

export function isArgError(value: ParsedArgs | ArgError): value is ArgError {
  return 'key' in value;
}
