/**
 * Every Office flow of the add-in, run twice on two copies of one workbook: once through
 * Microsoft's Excel client library and the wire interpreter (the bridge), once directly on the
 * fake Excel (as every other Office test does). After each flow the two workbooks are compared
 * cell by cell (workbook-diff.ts) and the two outcomes (what the pane or the ribbon shows) are
 * compared too.
 *
 * The ribbon's 重新计算 and the keyboard shortcut go through the add-in's real entry
 * (src/commands/commands.ts: Office.actions.associate with an ExecuteFunction event that must be
 * completed, and the shortcut's call without one) over the global Excel of the library; the
 * direct side runs the same command (createRecalculateCommand) on the fake.
 *
 * Globals: `Office` (a stand-in for the add-in's Office: onReady, actions.associate,
 * addin.showAsTaskpane, context.requirements answering for the level under test) and `Excel`
 * (the library's) are set on this test file's global; the library itself lives in a vm context.
 */
import { type FakeWorkbook, createFakeWorkbook } from '../../src/preview/fake-excel';
import { fakeWorkbookFromTemplateSpec } from '../../src/preview/template-workbook';
import { fakeSampleWorkbook } from '../../src/preview/sample-workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { OperationQueue } from '../../src/hosts/office/queue';
import { recalcEvents } from '../../src/hosts/office/recalculate-in-workbook';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { createRecalculateCommand } from '../../src/commands/recalculate-command';
import { sampleVariantPlan, type SampleKind } from '../../src/preview/samples';
import type { PaneBackend } from '../../src/taskpane/backend';
import { createWorkbookBackend } from '../../src/taskpane/workbook-backend';
import { buildTemplateSpec } from '../../src/workbook/template/build';
import { requirementsFor, type LibraryRequirements } from '../../scripts/office-wire';
import { bridgeTo, type Bridge } from './bridge';
import { workbookDifferences } from './workbook-diff';

export const NOW = new Date(2026, 10, 27, 9, 30, 0);

export type WorkbookKind = SampleKind | 'empty';
export const WORKBOOK_KINDS: WorkbookKind[] = ['seed', 'published', 'midyear', 'empty'];

/** The workbook of a kind, as the preview makes it (the seed and its variants, or empty). */
export async function makeWorkbook(kind: WorkbookKind): Promise<FakeWorkbook> {
  if (kind === 'empty') {
    const fake = createFakeWorkbook();
    fake.model.addSheet('Sheet1');
    return fake;
  }
  if (kind === 'seed') return await fakeSampleWorkbook();
  const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
  const fake = await fakeWorkbookFromTemplateSpec(spec);
  const variant = sampleVariantPlan(spec, kind);
  if (variant) await new OfficeHost(runOnFakeWorkbook(fake)).apply(variant);
  return fake;
}

// ---- The add-in's Office globals for this test file ----------------------------------------

interface OfficeStandIn {
  requirements: LibraryRequirements;
  /** The handler the add-in associated with its "recalculate" action. */
  action?: (event?: { completed: () => void }) => void;
  paneShown: number;
}

const office: OfficeStandIn = { requirements: requirementsFor('1.9'), paneShown: 0 };

/** How often the add-in asked Office to show its task pane (Office.addin.showAsTaskpane). */
export function paneShownCount(): number {
  return office.paneShown;
}

/** Installs `Office` and `Excel` on this test file's global (once) and loads the commands. */
export function installOfficeGlobals(): void {
  const scope = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  if (scope.Office) return;
  scope.Office = {
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve({});
    },
    actions: {
      associate: (id: string, handler: OfficeStandIn['action']) => {
        if (id === 'recalculate') office.action = handler;
      },
    },
    addin: {
      showAsTaskpane: async () => {
        office.paneShown += 1;
      },
    },
    context: {
      displayLanguage: 'zh-CN',
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          office.requirements.isSetSupported(name, version),
      },
    },
  };
  // The add-in's real ribbon entry: Office.onReady → Office.actions.associate('recalculate').
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../src/commands/commands');
}

// ---- Two sides of one flow -------------------------------------------------------------------

export interface Side {
  fake: FakeWorkbook;
  host: OfficeHost;
  backend: PaneBackend;
  /** The ribbon's 重新计算 (event) or the shortcut (no event); resolves when it is over. */
  command: (how: 'ribbon' | 'shortcut') => Promise<unknown>;
}

function backendOf(host: OfficeHost): PaneBackend {
  return createWorkbookBackend({
    host,
    queue: new OperationQueue(),
    locale: 'zh-CN',
    now: () => NOW,
    selectCells: async () => undefined,
  });
}

/** Runs the add-in's associated action and waits for its recalculation to be over. */
function viaAssociatedAction(how: 'ribbon' | 'shortcut'): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!office.action) {
      reject(new Error('the add-in associated no "recalculate" action'));
      return;
    }
    if (how === 'ribbon') {
      // Excel keeps the button busy until the event is completed: wait for exactly that.
      office.action({ completed: () => resolve(recalcEvents.last) });
      return;
    }
    const stop = recalcEvents.subscribe((event) => {
      if (event.type === 'started') return;
      stop();
      resolve(event);
    });
    office.action();
  });
}

export interface Pair {
  level: string;
  wire: Side;
  direct: Side;
  bridge: Bridge;
}

/**
 * The two sides of a workbook kind at an API level: the library's checks on, Office claiming
 * ExcelApi `level` and SharedRuntime 1.1, for the add-in and for the library alike; or, with
 * `claimed`, an Office whose isSetSupported tells the add-in that level while the library
 * checks members against `level`.
 */
export async function makePair(
  kind: WorkbookKind,
  level: string,
  claimed: string = level,
): Promise<Pair> {
  installOfficeGlobals();
  office.requirements = requirementsFor(claimed);
  const wireFake = await makeWorkbook(kind);
  const directFake = await makeWorkbook(kind);
  const bridge = bridgeTo(wireFake, { apiLevel: level });
  const wireHost = new OfficeHost(bridge.run);
  const directHost = new OfficeHost(runOnFakeWorkbook(directFake));
  const directCommand = createRecalculateCommand({
    host: (locale) => new OfficeHost(runOnFakeWorkbook(directFake), { locale }),
    locale: () => 'zh-CN',
    showPane: async () => undefined,
    log: () => undefined,
  });
  return {
    level,
    bridge,
    wire: {
      fake: wireFake,
      host: wireHost,
      backend: backendOf(wireHost),
      command: (how) => {
        (globalThis as unknown as { Excel: unknown }).Excel = bridge.library.Excel;
        return viaAssociatedAction(how);
      },
    },
    direct: {
      fake: directFake,
      host: directHost,
      backend: backendOf(directHost),
      command: async (how) => {
        if (how === 'shortcut') {
          await directCommand();
          return recalcEvents.last;
        }
        let completed = false;
        await directCommand({ completed: () => (completed = true) });
        if (!completed) throw new Error('the direct command did not complete its event');
        return recalcEvents.last;
      },
    },
  };
}

/** What a flow ended with, comparable across the two sides (JSON; an error by its message). */
export async function outcomeOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: JSON.parse(JSON.stringify((await work()) ?? null)) as unknown };
  } catch (error) {
    const e = error as { name?: string; code?: string; message?: string };
    return { failed: { name: e.name, code: e.code, message: e.message } };
  }
}

/**
 * Runs one flow on both sides (the direct side first) and returns both outcomes and the
 * workbook differences.
 */
export async function runFlow(
  pair: Pair,
  flow: (side: Side) => Promise<unknown>,
): Promise<{ wire: unknown; direct: unknown; differences: string[] }> {
  const direct = await outcomeOf(() => flow(pair.direct));
  const wire = await outcomeOf(() => flow(pair.wire));
  return { wire, direct, differences: workbookDifferences(pair.wire.fake, pair.direct.fake) };
}
