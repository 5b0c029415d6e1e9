/**
 * A recognised form as the pane shows it: its parts in reading order with their cells, and one
 * part moved onto a range the user selected (用所选区域), the other parts left as they were.
 */
import { fakeWorkbookFromTemplateSpec } from '../../../src/preview/template-workbook';
import { OfficeHost } from '../../../src/hosts/office';
import { runOnFakeWorkbook } from '../../../src/preview/run-on-fake';
import { bindingPlan, formsRequest, recognizeForms } from '../../../src/workbook/forms';
import { formParts, withPart } from '../../../src/workbook/forms/parts';
import { sampleFormSpec } from '../../../src/workbook/forms/sample-form';
import type { FormBinding } from '../../../src/workbook/forms';

const { spec, layout } = sampleFormSpec();
const S = layout.sheet;

async function recognised(): Promise<FormBinding> {
  const host = new OfficeHost(runOnFakeWorkbook(await fakeWorkbookFromTemplateSpec(spec)));
  const found = recognizeForms(await host.read(formsRequest()));
  expect(found.problems).toEqual([]);
  return found.forms[0];
}

describe('the parts of a recognised form', () => {
  it('lists the budget row, the table with its rows and the total, with their cells', async () => {
    const parts = formParts(await recognised());
    expect(parts.map((p) => p.key)).toEqual(['budget', 'indicators', 'total']);
    expect(parts[0].where).toMatch(
      new RegExp(`^${S}!D${layout.budgetRow}:[A-Z]+${layout.budgetRow}$`),
    );
    expect(parts[1].rowCount).toBe(8);
    expect(parts[2].where).toBe(`${S}!H${layout.totalRow}`);
  });

  it('moves one part onto the selected range and leaves the others', async () => {
    const binding = await recognised();
    const total = withPart(binding, 'total', S, `G${layout.totalRow}:H${layout.totalRow}`)!;
    expect(formParts(total).find((p) => p.key === 'total')?.where).toBe(`${S}!G${layout.totalRow}`);
    expect(formParts(total).find((p) => p.key === 'indicators')).toEqual(
      formParts(binding).find((p) => p.key === 'indicators'),
    );
    const table = withPart(binding, 'indicators', S, `B12:J20`)!;
    expect(formParts(table).find((p) => p.key === 'indicators')).toEqual({
      key: 'indicators',
      where: `${S}!B12:J20`,
      rowCount: 8,
    });
    // The budget row moved one row down keeps its columns.
    const budget = withPart(binding, 'budget', S, `D${layout.budgetRow + 1}`)!;
    const before = binding.names.find((n) => n.name === 'Budget_Final')!.address;
    const after = budget.names.find((n) => n.name === 'Budget_Final')!.address;
    expect(after).toBe(before.replace(String(layout.budgetRow), String(layout.budgetRow + 1)));
    // The names a confirmation defines follow the move; nothing else is written.
    const plan = bindingPlan(total);
    expect(plan.writes).toEqual([]);
    expect(plan.createNames).toContainEqual({
      name: 'Result_Total',
      reference: `${S}!G${layout.totalRow}`,
    });
    expect(withPart(binding, 'total', S, 'not a range')).toBeNull();
  });
});
