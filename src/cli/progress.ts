/** A one-line progress bar on standard error, drawn only when it is a terminal. */
import type { Console } from './io';
import { truncate } from './width';

const BAR = 24;

export class Progress {
  private drawn = false;

  constructor(
    private readonly c: Console,
    private readonly total: number,
  ) {}

  private get enabled(): boolean {
    return this.c.io.isTTY;
  }

  /** Shows `done` of `total` finished, working on `file`. */
  update(done: number, file: string): void {
    if (!this.enabled) return;
    const filled = this.total ? Math.round((done / this.total) * BAR) : BAR;
    const bar = '#'.repeat(filled) + '.'.repeat(BAR - filled);
    const line = this.c.msg('cli.batch.progress', {
      bar,
      done,
      total: this.total,
      file: truncate(file, 30),
    });
    this.c.io.stderr.write(`\r\u001b[2K${line}`);
    this.drawn = true;
  }

  /** Erases the bar (before printing a normal line, and at the end). */
  clear(): void {
    if (!this.enabled || !this.drawn) return;
    this.c.io.stderr.write('\r\u001b[2K');
    this.drawn = false;
  }
}
