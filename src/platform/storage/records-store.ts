/**
 * The learner's saved data in browser storage (version 2), built so that nothing is lost:
 * - storage that cannot be opened or read: the game plays in memory, with one notice;
 * - a part that cannot be read is copied aside once (then replaced), or, when too large to copy,
 *   left in place and offered for download until the learner clears it;
 * - two tabs: every write merges with what is stored, and the other tab's writes are merged in as
 *   their `storage` events arrive (attempts by id, progress per scenario, removals kept);
 * - storage full: play on, one notice, attempts written before settings and progress.
 * Version 1 saves are migrated on the first load. Everything the store holds is in memory too, so
 * a failed write is retried with the next one and never loses what the learner did in this tab.
 *
 * Over 300 lines because every fault below touches the same read-merge-write cycle; the seam
 * for a split is the held (too large to copy aside) value and its while-held key.
 */
import type { Attempt } from '../../core/records/attempt';
import { exportRecords, mergeRecords, type Records } from '../../core/records/json-export';
import { readV1 } from '../../core/records/migrate-v1';
import { mergeAttempts, mergeProgress, mergeSettings } from '../../core/records/records-merge';
import {
  asideKey,
  emptyPart,
  parsePart,
  partNames,
  serializePart,
  storageKeys,
  v1StorageKey,
  type InFlight,
  type PartName,
  type PartsByName,
  type ReadPart,
  type Settings,
  unreadableEntriesMessage,
} from '../../core/records/saved-data-v2';
import { SafeStorage, type StorageLike, type WriteOutcome } from './safe-storage';
import { NoticeBoard, noticeText, type StorageNotice } from './storage-notices';

/** Calls back with the key another tab changed (null: it cleared storage); returns a stop function. */
type WatchStorage = (changed: (key: string | null) => void) => () => void;

export interface RecordsStoreOptions {
  /** Returns the storage; a getter, because reading `window.localStorage` can itself throw. */
  storage: () => StorageLike;
  /** Another tab's writes (the `storage` event). */
  watch?: WatchStorage;
  now?: () => Date;
  /** The scenarios this build plays, to notice progress saved on another version of a story. */
  scenarios?: readonly { id: string; title: string; version: string }[];
}

export type RecordsChange = { kind: 'external'; parts: PartName[] } | { kind: 'notices' };

/** Attempts first: when space runs out, a finished result matters more than a half-way position. */
const writeOrder: readonly PartName[] = ['attempts', 'settings', 'progress'];

type Held = { part: PartName | 'v1'; text: string };

/**
 * Where a part is written while its own key is held: the learner's new work is saved all the same,
 * and merged back into the part once the held value is cleared.
 */
function whileHeldKey(name: PartName): string {
  return `${storageKeys[name]}:while-held`;
}

const merges: { [P in PartName]: (mine: PartsByName[P], theirs: PartsByName[P]) => PartsByName[P] } = {
  settings: mergeSettings,
  progress: mergeProgress,
  attempts: mergeAttempts,
};

export class RecordsStore {
  private readonly storage: SafeStorage;
  private readonly board: NoticeBoard;
  private readonly listeners = new Set<(change: RecordsChange) => void>();
  private readonly now: () => Date;
  private readonly parts: PartsByName;
  /** Stored values that could not be read nor copied aside, by key: never written over. */
  private readonly held = new Map<string, Held>();
  /** Parts whose latest state is not in storage yet (a write failed or the part is held). */
  private readonly unsaved = new Set<PartName>();
  /**
   * The text this store last wrote to each key or merged in from it. Memory already holds all of
   * it (merges only add), so finding it again unchanged skips parsing it: validating the stored
   * progress was most of a save's cost, on every choice.
   */
  private readonly known = new Map<string, string>();
  private stopWatching: () => void = () => {};
  private lastStamp = '';

  constructor(private readonly options: RecordsStoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.board = new NoticeBoard(() => this.emit({ kind: 'notices' }));
    this.storage = new SafeStorage(options.storage, () =>
      this.board.raise({ id: 'storage-unavailable', kind: 'storage-unavailable', message: noticeText.unavailable }),
    );
    this.parts = { settings: this.readPart('settings'), progress: this.readPart('progress'), attempts: this.readPart('attempts') };
    for (const name of partNames) {
      this.mergeStored(name, whileHeldKey(name), 'skip');
      // Work saved while a held value blocked the part's key goes back under its key once it is free.
      if (!this.isHeld(name) && this.storage.read(whileHeldKey(name)) !== null) this.unsaved.add(name);
    }
    this.migrateV1();
    // Parts set aside above are written afresh now, so that the next visit does not set them aside again.
    this.persist([]);
    this.noticeChangedStories();
    if (this.storage.available && options.watch) this.stopWatching = options.watch((key) => this.externalChange(key));
  }

  /** False when the game plays in memory only (storage blocked). */
  get persistent(): boolean {
    return this.storage.available;
  }

  settings(): Settings {
    return this.parts.settings.settings;
  }

  inFlight(scenarioId: string): InFlight | null {
    return this.parts.progress.scenarios[scenarioId] ?? null;
  }

  /** The in-flight entry, only when it was saved on this version of the story and can resume. */
  resumable(scenarioId: string, storyVersion: string): InFlight | null {
    const entry = this.inFlight(scenarioId);
    return entry && entry.storyVersion === storyVersion && entry.choices.length > 0 ? entry : null;
  }

  /** Every kept attempt, oldest first. */
  attempts(): readonly Attempt[] {
    return this.parts.attempts.attempts;
  }

  records(): Records {
    return structuredClone(this.parts);
  }

  notices(): StorageNotice[] {
    return this.board.list();
  }

  dismiss(noticeId: string): void {
    this.board.withdraw(noticeId);
  }

  subscribe(listener: (change: RecordsChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  saveSettings(settings: Settings): void {
    this.parts.settings = { version: 2, savedAt: this.stamp(), settings: structuredClone(settings) };
    this.persist(['settings']);
  }

  /** Keeps an unfinished scenario after a choice; `savedAt` is stamped here. */
  saveProgress(scenarioId: string, entry: Omit<InFlight, 'savedAt'>): void {
    this.parts.progress.scenarios[scenarioId] = { ...structuredClone(entry), savedAt: this.stamp() };
    this.board.withdraw(`story-changed:${scenarioId}`);
    this.persist(['progress']);
  }

  /** Forgets an unfinished scenario (another tab's older copy will not bring it back). */
  clearProgress(scenarioId: string): void {
    delete this.parts.progress.scenarios[scenarioId];
    this.parts.progress.cleared[scenarioId] = this.stamp();
    this.board.withdraw(`story-changed:${scenarioId}`);
    this.persist(['progress']);
  }

  /** The learner chose a fresh start for a scenario saved on another version of its story. */
  startFresh(scenarioId: string): void {
    this.clearProgress(scenarioId);
  }

  /** Keeps a finished attempt (written first) and clears the scenario's progress. */
  finishAttempt(attempt: Attempt): void {
    this.parts.attempts = mergeAttempts(this.parts.attempts, { version: 2, attempts: [structuredClone(attempt)], deleted: {} });
    delete this.parts.progress.scenarios[attempt.scenarioId];
    this.parts.progress.cleared[attempt.scenarioId] = this.stamp();
    this.persist(['attempts', 'progress']);
  }

  deleteAttempt(attemptId: string): void {
    this.parts.attempts = mergeAttempts(this.parts.attempts, { version: 2, attempts: [], deleted: { [attemptId]: this.stamp() } });
    this.persist(['attempts']);
  }

  /** Merges an imported export; returns how many attempts were new. */
  importRecords(imported: Records): number {
    const { records, attemptsAdded } = mergeRecords(this.parts, imported);
    Object.assign(this.parts, records);
    this.noticeChangedStories();
    this.persist(writeOrder);
    return attemptsAdded;
  }

  exportJson(): string {
    return exportRecords(this.parts, this.now());
  }

  /** The text of a value too large to set aside, for the learner to download before clearing it. */
  heldValue(key: string): string | null {
    return this.held.get(key)?.text ?? null;
  }

  /** Clears a held value (after it was offered for download), and saves what waited for it. */
  discardHeld(key: string): void {
    const held = this.held.get(key);
    if (!held || !this.storage.remove(key)) return;
    this.held.delete(key);
    this.board.withdraw(`held:${key}`);
    if (held.part !== 'v1') this.persist([held.part]);
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.stopWatching();
    this.listeners.clear();
  }

  private emit(change: RecordsChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Times come from one clock, and never repeat or go back within a tab, so merges order them. */
  private stamp(): string {
    let at = this.now().toISOString();
    if (at <= this.lastStamp) at = new Date(Date.parse(this.lastStamp) + 1).toISOString();
    this.lastStamp = at;
    return at;
  }

  /** Reads one part at load; one that cannot be read is set aside (or held), never lost. */
  private readPart<P extends PartName>(name: P): PartsByName[P];
  private readPart(name: PartName): PartsByName[PartName] {
    const key = storageKeys[name];
    const text = this.storage.read(key);
    const parsed = parsePart(name, text);
    if (parsed.ok) {
      if (parsed.value.rejected.length > 0 && text !== null) this.setAsideEntries(name, key, text, parsed.value);
      return parsed.value.part;
    }
    if (text !== null) this.setAside(name, key, text, parsed.error.message);
    return emptyPart(name);
  }

  /**
   * Copies an unreadable value under its own key and removes it, so that it is set aside once and
   * not again at every reload; the part is then written afresh. A value too large to copy is held:
   * left where it is, never written over, and offered for download until the learner clears it.
   */
  private setAside(part: PartName | 'v1', key: string, text: string, what: string): void {
    const copyKey = asideKey(part, this.now());
    if (this.storage.write(copyKey, text) === 'saved') {
      this.storage.remove(key);
      this.board.raise({ id: `set-aside:${copyKey}`, kind: 'set-aside', part, key: copyKey, message: noticeText.setAside(what) });
      if (part !== 'v1') this.unsaved.add(part);
      return;
    }
    this.held.set(key, { part, text });
    if (part !== 'v1') this.unsaved.add(part);
    this.board.forget(`held:${key}`);
    this.board.raise({ id: `held:${key}`, kind: 'held', part, key, size: text.length, message: noticeText.held(what) });
  }

  /** Copies aside the entries that could not be read, and writes the part again without them. */
  private setAsideEntries(name: PartName, key: string, text: string, read: ReadPart<PartsByName[PartName]>): void {
    const what = unreadableEntriesMessage(name, read.rejected.length);
    const copyKey = asideKey(name, this.now());
    if (this.storage.write(copyKey, JSON.stringify(read.rejected)) !== 'saved') {
      this.setAside(name, key, text, what);
      return;
    }
    this.board.raise({ id: `set-aside:${copyKey}`, kind: 'set-aside', part: name, key: copyKey, message: noticeText.setAside(what) });
    if (this.storage.write(key, serializePart(read.part)) !== 'saved') this.unsaved.add(name);
  }

  /** Version 1 kept settings and progress under one key: move them forward, merging with any v2. */
  private migrateV1(): void {
    const text = this.storage.read(v1StorageKey);
    if (text === null) return;
    const migrated = readV1(text, this.now());
    if (!migrated.ok) {
      this.setAside('v1', v1StorageKey, text, migrated.error);
      return;
    }
    this.parts.progress = mergeProgress(this.parts.progress, migrated.value.progress);
    // Settings chosen in version 2 are newer than any from version 1.
    if (this.storage.read(storageKeys.settings) === null) this.parts.settings = migrated.value.settings;
    this.persist(['settings', 'progress']);
    if (!this.unsaved.has('settings') && !this.unsaved.has('progress')) this.storage.remove(v1StorageKey);
  }

  private noticeChangedStories(): void {
    for (const scenario of this.options.scenarios ?? []) {
      const entry = this.inFlight(scenario.id);
      if (entry && entry.storyVersion !== scenario.version) {
        this.board.raise({
          id: `story-changed:${scenario.id}`,
          kind: 'story-changed',
          scenarioId: scenario.id,
          message: noticeText.storyChanged(scenario.title),
        });
      }
    }
  }

  /** Writes parts (in priority order), merging first with what another tab may have stored since. */
  private persist(names: readonly PartName[]): void {
    for (const name of names) this.unsaved.add(name);
    if (!this.storage.available) return;
    let failure: 'full' | 'refused' | null = null;
    // Checked one by one: writing attempts may move progress out of storage to make room.
    for (const name of writeOrder) {
      if (!this.unsaved.has(name)) continue;
      const outcome = this.writePart(name);
      if (outcome !== 'saved') failure ??= outcome;
    }
    if (failure)
      this.board.raise({ id: 'save-failed', kind: 'save-failed', message: failure === 'full' ? noticeText.full : noticeText.refused });
    else if (this.unsaved.size === 0) this.board.withdraw('save-failed');
  }

  private isHeld(name: PartName): boolean {
    return this.held.has(storageKeys[name]);
  }

  private writePart(name: PartName): WriteOutcome {
    this.mergeStored(name, storageKeys[name], 'skip');
    this.mergeStored(name, whileHeldKey(name), 'skip');
    const key = this.isHeld(name) ? whileHeldKey(name) : storageKeys[name];
    const text = serializePart(this.parts[name]);
    let outcome = this.storage.write(key, text);
    if (outcome === 'full' && name !== 'progress' && this.storage.read(storageKeys.progress) !== null) {
      // Make room: progress is kept in memory and written again when there is space.
      if (this.storage.remove(storageKeys.progress)) this.unsaved.add('progress');
      outcome = this.storage.write(key, text);
    }
    if (outcome !== 'saved') return outcome;
    this.known.set(key, text);
    if (key === storageKeys[name] && this.storage.read(whileHeldKey(name)) !== null) this.storage.remove(whileHeldKey(name));
    this.unsaved.delete(name);
    return outcome;
  }

  /**
   * Folds what is stored under `key` (the part's own, or its while-held key) into memory. Returns
   * true when memory holds something that storage lacks; only another tab's change asks (`ahead`),
   * since a save writes the part anyway and the answer costs serialising it. A held key is left alone.
   */
  private mergeStored<P extends PartName>(name: P, key: string, ahead: 'ask' | 'skip' = 'ask'): boolean {
    if (this.held.has(key)) return false;
    const text = this.storage.read(key);
    if (text === null) return key === storageKeys[name];
    if (text === this.known.get(key)) return ahead === 'ask' && serializePart(this.parts[name]) !== text;
    const parsed = parsePart(name, text);
    if (!parsed.ok) {
      this.setAside(name, key, text, parsed.error.message);
      return true;
    }
    if (parsed.value.rejected.length > 0) this.setAsideEntries(name, key, text, parsed.value);
    else this.known.set(key, text);
    const stored = parsed.value.part;
    this.parts[name] = merges[name](this.parts[name], stored);
    return ahead === 'ask' && serializePart(this.parts[name]) !== serializePart(stored);
  }

  /** Another tab wrote: merge its part in, and write back only what this tab has that it lacks. */
  private externalChange(key: string | null): void {
    if (key === v1StorageKey) {
      this.migrateV1();
      this.emit({ kind: 'external', parts: ['settings', 'progress'] });
      return;
    }
    const names = key === null ? partNames : partNames.filter((name) => storageKeys[name] === key || whileHeldKey(name) === key);
    if (names.length === 0) return;
    const behind = names.filter((name) => {
      const mainBehind = this.mergeStored(name, storageKeys[name]);
      const heldBehind = this.mergeStored(name, whileHeldKey(name));
      return this.isHeld(name) ? heldBehind || this.storage.read(whileHeldKey(name)) === null : mainBehind;
    });
    this.noticeChangedStories();
    if (behind.length > 0) this.persist(behind);
    this.emit({ kind: 'external', parts: names });
  }
}
