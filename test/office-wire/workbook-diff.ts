/**
 * Two fake workbooks compared cell by cell: the sheets in order with their visibility, every
 * cell's value, formula and number format, fills, fonts, alignment and borders, conditional
 * formats (test/faults/fake-state.ts), and beyond that the merged areas, charts, column widths
 * and row heights of each sheet and every defined name (formula, visibility, comment).
 * `workbookDifferences` lists what differs, one line per item ("绩效自评表!K6 {…} ≠ {…}").
 */
import type { FakeWorkbook } from '../../src/preview/fake-excel';
import { blockAddress } from '../../src/workbook/a1';
import { fakeState } from '../faults/fake-state';

/** The workbook flattened to item → description. */
function items(fake: FakeWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  const state = fakeState(fake);
  out.set('sheets', state.sheets.map((s) => `${s.name} (${s.visibility})`).join(', '));
  for (const sheet of state.sheets) {
    for (const [address, cell] of Object.entries(sheet.cells)) {
      out.set(`${sheet.name}!${address}`, JSON.stringify(cell));
    }
    for (const line of sheet.formats) {
      const space = line.indexOf(' ');
      out.set(`${sheet.name}!${line.slice(0, space)} format`, line.slice(space + 1));
    }
    sheet.conditionalFormats.forEach((cf, i) =>
      out.set(`${sheet.name} conditional format ${i + 1}`, cf),
    );
    const model = fake.model.sheet(sheet.name)!;
    out.set(
      `${sheet.name} merges`,
      model.merges
        .map((m) => blockAddress(m))
        .sort()
        .join(' '),
    );
    model.charts.forEach((chart, i) =>
      out.set(`${sheet.name} chart ${i + 1}`, JSON.stringify(chart)),
    );
    for (const [column, width] of model.columnWidths) {
      out.set(`${sheet.name} column ${column + 1} width`, String(width));
    }
    for (const [row, height] of model.rowHeights) {
      out.set(`${sheet.name} row ${row + 1} height`, String(height));
    }
  }
  for (const name of fake.model.names.values()) {
    out.set(
      `name ${name.name}`,
      JSON.stringify({ formula: name.formula, visible: name.visible, comment: name.comment }),
    );
  }
  return out;
}

/** Every item that differs between the two workbooks ("(none)" where one lacks it). */
export function workbookDifferences(actual: FakeWorkbook, expected: FakeWorkbook): string[] {
  const a = items(actual);
  const b = items(expected);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys
    .filter((key) => a.get(key) !== b.get(key))
    .map((key) => `${key}: ${a.get(key) ?? '(none)'} ≠ ${b.get(key) ?? '(none)'}`);
}
