/**
 * The server side of Microsoft's Excel client library (@microsoft/office-js), in-process: each
 * request the library sends at `context.sync()` (its "ProcessQuery" JSON: object paths and
 * actions) is replayed on the fake Excel (src/preview/fake-excel), and the answer has the shape
 * the library expects (results by action id, PascalCase property names, null for a null
 * object, `_ReferenceId` for an object kept for a later sync, an Error naming the failing
 * action). So the add-in's unchanged Office code runs through Microsoft's batching, load/sync
 * rules, null objects, reference tracking and error objects, with our in-memory workbook
 * answering. Used by the tests (test/office-wire) and by the preview page with
 * `?client=officejs`; never part of the task pane's bundle.
 *
 * How a request is replayed:
 * - object paths are resolved lazily, in action order, by walking from the workbook: a
 *   property (Worksheets, Format, Fill…) or a method (GetItemOrNullObject, GetRange, Add…)
 *   of the parent in camelCase, an indexer (`collection.getItem(key)`), a reference kept by
 *   `_KeepReference` in an earlier request, or a null object;
 * - each action runs, then the fake's queued operations are applied (one fake sync per
 *   action), so that a failure is the failing action's (ActionIndex) and the operations before
 *   it stay applied, as in Excel;
 * - Instantiate answers `{}`, `null` for a null object, `{ _ReferenceId }` for a kept one;
 *   Query loads the selected properties and answers them in PascalCase (`{ _Items: […] }` for
 *   a collection); a method with a result answers it.
 * A member the fake lacks, or a request shape the bridge does not know, is answered as an
 * error AND recorded in `unsupported`, so that a test can fail on it.
 */
import { type Block, heightOf, widthOf } from '../../workbook/a1';
import { ErrorCodes, FakeExcelError } from '../fake-excel/errors';
import { FakeClientObject } from '../fake-excel/proxy';
import { FakeContext, type FakeWorkbook } from '../fake-excel/workbook';

/** An object path of a request (`ObjectPaths[id]`). */
export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name?: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: WireArguments;
}

export interface WireArguments {
  Arguments?: unknown[];
  /** Per argument: the object path id it stands for, 0 for a plain value. */
  ReferencedObjectPathIds?: number[];
}

export interface WireAction {
  Id: number;
  ActionType: number;
  ObjectPathId: number;
  Name?: string;
  ArgumentInfo?: WireArguments;
  QueryInfo?: { Select?: string[] | null; Expand?: unknown; Top?: unknown; Skip?: unknown };
}

/** The JSON body of one `POST …/ProcessQuery`. */
export interface WireRequest {
  AutoKeepReference?: boolean;
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface WireError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  Location: string;
  ActionIndex: number;
}

export interface WireResponse {
  Results: { ActionId: number; Value: unknown }[];
  Error?: WireError;
}

/** Object path types (the library's ObjectPathType). */
const PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, reference: 6, null: 7 };
/** Action types (the library's ActionType). */
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 };

/** What an object path stands for on the fake: a proxy, or the null object. */
const NULL_OBJECT = Symbol('null object');
type Target = object | typeof NULL_OBJECT;

type Members = Record<string, unknown>;

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** An answer for a member or request shape the bridge cannot replay. */
class UnsupportedError extends Error {}

function unsupported(message: string): UnsupportedError {
  return new UnsupportedError(`[office-wire] ${message}`);
}

function pascalKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [pascal(k), v]));
}

/** The library's plain-object arguments (a conditional format's rule) in the fake's spelling. */
function camelKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [camel(k), v]),
  );
}

export interface WireInterpreterOptions {
  /** Called with every request body and its answer (after the answer is computed). */
  onExchange?: (request: WireRequest, response: WireResponse) => void;
}

/** Replays the library's requests on one fake workbook. */
export class WireInterpreter {
  /** Every request answered, in order. */
  readonly requests: WireRequest[] = [];
  /** Members or shapes the bridge could not replay ("Worksheet.freezePanes"…). */
  readonly unsupported: string[] = [];
  /** Errors answered to the library (code and location), in order. */
  readonly errors: WireError[] = [];

  private readonly context: FakeContext;
  private readonly kept = new Map<string, object>();
  /** Object path id → the member that made it ("WorksheetCollection.getItem"), per request. */
  private readonly locations = new Map<number, string>();
  private nextReference = 1;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly workbook: FakeWorkbook,
    private readonly options: WireInterpreterOptions = {},
  ) {
    this.context = new FakeContext(workbook, workbook.model);
  }

  /**
   * Requests that were a `context.sync()` of the add-in: every request except the library's
   * closing cleanup after each Excel.run (a lone `_RemoveReference` on the workbook).
   */
  get syncCount(): number {
    return this.requests.filter((request) => !isCleanup(request)).length;
  }

  /**
   * Answers one request. Requests are replayed one after the other, in the order they arrive
   * (as Excel does; the library does not wait for its closing request before the next run).
   */
  answer(request: WireRequest): Promise<WireResponse> {
    const answered = this.tail.then(async () => {
      this.requests.push(request);
      const response = await this.replay(request);
      if (response.Error) this.errors.push(response.Error);
      this.options.onExchange?.(request, response);
      return response;
    });
    this.tail = answered.catch(() => undefined);
    return answered;
  }

  private async replay(request: WireRequest): Promise<WireResponse> {
    const targets = new Map<number, Target>();
    this.locations.clear();
    const results: WireResponse['Results'] = [];
    const resolve = (id: number): Target => {
      const known = targets.get(id);
      if (known !== undefined) return known;
      const path = request.ObjectPaths[String(id)];
      if (!path) throw unsupported(`the request has no object path ${id}`);
      const target = this.pathTarget(path, resolve);
      targets.set(id, target);
      const parent = targets.get(path.ParentObjectPathId ?? 0);
      if (parent !== undefined) {
        const member = path.ObjectPathType === PATH.indexer ? 'getItem' : camel(path.Name ?? '');
        this.locations.set(id, `${typeName(parent)}.${member}`);
      }
      return target;
    };
    for (let index = 0; index < request.Actions.length; index++) {
      const action = request.Actions[index];
      try {
        const value = await this.act(action, resolve);
        results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        // What the failing action queued is not run, nor anything after it.
        this.context.discardPending();
        return { Results: results, Error: this.wireError(error, action, index) };
      }
    }
    return { Results: results };
  }

  private wireError(error: unknown, action: WireAction, index: number): WireError {
    if (error instanceof FakeExcelError) {
      return {
        Code: error.code,
        Message: error.message,
        HttpStatusCode: 400,
        Location: error.debugInfo.errorLocation ?? action.Name ?? '',
        ActionIndex: index,
      };
    }
    // A member the fake lacks (a TypeError at the call) or a shape the bridge does not know.
    const message = error instanceof Error ? error.message : String(error);
    this.unsupported.push(message);
    return {
      Code: ErrorCodes.generalException,
      Message: message,
      HttpStatusCode: 500,
      Location: action.Name ?? '',
      ActionIndex: index,
    };
  }

  /** The arguments of a path or action, with the objects they reference resolved. */
  private argumentsOf(info: WireArguments | undefined, resolve: (id: number) => Target): unknown[] {
    const args = info?.Arguments ?? [];
    const referenced = info?.ReferencedObjectPathIds ?? [];
    // JSON has no undefined: the library sends null for an optional argument not given.
    return args.map((arg, i) =>
      referenced[i] ? resolve(referenced[i]) : arg === null ? undefined : arg,
    );
  }

  private pathTarget(path: WireObjectPath, resolve: (id: number) => Target): Target {
    const name = path.Name ?? '';
    switch (path.ObjectPathType) {
      case PATH.global:
        return this.context.workbook;
      case PATH.null:
        return NULL_OBJECT;
      case PATH.reference: {
        const kept = this.kept.get(name);
        if (!kept) {
          throw new FakeExcelError(
            ErrorCodes.invalidArgument,
            `No object is kept under the reference id "${name}".`,
          );
        }
        return kept;
      }
      case PATH.property:
      case PATH.method:
      case PATH.indexer: {
        const parent = resolve(path.ParentObjectPathId ?? 0);
        if (parent === NULL_OBJECT) return NULL_OBJECT;
        const members = parent as Members;
        if (path.ObjectPathType === PATH.property) {
          const value = members[camel(name)];
          if (value === undefined || value === null || typeof value !== 'object') {
            throw unsupported(`${typeName(parent)} has no object property ${camel(name)}`);
          }
          return value;
        }
        const method = path.ObjectPathType === PATH.indexer ? 'getItem' : camel(name);
        return this.call(parent, method, this.argumentsOf(path.ArgumentInfo, resolve)) as object;
      }
      default:
        throw unsupported(`object path type ${path.ObjectPathType} (${name})`);
    }
  }

  private call(target: object, method: string, args: unknown[]): unknown {
    const member = (target as Members)[method];
    if (typeof member !== 'function') {
      throw unsupported(`${typeName(target)} has no method ${method}`);
    }
    return (member as (...a: unknown[]) => unknown).apply(target, args);
  }

  private async act(action: WireAction, resolve: (id: number) => Target): Promise<unknown> {
    const target = resolve(action.ObjectPathId);
    const name = action.Name ?? '';
    switch (action.ActionType) {
      case ACTION.instantiate: {
        // Objects made by a method (worksheets.add) exist once the queued operations ran.
        await this.context.sync();
        if (target === NULL_OBJECT) return null;
        const resolved = target instanceof FakeClientObject ? this.instantiate(target, action) : {};
        if (resolved === null) return null;
        const reference = this.referenceOf(target);
        if (reference !== null) return { _ReferenceId: reference };
        // An object with an id (a worksheet) is addressed by it in later syncs: that is how a
        // sheet added in one sync is found in the next.
        const id = (resolved as { id?: unknown }).id;
        return typeof id === 'string' ? { Id: id } : {};
      }
      case ACTION.query: {
        if (target === NULL_OBJECT) return null;
        const query = action.QueryInfo ?? {};
        if (query.Expand || query.Top !== undefined || query.Skip !== undefined) {
          throw unsupported(`query options ${JSON.stringify(query)}`);
        }
        const loadable = target as { load?: (select?: string[]) => unknown };
        if (typeof loadable.load !== 'function') {
          throw unsupported(`${typeName(target)} cannot be loaded`);
        }
        const select = query.Select && query.Select.length > 0 ? query.Select : undefined;
        loadable.load(select);
        await this.context.sync();
        return this.queried(target, select);
      }
      case ACTION.method: {
        if (name === '_KeepReference') {
          this.keep(target);
          return null;
        }
        if (name === '_RemoveReference') {
          const [reference] = this.argumentsOf(action.ArgumentInfo, resolve);
          this.kept.delete(String(reference));
          return null;
        }
        if (target === NULL_OBJECT) return null;
        if (name === '_ValidateArraySize') {
          // Sent before a large values array is written in blocks of rows: Excel checks that
          // the array has the range's shape.
          const [rows, columns] = this.argumentsOf(action.ArgumentInfo, resolve);
          validateArraySize(target, rows, columns);
          return null;
        }
        const value = this.call(
          target,
          camel(name),
          this.argumentsOf(action.ArgumentInfo, resolve),
        );
        await this.context.sync();
        return value === undefined || (typeof value === 'object' && value !== null) ? null : value;
      }
      case ACTION.setProperty: {
        if (target === NULL_OBJECT) return null;
        const [value] = action.ArgumentInfo?.Arguments ?? [];
        const property = camel(name);
        if (!hasSetter(target, property)) {
          throw unsupported(`${typeName(target)} has no settable property ${property}`);
        }
        (target as Members)[property] = camelKeys(value);
        await this.context.sync();
        return null;
      }
      case ACTION.trace:
        return null;
      default:
        throw unsupported(`action type ${action.ActionType} (${name})`);
    }
  }

  /** What an object path stands for in the workbook (null: a null object), or its error. */
  private instantiate(target: FakeClientObject<unknown>, action: WireAction): object | null {
    try {
      return target.resolve() as object | null;
    } catch (error) {
      // Excel names the member that failed: the object path's ("WorksheetCollection.getItem").
      if (error instanceof FakeExcelError && !error.debugInfo.errorLocation) {
        error.debugInfo.errorLocation = this.locations.get(action.ObjectPathId);
      }
      throw error;
    }
  }

  private keep(target: Target): void {
    if (target === NULL_OBJECT || this.referenceOf(target) !== null) return;
    const id = `wire-ref-${this.nextReference++}`;
    this.kept.set(id, target);
  }

  private referenceOf(target: object): string | null {
    for (const [id, kept] of this.kept) if (kept === target) return id;
    return null;
  }

  /** The selected properties (PascalCase) of a loaded object, a collection's items, or null. */
  private queried(target: object, select: string[] | undefined): unknown {
    if (target instanceof FakeClientObject) {
      if (target.isNullObject) return null;
      const loaded = target.toJSON();
      // Only what was asked for (the proxy also remembers values set earlier).
      const asked = select ? Object.fromEntries(select.map((key) => [key, loaded[key]])) : loaded;
      const value = pascalKeys(asked);
      const reference = this.referenceOf(target);
      return reference === null ? value : { ...value, _ReferenceId: reference };
    }
    const items = (target as { items?: unknown }).items;
    if (Array.isArray(items)) {
      return {
        // An item with an id (a worksheet) carries it: the library then addresses the item by
        // its id in a later sync (collection.getItem(id)), not by its position.
        _Items: items.map((item: FakeClientObject<unknown>) => {
          const id = (item.resolve() as { id?: unknown } | null)?.id;
          const value = pascalKeys(item.toJSON());
          return typeof id === 'string' ? { ...value, Id: id } : value;
        }),
      };
    }
    throw unsupported(`${typeName(target)} answered no properties`);
  }
}

function validateArraySize(target: object, rows: unknown, columns: unknown): void {
  const resolved = target instanceof FakeClientObject ? target.resolve() : null;
  const rect = (resolved as { rect?: Block } | null)?.rect;
  if (!rect) throw unsupported(`${typeName(target)} has no method _ValidateArraySize`);
  if (heightOf(rect) !== rows || widthOf(rect) !== columns) {
    throw new FakeExcelError(
      ErrorCodes.invalidArgument,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
}

function typeName(target: Target): string {
  if (target === NULL_OBJECT) return 'null object';
  return target.constructor.name.replace(/^Fake/, '');
}

function hasSetter(target: object, property: string): boolean {
  for (let proto: object | null = target; proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (descriptor) return typeof descriptor.set === 'function';
  }
  return false;
}

/** The library's closing request after an Excel.run: only `_RemoveReference` calls. */
export function isCleanup(request: WireRequest): boolean {
  const methods = request.Actions.filter((a) => a.ActionType === ACTION.method);
  return (
    methods.length > 0 &&
    methods.every((a) => a.Name === '_RemoveReference') &&
    request.Actions.every(
      (a) => a.ActionType === ACTION.method || a.ActionType === ACTION.instantiate,
    )
  );
}

/** What the library's request object carries (OfficeExtension.HttpUtility). */
export interface LibraryRequest {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  body: unknown;
}

export interface LibraryResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The function for `OfficeExtension.HttpUtility.setCustomSendRequestFunc`: answers each
 * request of the library with the interpreter. The body is copied first (the library keeps
 * using its live request object).
 */
export function customSendRequest(
  interpreter: WireInterpreter,
): (request: LibraryRequest) => Promise<LibraryResponse> {
  return async (request) => {
    const body = (
      typeof request.body === 'string' ? JSON.parse(request.body) : copyJson(request.body)
    ) as WireRequest;
    const response = await interpreter.answer(body);
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(response),
    };
  };
}

function copyJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
