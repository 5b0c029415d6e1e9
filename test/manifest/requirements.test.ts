/**
 * The manifest asks for the lowest requirement sets the add-in's code needs: every Office.js
 * member the add-in code touches is looked up in @types/office-js, whose documentation gives
 * its requirement set ("[Api set: ExcelApi 1.7]", "Requirement set: SharedRuntime 1.1").
 * ExcelApi must be exactly the highest set used (lower: the add-in would install where its
 * calls fail; higher: it would refuse Excel versions it works in); any other set used must be
 * required by the manifest too.
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
