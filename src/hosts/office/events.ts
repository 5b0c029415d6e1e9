/**
 * A small store of recalculation events, so that a recalculation started from the ribbon shows
 * in an open task pane (the shared runtime: the ribbon command and the pane run in the same
 * JavaScript runtime and so share this module's `recalcEvents`).
 */

export type RecalcSource = 'ribbon' | 'pane' | 'shortcut';

export type RecalcEvent<Outcome> =
  | { type: 'started'; source: RecalcSource }
  | { type: 'finished'; source: RecalcSource; outcome: Outcome }
  | { type: 'failed'; source: RecalcSource; error: unknown; message: string };

export type RecalcListener<Outcome> = (event: RecalcEvent<Outcome>) => void;

export class RecalcEvents<Outcome> {
  private readonly listeners = new Set<RecalcListener<Outcome>>();
  private lastEvent: RecalcEvent<Outcome> | null = null;

  /** The latest event (a pane opened after a ribbon recalculation shows its outcome). */
  get last(): RecalcEvent<Outcome> | null {
    return this.lastEvent;
  }

  /** Listens to every later event; returns the function that stops listening. */
  subscribe(listener: RecalcListener<Outcome>): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Listens to finished recalculations only, optionally not those of one source (a pane that
   * shows its own recalculations already passes except: 'pane').
   */
  onFinished(
    listener: (outcome: Outcome, source: RecalcSource) => void,
    options: { except?: RecalcSource } = {},
  ): () => void {
    return this.subscribe((event) => {
      if (event.type === 'finished' && event.source !== options.except) {
        listener(event.outcome, event.source);
      }
    });
  }

  publish(event: RecalcEvent<Outcome>): void {
    this.lastEvent = event;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A failing listener (a closed pane) must not stop the others or the recalculation.
      }
    }
  }
}
