/**
 * A sheet layout's frame edits (what lies around the rows; the cells' looks and the rows'
 * heights are patched with the rows, sheet-patch.ts): merged areas (those over a reset block
 * removed first), column widths, drop-down lists, frozen panes and print setup. Each edit
 * touches only its own elements and attributes; every other element stays as it was.
 */
import {
  blockAddress,
  blocksOverlap,
  cellAddress,
  parseBlock,
  type Block,
} from '../../../workbook/a1';
import type {
  ListValidation,
  PageMargins,
  PrintSetup,
  SheetLayout,
} from '../../../workbook/port/types';
import { mergedAreas } from './sheet-cells';
import { childText, setChild, withPrefix, worksheetPrefix } from './worksheet-children';
import { attributesOf, escapeText, withAttributes } from './xml';

/** A checked A1 block of a layout; a malformed address is the plan's error. */
export function layoutBlock(address: string): Block {
  const block = parseBlock(address);
  if (!block) throw new Error(`layout address is not an A1 block: ${address}`);
  return block;
}

/** The sheet's merged areas: those overlapping `reset` or a new area dropped, the new added. */
function withMerges(xml: string, merges: Block[], reset: Block | null): string {
  const kept = mergedAreas(childText(xml, 'mergeCells') ?? '').filter(
    (area) => !(reset && blocksOverlap(area, reset)) && !merges.some((m) => blocksOverlap(m, area)),
  );
  const all = [...kept, ...merges];
  if (!all.length) return setChild(xml, 'mergeCells', null);
  const cells = all.map((b) => `<mergeCell ref="${blockAddress(b)}"/>`).join('');
  const element = `<mergeCells count="${all.length}">${cells}</mergeCells>`;
  return setChild(xml, 'mergeCells', withPrefix(element, worksheetPrefix(xml)));
}

interface ColumnRun {
  min: number;
  max: number;
  /** The <col> start tag's attributes other than min and max, as written. */
  attrs: string;
}

/** The sheet's <col> runs with the given widths (from column A) set on their columns. */
function withColumnWidths(xml: string, widths: number[]): string {
  if (!widths.length) return xml;
  const p = worksheetPrefix(xml);
  const runs: ColumnRun[] = [];
  for (const m of (childText(xml, 'cols') ?? '').matchAll(/<(?:\w+:)?col\b([^>]*?)\/?>/g)) {
    const a = attributesOf(m[1]);
    const attrs = m[1].replace(/\s*\b(min|max)\s*=\s*"[^"]*"/g, '').trim();
    runs.push({ min: Number(a.min), max: Number(a.max), attrs });
  }
  widths.forEach((width, i) => {
    const column = i + 1;
    const set = (attrs: string): string =>
      withAttributes(`<col ${attrs}>`, { width: String(width), customWidth: '1' })
        .slice(5, -1)
        .trim();
    const at = runs.findIndex((r) => r.min <= column && column <= r.max);
    if (at < 0) {
      runs.push({ min: column, max: column, attrs: set('') });
      return;
    }
    const run = runs[at];
    const pieces: ColumnRun[] = [];
    if (run.min < column) pieces.push({ ...run, max: column - 1 });
    pieces.push({ min: column, max: column, attrs: set(run.attrs) });
    if (column < run.max) pieces.push({ ...run, min: column + 1 });
    runs.splice(at, 1, ...pieces);
  });
  runs.sort((a, b) => a.min - b.min);
  // Neighbouring columns alike are one run again.
  const joined: ColumnRun[] = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    if (last && last.max + 1 === run.min && last.attrs === run.attrs) last.max = run.max;
    else joined.push({ ...run });
  }
  const cols = joined
    .map((r) => `<${p}col min="${r.min}" max="${r.max}"${r.attrs ? ` ${r.attrs}` : ''}/>`)
    .join('');
  return setChild(xml, 'cols', `<${p}cols>${cols}</${p}cols>`);
}

function validationXml(v: ListValidation): string {
  const attrs: [string, string | undefined][] = [
    ['type', 'list'],
    ['errorStyle', v.strict ? 'stop' : undefined],
    ['allowBlank', '1'],
    ['showInputMessage', v.prompt ? '1' : undefined],
    ['showErrorMessage', v.strict ? '1' : undefined],
    ['error', v.strict ? v.error : undefined],
    ['promptTitle', v.promptTitle],
    ['prompt', v.prompt],
    ['sqref', blockAddress(layoutBlock(v.range))],
  ];
  const text = attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, value]) => ` ${k}="${escapeText(value)}"`)
    .join('');
  return `<dataValidation${text}><formula1>${escapeText(`"${v.list.join(',')}"`)}</formula1></dataValidation>`;
}

/** The blocks of `a` outside `b` (at most four). */
function without(a: Block, b: Block): Block[] {
  if (!blocksOverlap(a, b)) return [a];
  const out: Block[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/**
 * The sheet's drop-down lists with `lists` added: the cells they cover leave any other
 * validation (a cell has one validation; Excel repairs a file where ranges overlap).
 */
function withValidations(xml: string, lists: ListValidation[]): string {
  if (!lists.length) return xml;
  const p = worksheetPrefix(xml);
  const covered = lists.map((v) => layoutBlock(v.range));
  const existing = childText(xml, 'dataValidations') ?? '';
  const kept: string[] = [];
  const re = new RegExp(
    `<${p}dataValidation\\b([^>]*?)(?:\\/>|>[\\s\\S]*?<\\/${p}dataValidation>)`,
    'g',
  );
  for (const m of existing.matchAll(re)) {
    const sqref = attributesOf(m[1]).sqref ?? '';
    let blocks = sqref
      .split(/\s+/)
      .map((ref) => parseBlock(ref.replace(/\$/g, '')))
      .filter((b): b is Block => b !== null);
    for (const c of covered) blocks = blocks.flatMap((b) => without(b, c));
    if (!blocks.length) continue;
    const refs = blocks.map(blockAddress).join(' ');
    kept.push(m[0].replace(/\bsqref\s*=\s*"[^"]*"/, `sqref="${refs}"`));
  }
  const open = /^<(?:\w+:)?dataValidations\b([^>]*?)\/?>/.exec(existing);
  const attrs = (open?.[1] ?? '').replace(/\s*\bcount\s*=\s*"[^"]*"/, '');
  const all = [...kept, ...lists.map((v) => withPrefix(validationXml(v), p))];
  const element = `<${p}dataValidations${attrs} count="${all.length}">${all.join('')}</${p}dataValidations>`;
  return setChild(xml, 'dataValidations', element);
}

/** The first sheet view with rows and columns frozen (none: the panes unfrozen). */
function withFreeze(xml: string, freeze: { rows: number; columns: number }): string {
  const p = worksheetPrefix(xml);
  const { rows, columns } = freeze;
  let pane = '';
  if (rows || columns) {
    const active = rows && columns ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
    const topLeft = cellAddress(rows, columns);
    pane = withPrefix(
      `<pane${columns ? ` xSplit="${columns}"` : ''}${rows ? ` ySplit="${rows}"` : ''}` +
        ` topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
        `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`,
      p,
    );
  }
  const views = childText(xml, 'sheetViews');
  if (!views) {
    if (!pane) return xml;
    const element = withPrefix('<sheetViews><sheetView workbookViewId="0">', p) + pane;
    return setChild(xml, 'sheetViews', element + withPrefix('</sheetView></sheetViews>', p));
  }
  const re = new RegExp(`<${p}sheetView\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${p}sheetView>)`);
  const view = re.exec(views);
  if (!view) return xml;
  const open = /^<[^>]*>/.exec(view[0])![0];
  const selfClosing = open.endsWith('/>');
  const inner = selfClosing ? '' : view[0].slice(open.length, view[0].lastIndexOf('</'));
  // The old panes and their selections go; what else the view holds (pivot selections) stays.
  const rest = inner
    .replace(new RegExp(`<${p}pane\\b[^>]*?\\/>`, 'g'), '')
    .replace(new RegExp(`<${p}selection\\b[^>]*?\\/>`, 'g'), '');
  const start = open.replace(/\s*\/?>$/, '');
  const body = pane + rest;
  const element = body ? `${start}>${body}</${p}sheetView>` : `${start}/>`;
  const edited = views.slice(0, view.index) + element + views.slice(view.index + view[0].length);
  return setChild(xml, 'sheetViews', edited);
}

/** <sheetPr> with <pageSetUpPr fitToPage="1"/> (its last child: CT_SheetPr). */
function fittedSheetPr(sheetPr: string | null, p: string): string {
  const fit = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (!sheetPr) return `<${p}sheetPr>${fit}</${p}sheetPr>`;
  if (/^<[^>]*\/>$/.test(sheetPr)) return `${sheetPr.replace(/\s*\/>$/, '>')}${fit}</${p}sheetPr>`;
  const setUp = new RegExp(`<${p}pageSetUpPr\\b[^>]*>`).exec(sheetPr);
  if (setUp) return sheetPr.replace(setUp[0], withAttributes(setUp[0], { fitToPage: '1' }));
  return sheetPr.replace(new RegExp(`</${p}sheetPr>$`), `${fit}</${p}sheetPr>`);
}

/** Excel's default margins (inches), written where a sheet has none. */
const EXCEL_MARGINS: PageMargins = {
  left: 0.7,
  right: 0.7,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/**
 * A4, the orientation, fit to one page wide, centred, the margins: <sheetPr>, <printOptions>,
 * <pageMargins>, <pageSetup>.
 */
function withPrint(xml: string, print: PrintSetup): string {
  const p = worksheetPrefix(xml);
  let out = xml;
  if (print.fitToWidth) out = setChild(out, 'sheetPr', fittedSheetPr(childText(out, 'sheetPr'), p));
  if (print.centerHorizontally) {
    const options = childText(out, 'printOptions') ?? `<${p}printOptions/>`;
    out = setChild(out, 'printOptions', withAttributes(options, { horizontalCentered: '1' }));
  }
  // pageSetup follows pageMargins, which Excel always writes (with its default margins).
  const margins = print.margins ?? (childText(out, 'pageMargins') ? null : EXCEL_MARGINS);
  if (margins) {
    const values = Object.fromEntries(Object.entries(margins).map(([k, v]) => [k, String(v)]));
    const element = childText(out, 'pageMargins') ?? `<${p}pageMargins/>`;
    out = setChild(out, 'pageMargins', withAttributes(element, values));
  }
  const setup: Record<string, string> = { paperSize: '9', orientation: print.orientation };
  if (print.fitToWidth) Object.assign(setup, { fitToWidth: '1', fitToHeight: '0' });
  const pageSetup = childText(out, 'pageSetup') ?? `<${p}pageSetup/>`;
  return setChild(out, 'pageSetup', withAttributes(pageSetup, setup));
}

/** A sheet's frame with a layout's merges, column widths, lists, panes and print setup. */
export function layoutFrame(xml: string, layout: SheetLayout): string {
  const reset = layout.reset ? layoutBlock(layout.reset) : null;
  let out = withMerges(xml, layout.merges.map(layoutBlock), reset);
  out = withColumnWidths(out, layout.columnWidths);
  out = withValidations(out, layout.validations ?? []);
  if (layout.freeze) out = withFreeze(out, layout.freeze);
  if (layout.print) out = withPrint(out, layout.print);
  return out;
}
