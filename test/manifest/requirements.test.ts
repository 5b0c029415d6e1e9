/**
 * The manifest asks for the lowest requirement sets the add-in's code needs: every Office.js
 * member the add-in code touches is looked up in @types/office-js, whose documentation gives
 * its requirement set ("[Api set: ExcelApi 1.7]", "Requirement set: SharedRuntime 1.1").
 * ExcelApi must be exactly the highest set used unguarded (lower: the add-in would install
 * where its calls fail; higher: it would refuse Excel versions it works in); any other set used
 * must be required by the manifest too.
 *
 * A member of a higher ExcelApi set is allowed only behind a run-time check: inside the `then`
 * branch of an `if` whose condition calls isSetSupported('ExcelApi', 'x.y') with x.y at least
 * the member's set, or inside a function of the same file that is only called from such
 * branches (src/hosts/office/decorations.ts: charts' line series 1.7, conditional formats 1.6).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');

/** The add-in's code that runs inside Excel (the preview's fake-host code does not). */
function addinFiles(): string[] {
  const list = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
          const full = path.join(dir, e.name);
          if (e.isDirectory()) return list(full);
          return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
        })
      : [];
  return [
    ...list(path.join(ROOT, 'src', 'commands')),
    ...list(path.join(ROOT, 'src', 'taskpane')),
    ...list(path.join(ROOT, 'src', 'hosts', 'office')).filter((f) => !f.endsWith('run-on-fake.ts')),
  ];
}

function compare(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return 0;
}

const API_SET = /\[\s*API set:\s*(\w+)\s+([\d.]+)/i;
const REQUIREMENT_SET = /Requirement set\*\*:\s*\{@link [^|}]*\|\s*(\w+)\s+([\d.]+)\s*\}/;

/** The ExcelApi version an isSetSupported('ExcelApi', 'x.y') call in `condition` checks. */
function checkedVersion(condition: ts.Node): string | null {
  let found: string | null = null;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
      const [set, version] = node.arguments;
      if (
        name === 'isSetSupported' &&
        set &&
        ts.isStringLiteral(set) &&
        set.text === 'ExcelApi' &&
        version &&
        ts.isStringLiteral(version)
      ) {
        if (!found || compare(version.text, found) > 0) found = version.text;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return found;
}

/**
 * The highest ExcelApi version checked at run time around `node` (null: unguarded): an
 * enclosing `if (…isSetSupported('ExcelApi', v)…) { node }`, or, inside a named function,
 * the lowest guard over every call of that function in the same file.
 */
function guardedVersion(
  node: ts.Node,
  checker: ts.TypeChecker,
  source: ts.SourceFile,
  seen = new Set<ts.Node>(),
): string | null {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child) {
      const version = checkedVersion(parent.expression);
      if (version) return version;
    }
    if (ts.isFunctionDeclaration(parent) && parent.name) {
      if (seen.has(parent)) return null;
      seen.add(parent);
      const symbol = checker.getSymbolAtLocation(parent.name);
      const calls: ts.Node[] = [];
      const find = (n: ts.Node) => {
        if (ts.isIdentifier(n) && n !== parent.name && checker.getSymbolAtLocation(n) === symbol)
          calls.push(n);
        ts.forEachChild(n, find);
      };
      find(source);
      if (calls.length === 0) return null;
      let lowest: string | null = null;
      for (const call of calls) {
        const version = guardedVersion(call, checker, source, seen);
        if (!version) return null;
        if (!lowest || compare(version, lowest) < 0) lowest = version;
      }
      return lowest;
    }
    if (ts.isFunctionLike(parent)) return null;
  }
  return null;
}

/** ExcelApi members above what a guard asked for are not recorded but listed here. */
interface GuardedUse {
  version: string;
  guard: string;
  where: string;
}
let guarded: GuardedUse[] = [];

/** Requirement sets used: set name → { version, where }. */
function usedRequirementSets(files: string[]): Map<string, { version: string; where: string[] }> {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  // Only the files themselves plus the global Office typings: Excel calls are typed by the
  // global Excel/Office namespaces, so imports need not be followed (fast).
  const program = ts.createProgram(files, {
    ...options,
    noResolve: true,
    noEmit: true,
    types: ['office-js'],
  });
  const checker = program.getTypeChecker();
  const used = new Map<string, { version: string; where: string[] }>();
  const record = (set: string, version: string, where: string) => {
    const entry = used.get(set);
    if (!entry || compare(version, entry.version) > 0) used.set(set, { version, where: [where] });
    else if (compare(version, entry.version) === 0 && entry.where.length < 5)
      entry.where.push(where);
  };
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const declaration of symbol?.declarations ?? []) {
          const declaredIn = declaration.getSourceFile().fileName;
          if (!declaredIn.includes(`${path.sep}@types${path.sep}office-js${path.sep}`)) continue;
          const docs = ts
            .getJSDocCommentsAndTags(declaration)
            .map((d) => d.getText())
            .join('\n');
          const match = API_SET.exec(docs) ?? REQUIREMENT_SET.exec(docs);
          if (!match) continue;
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          const where = `${path.relative(ROOT, file)}:${line + 1} ${node.getText().slice(0, 60)}`;
          if (match[1] === 'ExcelApi') {
            const guard = guardedVersion(node, checker, source);
            if (guard && compare(guard, match[2]) >= 0) {
              guarded.push({ version: match[2], guard, where });
              continue;
            }
          }
          record(match[1], match[2], where);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}

/** Requirement sets the manifest asks for (top level and the shared-runtime block). */
function manifestSets(): Map<string, string> {
  const text = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const sets = new Map<string, string>();
  for (const m of text.matchAll(/<(?:bt:)?Set Name="(\w+)" MinVersion="([\d.]+)"\s*\/>/g)) {
    if (!sets.has(m[1]) || compare(m[2], sets.get(m[1])!) > 0) sets.set(m[1], m[2]);
  }
  return sets;
}

const files = addinFiles();
const used = usedRequirementSets(files);
const guardedUses = guarded;

test('the add-in code is found and its Excel calls are recognised', () => {
  expect(files.some((f) => f.endsWith(path.join('src', 'commands', 'commands.ts')))).toBe(true);
  expect(files.some((f) => f.endsWith(path.join('hosts', 'office', 'office-host.ts')))).toBe(true);
  expect(used.get('ExcelApi')).toBeDefined();
});

test('the manifest requires exactly the highest ExcelApi set the code uses', () => {
  const excel = used.get('ExcelApi')!;
  expect({ ExcelApi: manifestSets().get('ExcelApi'), usedBy: excel.where }).toEqual({
    ExcelApi: excel.version,
    usedBy: excel.where,
  });
});

test('every other requirement set the code uses is required by the manifest', () => {
  const required = manifestSets();
  const missing = [...used]
    .filter(([set]) => set !== 'ExcelApi')
    .filter(([set, { version }]) => !required.has(set) || compare(required.get(set)!, version) < 0)
    .map(([set, { version, where }]) => `${set} ${version} (${where.join('; ')})`);
  expect(missing).toEqual([]);
});

test('members above the manifest ExcelApi are used only behind isSetSupported', () => {
  const manifest = manifestSets().get('ExcelApi')!;
  const above = guardedUses.filter((g) => compare(g.version, manifest) > 0);
  // The 偏差状态 conditional formats (1.6) and the chart's 100% line (1.7), each gated.
  expect(above.some((g) => g.version === '1.6' && g.where.includes('conditionalFormats'))).toBe(
    true,
  );
  expect(above.some((g) => g.version === '1.7' && g.where.includes('chartType'))).toBe(true);
  for (const g of above) expect(compare(g.guard, g.version)).toBeGreaterThanOrEqual(0);
});

test('the guard analysis tells a gated call from an ungated one', () => {
  const dir = fs.mkdtempSync(path.join(ROOT, 'test', 'manifest', '.tmp-'));
  const file = path.join(dir, 'probe.ts');
  fs.writeFileSync(
    file,
    [
      '/// <reference types="office-js" />',
      'declare const req: { isSetSupported(set: string, version: string): boolean };',
      'function gated(range: Excel.Range): void { range.conditionalFormats.clearAll(); }',
      'function tooLow(range: Excel.Range): void { range.conditionalFormats.clearAll(); }',
      'export function probe(range: Excel.Range, series: Excel.ChartSeries): void {',
      "  if (req.isSetSupported('ExcelApi', '1.6')) gated(range);",
      "  if (req.isSetSupported('ExcelApi', '1.5')) tooLow(range);",
      "  else series.chartType = 'Line';",
      '}',
    ].join('\n'),
  );
  try {
    guarded = [];
    const probe = usedRequirementSets([file]);
    const where = probe.get('ExcelApi')!.where.join('; ');
    // tooLow's guard (1.5) is below conditionalFormats' 1.6; the else branch is not guarded.
    expect(probe.get('ExcelApi')!.version).toBe('1.7');
    expect(where).toContain('chartType');
    expect(guarded.map((g) => g.where.split(' ')[0].replace(/.*:/, 'line '))).toEqual([
      'line 3',
      'line 3',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
