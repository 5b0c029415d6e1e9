/**
 * A command-line run killed (SIGKILL: no clean-up code runs) at any moment leaves the input
 * file byte for byte as it was and never a half-written output: the output path either does
 * not exist or holds the complete workbook an uninterrupted run writes; with --in-place the
 * file is either the old bytes or the complete new workbook. Stray temporary files are hidden,
 * never carry the output's name, and the next run removes them (batch skips them).
 *
 * The real command (node bin/perfscore.js) is spawned. Two ways to pick the moment of the kill:
 * - exact steps of the save: cli-killed-pause.js, loaded with `node -r`, blocks the process at
 *   one step (temp file created, half written, flushed, closed before the rename, renamed) and
 *   says so; the test then kills it;
 * - the untouched process on a 5,000-row workbook, killed at moments spread over a run and
 *   the instant the temporary file appears in the folder (inotify).
 * Nothing here asserts a duration.
 */
import { spawn, spawnSync, execFileSync, type ChildProcess } from 'child_process';
import { existsSync, watch, promises as fs } from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { buildTemplateSpec } from '../../src/workbook/template';
import { writeTemplateFile } from '../template/template-file';
import { bigSpec } from '../../scripts/big-workbook';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'perfscore.js');
const PAUSE = path.join(__dirname, 'cli-killed-pause.js');
const STEPS = ['opened', 'half', 'synced', 'rename', 'renamed'] as const;
type Step = (typeof STEPS)[number];
const ENV = { ...process.env, LANG: 'zh_CN.UTF-8' };

/** The temporary file of a save of `output`: hidden, pid, random part, .tmp. */
function isTempOf(entry: string, output: string): boolean {
  const prefix = `.${path.basename(output)}.`;
  return entry.startsWith(prefix) && /^\d+\.[0-9a-f]{12}\.tmp$/.test(entry.slice(prefix.length));
}

/** Every part of an .xlsx file as text, the run's time stamp (评分记录) masked. */
async function contentOf(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    const text = await entry.async('string');
    parts[name] = text.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, '<time>');
  }
  return parts;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

interface Started {
  child: ChildProcess;
  exit: Promise<Exit>;
  /** "paused <step> <file>" from cli-killed-pause.js, or null when the run ended first. */
  paused: Promise<string | null>;
}

function start(argv: string[], cwd: string, pauseAt?: Step): Started {
  const child = spawn(process.execPath, [...(pauseAt ? ['-r', PAUSE] : []), BIN, ...argv], {
    cwd,
    env: pauseAt ? { ...ENV, PERFSCORE_TEST_PAUSE_AT: pauseAt } : ENV,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exit = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  const signals = child.stdio[3] as NodeJS.ReadableStream;
  const paused = new Promise<string | null>((resolve) => {
    let text = '';
    signals.setEncoding('utf8');
    signals.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    void exit.then(() => resolve(null));
  });
  return { child, exit, paused };
}

async function runToEnd(argv: string[], cwd: string): Promise<Exit> {
  return start(argv, cwd).exit;
}

/** Runs until the save pauses at `step`, then kills the process with SIGKILL. */
async function killAtStep(argv: string[], cwd: string, step: Step): Promise<string> {
  const run = start(argv, cwd, step);
  const paused = await run.paused;
  if (paused === null) {
    const { code, stderr } = await run.exit;
    throw new Error(`the save never reached "${step}" (exit ${code}): ${stderr}`);
  }
  run.child.kill('SIGKILL');
  expect((await run.exit).signal).toBe('SIGKILL');
  return paused;
}

interface Expected {
  dir: string;
  input: string;
  inputBytes: Buffer;
  output: string;
  /** The content of an uninterrupted run's output. */
  complete: Record<string, string>;
}

/**
 * What a killed run may leave: the input unchanged; the output absent or complete (for
 * --in-place: the old bytes or complete); besides them only hidden temporary files.
 * Returns what the output is.
 */
async function expectNothingHalfWritten(e: Expected): Promise<'absent' | 'old' | 'complete'> {
  const entries = await fs.readdir(e.dir);
  const outName = path.basename(e.output);
  const strays = entries.filter((n) => n !== path.basename(e.input) && n !== outName);
  expect(strays.filter((n) => !isTempOf(n, e.output))).toEqual([]);
  let state: 'absent' | 'old' | 'complete' = 'absent';
  if (e.output === e.input) {
    const bytes = await fs.readFile(e.output);
    state = bytes.equals(e.inputBytes) ? 'old' : 'complete';
  } else {
    expect((await fs.readFile(e.input)).equals(e.inputBytes)).toBe(true);
    if (entries.includes(outName)) state = 'complete';
  }
  if (state === 'complete') expect(await contentOf(e.output)).toEqual(e.complete);
  return state;
}

let root: string;
let small: string;
let smallBytes: Buffer;
let smallScored: Record<string, string>;
let big: string;
let bigBytes: Buffer;
let bigScored: Record<string, string>;
/** Milliseconds from the spawn of the uninterrupted run to its temporary file (kill moments). */
let bigTimeToTemp: number;

/** A fresh folder holding a copy of `source` named in.xlsx. */
async function caseDir(name: string, source: string): Promise<{ dir: string; input: string }> {
  const dir = path.join(root, name);
  await fs.mkdir(dir);
  const input = path.join(dir, 'in.xlsx');
  await fs.copyFile(source, input);
  return { dir, input };
}

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) {
    try {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
    } catch {
      // tsc still emits when another area has a type error; the runs below say if it worked.
    }
  }
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-killed-'));
  await fs.mkdir(path.join(root, 'sources'));
  small = path.join(root, 'sources', 'sample.xlsx');
  await writeTemplateFile(buildTemplateSpec({ sample: true }), small);
  smallBytes = await fs.readFile(small);
  big = path.join(root, 'sources', 'big.xlsx');
  await writeTemplateFile(bigSpec(5_000), big);
  bigBytes = await fs.readFile(big);

  const reference = await caseDir('reference', small);
  const done = await runToEnd(['score', 'in.xlsx', '--out', 'out.xlsx'], reference.dir);
  expect(done).toMatchObject({ code: 0 });
  smallScored = await contentOf(path.join(reference.dir, 'out.xlsx'));

  // The uninterrupted run of the big workbook, and when its temporary file appears.
  const bigReference = await caseDir('big-reference', big);
  const began = Date.now();
  let tempAt = 0;
  const watcher = watch(bigReference.dir, (_event, name) => {
    if (!tempAt && name && isTempOf(String(name), 'out.xlsx')) tempAt = Date.now() - began;
  });
  const bigDone = await runToEnd(['score', 'in.xlsx', '--out', 'out.xlsx'], bigReference.dir);
  watcher.close();
  expect(bigDone).toMatchObject({ code: 0 });
  bigScored = await contentOf(path.join(bigReference.dir, 'out.xlsx'));
  bigTimeToTemp = tempAt || Date.now() - began;
}, 120_000);

afterAll(async () => {
  if (root) await fs.rm(root, { recursive: true, force: true });
});

test('the uninterrupted runs write complete workbooks that differ from their inputs', () => {
  // The references the kills are compared with really are scored workbooks.
  expect(smallScored['xl/workbook.xml']).toContain('评分记录');
  expect(Object.values(bigScored).join('')).toContain('指标5000');
  expect(Object.keys(bigScored).length).toBeGreaterThan(5);
});

/*
 * One folder per command line, killed once at every step in turn (each kill leaves what the
 * next one starts from, as repeated crashes would), then one uninterrupted run.
 */
describe('perfscore score in.xlsx --out out.xlsx, killed at each step of the save', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => ({ dir, input } = await caseDir('out', small)));

  it.each(STEPS)('killed at "%s": input intact, output absent or complete', async (step) => {
    const paused = await killAtStep(['score', 'in.xlsx', '--out', 'out.xlsx'], dir, step);
    // The process was writing a hidden temporary file, never out.xlsx itself.
    const written = path.basename(paused.split(' ').slice(2).join(' '));
    if (step === 'renamed') expect(written).toBe('out.xlsx');
    else expect(isTempOf(written, 'out.xlsx')).toBe(true);
    const state = await expectNothingHalfWritten({
      dir,
      input,
      inputBytes: smallBytes,
      output: path.join(dir, 'out.xlsx'),
      complete: smallScored,
    });
    expect(state).toBe(step === 'renamed' ? 'complete' : 'absent');
    // Nobody cleans up after SIGKILL: the killed run's temporary file is there (each run
    // removes those of the runs killed before it), and none once the rename has happened.
    const temps = (await fs.readdir(dir)).filter((n) => isTempOf(n, 'out.xlsx'));
    expect(temps).toHaveLength(step === 'renamed' ? 0 : 1);
  });

  it('the next run scores normally, writes the same workbook and removes the stray files', async () => {
    // The last killed run had completed out.xlsx: replacing it takes --force.
    const next = await runToEnd(['score', 'in.xlsx', '--out', 'out.xlsx', '--force'], dir);
    expect(next).toMatchObject({ code: 0 });
    expect((await fs.readdir(dir)).sort()).toEqual(['in.xlsx', 'out.xlsx']);
    expect(await contentOf(path.join(dir, 'out.xlsx'))).toEqual(smallScored);
    expect((await fs.readFile(input)).equals(smallBytes)).toBe(true);
  });
});

describe('perfscore score in.xlsx --in-place, killed at each step of the save', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    ({ dir, input } = await caseDir('in-place', small));
    await fs.chmod(input, 0o640);
  });

  it.each(STEPS)('killed at "%s": the file is the old bytes or complete', async (step) => {
    await killAtStep(['score', 'in.xlsx', '--in-place'], dir, step);
    const state = await expectNothingHalfWritten({
      dir,
      input,
      inputBytes: smallBytes,
      output: input,
      complete: smallScored,
    });
    expect(state).toBe(step === 'renamed' ? 'complete' : 'old');
    // The file keeps the permissions the accountant's file had.
    expect((await fs.stat(input)).mode & 0o777).toBe(0o640);
  });

  it('the next run scores the file again and removes the stray files', async () => {
    const next = await runToEnd(['score', 'in.xlsx', '--in-place'], dir);
    expect(next).toMatchObject({ code: 0 });
    expect(await fs.readdir(dir)).toEqual(['in.xlsx']);
  });
});

describe('the other commands that save a workbook, killed half-way through the save', () => {
  it('perfscore template new.xlsx --sample: no new.xlsx; the next run writes it', async () => {
    const dir = path.join(root, 'template');
    await fs.mkdir(dir);
    await killAtStep(['template', 'new.xlsx', '--sample'], dir, 'half');
    const left = await fs.readdir(dir);
    expect(left).not.toContain('new.xlsx');
    expect(left.every((n) => isTempOf(n, 'new.xlsx'))).toBe(true);

    // Without --force: the stray temporary file is not mistaken for an existing new.xlsx.
    expect(await runToEnd(['template', 'new.xlsx', '--sample'], dir)).toMatchObject({ code: 0 });
    expect(await fs.readdir(dir)).toEqual(['new.xlsx']);
    expect(Object.keys(await contentOf(path.join(dir, 'new.xlsx')))).toContain('xl/workbook.xml');
  });

  it('perfscore batch: no half summary; the stray file is skipped, then removed', async () => {
    const { dir } = await caseDir('batch', small);
    await killAtStep(['batch', '.', '--summary', 'summary.xlsx'], dir, 'half');
    const left = await fs.readdir(dir);
    expect(left).not.toContain('summary.xlsx');
    expect(left.filter((n) => isTempOf(n, 'summary.xlsx'))).toHaveLength(1);
    expect((await fs.readFile(path.join(dir, 'in.xlsx'))).equals(smallBytes)).toBe(true);

    const next = await runToEnd(['batch', '.', '--summary', 'summary.xlsx'], dir);
    expect(next).toMatchObject({ code: 0 });
    // One workbook scored, the temporary file neither scored nor reported as a failure.
    expect(next.stderr).not.toMatch(/\.tmp/);
    expect((await fs.readdir(dir)).sort()).toEqual(['in.xlsx', 'summary.xlsx']);
  });
});

describe('the untouched command on a 5,000-row workbook, killed at moments spread over a run', () => {
  /** Kills `score in.xlsx --out out.xlsx` after `delay` ms, or when the temp file appears. */
  async function killed(name: string, when: number | 'temp appears'): Promise<string> {
    const { dir, input } = await caseDir(name, big);
    const run = start(['score', 'in.xlsx', '--out', 'out.xlsx'], dir);
    const kill = (): boolean => run.child.exitCode === null && run.child.kill('SIGKILL');
    let timer: NodeJS.Timeout | undefined;
    const watcher =
      when === 'temp appears'
        ? watch(dir, (_event, entry) => {
            if (entry && isTempOf(String(entry), 'out.xlsx')) kill();
          })
        : undefined;
    if (typeof when === 'number') timer = setTimeout(kill, when);
    const exit = await run.exit;
    watcher?.close();
    clearTimeout(timer);
    const e = { dir, input, inputBytes: bigBytes, output: path.join(dir, 'out.xlsx') };
    const state = await expectNothingHalfWritten({ ...e, complete: bigScored });
    // Either the kill landed (no output, or the output complete if the rename had happened)
    // or the run finished first and wrote the complete workbook.
    if (exit.signal !== 'SIGKILL') expect({ code: exit.code, state }).toEqual({ code: 0, state });
    return state;
  }

  it.each([0.2, 0.6])('killed at %p of the time to the save', async (share) => {
    await killed(`big-${share}`, Math.round(bigTimeToTemp * share));
  });

  it('killed the instant its temporary file appears', async () => {
    await killed('big-temp', 'temp appears');
  });
});

test('a stray temporary file of a process still running is left alone', async () => {
  const { dir } = await caseDir('alive', small);
  // This test's own pid: a run in progress; the random part has the writer's shape.
  const alive = `.out.xlsx.${process.pid}.0123456789ab.tmp`;
  await fs.writeFile(path.join(dir, alive), 'partial');
  const child = spawnSync(process.execPath, [BIN, 'score', 'in.xlsx', '--out', 'out.xlsx'], {
    cwd: dir,
    env: ENV,
    encoding: 'utf8',
  });
  expect(child.status).toBe(0);
  expect((await fs.readdir(dir)).sort()).toEqual([alive, 'in.xlsx', 'out.xlsx'].sort());
  expect(await contentOf(path.join(dir, 'out.xlsx'))).toEqual(smallScored);
});
