/**
 * Loads the template's host-independent spec (src/workbook/template: buildTemplateSpec) into a
 * fake workbook: the browser preview's workbook. Values, number formats, merged areas, sheet
 * visibility and names are kept; styles, widths, validations and print settings are not (the
 * fake has no use for them).
 */
import type { TemplateSpec } from '../../workbook/template/spec';
import { absoluteAddress, parseRect, quoteSheet } from './a1';
import { WorkbookModel, type SheetVisibility } from './model';
import { FakeWorkbook } from './workbook';

const VISIBILITY: Record<TemplateSpec['sheets'][number]['visibility'], SheetVisibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

function rectOf(address: string, where: string) {
  const rect = parseRect(address);
  if (!rect) throw new Error(`template spec: "${address}" is not an address (${where})`);
  return rect;
}

export function fakeWorkbookFromTemplateSpec(spec: TemplateSpec): FakeWorkbook {
  const model = new WorkbookModel();
  for (const templateSheet of spec.sheets) {
    const sheet = model.addSheet(templateSheet.name, VISIBILITY[templateSheet.visibility]);
    for (const cell of templateSheet.cells) {
      const { row, column } = rectOf(cell.address, templateSheet.name);
      // The spec holds values, never formulas: a string is text, even "=100%".
      sheet.setCell(row, column, {
        value: cell.value ?? '',
        numberFormat:
          cell.numberFormat && cell.numberFormat !== 'General' ? cell.numberFormat : undefined,
      });
    }
    for (const merge of templateSheet.merges) sheet.merges.push(rectOf(merge, templateSheet.name));
  }
  for (const name of spec.names) {
    const rect = rectOf(name.address, name.name);
    model.setName(name.name, `=${quoteSheet(name.sheet)}!${absoluteAddress(rect)}`);
  }
  return new FakeWorkbook(model);
}
