/**
 * A worksheet part read as a stream of text, row by row: the reader (the cells it keeps) and
 * the patcher (the rows it rewrites) both walk a sheet through streamSheet(), so a sheet is
 * never held whole, however many rows it declares. What lies around the rows (the sheet's
 * "frame": everything before and including <sheetData>, everything from </sheetData>) is
 * small and handed over whole.
 *
 * A row element cut by a chunk boundary is carried over to the next chunk; the text between
 * rows (whitespace) is handed over as it is, so that a copy of every piece is the sheet again.
 */

/** One <row> element as written. */
export interface RowElement {
  /** 1-based row number (its r attribute, or the row after the previous one). */
  row: number;
  /** The namespace prefix of the element ("x:" or ""). */
  prefix: string;
  /** The start tag (`<row r="3" spans="1:5">` or `<row r="3"/>`). */
  open: string;
  /** The start tag's attribute text. */
  attrs: string;
  /** The text between the start and end tags; null for a self-closing row. */
  body: string | null;
  /** The whole element. */
  text: string;
}

/** A sheet's text without its rows: `head` ends with <sheetData…>, `tail` starts with </sheetData>. */
export interface SheetFrame {
  head: string;
  tail: string;
}

export interface SheetVisitor {
  /** The text before the first row (up to and including the <sheetData> start tag). */
  head?(head: string): void;
  /** Text between rows (or after the last one), as written. */
  between?(text: string): void;
  row?(row: RowElement): void;
  /** The text from </sheetData> (or after <sheetData/>) to the end. */
  tail?(tail: string): void;
  /** Called after each chunk's rows: where a writer waits for its compressor. */
  chunkDone?(): Promise<void>;
}

const SHEET_DATA_OPEN = /<(\w+:)?sheetData\b[^>]*?(\/?)>/;
const ROW_RE = /<(\w+:)?row\b([^>]*?)(\/?)>/g;
const R_ATTR = /\br\s*=\s*"([^"]*)"/;

/** The row number of a <row> start tag's attributes. */
export function rowNumber(attrs: string, previous: number): number {
  const r = R_ATTR.exec(attrs);
  return r ? Number(r[1]) : previous + 1;
}

/** Walks a worksheet's text, given in chunks, row by row (see SheetVisitor). */
export async function streamSheet(text: AsyncIterable<string>, visit: SheetVisitor): Promise<void> {
  let buf = '';
  let phase: 'head' | 'rows' | 'tail' = 'head';
  let closeTag = '';
  let previousRow = 0;
  for await (const chunk of text) {
    buf = buf ? buf + chunk : chunk;
    if (phase === 'head') {
      const open = SHEET_DATA_OPEN.exec(buf);
      if (!open) continue;
      const end = open.index + open[0].length;
      visit.head?.(buf.slice(0, end));
      buf = buf.slice(end);
      if (open[2] === '/') phase = 'tail';
      else {
        phase = 'rows';
        closeTag = `</${open[1] ?? ''}sheetData>`;
      }
    }
    if (phase === 'rows') {
      let at = 0;
      const closeAt = buf.indexOf(closeTag);
      for (;;) {
        ROW_RE.lastIndex = at;
        const m = ROW_RE.exec(buf);
        if (!m || (closeAt >= 0 && m.index > closeAt)) break;
        const bodyStart = ROW_RE.lastIndex;
        let end = bodyStart;
        let body: string | null = null;
        if (m[3] !== '/') {
          const close = buf.indexOf(`</${m[1] ?? ''}row>`, bodyStart);
          if (close < 0) break; // the rest of the row comes with the next chunk
          body = buf.slice(bodyStart, close);
          end = close + 6 + (m[1]?.length ?? 0);
        }
        if (m.index > at) visit.between?.(buf.slice(at, m.index));
        previousRow = rowNumber(m[2], previousRow);
        visit.row?.({
          row: previousRow,
          prefix: m[1] ?? '',
          open: m[0],
          attrs: m[2],
          body,
          text: buf.slice(m.index, end),
        });
        at = end;
      }
      if (closeAt >= 0) {
        if (closeAt > at) visit.between?.(buf.slice(at, closeAt));
        buf = buf.slice(closeAt);
        phase = 'tail';
      } else buf = buf.slice(at);
    }
    if (visit.chunkDone) await visit.chunkDone();
  }
  if (phase === 'head') throw new Error('worksheet without <sheetData>');
  if (phase === 'rows') throw new Error('worksheet without </sheetData>');
  visit.tail?.(buf);
}

/** The frame of a worksheet's text (its rows skipped). */
export async function sheetFrameOf(text: AsyncIterable<string>): Promise<SheetFrame> {
  const frame: SheetFrame = { head: '', tail: '' };
  await streamSheet(text, {
    head: (head) => (frame.head = head),
    tail: (tail) => (frame.tail = tail),
  });
  return frame;
}
