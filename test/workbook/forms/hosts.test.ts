/**
 * Every host reads the sheets the recognizer needs (used range, merged areas where it can,
 * visibility), and the sample form is recognised the same through each: the fake Excel via
 * the Office host (with and without ExcelApi 1.13's merged areas) and the .xlsx host.
 */
import { fakeWorkbookFromTemplateSpec } from '../../../src/preview/template-workbook';
import { OfficeHost } from '../../../src/hosts/office';
import { runOnFakeWorkbook } from '../../../src/preview/run-on-fake';
import { openWorkbookBuffer, templateWorkbookBytes } from '../../../src/hosts/xlsx';
import { bindingPlan, formsRequest, recognizeForms } from '../../../src/workbook/forms';
import { sampleFormSpec } from '../../../src/workbook/forms/sample-form';
import { recalculate } from '../../../src/workbook';
import type { WorkbookHost } from '../../../src/workbook/port/types';

const { spec, layout } = sampleFormSpec();

async function officeHost(merges: boolean): Promise<OfficeHost> {
  const fake = await fakeWorkbookFromTemplateSpec(spec);
  const requirements = {
    isSetSupported: (_set: string, version?: string) => merges || version !== '1.13',
  };
  return new OfficeHost(runOnFakeWorkbook(fake), { requirements });
}

async function xlsxHost(): Promise<WorkbookHost> {
  return openWorkbookBuffer(await templateWorkbookBytes(spec), 'form.xlsx');
}

const hosts: [string, () => Promise<WorkbookHost>, boolean][] = [
  ['Office host, ExcelApi 1.13', () => officeHost(true), true],
  ['Office host below ExcelApi 1.13', () => officeHost(false), false],
  ['.xlsx host', xlsxHost, true],
];

describe.each(hosts)('%s', (_label, make, readsMerges) => {
  test('reads every sheet, with merges where it can, and the form is recognised', async () => {
    const host = await make();
    const snapshot = await host.read(formsRequest());
    const sheet = snapshot.sheets.find((s) => s.name === layout.sheet);
    expect(sheet?.visibility).toBe('visible');
    expect(sheet?.used?.address).toBe('A1:I25');
    if (readsMerges) expect(sheet?.merges).toEqual(expect.arrayContaining(['A5:B9', 'I12:J12']));
    else expect(sheet?.merges).toBeUndefined();
    const { forms, problems } = recognizeForms(snapshot);
    expect(problems).toEqual([]);
    expect(forms.map((f) => f.indicators.where)).toEqual([`${layout.sheet}!B12:I24`]);
  });

  test('the names defined by the binding make the recalculation work as on the template', async () => {
    const host = await make();
    const snapshot = await host.read(formsRequest());
    const [form] = recognizeForms(snapshot).forms;
    await host.apply(bindingPlan(form));
    const outcome = await recalculate(host, { conflictPolicy: 'refuse', now: new Date(0) });
    expect(outcome.problems).toEqual([]);
    expect(outcome.result?.total).toBe(99.26);
    const after = await host.read({ names: ['Result_Total', 'Budget_Final'], sheets: [] });
    const values = Object.fromEntries(after.names.map((n) => [n.name, n.range?.values[0][0]]));
    expect(values).toEqual({ Result_Total: 99.26, Budget_Final: 187.84 });
  });
});
