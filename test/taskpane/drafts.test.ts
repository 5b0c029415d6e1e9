import { createDraftStore, type DraftStorage } from '../../src/taskpane/drafts';

/** A storage like the browser's, in memory; `full` makes every write throw. */
function storage(): DraftStorage & { full: boolean } {
  const values = new Map<string, string>();
  return {
    full: false,
    get length() {
      return values.size;
    },
    key: (i) => [...values.keys()][i] ?? null,
    getItem: (k) => values.get(k) ?? null,
    setItem(k, v) {
      if (this.full) throw new Error('QuotaExceededError');
      values.set(k, v);
    },
    removeItem: (k) => void values.delete(k),
  };
}

const ROW = { key: 'row-1', name: '预算经费' };
const SAVED = { reason: '', measures: '' };

describe('drafts of unsaved explanations', () => {
  it('keeps a draft per workbook and row until it is removed', () => {
    const shared = storage();
    const seed = createDraftStore('book-a.xlsx', shared);
    seed.put(ROW, { reason: '年中调减预算', measures: '' }, SAVED);
    // The pane opened again on the same workbook finds it; another workbook does not.
    expect(createDraftStore('book-a.xlsx', shared).get(ROW)).toEqual({
      reason: '年中调减预算',
      measures: '',
    });
    expect(createDraftStore('book-b.xlsx', shared).get(ROW)).toBeNull();
    expect(seed.get({ key: 'row-1', name: '全年办件数量' })).toBeNull();
    expect(seed.rowIds()).toEqual(['row-1|预算经费']);
    seed.remove(ROW);
    expect(seed.get(ROW)).toBeNull();
    expect(seed.rowIds()).toEqual([]);
  });

  it('is no draft when the text is what the sheet holds', () => {
    const store = createDraftStore('book', storage());
    store.put(ROW, { reason: '已说明', measures: '' }, SAVED);
    store.put(ROW, { reason: '已说明', measures: '' }, { reason: '已说明', measures: '' });
    expect(store.get(ROW)).toBeNull();
  });

  it('ignores a storage that refuses writes or holds something else', () => {
    const refusing = storage();
    refusing.full = true;
    const store = createDraftStore('book', refusing);
    expect(() => store.put(ROW, { reason: 'x', measures: '' }, SAVED)).not.toThrow();
    const odd = storage();
    odd.setItem('perfscore.draft.v1|book|row-1|预算经费', '{not json');
    expect(createDraftStore('book', odd).get(ROW)).toBeNull();
  });
});
