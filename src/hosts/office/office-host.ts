/// <reference types="office-js" />
/**
 * The Office.js host: the workbook contract over the Excel JavaScript API.
 *
 * Needs ExcelApi 1.4 (getItemOrNullObject, getRangeOrNullObject, getUsedRangeOrNullObject,
 * names.add).
 *
 * read(): ONE sync, whatever the number of names and rows: every requested name through
 * names.getItemOrNullObject(n) (+ getRangeOrNullObject(), ExcelApi 1.4), every requested
 * sheet through worksheets.getItemOrNullObject(s) (+ getUsedRangeOrNullObject(true)), and the
 * sheet names. apply(): ONE sync (none for an empty plan): first the names and sheets the plan
 * deletes (a rollback's, or a generated sheet being replaced), then sheets added (visibility),
 * names added, layout resets (a replaced sheet's merges and formats), then each CellWrite as one
 * range write, number formats before values, text written so that it stays text
 * (text-values.ts), formulas where a write restores them, then the sheet layouts (layout.ts:
 * widths, heights, styles, merges), then charts and conditional formats (decorations.ts,
 * gated by isSetSupported: ExcelApi 1.6/1.7 or plain fallbacks). A call refused while the batch
 * is queued, before that sync, sends nothing: apply throws a NothingWrittenError.
 *
 * `run` is Excel.run inside Excel, or runOnFakeWorkbook(fake) in tests and the preview.
 * Office errors are turned into catalog messages by their `error.code` (errors.ts).
 */
import type { Locale } from '../../engine/types';
import type {
  CellScalar,
  CellWrite,
  NameSnapshot,
  RangeSnapshot,
  SheetSnapshot,
  SnapshotRequest,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
} from '../../workbook/port/types';
import {
  blockAddress,
  heightOf,
  parseBlock,
  splitSheet,
  whereOf,
  widthOf,
} from '../../workbook/a1';
import { NothingWrittenError } from '../../workbook/port/nothing-written';
import { OfficeHostError, officeError } from './errors';
import {
  hasDecorations,
  invalidDecoration,
  officeRequirements,
  queueDecorations,
} from './decorations';
import type { RequirementCheck } from './decorations';
import { queueLayout, queueLayoutReset } from './layout';
import { excelInputValue } from './text-values';

/** Excel.run, or anything that runs a batch the same way. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  /** Language of error messages (default zh-CN). */
  locale?: Locale;
  /** What Excel supports (default Office.context.requirements; everything on the fake). */
  requirements?: RequirementCheck;
}

const RANGE_PROPERTIES = [
  'address',
  'values',
  'numberFormat',
  'formulas',
  'rowIndex',
  'columnIndex',
];

const VISIBILITY: Record<'visible' | 'hidden' | 'veryHidden', Excel.SheetVisibility> = {
  visible: 'Visible' as Excel.SheetVisibility,
  hidden: 'Hidden' as Excel.SheetVisibility,
  veryHidden: 'VeryHidden' as Excel.SheetVisibility,
};

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function scalar(value: unknown): CellScalar {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return value === null || value === undefined ? '' : String(value);
}

/** A loaded Excel range as the contract's RangeSnapshot. */
export function rangeSnapshot(range: Excel.Range): RangeSnapshot {
  const { sheet, address } = splitSheet(range.address);
  const values = (range.values as unknown[][]).map((row) => row.map(scalar));
  const formulas = (range.formulas as unknown[][]).map((row, r) =>
    row.map((formula, c) =>
      // A text cell reads back its text in `formulas` too: only a "=…" that differs from the
      // value is a formula.
      typeof formula === 'string' && formula.startsWith('=') && formula !== values[r][c]
        ? formula
        : null,
    ),
  );
  return {
    sheet: sheet ?? '',
    address: address.replace(/\$/g, ''),
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    values,
    numberFormats: (range.numberFormat as unknown[][]).map((row) =>
      row.map((f) => String(f ?? 'General')),
    ),
    formulas,
  };
}

/** Rows and columns of a checked A1 block ("A5:O5"). */
function blockSize(address: string): { rows: number; columns: number } {
  const block = parseBlock(address)!;
  return { rows: heightOf(block), columns: widthOf(block) };
}

/** "Sheet!A5:B9, Sheet!I12:J12" → ["A5:B9", "I12:J12"] (RangeAreas: ExcelApi 1.9+). */
function mergedAddresses(areas: Excel.RangeAreas): string[] {
  if (areas.isNullObject) return [];
  return areas.address.split(',').map((a) => splitSheet(a).address.replace(/\$/g, ''));
}

export class OfficeHost implements WorkbookHost {
  private readonly locale: Locale;
  private readonly requirements: RequirementCheck;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeHostOptions = {},
  ) {
    this.locale = options.locale ?? 'zh-CN';
    this.requirements = options.requirements ?? officeRequirements();
  }

  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw officeError(error, this.locale);
    }
  }

  read(request: SnapshotRequest): Promise<WorkbookSnapshot> {
    return this.guarded(() =>
      this.run(async (context) => {
        const workbook = context.workbook;
        const names = unique(request.names).map((requested) => {
          const item = workbook.names.getItemOrNullObject(requested);
          // value (ExcelApi 1.1) rather than formula (1.7): for a range it is the address.
          item.load('name,type,value');
          const range = item.getRangeOrNullObject();
          range.load(RANGE_PROPERTIES);
          return { item, range };
        });
        const sheets = unique(request.sheets).map((requested) => {
          const sheet = workbook.worksheets.getItemOrNullObject(requested);
          sheet.load('name');
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load(RANGE_PROPERTIES);
          return { sheet, used };
        });
        workbook.worksheets.load(request.allSheets ? 'items/name,visibility' : 'items/name');
        await context.sync();

        const seen = new Set<string>();
        const nameSnapshots: NameSnapshot[] = [];
        for (const { item, range } of names) {
          if (item.isNullObject) continue;
          // Two requested spellings may find the same name.
          if (seen.has(item.name.toLowerCase())) continue;
          seen.add(item.name.toLowerCase());
          const type = String(item.type);
          const value: unknown = item.value;
          const formula =
            (type === 'Range' || type === 'Error') && typeof value === 'string'
              ? `=${value}`
              : undefined;
          const withFormula = formula === undefined ? {} : { formula };
          if (type === 'Error' || (typeof value === 'string' && /#REF!/i.test(value))) {
            nameSnapshots.push({
              name: item.name,
              range: null,
              problem: 'invalidReference',
              ...withFormula,
            });
          } else if (range.isNullObject) {
            nameSnapshots.push({
              name: item.name,
              range: null,
              problem: 'notARange',
              ...withFormula,
            });
          } else {
            nameSnapshots.push({ name: item.name, range: rangeSnapshot(range), ...withFormula });
          }
        }
        const sheetSnapshots: SheetSnapshot[] = sheets
          .filter(({ sheet }) => !sheet.isNullObject)
          .map(({ sheet, used }) => ({
            name: sheet.name,
            used: used.isNullObject ? null : rangeSnapshot(used),
          }));
        if (nameSnapshots.length === 0 && request.names.length > 0) {
          // No workbook-scoped name at all: look for names scoped to a sheet (a copied sheet).
          nameSnapshots.push(...(await this.readSheetScopedNames(context, unique(request.names))));
        }
        if (request.allSheets) {
          // Every sheet needs the sheet list first: one more sync, only for the recognizer.
          sheetSnapshots.push(...(await this.readAllSheets(context, sheetSnapshots)));
        }
        return {
          names: nameSnapshots,
          sheets: sheetSnapshots,
          sheetNames: workbook.worksheets.items.map((sheet) => sheet.name),
        };
      }),
    );
  }

  /**
   * Names scoped to a sheet (worksheet.names, ExcelApi 1.4), the first sheet's where several
   * have one of the same name. One more sync.
   */
  private async readSheetScopedNames(
    context: Excel.RequestContext,
    wanted: string[],
  ): Promise<NameSnapshot[]> {
    const lookups = context.workbook.worksheets.items.flatMap((sheet) =>
      wanted.map((requested) => {
        const item = sheet.names.getItemOrNullObject(requested);
        item.load('name,type,value');
        const range = item.getRangeOrNullObject();
        range.load(RANGE_PROPERTIES);
        return { scope: sheet.name, item, range };
      }),
    );
    await context.sync();
    const seen = new Set<string>();
    const found: NameSnapshot[] = [];
    for (const { scope, item, range } of lookups) {
      if (item.isNullObject || range.isNullObject || seen.has(item.name.toLowerCase())) continue;
      seen.add(item.name.toLowerCase());
      found.push({ name: item.name, range: rangeSnapshot(range), scope });
    }
    return found;
  }

  /**
   * Every sheet not read yet: its used range, its visibility and, where Excel can tell them
   * (ExcelApi 1.13), its merged areas. Hidden sheets are listed without their cells.
   */
  private async readAllSheets(
    context: Excel.RequestContext,
    already: SheetSnapshot[],
  ): Promise<SheetSnapshot[]> {
    const done = new Set(already.map((s) => s.name.toLowerCase()));
    const visibilityOf = (v: unknown): SheetSnapshot['visibility'] =>
      v === 'Visible' ? 'visible' : v === 'Hidden' ? 'hidden' : 'veryHidden';
    for (const snapshot of already) {
      const sheet = context.workbook.worksheets.items.find((s) => s.name === snapshot.name);
      if (sheet) snapshot.visibility = visibilityOf(sheet.visibility);
    }
    const reads = context.workbook.worksheets.items
      .filter((sheet) => !done.has(sheet.name.toLowerCase()))
      .map((sheet) => {
        const visibility = String(sheet.visibility);
        if (visibility !== 'Visible') return { sheet, visibility };
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load(RANGE_PROPERTIES);
        let areas: Excel.RangeAreas | undefined;
        if (this.requirements.isSetSupported('ExcelApi', '1.13')) {
          areas = used.getMergedAreasOrNullObject();
          areas.load('address');
        }
        return { sheet, visibility, used, areas };
      });
    await context.sync();
    return reads.map(({ sheet, visibility, used, areas }): SheetSnapshot => {
      const snapshot: SheetSnapshot = {
        name: sheet.name,
        used: used && !used.isNullObject ? rangeSnapshot(used) : null,
        visibility: visibilityOf(visibility),
      };
      if (areas && this.requirements.isSetSupported('ExcelApi', '1.13'))
        snapshot.merges = mergedAddresses(areas);
      return snapshot;
    });
  }

  /** Checks the plan before anything is queued: a malformed plan writes nothing. */
  private checkPlan(plan: WritePlan): void {
    for (const write of plan.writes) {
      const block = parseBlock(write.address);
      const rows = write.values.length;
      const columns = rows > 0 ? write.values[0].length : 0;
      const ragged = write.values.some((row) => row.length !== columns);
      const formats = write.numberFormats;
      const formatsFit =
        !formats || (formats.length === rows && formats.every((row) => row.length === columns));
      const formulas = write.formulas;
      const formulasFit =
        !formulas || (formulas.length === rows && formulas.every((row) => row.length === columns));
      const single = block !== null && heightOf(block) === 1 && widthOf(block) === 1;
      const blockFits =
        block !== null && (single || (heightOf(block) === rows && widthOf(block) === columns));
      const fits = formatsFit && formulasFit && blockFits;
      if (!block || rows === 0 || columns === 0 || ragged || !fits) {
        const address = whereOf(write.sheet, write.address);
        throw new OfficeHostError(
          'InvalidPlan',
          'office.error.planShape',
          { address },
          this.locale,
        );
      }
    }
    for (const layout of plan.layouts ?? []) {
      const blocks = [
        ...(layout.reset ? [layout.reset] : []),
        ...layout.merges,
        ...layout.styles.map((s) => s.address),
      ];
      const sizes = [...layout.columnWidths, ...Object.values(layout.rowHeights)];
      const bad =
        blocks.find((block) => !parseBlock(block)) ??
        sizes.find((size) => typeof size !== 'number' || !Number.isFinite(size) || size < 0);
      if (bad !== undefined) {
        throw new OfficeHostError(
          'InvalidPlan',
          'office.error.planLayout',
          { sheet: layout.sheet, value: String(bad) },
          this.locale,
        );
      }
    }
    const decoration = invalidDecoration(plan);
    if (decoration) {
      throw new OfficeHostError('InvalidPlan', 'office.error.planLayout', decoration, this.locale);
    }
    for (const name of plan.createNames) {
      if (splitSheet(name.reference).sheet === null) {
        throw new OfficeHostError(
          'InvalidPlan',
          'office.error.nameReference',
          { name: name.name, reference: name.reference },
          this.locale,
        );
      }
    }
  }

  async apply(plan: WritePlan): Promise<void> {
    if (
      plan.createSheets.length === 0 &&
      plan.createNames.length === 0 &&
      plan.writes.length === 0 &&
      (plan.layouts ?? []).length === 0 &&
      (plan.deleteNames ?? []).length === 0 &&
      (plan.deleteSheets ?? []).length === 0 &&
      !hasDecorations(plan)
    ) {
      return;
    }
    this.checkPlan(plan);
    await this.guarded(() =>
      this.run(async (context) => {
        try {
          this.queuePlan(context, plan);
        } catch (error) {
          // A call refused while queuing (ApiNotFound for a member above the ExcelApi level,
          // a check of the client library): Excel.run sends nothing of a batch that throws
          // before its sync, so nothing reached the workbook.
          throw new NothingWrittenError(officeError(error, this.locale));
        }
        await context.sync();
      }),
    );
  }

  /** Queues the whole plan on `context` (apply's one batch); sends nothing. */
  private queuePlan(context: Excel.RequestContext, plan: WritePlan): void {
    const worksheets = context.workbook.worksheets;
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string): Excel.Worksheet => {
      const key = name.toLowerCase();
      let found = sheets.get(key);
      if (!found) {
        found = worksheets.getItem(name);
        sheets.set(key, found);
      }
      return found;
    };
    // Deletions first (a rollback's, or a generated sheet being replaced): names first, so
    // that none is left pointing at #REF!; a sheet may then be created again by its name.
    for (const name of plan.deleteNames ?? []) context.workbook.names.getItem(name).delete();
    for (const name of plan.deleteSheets ?? []) {
      const doomed = worksheets.getItem(name);
      // Excel refuses to delete a very hidden sheet (OfficeDev/office-js#365): hide it first.
      doomed.visibility = VISIBILITY.hidden;
      doomed.delete();
    }
    for (const creation of plan.createSheets) {
      const added = worksheets.add(creation.name);
      if (creation.visibility && creation.visibility !== 'visible') {
        added.visibility = VISIBILITY[creation.visibility];
      }
      sheets.set(creation.name.toLowerCase(), added);
    }
    for (const name of plan.createNames) {
      const { sheet: sheetName, address } = splitSheet(name.reference);
      // A Range, not a string: a reference string without "=" would become a text constant.
      context.workbook.names.add(name.name, sheet(sheetName!).getRange(address.replace(/\$/g, '')));
    }
    const layouts = plan.layouts ?? [];
    for (const layout of layouts) queueLayoutReset(sheet(layout.sheet), layout);
    for (const write of plan.writes) this.queueWrite(sheet(write.sheet), write);
    for (const layout of layouts) queueLayout(sheet(layout.sheet), layout, blockSize);
    // Charts and conditional formats (decorations.ts), gated by what Excel supports.
    queueDecorations(sheet, plan, this.requirements);
  }

  private queueWrite(worksheet: Excel.Worksheet, write: CellWrite): void {
    const rows = write.values.length;
    const columns = write.values[0].length;
    // A single top-left cell stands for the whole block of the values' shape.
    const topLeft = parseBlock(write.address)!;
    const range = worksheet.getRange(
      blockAddress({
        top: topLeft.top,
        left: topLeft.left,
        bottom: topLeft.top + rows - 1,
        right: topLeft.left + columns - 1,
      }),
    );
    const formats = write.numberFormats;
    if (formats) range.numberFormat = formats;
    const values = write.values.map((row, r) =>
      row.map((value, c) => excelInputValue(value, formats?.[r][c] === '@')),
    );
    const formulas = write.formulas;
    if (formulas?.some((row) => row.some((formula) => formula))) {
      // Range.formulas takes constants too: one array restores formulas and values together.
      range.formulas = values.map((row, r) => row.map((value, c) => formulas[r]?.[c] ?? value));
    } else {
      range.values = values;
    }
  }
}
