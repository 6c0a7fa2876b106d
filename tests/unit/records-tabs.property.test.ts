/**
 * Any interleaving of saving progress, reloading, resuming, finishing and deleting, in two tabs
 * whose `storage` events arrive late or not at all, keeps every finished attempt that was not
 * deleted, exactly once, and never brings a deleted one back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordsStore } from '../../src/platform/storage/records-store';
import { SharedStorage, sampleAttempt, steppingClock } from './records-helpers';

const scenarioIds = ['pushy-presenter', 'no-show-prospect', 'threatening-customer'];

type Step =
  | { kind: 'save' | 'resume' | 'finish'; tab: number; scenario: number }
  | { kind: 'reload' | 'deliver' | 'delete' | 'settings'; tab: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('save' as const, 'resume' as const, 'finish' as const),
    tab: fc.integer({ min: 0, max: 1 }),
    scenario: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    kind: fc.constantFrom('reload' as const, 'deliver' as const, 'delete' as const, 'settings' as const),
    tab: fc.integer({ min: 0, max: 1 }),
  }),
);

function run(steps: Step[]) {
  const shared = new SharedStorage();
  // One wall clock for both tabs, as in one browser.
  const now = steppingClock();
  const tabs: RecordsStore[] = [shared.open(0, { now }), shared.open(1, { now })];
  const kept = new Set<string>();
  const deleted = new Set<string>();
  let counter = 0;
  for (const s of steps) {
    const store = tabs[s.tab]!;
    const scenarioId = 'scenario' in s ? scenarioIds[s.scenario]! : '';
    switch (s.kind) {
      case 'save':
        store.saveProgress(scenarioId, {
          storyVersion: 'v',
          mode: 'practice',
          learner: '',
          startedAt: now().toISOString(),
          shuffleSeed: 1,
          optionOrder: [],
          choices: [0],
        });
        break;
      case 'resume': {
        const entry = store.inFlight(scenarioId);
        if (entry) store.saveProgress(scenarioId, { ...entry, choices: [...entry.choices, 1] });
        break;
      }
      case 'finish': {
        const id = `attempt-${++counter}`;
        store.finishAttempt(sampleAttempt({ id, scenarioId, finishedAt: now().toISOString() }));
        kept.add(id);
        break;
      }
      case 'delete': {
        const first = store.attempts()[0];
        if (first) {
          store.deleteAttempt(first.id);
          kept.delete(first.id);
          deleted.add(first.id);
        }
        break;
      }
      case 'settings':
        store.saveSettings({ ...store.settings(), muted: !store.settings().muted });
        break;
      case 'reload':
        store.close();
        tabs[s.tab] = shared.open(s.tab, { now });
        break;
      case 'deliver':
        shared.deliver(s.tab);
        break;
    }
  }
  return { shared, tabs, kept, deleted, now };
}

const ids = (store: RecordsStore) => store.attempts().map((a) => a.id);

describe('two tabs over one storage', () => {
  it('keep every finished attempt that was not deleted, once, whatever the interleaving', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { shared, kept, deleted } = run(steps);
        const fresh = ids(shared.open(9));
        expect(new Set(fresh).size).toBe(fresh.length);
        expect(fresh.filter((id) => deleted.has(id))).toEqual([]);
        expect([...kept].filter((id) => !fresh.includes(id))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('agree with storage once their storage events are delivered', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { shared, tabs } = run(steps);
        // Deliveries can cause write-backs, which queue events for the other tab: settle both.
        for (let round = 0; round < 4; round++) for (const tab of [0, 1]) shared.deliver(tab);
        const fresh = shared.open(9);
        for (const tab of tabs) {
          expect(ids(tab)).toEqual(ids(fresh));
          expect(tab.records().progress.scenarios).toEqual(fresh.records().progress.scenarios);
          expect(tab.settings()).toEqual(fresh.settings());
        }
      }),
      { numRuns: 300 },
    );
  });
});
