/**
 * Loads the template's host-independent spec (src/workbook/template: buildTemplateSpec) into a
 * fake workbook: the browser preview's workbook. Values, number formats, merged areas, cell
 * styles (as Excel's Range.format would hold them), column widths, row heights, sheet
 * visibility and names are kept; validations, frozen panes and print settings are not (the
 * fake does not model them).
 */
import type { CellStyle } from '../../workbook/port/types';
import type { TemplateSpec } from '../../workbook/template/spec';
import { absoluteAddress, parseBlock, whereOf } from '../../workbook/a1';
import { columnWidthPoints } from '../../hosts/column-width';
import { type CellFormat, WorkbookModel, type SheetVisibility } from './model';
import { FakeWorkbook } from './workbook';

const VISIBILITY: Record<TemplateSpec['sheets'][number]['visibility'], SheetVisibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
/** The template's thin grey border (src/hosts/xlsx/template-writer.ts, office/layout.ts). */
const THIN = { style: 'Continuous', weight: 'Thin', color: '#808080' };

/** A template style as the cell format Excel's Range.format reports after 插入模板. */
export function cellFormatOf(style: CellStyle): CellFormat {
  const format: CellFormat = {};
  if (style.bold) format.bold = true;
  if (style.fontSize) format.fontSize = style.fontSize;
  if (style.fill) format.fill = `#${style.fill.toUpperCase()}`;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) format.wrapText = true;
  if (style.border) format.borders = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  return format;
}

function rectOf(address: string, where: string) {
  const rect = parseBlock(address);
  if (!rect) throw new Error(`template spec: "${address}" is not an address (${where})`);
  return rect;
}

export function fakeWorkbookFromTemplateSpec(spec: TemplateSpec): FakeWorkbook {
  const model = new WorkbookModel();
  for (const templateSheet of spec.sheets) {
    const sheet = model.addSheet(templateSheet.name, VISIBILITY[templateSheet.visibility]);
    for (const cell of templateSheet.cells) {
      const { top: row, left: column } = rectOf(cell.address, templateSheet.name);
      // A string value is text, even "=100%"; a formula only where the spec gives one (预算明细's
      // 合计), with its result as the value.
      sheet.setCell(row, column, {
        value: cell.value ?? '',
        formula: cell.formula,
        numberFormat:
          cell.numberFormat && cell.numberFormat !== 'General' ? cell.numberFormat : undefined,
      });
    }
    for (const cell of templateSheet.cells) {
      if (!cell.style) continue;
      const { top: row, left: column } = rectOf(cell.address, templateSheet.name);
      sheet.setFormat(row, column, cellFormatOf(cell.style));
    }
    templateSheet.columnWidths.forEach((width, column) =>
      sheet.columnWidths.set(column, columnWidthPoints(width)),
    );
    for (const [row, height] of Object.entries(templateSheet.rowHeights))
      sheet.rowHeights.set(Number(row) - 1, height);
    for (const merge of templateSheet.merges) sheet.merges.push(rectOf(merge, templateSheet.name));
  }
  for (const name of spec.names) {
    const rect = rectOf(name.address, name.name);
    model.setName(name.name, `=${whereOf(name.sheet, absoluteAddress(rect))}`);
  }
  return new FakeWorkbook(model);
}
