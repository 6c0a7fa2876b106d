import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storageKeys, v1StorageKey } from '../../src/core/records/saved-data-v2';
import { RecordsStore } from '../../src/platform/storage/records-store';
import { SharedStorage, sampleAttempt, steppingClock } from './records-helpers';

const v1Save = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/records/v1-save.txt'), 'utf8');

const inFlight = (choices: number[]) => ({
  storyVersion: 'v-now',
  mode: 'practice' as const,
  learner: '',
  startedAt: '2026-12-01T08:00:00.000Z',
  shuffleSeed: 7,
  optionOrder: [],
  choices,
});

describe('the records store', () => {
  it('starts empty, without a notice, when nothing was saved', () => {
    const store = new SharedStorage().open(1);
    expect(store.persistent).toBe(true);
    expect(store.attempts()).toEqual([]);
    expect(store.settings().feedback).toBe(true);
    expect(store.notices()).toEqual([]);
  });

  it('keeps settings, progress and attempts under separate keys across a reload', () => {
    const shared = new SharedStorage();
    const store = shared.open(1, { now: steppingClock() });
    store.saveSettings({ ...store.settings(), muted: true });
    store.saveProgress('no-show-prospect', inFlight([0, 1]));
    store.finishAttempt(sampleAttempt());
    expect(shared.keys('glasshouse:v2:')).toEqual([storageKeys.attempts, storageKeys.progress, storageKeys.settings].sort());
    const again = shared.open(1);
    expect(again.settings().muted).toBe(true);
    expect(again.inFlight('no-show-prospect')?.choices).toEqual([0, 1]);
    expect(again.attempts()).toEqual([sampleAttempt()]);
  });

  it('clears the progress of a scenario when its attempt is finished', () => {
    const shared = new SharedStorage();
    const store = shared.open(1, { now: steppingClock() });
    store.saveProgress('pushy-presenter', inFlight([1]));
    store.finishAttempt(sampleAttempt());
    expect(shared.open(1).inFlight('pushy-presenter')).toBeNull();
  });

  it('deletes an attempt for good', () => {
    const shared = new SharedStorage();
    const store = shared.open(1, { now: steppingClock() });
    store.finishAttempt(sampleAttempt({ id: 'a' }));
    store.finishAttempt(sampleAttempt({ id: 'b' }));
    store.deleteAttempt('a');
    expect(
      shared
        .open(1)
        .attempts()
        .map((a) => a.id),
    ).toEqual(['b']);
  });

  describe('moving version 1 forward', () => {
    it('migrates a real version 1 save, then removes the old key', () => {
      const shared = new SharedStorage({ [v1StorageKey]: v1Save });
      const store = shared.open(1);
      expect(store.settings()).toMatchObject({ feedback: false, muted: true, volumes: { interface: 0.25, channel: 1, ambience: 0 } });
      expect(store.inFlight('threatening-customer')).toMatchObject({
        storyVersion: '7c758a23d109',
        choices: [0, 2, 1],
        savedAt: '2026-11-30T09:03:51.902Z',
      });
      expect(store.notices()).toEqual([]);
      expect(shared.items.has(v1StorageKey)).toBe(false);
      expect(shared.open(1).inFlight('pushy-presenter')?.choices).toEqual([1, 0]);
    });

    it('keeps the version 1 save when the migrated parts cannot be written', () => {
      const shared = new SharedStorage({ [v1StorageKey]: v1Save }, { quota: v1Save.length + 20 });
      const store = shared.open(1);
      expect(store.inFlight('pushy-presenter')?.choices).toEqual([1, 0]);
      expect(shared.items.get(v1StorageKey)).toBe(v1Save);
      expect(store.notices().map((n) => n.kind)).toEqual(['save-failed']);
    });

    it('holds a damaged version 1 save too large to copy, and saves version 2 beside it', () => {
      const junk = `{"version":1,${'y'.repeat(2_000_000)}`;
      const shared = new SharedStorage({ [v1StorageKey]: junk }, { quota: 3_000_000 });
      const store = shared.open(1, { now: steppingClock() });
      expect(store.notices()).toMatchObject([{ kind: 'held', part: 'v1', key: v1StorageKey }]);
      store.finishAttempt(sampleAttempt());
      expect(shared.open(2).attempts()).toEqual([sampleAttempt()]);
      expect(store.heldValue(v1StorageKey)).toBe(junk);
      store.discardHeld(v1StorageKey);
      expect(shared.items.has(v1StorageKey)).toBe(false);
      expect(store.notices()).toEqual([]);
    });

    it('sets a damaged version 1 save aside under its own key', () => {
      const shared = new SharedStorage({ [v1StorageKey]: '{"version":1,"settings":' });
      const store = shared.open(1);
      expect(shared.items.has(v1StorageKey)).toBe(false);
      const [aside] = shared.keys('glasshouse:aside:v1:');
      expect(aside && shared.items.get(aside)).toBe('{"version":1,"settings":');
      expect(store.notices()[0]?.message).toBe(
        'Your progress saved by an earlier version of the game could not be read. A copy was set aside, so nothing is lost, and the game carries on without it.',
      );
    });
  });

  describe('a part that cannot be read', () => {
    it.each([
      ['cut short', '{"version":2,"attempts":[{"id":"a"'],
      ['of another version', '{"version":3,"attempts":[]}'],
      ['of the wrong types', '{"version":2,"attempts":"none","deleted":{}}'],
      ['not an object', '"attempts"'],
    ])('is set aside once, when it is %s, and the other parts are kept', (_label, damaged) => {
      const shared = new SharedStorage();
      const first = shared.open(1, { now: steppingClock() });
      first.saveSettings({ ...first.settings(), captions: false });
      first.saveProgress('overeager-studio', inFlight([2]));
      shared.items.set(storageKeys.attempts, damaged);

      const store = shared.open(1);
      expect(store.attempts()).toEqual([]);
      expect(store.settings().captions).toBe(false);
      expect(store.inFlight('overeager-studio')?.choices).toEqual([2]);
      const notices = store.notices();
      expect(notices).toHaveLength(1);
      expect(notices[0]?.message).toMatch(/^Your saved results could not be read, because .+\. A copy was set aside/);
      expect(notices[0]?.message).not.toMatch(/json|zod|expected|invalid/i);
      const asides = shared.keys('glasshouse:aside:attempts:');
      expect(asides.map((k) => shared.items.get(k))).toEqual([damaged]);

      // The next visit finds the part written afresh: nothing is set aside a second time.
      const reloaded = shared.open(1);
      expect(reloaded.notices()).toEqual([]);
      expect(shared.keys('glasshouse:aside:')).toHaveLength(1);
    });

    it('names another version of the game as the reason', () => {
      const shared = new SharedStorage({ [storageKeys.settings]: '{"version":3}' });
      expect(shared.open(1).notices()[0]?.message).toMatch(
        /^Your saved settings could not be read, because it was saved by another version of the game \(format 3\)\./,
      );
    });

    it('sets aside only the one damaged result, keeping the others', () => {
      const good = sampleAttempt({ id: 'good' });
      const damaged = { ...sampleAttempt({ id: 'bad' }), result: 'lost' };
      const shared = new SharedStorage({ [storageKeys.attempts]: JSON.stringify({ version: 2, attempts: [good, damaged], deleted: {} }) });
      const store = shared.open(1);
      expect(store.attempts()).toEqual([good]);
      expect(store.notices().map((n) => n.message)).toEqual([
        'One saved result could not be read. A copy was set aside, so nothing is lost, and the game carries on without it.',
      ]);
      const [aside] = shared.keys('glasshouse:aside:attempts:');
      expect(JSON.parse(shared.items.get(aside!)!)).toEqual([damaged]);
      expect(shared.open(1).notices()).toEqual([]);
    });

    it('holds a multi-megabyte junk value that cannot be copied aside, offers it, then clears it', () => {
      const junk = `{"version":2,"attempts":[${'x'.repeat(3_000_000)}`;
      const shared = new SharedStorage({ [storageKeys.attempts]: junk }, { quota: 5_000_000 });
      const store = shared.open(1, { now: steppingClock() });
      const [held] = store.notices();
      expect(held).toMatchObject({ kind: 'held', key: storageKeys.attempts, size: junk.length });
      expect(held?.message).toMatch(/too large to copy aside.*download a copy, then clear it/);

      // Until cleared, the junk is never written over; new results are saved beside it.
      store.finishAttempt(sampleAttempt());
      expect(shared.items.get(storageKeys.attempts)).toBe(junk);
      expect(store.notices().map((n) => n.kind)).toEqual(['held']);
      expect(store.heldValue(storageKeys.attempts)).toBe(junk);
      const meanwhile = shared.open(2);
      expect(meanwhile.attempts()).toEqual([sampleAttempt()]);
      expect(meanwhile.notices().map((n) => n.kind)).toEqual(['held']);

      store.discardHeld(storageKeys.attempts);
      expect(store.notices()).toEqual([]);
      expect(shared.keys('glasshouse:v2:attempts')).toEqual([storageKeys.attempts]);
      expect(shared.open(3).attempts()).toEqual([sampleAttempt()]);
      expect(shared.open(3).notices()).toEqual([]);
    });
  });

  describe('storage that does not work', () => {
    it('plays in memory, with one notice, when reading localStorage itself throws', () => {
      const store = new RecordsStore({
        storage: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
      store.finishAttempt(sampleAttempt());
      store.saveProgress('x', inFlight([1]));
      expect(store.persistent).toBe(false);
      expect(store.attempts()).toHaveLength(1);
      expect(store.inFlight('x')?.choices).toEqual([1]);
      expect(store.notices().map((n) => n.kind)).toEqual(['storage-unavailable']);
    });

    it('plays in memory when getItem throws', () => {
      const store = new SharedStorage({}, { throwOnGet: true }).open(1);
      store.saveSettings({ ...store.settings(), muted: true });
      expect(store.persistent).toBe(false);
      expect(store.settings().muted).toBe(true);
      expect(store.notices().map((n) => n.id)).toEqual(['storage-unavailable']);
    });

    it('plays on, keeping everything in memory, when setItem throws', () => {
      const shared = new SharedStorage({}, { throwOnSet: true });
      const store = shared.open(1, { now: steppingClock() });
      store.finishAttempt(sampleAttempt({ id: 'a' }));
      store.finishAttempt(sampleAttempt({ id: 'b' }));
      expect(store.attempts().map((a) => a.id)).toEqual(['a', 'b']);
      expect(store.notices().map((n) => n.message)).toEqual([
        'This browser refused to save some progress. You can play on; what could not be saved is kept until you close this tab.',
      ]);
    });

    it('when storage is full, says so once, keeps attempts before progress, and clears the notice once saving works again', () => {
      const shared = new SharedStorage({}, { quota: 3500 });
      const store = shared.open(1, { now: steppingClock() });
      store.saveProgress('overeager-studio', inFlight(Array.from({ length: 1200 }, () => 1)));
      expect(shared.items.has(storageKeys.progress)).toBe(true);
      store.finishAttempt(sampleAttempt({ id: 'a', scenarioId: 'pushy-presenter' }));
      // Progress made way for the attempt, and stays in memory.
      expect(JSON.parse(shared.items.get(storageKeys.attempts)!).attempts.map((a: { id: string }) => a.id)).toEqual(['a']);
      expect(shared.items.has(storageKeys.progress)).toBe(false);
      expect(store.inFlight('overeager-studio')?.choices).toHaveLength(1200);
      expect(store.notices().map((n) => n.id)).toEqual(['save-failed']);
      expect(store.notices()[0]?.message).toMatch(/storage for the game is full.*play on/);

      store.saveProgress('overeager-studio', inFlight([1, 1]));
      expect(store.notices()).toEqual([]);
      expect(shared.open(2).inFlight('overeager-studio')?.choices).toEqual([1, 1]);
      // Said once per visit: a second failure does not nag.
      shared.faults.quota = 10;
      store.saveProgress('overeager-studio', inFlight([1, 1, 1]));
      expect(store.notices()).toEqual([]);
    });
  });

  describe('a story that changed since the save', () => {
    it('says so and offers a fresh start, keeping the save until the learner takes it', () => {
      const shared = new SharedStorage({ [v1StorageKey]: v1Save });
      const scenarios = [{ id: 'pushy-presenter', title: 'The Pushy Presenter', version: 'a-newer-one' }];
      const store = shared.open(1, { scenarios, now: steppingClock() });
      expect(store.notices()).toEqual([
        {
          id: 'story-changed:pushy-presenter',
          kind: 'story-changed',
          scenarioId: 'pushy-presenter',
          message:
            '“The Pushy Presenter” has changed since you last played it, so your unfinished attempt cannot resume where you left it. You can start it afresh.',
        },
      ]);
      expect(store.resumable('pushy-presenter', 'a-newer-one')).toBeNull();
      expect(shared.open(2, { scenarios }).inFlight('pushy-presenter')?.choices).toEqual([1, 0]);
      store.startFresh('pushy-presenter');
      expect(store.notices()).toEqual([]);
      expect(shared.open(3, { scenarios }).inFlight('pushy-presenter')).toBeNull();
    });
  });

  describe('two tabs', () => {
    it('keep both attempts, with no event delivered at all', () => {
      const shared = new SharedStorage();
      const one = shared.open(1, { now: steppingClock() });
      const two = shared.open(2, { now: steppingClock('2026-12-01T10:00:00.000Z') });
      one.finishAttempt(sampleAttempt({ id: 'from-one' }));
      two.finishAttempt(sampleAttempt({ id: 'from-two', scenarioId: 'no-show-prospect' }));
      expect(
        shared
          .open(3)
          .attempts()
          .map((a) => a.id)
          .sort(),
      ).toEqual(['from-one', 'from-two']);
    });

    it('see each other’s attempts and progress when the storage event arrives', () => {
      const shared = new SharedStorage();
      const one = shared.open(1, { now: steppingClock() });
      const two = shared.open(2, { now: steppingClock() });
      const changes: string[] = [];
      two.subscribe((change) => change.kind === 'external' && changes.push(...change.parts));
      one.finishAttempt(sampleAttempt({ id: 'from-one' }));
      one.saveProgress('no-show-prospect', inFlight([2, 2]));
      shared.deliver(2);
      expect(two.attempts().map((a) => a.id)).toEqual(['from-one']);
      expect(two.inFlight('no-show-prospect')?.choices).toEqual([2, 2]);
      expect(changes).toContain('attempts');
    });

    it('write back an attempt that a tab which does not merge wrote over', () => {
      const shared = new SharedStorage();
      const one = shared.open(1, { now: steppingClock() });
      one.finishAttempt(sampleAttempt({ id: 'from-one' }));
      shared.overwrite(storageKeys.attempts, JSON.stringify({ version: 2, attempts: [sampleAttempt({ id: 'other' })], deleted: {} }));
      expect(
        shared
          .open(3)
          .attempts()
          .map((a) => a.id),
      ).toEqual(['other']);
      // Tab one learns of the overwrite by its event, and puts its attempt back beside the other.
      shared.deliver(1);
      expect(
        one
          .attempts()
          .map((a) => a.id)
          .sort(),
      ).toEqual(['from-one', 'other']);
      expect(
        shared
          .open(3)
          .attempts()
          .map((a) => a.id)
          .sort(),
      ).toEqual(['from-one', 'other']);
    });

    it('write their attempts back when the other tab clears storage', () => {
      const shared = new SharedStorage();
      const one = shared.open(1, { now: steppingClock() });
      one.finishAttempt(sampleAttempt({ id: 'kept' }));
      shared.clearAsAnotherTab();
      expect(shared.open(3).attempts()).toEqual([]);
      shared.deliver(1);
      expect(
        shared
          .open(3)
          .attempts()
          .map((a) => a.id),
      ).toEqual(['kept']);
    });

    it('do not bring back an attempt deleted in the other tab', () => {
      const shared = new SharedStorage();
      const one = shared.open(1, { now: steppingClock() });
      const two = shared.open(2, { now: steppingClock() });
      one.finishAttempt(sampleAttempt({ id: 'a' }));
      shared.deliver(2);
      two.deleteAttempt('a');
      one.finishAttempt(sampleAttempt({ id: 'b' }));
      shared.deliver(1);
      expect(one.attempts().map((a) => a.id)).toEqual(['b']);
      expect(
        shared
          .open(3)
          .attempts()
          .map((a) => a.id),
      ).toEqual(['b']);
    });
  });
});
