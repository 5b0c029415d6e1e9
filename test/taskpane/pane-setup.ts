/** The pane's backend on a fake Excel sample workbook (the preview's), recording every write. */
import { fakeWorkbookFromTemplateSpec } from '../../src/preview/template-workbook';
import type { FakeWorkbook } from '../../src/preview/fake-excel/workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { OperationQueue } from '../../src/hosts/office/queue';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { buildTemplateSpec } from '../../src/workbook/template/build';
import type { SnapshotRequest, WorkbookHost, WritePlan } from '../../src/workbook/port/types';
import type { PaneBackend, RecalcView } from '../../src/taskpane/backend';
import { createWorkbookBackend, type RowLocation } from '../../src/taskpane/workbook-backend';
import { sampleVariantPlan, type SampleKind } from '../../src/preview/samples';
import type { Locale } from '../../src/engine/types';

export const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
export const SHEET = spec.layout.sheet;
export const col = (key: string): string => spec.layout.columns[key];
export const row = (index: number): number => spec.layout.firstDataRow + index;
export const address = (name: string): string => spec.names.find((n) => n.name === name)!.address;

export interface Setup {
  fake: FakeWorkbook;
  backend: PaneBackend;
  reads: SnapshotRequest[];
  applied: WritePlan[];
  selected: RowLocation[];
}

export async function setup(sample: SampleKind = 'seed', locale: Locale = 'zh-CN'): Promise<Setup> {
  const fake = await fakeWorkbookFromTemplateSpec(spec);
  const office = new OfficeHost(runOnFakeWorkbook(fake), { locale });
  const variant = sampleVariantPlan(spec, sample);
  if (variant) await office.apply(variant);
  return backendOn(fake, office, locale);
}

/** The backend on a given fake workbook (an empty one, one whose sheets clash…). */
export function setupOn(fake: FakeWorkbook, locale: Locale = 'zh-CN'): Setup {
  return backendOn(fake, new OfficeHost(runOnFakeWorkbook(fake), { locale }), locale);
}

function backendOn(fake: FakeWorkbook, office: OfficeHost, locale: Locale): Setup {
  const reads: SnapshotRequest[] = [];
  const applied: WritePlan[] = [];
  const host: WorkbookHost = {
    read: (request) => {
      reads.push(request);
      return office.read(request);
    },
    apply: (plan) => {
      applied.push(plan);
      return office.apply(plan);
    },
  };
  const selected: RowLocation[] = [];
  const backend = createWorkbookBackend({
    host,
    queue: new OperationQueue(),
    locale,
    now: () => new Date('2024-03-01T08:00:00Z'),
    selectCells: async (location) => {
      selected.push(location);
    },
  });
  return { fake, backend, reads, applied, selected };
}

export function scored(view: RecalcView): Extract<RecalcView, { kind: 'scored' }> {
  if (view.kind !== 'scored') throw new Error(`expected a scored view, got ${view.kind}`);
  return view;
}

export const cell = (fake: FakeWorkbook, a1: string, sheet = SHEET) =>
  fake.model.getCell(sheet, a1);
