/**
 * The one owner of the learner's saved data. Screens and the sound panel dispatch changes
 * (`setSettings(patch)`, `saveProgress`, `clearProgress`); each change makes a new frozen copy,
 * so nothing can edit settings behind the store's back, and each change is written through the
 * single `persist` function it was given (local storage, in main.ts).
 */
import type { InProgress, SavedData, Settings } from '../core/records/saved-data';
import type { DeepReadonly } from '../core/deep-readonly';
import { TypedEvents } from '../core/typed-events';

export type SavedState = DeepReadonly<SavedData>;
export type SettingsState = DeepReadonly<Settings>;

/** A change to the settings: any of the flags, and any of the volumes. */
export type SettingsPatch = Partial<Omit<Settings, 'volumes'>> & { volumes?: Partial<Settings['volumes']> };

export interface StoreEvents {
  settings: SettingsState;
  saved: SavedState;
}

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value as DeepReadonly<T>;
}

export class SavedDataStore {
  readonly events = new TypedEvents<StoreEvents>();
  private current: SavedState;

  /** `persist` is the only writer of storage; it is called with every new state. */
  constructor(
    initial: SavedData,
    private readonly persist: (data: SavedState) => void,
  ) {
    this.current = deepFreeze(structuredClone(initial));
  }

  get state(): SavedState {
    return this.current;
  }

  get settings(): SettingsState {
    return this.current.settings;
  }

  setSettings(patch: SettingsPatch): void {
    const settings = this.current.settings;
    this.commit({
      ...this.current,
      settings: { ...settings, ...patch, volumes: { ...settings.volumes, ...patch.volumes } },
    });
    this.events.emit('settings', this.current.settings);
  }

  /** Keeps an unfinished attempt, so a closed tab resumes where it was. */
  saveProgress(scenarioId: string, progress: InProgress): void {
    this.commit({ ...this.current, inProgress: { ...this.current.inProgress, [scenarioId]: { ...progress, choices: [...progress.choices] } } });
  }

  /** Forgets a scenario's unfinished attempt (it reached an ending). */
  clearProgress(scenarioId: string): void {
    if (!(scenarioId in this.current.inProgress)) return;
    const { [scenarioId]: _finished, ...rest } = this.current.inProgress;
    this.commit({ ...this.current, inProgress: rest });
  }

  private commit(next: DeepReadonly<SavedData>): void {
    this.current = deepFreeze(next);
    this.persist(this.current);
    this.events.emit('saved', this.current);
  }
}
