/**
 * The request context and proxy objects of the fake Excel, behaving like Office.js:
 *
 * - Proxies are created at once and refer to nothing yet; what they refer to is resolved when
 *   a queued operation first uses them, at sync() (so worksheets.getItem("missing") fails at
 *   sync(), and only when something is done with the sheet).
 * - Property reads need load() + sync() first, else they throw PropertyNotLoaded (code
 *   "PropertyNotLoaded"), synchronously, as Office.js does. A property that was set reads back
 *   the value set. `isNullObject` is readable after the sync that resolved the object.
 * - Operations run in the order queued, at sync(). The first failing operation rejects the
 *   sync() with its error (ItemNotFound, InvalidArgument, InvalidReference, AccessDenied...);
 *   the operations queued before it stay applied and those after it are dropped, which is what
 *   Excel does (a batch is not a transaction).
 */
import { FakeExcelError, ErrorCodes, propertyNotLoaded } from './errors';

export type LoadOption = string | string[] | { select?: string | string[] };

export interface QueuedOperation {
  /** "Range.values", "WorksheetCollection.getItem"... */
  location: string;
  run: () => void;
}

/** The side of the fake that counts syncs and operations and injects faults. */
export interface SyncEngine {
  beginSync(): void;
  beforeOperation(location: string): void;
}

export class FakeRequestContext {
  private queue: QueuedOperation[] = [];
  /** Syncs made through this context. */
  syncCount = 0;

  constructor(private readonly engine: SyncEngine) {}

  /** @internal */
  enqueue(operation: QueuedOperation): void {
    this.queue.push(operation);
  }

  /**
   * @internal Drops the operations queued and not yet run (the wire interpreter, when a
   * request fails before its queued operations were sent: Excel drops what follows a failure).
   */
  discardPending(): void {
    this.queue = [];
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    this.syncCount += 1;
    // Office.js answers asynchronously, after a round trip.
    await Promise.resolve();
    this.engine.beginSync();
    for (const operation of operations) {
      this.engine.beforeOperation(operation.location);
      try {
        operation.run();
      } catch (error) {
        if (error instanceof FakeExcelError && !error.debugInfo.errorLocation) {
          error.debugInfo.errorLocation = operation.location;
        }
        throw error;
      }
    }
  }
}

export function parseLoadOption(option: LoadOption | undefined): string[] | null {
  if (option === undefined) return null;
  const select = typeof option === 'object' && !Array.isArray(option) ? option.select : option;
  if (select === undefined) return null;
  const list = Array.isArray(select) ? select : select.split(',');
  const names = list.map((p) => p.trim()).filter((p) => p !== '');
  return names.length > 0 ? names : null;
}

/** The base of every proxy: resolution, load, loaded properties, null objects. */
export abstract class FakeClientObject<T> {
  private resolution: { target: T | null } | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown = false;

  protected abstract readProperty(target: T, property: string): unknown;

  constructor(
    readonly context: FakeRequestContext,
    /** The Excel API type name, for messages: "Range", "Worksheet"... */
    protected readonly typeName: string,
    /** The scalar properties load() without arguments loads. */
    protected readonly scalarProperties: readonly string[],
    private readonly resolver: () => T | null,
    orNullObject = false,
  ) {
    if (orNullObject) {
      context.enqueue({ location: `${typeName}.resolve`, run: () => this.resolve() });
    }
  }

  /** @internal What this proxy refers to, or null for a null object; may throw. */
  resolve(): T | null {
    if (!this.resolution) this.resolution = { target: this.resolver() };
    this.nullKnown = true;
    return this.resolution.target;
  }

  /** @internal Marks the proxy as resolved to a known target (collection items). */
  preset(target: T): this {
    this.resolution = { target };
    this.nullKnown = true;
    return this;
  }

  /** @internal The target, or an ItemNotFound error for a null object. */
  require(): T {
    const target = this.resolve();
    if (target === null) {
      throw new FakeExcelError(
        ErrorCodes.itemNotFound,
        `The requested resource doesn't exist (${this.typeName} is a null object).`,
      );
    }
    return target;
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.resolution?.target === null;
  }

  load(option?: LoadOption): this {
    const names = parseLoadOption(option) ?? [...this.scalarProperties];
    this.context.enqueue({ location: `${this.typeName}.load`, run: () => this.loadNow(names) });
    return this;
  }

  /** @internal Loads the properties at once (inside a sync). */
  loadNow(names: readonly string[]): void {
    for (const name of names) {
      if (!this.scalarProperties.includes(name)) {
        throw new FakeExcelError(
          ErrorCodes.invalidArgument,
          `The property '${name}' does not exist on ${this.typeName}.`,
        );
      }
    }
    const target = this.resolve();
    if (target === null) return;
    for (const name of names) this.loaded.set(name, this.readProperty(target, name));
  }

  /** The loaded properties, as Office.js's toJSON gives them. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write; the proxy reads back the value set, as Office.js does. */
  protected queueSet(name: string, value: unknown, apply: (target: T) => void): void {
    this.loaded.set(name, value);
    this.context.enqueue({
      location: `${this.typeName}.${name}`,
      run: () => apply(this.require()),
    });
  }

  /** Queues a method call with effects. */
  protected queueCall(method: string, apply: (target: T) => void): void {
    this.context.enqueue({
      location: `${this.typeName}.${method}`,
      run: () => apply(this.require()),
    });
  }
}
