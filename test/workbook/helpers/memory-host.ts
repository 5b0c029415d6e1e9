/**
 * A tiny in-memory workbook and WorkbookHost for the contract's tests: cells with values,
 * number formats and formulas, workbook names over blocks, used ranges, and counters of
 * host.read / host.apply calls.
 */
import { cellAddress, parseBlock } from '../../../src/workbook/a1';
import type {
  CellScalar,
  NameSnapshot,
  RangeSnapshot,
  SnapshotRequest,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
} from '../../../src/workbook/port/types';

export interface Cell {
  value: CellScalar;
  format: string;
  formula: string | null;
}

export interface NameDef {
  name: string;
  /** "Sheet!A1:B2", or a broken reference ("#REF!") or a constant ("=0.9"). */
  reference: string;
}

export class MemoryWorkbook {
  readonly sheets = new Map<string, Map<string, Cell>>();
  readonly sheetOrder: string[] = [];
  readonly visibility = new Map<string, string>();
  readonly names: NameDef[] = [];

  sheet(name: string): Map<string, Cell> {
    let s = this.sheets.get(name);
    if (!s) {
      s = new Map();
      this.sheets.set(name, s);
      this.sheetOrder.push(name);
    }
    return s;
  }

  /** Puts a grid of values with its top-left at `at` ("B3"). */
  put(sheet: string, at: string, rows: CellScalar[][], formats?: (string | undefined)[][]): this {
    const block = parseBlock(at);
    if (!block) throw new Error(`bad address ${at}`);
    rows.forEach((row, r) =>
      row.forEach((value, c) =>
        this.set(sheet, block.top + r, block.left + c, value, formats?.[r]?.[c]),
      ),
    );
    return this;
  }

  set(sheet: string, row: number, column: number, value: CellScalar, format?: string): void {
    const s = this.sheet(sheet);
    const key = `${row},${column}`;
    const old = s.get(key);
    s.set(key, {
      value,
      format: format ?? old?.format ?? 'General',
      formula: null,
    });
  }

  formula(sheet: string, at: string, formula: string, value: CellScalar): void {
    const block = parseBlock(at);
    if (!block) throw new Error(`bad address ${at}`);
    this.sheet(sheet).set(`${block.top},${block.left}`, { value, format: 'General', formula });
  }

  get(sheet: string, at: string): Cell | undefined {
    const block = parseBlock(at);
    if (!block) throw new Error(`bad address ${at}`);
    return this.sheets.get(sheet)?.get(`${block.top},${block.left}`);
  }

  value(sheet: string, at: string): CellScalar {
    return this.get(sheet, at)?.value ?? '';
  }

  define(name: string, reference: string): this {
    this.names.push({ name, reference });
    return this;
  }

  range(sheet: string, top: number, left: number, bottom: number, right: number): RangeSnapshot {
    const s = this.sheets.get(sheet) ?? new Map<string, Cell>();
    const values: CellScalar[][] = [];
    const numberFormats: string[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = top; r <= bottom; r++) {
      const vr: CellScalar[] = [];
      const fr: string[] = [];
      const xr: (string | null)[] = [];
      for (let c = left; c <= right; c++) {
        const cell = s.get(`${r},${c}`);
        vr.push(cell?.value ?? '');
        fr.push(cell?.format ?? 'General');
        xr.push(cell?.formula ?? null);
      }
      values.push(vr);
      numberFormats.push(fr);
      formulas.push(xr);
    }
    const address =
      top === bottom && left === right
        ? cellAddress(top, left)
        : `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
    return { sheet, address, rowIndex: top, columnIndex: left, values, numberFormats, formulas };
  }

  usedRange(sheet: string): RangeSnapshot | null {
    const s = this.sheets.get(sheet);
    if (!s) return null;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of s) {
      if (cell.value === '' || cell.value === null) continue;
      const [r, c] = key.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : this.range(sheet, top, left, bottom, right);
  }

  snapshot(request: SnapshotRequest): WorkbookSnapshot {
    const wanted = new Set(request.names.map((n) => n.toLowerCase()));
    const names: NameSnapshot[] = [];
    for (const def of this.names) {
      if (!wanted.has(def.name.toLowerCase())) continue;
      const bang = def.reference.lastIndexOf('!');
      const sheet = def.reference.slice(0, bang);
      const block = bang > 0 ? parseBlock(def.reference.slice(bang + 1)) : null;
      if (def.reference.includes('#REF!') || (bang > 0 && !this.sheets.has(sheet))) {
        names.push({
          name: def.name,
          range: null,
          problem: 'invalidReference',
          formula: `=${def.reference}`,
        });
      } else if (!block) {
        names.push({ name: def.name, range: null, problem: 'notARange', formula: def.reference });
      } else {
        names.push({
          name: def.name,
          range: this.range(sheet, block.top, block.left, block.bottom, block.right),
          formula: `=${def.reference}`,
        });
      }
    }
    const sheets = request.sheets
      .filter((s) => this.sheets.has(s))
      .map((s) => ({ name: s, used: this.usedRange(s) }));
    return { names, sheets, sheetNames: [...this.sheetOrder] };
  }

  apply(plan: WritePlan): void {
    // Deletions first, as the real hosts do.
    for (const name of plan.deleteNames ?? []) {
      const i = this.names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
      if (i < 0) throw new Error(`no name ${name}`);
      this.names.splice(i, 1);
    }
    for (const name of plan.deleteSheets ?? []) {
      if (!this.sheets.has(name)) throw new Error(`no sheet ${name}`);
      this.sheets.delete(name);
      this.visibility.delete(name);
      this.sheetOrder.splice(this.sheetOrder.indexOf(name), 1);
    }
    for (const c of plan.createSheets) {
      if (this.sheets.has(c.name)) throw new Error(`sheet ${c.name} exists`);
      this.sheet(c.name);
      this.visibility.set(c.name, c.visibility ?? 'visible');
    }
    for (const w of plan.writes) {
      if (!this.sheets.has(w.sheet)) throw new Error(`no sheet ${w.sheet}`);
      const block = parseBlock(w.address);
      if (!block) throw new Error(`bad address ${w.address}`);
      const height = block.bottom - block.top + 1;
      const width = block.right - block.left + 1;
      const shapeOk =
        w.values.length === height &&
        w.values.every((row) => row.length === width) &&
        (!w.numberFormats ||
          (w.numberFormats.length === height &&
            w.numberFormats.every((row) => row.length === width)));
      if (!shapeOk) throw new Error(`shape mismatch writing ${w.sheet}!${w.address}`);
      w.values.forEach((row, r) =>
        row.forEach((value, c) =>
          this.set(w.sheet, block.top + r, block.left + c, value, w.numberFormats?.[r]?.[c]),
        ),
      );
    }
    for (const n of plan.createNames) this.define(n.name, n.reference);
  }

  /** Every cell as "Sheet!A1" → value, for before/after comparisons. */
  dump(sheet: string): Map<string, CellScalar> {
    const out = new Map<string, CellScalar>();
    for (const [key, cell] of this.sheets.get(sheet) ?? []) {
      const [r, c] = key.split(',').map(Number);
      out.set(cellAddress(r, c), cell.value);
    }
    return out;
  }
}

export class MemoryHost implements WorkbookHost {
  reads = 0;
  applies = 0;
  readonly plans: WritePlan[] = [];
  constructor(readonly workbook: MemoryWorkbook) {}

  read(request: SnapshotRequest): Promise<WorkbookSnapshot> {
    this.reads++;
    return Promise.resolve(this.workbook.snapshot(request));
  }

  apply(plan: WritePlan): Promise<void> {
    this.applies++;
    this.plans.push(plan);
    this.workbook.apply(plan);
    return Promise.resolve();
  }
}
