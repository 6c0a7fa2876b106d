/**
 * The typed seam between the DOM interface and the Phaser stage. The UI publishes what the stage
 * should show; the stage, which boots later, reads the latest values when it starts and follows
 * changes from then on. Pure (no DOM), so both sides depend on the core and not on each other.
 */
import type { Presentation } from '../session/presentation.ts';
import type { ScenarioMeta } from '../story/scenario.ts';
import type { Meters } from '../story/meters.ts';

export type StageScreen = 'menu' | 'briefing' | 'play' | 'debrief';

export interface StageEvents {
  screen: StageScreen;
  scenario: ScenarioMeta | null;
  presentation: Presentation | null;
  meters: Meters;
}

type Listener<K extends keyof StageEvents> = (value: StageEvents[K]) => void;

export class StageBridge {
  private readonly latest: StageEvents = { screen: 'menu', scenario: null, presentation: null, meters: {} };
  private readonly listeners = new Map<keyof StageEvents, Set<(value: never) => void>>();

  publish<K extends keyof StageEvents>(name: K, value: StageEvents[K]): void {
    this.latest[name] = value;
    const set = this.listeners.get(name) as Set<Listener<K>> | undefined;
    for (const listener of set ?? []) listener(value);
  }

  current<K extends keyof StageEvents>(name: K): StageEvents[K] {
    return this.latest[name];
  }

  /** Calls `listener` now with the latest value and again on every change; returns an unsubscribe. */
  follow<K extends keyof StageEvents>(name: K, listener: Listener<K>): () => void {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    const set = this.listeners.get(name) as Set<Listener<K>>;
    set.add(listener);
    listener(this.latest[name]);
    return () => set.delete(listener);
  }
}
