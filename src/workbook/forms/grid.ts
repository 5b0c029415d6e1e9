/** One sheet's used range as a grid addressed by 0-based sheet-absolute row and column. */
import { blockAddress, cellAddress, parseBlock, whereOf, type Block } from '../a1';
import { headerWords } from '../contract/headers';
import type { CellScalar, RangeSnapshot, SheetSnapshot } from '../port/types';

export class Grid {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly used: RangeSnapshot | null;
  private readonly merges: Block[];

  constructor(snapshot: SheetSnapshot) {
    this.sheet = snapshot.name;
    this.used = snapshot.used;
    const used = snapshot.used;
    this.top = used ? used.rowIndex : 0;
    this.left = used ? used.columnIndex : 0;
    this.bottom = used ? used.rowIndex + used.values.length - 1 : -1;
    this.right = used ? used.columnIndex + (used.values[0]?.length ?? 0) - 1 : -1;
    this.merges = (snapshot.merges ?? [])
      .map((m) => parseBlock(m))
      .filter((m): m is Block => m !== null);
  }

  value(r: number, c: number): CellScalar {
    if (!this.used) return '';
    return this.used.values[r - this.top]?.[c - this.left] ?? '';
  }

  numberFormat(r: number, c: number): string {
    if (!this.used) return 'General';
    return this.used.numberFormats[r - this.top]?.[c - this.left] ?? 'General';
  }

  text(r: number, c: number): string {
    const v = this.value(r, c);
    return v === null || v === undefined ? '' : String(v).trim();
  }

  blank(r: number, c: number): boolean {
    return this.text(r, c) === '';
  }

  /** The header words of a cell (normalised, printed suffixes dropped). */
  words(r: number, c: number): string {
    return headerWords(this.value(r, c));
  }

  row(r: number, left = this.left, right = this.right): CellScalar[] {
    const out: CellScalar[] = [];
    for (let c = left; c <= right; c++) out.push(this.value(r, c));
    return out;
  }

  /** The last column a cell reaches: its merged area's right edge, else itself. */
  mergedRight(r: number, c: number): number {
    const m = this.merges.find((b) => b.top <= r && r <= b.bottom && b.left === c);
    return m ? m.right : c;
  }

  /** Whether a cell lies inside a merged area without being its top-left cell. */
  covered(r: number, c: number): boolean {
    return this.merges.some(
      (b) =>
        b.top <= r && r <= b.bottom && b.left <= c && c <= b.right && (b.top !== r || b.left !== c),
    );
  }

  where(r: number, c: number): string {
    return whereOf(this.sheet, cellAddress(r, c));
  }

  block(top: number, left: number, bottom: number, right: number): string {
    return blockAddress({ top, left, bottom, right });
  }
}
