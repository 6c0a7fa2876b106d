/** Test doubles for saved records: browser storage with a quota and faults, tabs, attempts. */
import type { Attempt } from '../../src/core/records/attempt';
import type { StorageLike } from '../../src/platform/storage/safe-storage';
import { RecordsStore, type RecordsStoreOptions } from '../../src/platform/storage/records-store';

/** Browsers throw a DOMException named QuotaExceededError (code 22); Node has DOMException too. */
export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

export interface StorageFaults {
  /** Total characters of keys and values allowed (browsers allow about 5 million). */
  quota?: number;
  throwOnGet?: boolean;
  throwOnSet?: boolean;
}

/**
 * localStorage shared by several tabs: a write from one tab is queued as a `storage` event for
 * every other tab, delivered when the test says so (browsers deliver it some time later).
 */
export class SharedStorage {
  readonly items = new Map<string, string>();
  readonly faults: StorageFaults;
  private readonly tabs = new Map<number, { pending: (string | null)[]; listener: ((key: string | null) => void) | null }>();

  constructor(initial: Record<string, string> = {}, faults: StorageFaults = {}) {
    for (const [k, v] of Object.entries(initial)) this.items.set(k, v);
    this.faults = faults;
  }

  get used(): number {
    let total = 0;
    for (const [k, v] of this.items) total += k.length + v.length;
    return total;
  }

  keys(prefix = ''): string[] {
    return [...this.items.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  /** The Storage one tab sees. */
  storageFor(tab: number): StorageLike {
    return {
      getItem: (key) => {
        if (this.faults.throwOnGet) throw new DOMException('The operation is insecure.', 'SecurityError');
        return this.items.get(key) ?? null;
      },
      setItem: (key, value) => {
        if (this.faults.throwOnSet) throw new DOMException('The operation is insecure.', 'SecurityError');
        const grows = key.length + value.length - (this.items.has(key) ? key.length + this.items.get(key)!.length : 0);
        if (this.faults.quota !== undefined && this.used + grows > this.faults.quota) throw quotaError();
        if (this.items.get(key) === value) return;
        this.items.set(key, value);
        this.notifyOthers(tab, key);
      },
      removeItem: (key) => {
        if (this.items.delete(key)) this.notifyOthers(tab, key);
      },
    };
  }

  /** Options to open a RecordsStore as `tab` would. */
  optionsFor(tab: number, extra: Partial<RecordsStoreOptions> = {}): RecordsStoreOptions {
    return {
      storage: () => this.storageFor(tab),
      watch: (changed) => {
        const entry = this.tabEntry(tab);
        entry.listener = changed;
        return () => {
          entry.listener = null;
          entry.pending = [];
        };
      },
      ...extra,
    };
  }

  open(tab: number, extra: Partial<RecordsStoreOptions> = {}): RecordsStore {
    return new RecordsStore(this.optionsFor(tab, extra));
  }

  /** Writes as a tab that does not merge would (an older build), queueing events for every tab. */
  overwrite(key: string, value: string): void {
    this.items.set(key, value);
    this.notifyOthers(-1, key);
  }

  /** Another tab calls `localStorage.clear()`: every tab gets an event whose key is null. */
  clearAsAnotherTab(): void {
    this.items.clear();
    this.notifyOthers(-1, null);
  }

  /** Delivers the `storage` events queued for a tab. */
  deliver(tab: number): void {
    const entry = this.tabEntry(tab);
    while (entry.pending.length > 0) {
      const key = entry.pending.shift()!;
      entry.listener?.(key);
    }
  }

  private tabEntry(tab: number) {
    const entry = this.tabs.get(tab) ?? { pending: [], listener: null };
    this.tabs.set(tab, entry);
    return entry;
  }

  private notifyOthers(writer: number, key: string | null): void {
    for (const [tab, entry] of this.tabs) if (tab !== writer && entry.listener) entry.pending.push(key);
  }
}

/** A clock that moves one second per reading, so that every save has its own time. */
export function steppingClock(start = '2026-12-01T09:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => {
    at += 1000;
    return new Date(at);
  };
}

/** A small valid attempt; `overrides` change any field. */
export function sampleAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: overrides.id ?? 'attempt-1',
    learner: 'Dana Whitfield',
    scenarioId: 'pushy-presenter',
    scenarioTitle: 'The Pushy Presenter',
    storyVersion: '4c8b5a1e510e',
    mode: 'assessment',
    startedAt: '2026-12-01T09:00:00.000Z',
    finishedAt: '2026-12-01T09:07:30.000Z',
    optionOrder: [
      [2, 0, 1],
      [1, 0],
    ],
    choices: [
      {
        decision: 0,
        option: 0,
        label: 'Answer first, then ask about her',
        deltas: { empathy: 2, value: 1 },
        critical: null,
        roomVotes: null,
      },
      { decision: 1, option: 1, label: 'Offer a payment plan', deltas: { value: 2, respect: 1 }, critical: null, roomVotes: null },
    ],
    result: {
      competencies: [
        { id: 'respect', name: 'Respect', percent: 62.5, total: 1, min: -4, max: 4 },
        { id: 'empathy', name: 'Empathy', percent: 100, total: 2, min: 0, max: 2 },
        { id: 'value', name: 'Value', percent: 75, total: 3, min: -1, max: 4 },
      ],
      overall: { percent: 72.2, total: 6, min: -5, max: 10 },
      stars: 4,
      passMark: 70,
      passed: true,
      ending: { title: 'The Partner', stars: 5 },
      criticalMistakes: [],
    },
    ...overrides,
  };
}
