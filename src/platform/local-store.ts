/**
 * Keeps saved data in localStorage. A corrupt save is copied aside under its own key (so nothing
 * is lost and a trainer can recover it) and reported once; storage that refuses to write (private
 * mode, quota) leaves the game playing with a notice.
 */
import type { DeepReadonly } from '../core/deep-readonly';
import { emptySavedData, parseSavedData, serializeSavedData, type SavedData } from '../core/records/saved-data';

const key = 'glasshouse:v1';

export interface LoadedStore {
  data: SavedData;
  /** A plain sentence for the learner when something was wrong with the save. */
  notice: string | null;
  /** True when saving would overwrite a save that could not be set aside: then nothing is saved. */
  readOnly: boolean;
}

export function loadStore(storage: Storage = window.localStorage): LoadedStore {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { data: emptySavedData(), notice: 'This browser does not allow saving, so progress will not be kept after you close the tab.', readOnly: true };
  }
  const parsed = parseSavedData(raw);
  if (parsed.ok) return { data: parsed.value, notice: null, readOnly: false };
  const asideKey = `glasshouse:corrupt:${new Date().toISOString()}`;
  try {
    storage.setItem(asideKey, raw ?? '');
  } catch {
    // Keeping the original where it is is better than losing it: do not overwrite it below.
    return { data: emptySavedData(), notice: `Your saved progress could not be read (${parsed.error}). It was left untouched, and nothing new will be saved over it.`, readOnly: true };
  }
  return { data: emptySavedData(), notice: `Your saved progress could not be read (${parsed.error}), so it was set aside and you are starting fresh.`, readOnly: false };
}

export function saveStore(data: DeepReadonly<SavedData>, storage: Storage = window.localStorage): boolean {
  try {
    // Serialising only reads the data, so the store's frozen state can be passed as it is.
    storage.setItem(key, serializeSavedData(data as SavedData));
    return true;
  } catch {
    return false;
  }
}
