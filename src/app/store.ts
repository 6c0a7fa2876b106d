/**
 * The one owner of the learner's saved data (version 2, through the RecordsStore). Screens and the
 * sound panel dispatch changes (`setSettings(patch)`, `saveProgress`, `finishAttempt`, ...); the
 * records store is the only writer of storage, merging with other tabs and handling every storage
 * fault. Settings are handed out frozen, so nothing can edit them behind the store's back.
 */
import type { Attempt } from '../core/records/attempt';
import type { DeepReadonly } from '../core/deep-readonly';
import { parseRecordsExport } from '../core/records/json-export';
import type { InFlight, Settings } from '../core/records/saved-data-v2';
import type { Result } from '../core/result';
import { failure, success } from '../core/result';
import { TypedEvents } from '../core/typed-events';
import type { RecordsChange, RecordsStore } from '../platform/storage/records-store';
import type { StorageNotice } from '../platform/storage/storage-notices';

export type { StorageNotice };

/** Saves text as a file in the learner's downloads (the platform's Blob link, given by main.ts). */
export type DownloadText = (fileName: string, text: string, type: string) => void;

/** A file name stamped with the day, such as `glasshouse-attempts-2026-12-01.csv`. */
export function datedFileName(stem: string, extension: string, at: Date = new Date()): string {
  return `${stem}-${at.toISOString().slice(0, 10)}.${extension}`;
}

export type SettingsState = DeepReadonly<Settings>;

/** A change to the settings: any of the flags, and any of the volumes. */
export type SettingsPatch = Partial<Omit<Settings, 'volumes'>> & { volumes?: Partial<Settings['volumes']> };

export interface StoreEvents {
  settings: SettingsState;
  /** Attempts or progress changed (here, or in another tab). */
  records: undefined;
  notices: readonly StorageNotice[];
}

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value as DeepReadonly<T>;
}

/** How a scenario stands for the learner, as the menu shows it. */
export type ScenarioStanding =
  | { kind: 'not-started' }
  | { kind: 'in-progress'; attempts: number; best: Attempt | null }
  | { kind: 'finished'; attempts: number; best: Attempt };

export class SavedDataStore {
  readonly events = new TypedEvents<StoreEvents>();
  private currentSettings: SettingsState;
  private readonly stop: () => void;

  constructor(private readonly records: RecordsStore) {
    this.currentSettings = deepFreeze(structuredClone(records.settings()));
    this.stop = records.subscribe((change) => this.follow(change));
  }

  /** False when the game plays in memory only (storage blocked). */
  get persistent(): boolean {
    return this.records.persistent;
  }

  get settings(): SettingsState {
    return this.currentSettings;
  }

  setSettings(patch: SettingsPatch): void {
    const settings = this.currentSettings;
    const next: Settings = { ...settings, ...patch, volumes: { ...settings.volumes, ...patch.volumes } };
    this.records.saveSettings(next);
    this.currentSettings = deepFreeze(structuredClone(next));
    this.events.emit('settings', this.currentSettings);
  }

  /** The unfinished attempt to resume, only when it was saved on this version of the story. */
  resumable(scenarioId: string, storyVersion: string): InFlight | null {
    return this.records.resumable(scenarioId, storyVersion);
  }

  inFlight(scenarioId: string): InFlight | null {
    return this.records.inFlight(scenarioId);
  }

  /** Keeps an unfinished attempt after a choice, so a closed tab resumes where it was. */
  saveProgress(scenarioId: string, entry: Omit<InFlight, 'savedAt'>): void {
    this.records.saveProgress(scenarioId, entry);
    this.events.emit('records', undefined);
  }

  /** Forgets a scenario's unfinished attempt (started afresh, or saved on another story version). */
  startFresh(scenarioId: string): void {
    this.records.startFresh(scenarioId);
    this.events.emit('records', undefined);
  }

  /** Keeps a finished attempt (written first) and clears the scenario's progress. */
  finishAttempt(attempt: Attempt): void {
    this.records.finishAttempt(attempt);
    this.events.emit('records', undefined);
  }

  /** Every kept attempt, oldest first. */
  attempts(): readonly Attempt[] {
    return this.records.attempts();
  }

  attempt(id: string): Attempt | null {
    return this.attempts().find((attempt) => attempt.id === id) ?? null;
  }

  /** Finished attempts at a scenario in a mode (what an attempt limit counts). */
  attemptsAt(scenarioId: string, mode?: Attempt['mode'], learner?: string): Attempt[] {
    return this.attempts().filter(
      (attempt) =>
        attempt.scenarioId === scenarioId &&
        (mode === undefined || attempt.mode === mode) &&
        (learner === undefined || attempt.learner === learner),
    );
  }

  standing(scenarioId: string): ScenarioStanding {
    const attempts = this.attemptsAt(scenarioId);
    const best = bestAttempt(attempts);
    if (this.inFlight(scenarioId)) return { kind: 'in-progress', attempts: attempts.length, best };
    if (best) return { kind: 'finished', attempts: attempts.length, best };
    return { kind: 'not-started' };
  }

  exportJson(): string {
    return this.records.exportJson();
  }

  /** Merges an exported file's records; the count is of attempts that were new. */
  importJson(text: string): Result<number, string> {
    const parsed = parseRecordsExport(text);
    if (!parsed.ok) return failure(parsed.error);
    const added = this.records.importRecords(parsed.value);
    this.currentSettings = deepFreeze(structuredClone(this.records.settings()));
    this.events.emit('records', undefined);
    return success(added);
  }

  notices(): StorageNotice[] {
    return this.records.notices();
  }

  dismiss(noticeId: string): void {
    this.records.dismiss(noticeId);
  }

  heldValue(key: string): string | null {
    return this.records.heldValue(key);
  }

  discardHeld(key: string): void {
    this.records.discardHeld(key);
  }

  close(): void {
    this.stop();
    this.records.close();
  }

  private follow(change: RecordsChange): void {
    if (change.kind === 'notices') {
      this.events.emit('notices', this.records.notices());
      return;
    }
    if (change.parts.includes('settings')) {
      this.currentSettings = deepFreeze(structuredClone(this.records.settings()));
      this.events.emit('settings', this.currentSettings);
    }
    this.events.emit('records', undefined);
  }
}

/** The best of some attempts: a pass before a fail, then the higher percent, then the earlier. */
export function bestAttempt(attempts: readonly Attempt[]): Attempt | null {
  let best: Attempt | null = null;
  for (const attempt of attempts) {
    if (
      !best ||
      Number(attempt.result.passed) > Number(best.result.passed) ||
      (attempt.result.passed === best.result.passed && attempt.result.overall.percent > best.result.overall.percent)
    )
      best = attempt;
  }
  return best;
}
