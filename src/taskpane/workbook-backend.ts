/**
 * The pane's backend over any WorkbookHost (Office.js in Excel, the fake Excel in the
 * preview), through the workbook contract: recalculation is src/workbook's recalculate (one
 * read, one write), an annotation is one read (to find the row as the sheet is now) and ONE
 * write of buildAnnotationPlan (all-or-none: a write that fails half-way is put back), settings
 * are the 评分规则 (Rules) range's value cells written in one block, 生成报告文字 is one read
 * (a second one of the 自评报告(n) sheets when there are any) and ONE write of the 自评报告
 * sheet (replaced while untouched; when the user edited it, kept and the draft written to the
 * newest untouched 自评报告(n), else the next free one; the report code is loaded on demand), 撤销上次计算 and
 * 生成评价结果 are src/workbook's undoLastRecalculation and writeResultsSheet. Every operation
 * that writes runs in the operation queue, so none interleave. Going to a cell (select,
 * selectCell) writes nothing: it reads the sheet names and moves the selection beside them,
 * so the user can look around while a recalculation runs.
 */
import type { Locale, Problem } from '../engine/types';
import { t } from '../i18n/catalog';
import { readContract, snapshotRequest } from '../workbook/contract/read';
import { recalculate, scoreSnapshot } from '../workbook';
import type {
  CellLocation,
  ContractReading,
  RecalcOutcome,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
} from '../workbook/port/types';
import { applyAllOrNone } from '../workbook/safety/write-failed';
import { overlongTexts } from '../workbook/port/cell-text';
import type { OperationQueue } from '../hosts/office/queue';
import { blockAddress, parseBlock, splitSheet } from '../workbook/a1';
import type {
  AnnotationTarget,
  CellMessage,
  ConflictPolicy,
  PaneBackend,
  RecalcView,
  ReportDraftView,
  RuleSetting,
  RuleSettings,
  TemplateCheck,
} from './backend';
import { messageOf } from '../i18n/said';

/** Where a row (or the budget block) is, for selecting it in the sheet. */
export interface RowLocation {
  sheet: string;
  /** "A7:P7" or, for the budget, the budget cells' block. */
  address: string;
  /** 0-based sheet rows covered. */
  firstRowIndex: number;
  lastRowIndex: number;
}

export interface WorkbookBackendOptions {
  host: WorkbookHost;
  queue: OperationQueue;
  locale: Locale;
  /** Selects cells in the sheet (Excel: Range.select(); the preview: highlights the grid). */
  selectCells: (location: RowLocation) => Promise<void>;
  /** The selected range's address as Excel gives it ("Sheet1!B12:J24"). */
  selectedAddress?: () => Promise<string | null>;
  /** Recalculation, e.g. the Office host's recalculateInWorkbook (publishes ribbon events). */
  recalculate?: (policy: ConflictPolicy) => Promise<RecalcOutcome>;
  /** Recalculations started elsewhere (the ribbon, in the shared runtime). */
  subscribe?: (listener: (outcome: RecalcOutcome) => void) => () => void;
  now?: () => Date;
}

function cellMessages(problems: Problem[], locale: Locale): CellMessage[] {
  return problems.map((p) => ({ where: p.where, message: messageOf(p, locale) }));
}

/** The problems as one text, a line each. */
function problemLines(problems: Problem[], locale: Locale): string {
  return problems.map((p) => messageOf(p, locale)).join('\n');
}

/** What the pane shows for a recalculation outcome. */
export function recalcView(outcome: RecalcOutcome, locale: Locale): RecalcView {
  switch (outcome.kind) {
    case 'missingNames':
      return { kind: 'missingNames', missing: outcome.missing ?? [] };
    case 'conflicts':
      return {
        kind: 'conflicts',
        conflicts: outcome.conflicts.map((c) => ({
          where: c.where,
          value: c.formula ? c.formula : String(c.value ?? ''),
        })),
      };
    default:
      break;
  }
  // Written, or stopped by input errors: the result lists them beside the figures.
  if (outcome.result) {
    const result = outcome.result;
    return {
      kind: 'scored',
      result,
      // As typed (not trimmed): the editor saves back what it shows.
      budgetReason: String(outcome.reading.input.budget.reason?.value ?? ''),
      budgetReasonCell: outcome.reading.layout.budget.reason !== undefined,
    };
  }
  // Structural problems that block scoring: shown as the pane's error.
  throw new Error(problemLines(outcome.problems, locale));
}

function rowLocation(reading: ContractReading, target: AnnotationTarget): RowLocation | null {
  const layout = reading.layout;
  if (target === 'budget') {
    const cells = Object.values(layout.budget).filter((c): c is CellLocation & { name: string } =>
      Boolean(c),
    );
    if (cells.length === 0) return null;
    const sheet = cells[0].sheet;
    const same = cells.filter((c) => c.sheet === sheet);
    const top = Math.min(...same.map((c) => c.rowIndex));
    const bottom = Math.max(...same.map((c) => c.rowIndex));
    const first = same.find((c) => c.rowIndex === top)!;
    const last = same.find((c) => c.rowIndex === bottom)!;
    return {
      sheet,
      address:
        top === bottom && first === last ? first.address : `${first.address}:${last.address}`,
      firstRowIndex: top,
      lastRowIndex: bottom,
    };
  }
  const table = layout.indicators;
  const rowIndex = table?.dataRows[target];
  if (!table || rowIndex === undefined) return null;
  return {
    sheet: table.sheet,
    address: blockAddress({
      top: rowIndex,
      left: table.firstColumnIndex,
      bottom: rowIndex,
      right: table.lastColumnIndex,
    }),
    firstRowIndex: rowIndex,
    lastRowIndex: rowIndex,
  };
}

/** "绩效指标!K8" or "绩效指标!J5:J12" as a location to select; null for a JSON path. */
export function cellLocation(where: string, sheetNames: string[]): RowLocation | null {
  const { sheet, address } = splitSheet(where);
  const block = sheet ? parseBlock(address) : null;
  const found = sheet && sheetNames.find((n) => n.toLowerCase() === sheet.toLowerCase());
  if (!block || !found) return null;
  return {
    sheet: found,
    address: blockAddress(block),
    firstRowIndex: block.top,
    lastRowIndex: block.bottom,
  };
}

/** The pane's backend; the queue's kinds name the running operation in its busy message. */
export function createWorkbookBackend(options: WorkbookBackendOptions): PaneBackend {
  const { host, queue, locale } = options;
  const now = options.now ?? (() => new Date());
  const read = async (): Promise<ContractReading> => (await readWithSnapshot()).reading;
  const readWithSnapshot = async () => {
    const snapshot = await host.read(snapshotRequest());
    return { snapshot, reading: readContract(snapshot) };
  };
  // A write that fails half-way is put back (the message says whether that worked).
  const write = (plan: WritePlan, snapshot: WorkbookSnapshot) =>
    applyAllOrNone(host, plan, snapshot, { locale });
  // The template is needed only by 插入模板: loaded on demand, out of the pane's bundle.
  const template = async () => {
    const plans = await import('../workbook/template/plan');
    return { spec: plans.buildTemplateSpec({ sample: false, locale }), ...plans };
  };

  const runRecalc =
    options.recalculate ??
    ((policy: ConflictPolicy) =>
      queue.run(
        'recalculate',
        () => recalculate(host, { locale, now: now(), conflictPolicy: policy }),
        { locale },
      ));

  // The report drafting code (and its texts) is needed only by 生成报告文字: on demand.
  const reportCode = () => import('./report-chunk');

  return {
    async recalculate(policy) {
      return recalcView(await runRecalc(policy), locale);
    },

    draftReport(): Promise<ReportDraftView> {
      return queue.run(
        'draftReport',
        async () => {
          const report = await reportCode();
          // 自评报告 and, in a second read when there are any, its 自评报告(n) siblings.
          const snapshot = await report.readForStampedSheet(
            host,
            snapshotRequest(),
            report.REPORT_SHEET,
          );
          const { reading, result, problems } = scoreSnapshot(snapshot, {});
          if (!result) throw new Error(problemLines(problems, locale));
          if (problems.length > 0) {
            throw new Error(
              [
                t('pane.report.inputErrors', { count: problems.length }, locale),
                ...problems.map((e) => messageOf(e, locale)),
              ].join('\n'),
            );
          }
          const draft = report.draftReport(reading.input, result, locale);
          // The newest untouched 自评报告/(n) is replaced; one the user edited is kept as it is.
          const outcome = report.reportSheetPlan(draft, snapshot, now());
          await write(outcome.plan, snapshot);
          return {
            sheet: outcome.sheet,
            ...(outcome.kept ? { kept: outcome.kept } : {}),
            text: report.reportText(draft),
            provisional: result.provisional,
            midYear: result.monitoring !== undefined,
          };
        },
        { locale },
      );
    },

    undoLastRecalculation() {
      return queue.run(
        'undo',
        async () => {
          const { undoLastRecalculation } = await import('../workbook/safety/undo');
          const outcome = await undoLastRecalculation(host, { locale, now: now() });
          return {
            undone: outcome.undone,
            message: outcome.message,
            problems: cellMessages(outcome.problems, locale),
          };
        },
        { locale },
      );
    },

    writeResultsSheet() {
      return queue.run(
        'resultsSheet',
        async () => {
          const sheet = await import('../workbook/sheets/results-sheet');
          const outcome = await sheet.writeResultsSheet(host, { locale, now: now() });
          // 评价结果 is replaced only while untouched; one the user edited is kept as it is.
          return {
            written: outcome.written,
            sheet: outcome.sheet ?? sheet.RESULTS_SHEET,
            ...(outcome.kept ? { kept: outcome.kept } : {}),
            ...(outcome.message ? { message: outcome.message } : {}),
            problems: cellMessages(outcome.problems, locale),
          };
        },
        { locale },
      );
    },

    async selectCell(where) {
      const snapshot = await host.read({ names: [], sheets: [] });
      const location = cellLocation(where, snapshot.sheetNames);
      if (!location) return false;
      await options.selectCells(location);
      return true;
    },

    annotate(target, reason, measures) {
      // An explanation the user typed is never dropped: it waits for a running recalculation.
      return queue.run(
        'annotate',
        async () => {
          // The annotation plan's code loads with the first save (out of the opening download).
          const { buildAnnotationPlan } = await import('../workbook/recalculation/annotate');
          const { snapshot, reading } = await readWithSnapshot();
          const plan = buildAnnotationPlan(reading, target, reason, measures, locale);
          // Longer than a cell holds: refused before anything is written, naming the cell.
          const overlong = overlongTexts(plan, locale);
          if (overlong.length > 0) throw new Error(overlong.join('\n'));
          await write(plan, snapshot);
        },
        { wait: true, locale },
      );
    },

    async select(target) {
      const location = rowLocation(await read(), target);
      if (location) await options.selectCells(location);
    },

    async recognizeForm() {
      const forms = await import('../workbook/forms');
      const [snapshot, active] = await Promise.all([
        host.read(forms.formsRequest()),
        options.selectedAddress?.() ?? Promise.resolve(null),
      ]);
      const found = forms.recognizeForms(snapshot);
      // The form the user is looking at: the one on the sheet of the selection.
      const activeSheet = (active ? splitSheet(active).sheet : null) ?? '';
      const binding =
        found.forms.find((f) => f.sheet.toLowerCase() === activeSheet.toLowerCase()) ??
        found.forms[0] ??
        null;
      return {
        binding,
        otherSheets: found.forms.filter((f) => f !== binding).map((f) => f.sheet),
        problems: cellMessages(found.problems, locale),
      };
    },

    confirmForm(binding) {
      return queue.run(
        'bindForm',
        async () => {
          const { bindingPlan } = await import('../workbook/forms/bind');
          const snapshot = await host.read(snapshotRequest());
          await write(bindingPlan(binding), snapshot);
        },
        { locale },
      );
    },

    async selectedRange() {
      const address = (await options.selectedAddress?.()) ?? null;
      if (!address) return null;
      const { sheet, address: local } = splitSheet(address);
      return sheet ? { sheet, address: local.replace(/\$/g, '') } : null;
    },

    async checkTemplate(): Promise<TemplateCheck> {
      const [snapshot, { spec, clashingSheets }] = await Promise.all([
        host.read({ names: [], sheets: [] }),
        template(),
      ]);
      return { existingSheets: clashingSheets(spec, snapshot.sheetNames) };
    },

    insertTemplate() {
      return queue.run(
        'insertTemplate',
        async () => {
          const { spec, templatePlan } = await template();
          const snapshot = await host.read(snapshotRequest());
          const existingNames = snapshot.names.map((n) => n.name);
          await host.apply(templatePlan(spec, snapshot.sheetNames, existingNames));
        },
        { locale },
      );
    },

    async readSettings(): Promise<RuleSettings> {
      const rules = (await read()).layout.rules;
      if (!rules) return { rows: null };
      const snapshot = await host.read({ names: [rules.name], sheets: [] });
      const range = snapshot.names[0]?.range;
      return {
        rows: rules.entries.map((entry) => {
          const r = range ? entry.value.rowIndex - range.rowIndex : -1;
          const c = range ? entry.value.columnIndex - range.columnIndex : -1;
          const value = range?.values[r]?.[c];
          return {
            key: entry.key,
            value: value === null || value === undefined ? '' : String(value),
          };
        }),
      };
    },

    saveSettings(rows: RuleSetting[]) {
      return queue.run(
        'saveSettings',
        async () => {
          const { snapshot, reading } = await readWithSnapshot();
          const rules = reading.layout.rules;
          if (!rules) throw new Error(translateNoRules(locale));
          const byKey = new Map(rows.map((r) => [r.key, r.value]));
          const writes = rules.entries
            .filter((entry) => byKey.has(entry.key))
            .map((entry) => ({
              sheet: entry.value.sheet,
              address: entry.value.address,
              values: [[byKey.get(entry.key)!.trim()]],
              numberFormats: [['@']],
            }));
          await write({ createSheets: [], createNames: [], writes }, snapshot);
        },
        { locale },
      );
    },

    onExternalRecalc: options.subscribe
      ? (listener) =>
          options.subscribe!((outcome) => {
            try {
              listener(recalcView(outcome, locale));
            } catch {
              // A ribbon recalculation that could not score shows its own message there.
            }
          })
      : undefined,
  };
}

function translateNoRules(locale: Locale): string {
  return t('pane.settings.noRules', {}, locale);
}
