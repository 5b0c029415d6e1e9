/**
 * Unsaved explanations (drafts): what the user typed in the 偏差说明 editor and has not saved
 * yet, kept per workbook and row in the browser's storage until it is saved or discarded, so
 * that a recalculation, an undo, a sample switch, closing the pane or reloading it never
 * loses it. Where the storage is unavailable (a locked-down webview), drafts live as long as
 * the pane.
 */

export interface Draft {
  reason: string;
  measures: string;
}

/** What a draft is kept under in a workbook: the row and its indicator's name. */
export interface DraftRow {
  /** The pane's key of the row ("row-3", "budget"). */
  key: string;
  name: string;
}

export interface DraftStore {
  get(row: DraftRow): Draft | null;
  /** Keeps the text; a draft equal to what the sheet holds is no draft (removed). */
  put(row: DraftRow, draft: Draft, saved: Draft): void;
  remove(row: DraftRow): void;
  /** The rows of this workbook with a draft ("row-3|培训费下降率"). */
  rowIds(): string[];
}

const PREFIX = 'perfscore.draft.v1';

/** The storage a draft store writes to: window.localStorage's part we use. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key'> & {
  readonly length: number;
};

/** The id a row's draft is kept under ("row-3|培训费下降率"). */
export function draftRowId(row: DraftRow): string {
  return `${row.key}|${row.name}`;
}

function memoryStorage(): DraftStorage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    key: (i) => [...values.keys()][i] ?? null,
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
  };
}

/** The browser's local storage when it works, else a store in memory. */
export function browserDraftStorage(): DraftStorage {
  try {
    const storage = window.localStorage;
    const probe = `${PREFIX}.probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage();
  }
}

function isDraft(value: unknown): value is Draft {
  const d = value as Draft;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof d.reason === 'string' &&
    typeof d.measures === 'string'
  );
}

/** The drafts of one workbook (`workbookId`: its URL in Excel, the sample in the preview). */
export function createDraftStore(
  workbookId: string,
  storage: DraftStorage = browserDraftStorage(),
): DraftStore {
  const prefix = `${PREFIX}|${workbookId}|`;
  const storageKey = (row: DraftRow) => prefix + draftRowId(row);
  const safely = (write: () => void) => {
    try {
      write();
    } catch {
      // A full or refused storage: the editor still holds the text while the pane is open.
    }
  };
  return {
    get(row) {
      try {
        const raw = storage.getItem(storageKey(row));
        const parsed: unknown = raw === null ? null : JSON.parse(raw);
        return isDraft(parsed) ? { reason: parsed.reason, measures: parsed.measures } : null;
      } catch {
        return null;
      }
    },
    put(row, draft, saved) {
      if (draft.reason === saved.reason && draft.measures === saved.measures) {
        safely(() => storage.removeItem(storageKey(row)));
        return;
      }
      safely(() => storage.setItem(storageKey(row), JSON.stringify(draft)));
    },
    remove(row) {
      safely(() => storage.removeItem(storageKey(row)));
    },
    rowIds() {
      const ids: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
      }
      return ids;
    },
  };
}
