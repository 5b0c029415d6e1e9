/**
 * Every key of every message table is used by some code in src: written out as a literal, or
 * built from typed words (`pane.monitor.light.${light}` with `light: 'red' | 'yellow' | 'green'`
 * uses exactly those three keys; a word of type `string` uses every key under its prefix). The
 * tables are found as the object literals declared `MessageTable` in src, so a new table is
 * checked without being listed here.
 */
import * as path from 'path';
import * as ts from 'typescript';
import { catalog } from '../src/i18n/catalog';

const ROOT = path.join(__dirname, '..');

interface KeyScan {
  /** Each table key, with the file of its table. */
  keys: Map<string, string>;
  /** Whether some code outside the tables' key names uses the key. */
  used(key: string): boolean;
}

function isMessageTableType(type: ts.TypeNode | undefined): boolean {
  return !!type && ts.isTypeReferenceNode(type) && type.typeName.getText() === 'MessageTable';
}

/** The object literal of a table: `{...} satisfies MessageTable` or `x: MessageTable = {...}`. */
function tableLiteral(node: ts.Node): ts.ObjectLiteralExpression | null {
  if (
    ts.isSatisfiesExpression(node) &&
    isMessageTableType(node.type) &&
    ts.isObjectLiteralExpression(node.expression)
  )
    return node.expression;
  if (
    ts.isVariableDeclaration(node) &&
    isMessageTableType(node.type) &&
    node.initializer &&
    ts.isObjectLiteralExpression(node.initializer)
  )
    return node.initializer;
  return null;
}

/** The words a template's part can be: its literal types, or null for any text. */
function words(checker: ts.TypeChecker, expression: ts.Expression): string[] | null {
  const type = checker.getTypeAtLocation(expression);
  const parts = type.isUnion() ? type.types : [type];
  const out: string[] = [];
  for (const part of parts) {
    if (part.isStringLiteral()) out.push(part.value);
    else if (part.isNumberLiteral()) out.push(String(part.value));
    else return null;
  }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template whose fixed start looks like a key ("pane.monitor.light.") may build keys. */
const KEY_START = /^[a-zA-Z]+\.[\w.]*$/;

function scan(program: ts.Program, files: string[]): KeyScan {
  const checker = program.getTypeChecker();
  const keys = new Map<string, string>();
  const literals = new Set<string>();
  const built: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the program`);
    const visit = (node: ts.Node): void => {
      const table = tableLiteral(node);
      if (table) {
        for (const property of table.properties) {
          if (property.name && ts.isStringLiteral(property.name))
            keys.set(property.name.text, path.relative(ROOT, file));
        }
      }
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const parent = node.parent;
        if (!(ts.isPropertyAssignment(parent) && parent.name === node)) literals.add(node.text);
      } else if (ts.isTemplateExpression(node) && KEY_START.test(node.head.text)) {
        let pattern = escape(node.head.text);
        for (const span of node.templateSpans) {
          const options = words(checker, span.expression);
          pattern += options ? `(?:${options.map(escape).join('|')})` : '.*';
          pattern += escape(span.literal.text);
        }
        built.push(pattern);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const builtKey = new RegExp(built.length ? `^(?:${built.join('|')})$` : '(?!)');
  return { keys, used: (key) => literals.has(key) || builtKey.test(key) };
}

function unused(result: KeyScan): string[] {
  return [...result.keys].filter(([key]) => !result.used(key)).map(([k, f]) => `${f}: ${k}`);
}

/** A program of in-memory files (name → text) checked with the project's options. */
function memoryProgram(files: Record<string, string>): ts.Program {
  const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022 };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name in files ? ts.createSourceFile(name, files[name], version) : read(name, version);
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  host.readFile = (name) => files[name] ?? ts.sys.readFile(name);
  return ts.createProgram(Object.keys(files), options, host);
}

test('the scan finds a key no code uses, and counts a key built from typed words', () => {
  const files = {
    '/mem/table.ts': [
      'type MessageTable = Record<string, { zh: string }>;',
      'export const table = {',
      "  'demo.light.red': { zh: '红灯' },",
      "  'demo.light.green': { zh: '绿灯' },",
      "  'demo.light.blue': { zh: '蓝灯' },",
      "  'demo.title': { zh: '标题' },",
      "  'demo.unused': { zh: '没有用到' },",
      "  'demo.any.one': { zh: '任意' },",
      '} satisfies MessageTable;',
    ].join('\n'),
    '/mem/use.ts': [
      'declare function t(key: string): string;',
      "export const lights = (light: 'red' | 'green') => t(`demo.light.${light}`);",
      "export const title = t('demo.title');",
      'export const any = (word: string) => t(`demo.any.${word}`);',
    ].join('\n'),
  };
  const result = scan(memoryProgram(files), Object.keys(files));
  expect(result.keys.size).toBe(6);
  const table = path.relative(ROOT, '/mem/table.ts');
  expect(unused(result)).toEqual([`${table}: demo.light.blue`, `${table}: demo.unused`]);
});

test('every message key is used in src', () => {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const src = parsed.fileNames.filter((f) => f.startsWith(path.join(ROOT, 'src') + path.sep));
  const result = scan(ts.createProgram(src, { ...parsed.options, noEmit: true }), src);
  // The tables every build carries and those loaded on demand are all found.
  expect(Object.keys(catalog).filter((key) => !result.keys.has(key))).toEqual([]);
  expect(result.keys.get('cli.usage')).toBe(path.join('src', 'cli', 'messages.ts'));
  expect(unused(result)).toEqual([]);
}, 240_000);
