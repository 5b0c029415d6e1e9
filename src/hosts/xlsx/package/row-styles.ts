/**
 * The styles of formatted rows (customFormat="1"), kept as runs of consecutive rows with the
 * same style: a sheet whose million rows are all formatted alike costs one run, not a million
 * entries. Rows come in ascending order, as a worksheet lists them; a sheet that lists them
 * out of order is still answered right (by a search from the last run back).
 */
export class RowStyles {
  /** Flat runs: first row, last row, style, first row, … */
  private readonly runs: number[] = [];
  private ordered = true;

  set(row: number, style: number): void {
    const n = this.runs.length;
    if (n && row <= this.runs[n - 2]) this.ordered = false;
    if (n && this.runs[n - 2] === row - 1 && this.runs[n - 1] === style) this.runs[n - 2] = row;
    else this.runs.push(row, row, style);
  }

  /** The style of `row`, or undefined when it is not a formatted row. */
  get(row: number): number | undefined {
    if (!this.ordered) {
      for (let at = this.runs.length - 3; at >= 0; at -= 3) {
        if (row >= this.runs[at] && row <= this.runs[at + 1]) return this.runs[at + 2];
      }
      return undefined;
    }
    let low = 0;
    let high = this.runs.length / 3 - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const first = this.runs[mid * 3];
      if (row < first) high = mid - 1;
      else if (row > this.runs[mid * 3 + 1]) low = mid + 1;
      else return this.runs[mid * 3 + 2];
    }
    return undefined;
  }
}
