import { describe, expect, it } from 'vitest';
import { emptySavedData } from '../../src/core/records/saved-data';
import { loadStore, saveStore } from '../../src/platform/local-store';

/** A Storage in memory, optionally refusing to write (private mode, full quota). */
function memoryStorage(initial: Record<string, string> = {}, refuseWrites = false): Storage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (refuseWrites) throw new Error('QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

describe('the local store', () => {
  it('starts fresh without a notice when nothing was saved', () => {
    expect(loadStore(memoryStorage())).toEqual({ data: emptySavedData(), notice: null, readOnly: false });
  });

  it('keeps what it saved across loads', () => {
    const storage = memoryStorage();
    const data = emptySavedData();
    data.inProgress.x = { storyVersion: 'v', choices: [1, 0], savedAt: 'now' };
    expect(saveStore(data, storage)).toBe(true);
    expect(loadStore(storage).data).toEqual(data);
  });

  it('sets a corrupt save aside under its own key, with a plain notice, and starts fresh', () => {
    const storage = memoryStorage({ 'glasshouse:v1': '{"version":1, oops' });
    const loaded = loadStore(storage);
    expect(loaded.data).toEqual(emptySavedData());
    expect(loaded.notice).toMatch(/could not be read.*set aside/);
    const aside = [...storage.items.keys()].find((k) => k.startsWith('glasshouse:corrupt:'));
    expect(aside && storage.items.get(aside)).toBe('{"version":1, oops');
  });

  it('never loses a corrupt save it cannot copy aside', () => {
    const storage = memoryStorage({ 'glasshouse:v1': 'not json' }, true);
    const loaded = loadStore(storage);
    expect(loaded.notice).toMatch(/left untouched/);
    expect(loaded.readOnly).toBe(true);
    expect(storage.items.get('glasshouse:v1')).toBe('not json');
  });

  it('reports a storage that refuses to save instead of throwing', () => {
    expect(saveStore(emptySavedData(), memoryStorage({}, true))).toBe(false);
  });
});
