import { describe, expect, it } from 'vitest';
import { keepAttempts } from '../../src/app/keep-attempts';
import { bestAttempt, SavedDataStore } from '../../src/app/store';
import { PlaySession } from '../../src/core/session/play-session';
import { assessmentPolicy, projectorPolicy } from '../../src/core/session/mode-policy';
import { rubric, scenarioFrom } from './helpers';
import { sampleAttempt, SharedStorage, steppingClock } from './records-helpers';

function openStore(storage = new SharedStorage(), tab = 1): { store: SavedDataStore; storage: SharedStorage } {
  return { store: new SavedDataStore(storage.open(tab, { now: steppingClock() })), storage };
}

describe('the saved-data store', () => {
  it('applies a settings patch and leaves the other settings as they were', () => {
    const { store } = openStore();
    store.setSettings({ feedback: false });
    store.setSettings({ volumes: { ambience: 0.1 } });
    expect(store.settings).toEqual({
      feedback: false,
      captions: true,
      muted: false,
      learner: null,
      volumes: { interface: 0.6, channel: 0.8, ambience: 0.1 },
    });
  });

  it('writes settings to version 2 storage, where a reload finds them', () => {
    const { store, storage } = openStore();
    store.setSettings({ muted: true, learner: 'Dana' });
    expect(JSON.parse(storage.items.get('glasshouse:v2:settings')!).settings).toMatchObject({ muted: true, learner: 'Dana' });
    expect(openStore(storage, 2).store.settings.muted).toBe(true);
  });

  it('hands out frozen settings, so no screen can change them behind its back', () => {
    const { store } = openStore();
    expect(() => Object.assign(store.settings, { feedback: false })).toThrow(TypeError);
    expect(() => Object.assign(store.settings.volumes, { channel: 0 })).toThrow(TypeError);
    expect(store.settings.feedback).toBe(true);
  });

  it('tells its followers the new settings', () => {
    const { store } = openStore();
    const heard: boolean[] = [];
    store.events.on('settings', (settings) => heard.push(settings.captions));
    store.setSettings({ captions: false });
    expect(heard).toEqual([false]);
  });

  it('says a scenario is not started, in progress, or finished with its best result and attempts', () => {
    const { store } = openStore();
    expect(store.standing('pushy-presenter')).toEqual({ kind: 'not-started' });
    store.saveProgress('pushy-presenter', {
      storyVersion: 'v',
      mode: 'practice',
      learner: '',
      startedAt: '2026-12-01T09:00:00.000Z',
      shuffleSeed: null,
      optionOrder: [],
      choices: [0],
    });
    expect(store.standing('pushy-presenter').kind).toBe('in-progress');
    store.finishAttempt(sampleAttempt({ id: 'a' }));
    store.finishAttempt(sampleAttempt({ id: 'b', finishedAt: '2026-12-01T10:00:00.000Z' }));
    const standing = store.standing('pushy-presenter');
    expect(standing.kind).toBe('finished');
    expect(standing.kind === 'finished' && standing.attempts).toBe(2);
  });

  it('imports an export of its own without duplicating an attempt', () => {
    const { store } = openStore();
    store.finishAttempt(sampleAttempt({ id: 'a' }));
    const exported = store.exportJson();
    expect(store.importJson(exported)).toEqual({ ok: true, value: 0 });
    expect(store.attempts()).toHaveLength(1);
    const other = openStore(new SharedStorage()).store;
    expect(other.importJson(exported)).toEqual({ ok: true, value: 1 });
    expect(other.importJson('{"not": "ours"}').ok).toBe(false);
  });
});

describe('the best attempt', () => {
  it('prefers a pass to a fail, then the higher percent', () => {
    const passed = sampleAttempt({ id: 'pass' });
    const failed = {
      ...sampleAttempt({ id: 'fail' }),
      result: { ...passed.result, passed: false, overall: { ...passed.result.overall, percent: 99 } },
    };
    expect(bestAttempt([failed, passed])?.id).toBe('pass');
    expect(bestAttempt([])).toBeNull();
  });
});

describe('keeping attempts, following a session', () => {
  const smoke = scenarioFrom('tests/fixtures/e2e/smoke.ink');

  it('keeps the progress after each choice and saves the finished attempt at the ending', () => {
    const { store } = openStore();
    const subscribe = keepAttempts(
      store,
      { learner: () => 'Dana', passMark: () => 90 },
      { now: steppingClock(), newId: () => 'attempt-1' },
    );
    const session = new PlaySession(smoke, rubric, assessmentPolicy);
    subscribe(session);
    session.open();
    session.choose(0);
    expect(store.inFlight('smoke')).toMatchObject({ choices: [0], mode: 'assessment', learner: 'Dana', storyVersion: 'test' });
    session.choose(0);
    expect(session.isOver).toBe(true);
    expect(store.inFlight('smoke')).toBeNull();
    const [attempt] = store.attempts();
    expect(attempt).toMatchObject({ id: 'attempt-1', learner: 'Dana', mode: 'assessment', scenarioId: 'smoke' });
    expect(attempt?.choices.map((choice) => choice.option)).toEqual([0, 0]);
    expect(attempt?.result.passMark).toBe(90);
  });

  it("keeps the room's votes with a projector attempt, as the screen running it counts them", () => {
    const { store } = openStore();
    const session = new PlaySession(smoke, rubric, projectorPolicy);
    const votes: (number[] | null)[] = [[4, 2], null];
    keepAttempts(store, { learner: () => '', passMark: () => null }, { newId: () => 'room-1' })(session, { roomVotes: () => votes });
    session.open();
    session.choose(0);
    // The second vote arrives before the second pick, as in the room.
    votes[1] = [0, 9];
    session.choose(0);
    const [attempt] = store.attempts();
    expect(attempt?.mode).toBe('projector');
    expect(attempt?.choices.map((choice) => choice.roomVotes)).toEqual([
      [4, 2],
      [0, 9],
    ]);
  });

  it('stops keeping once unsubscribed', () => {
    const { store } = openStore();
    const session = new PlaySession(smoke, rubric);
    const stop = keepAttempts(store, { learner: () => '', passMark: () => null })(session);
    stop();
    session.choose(0);
    expect(store.inFlight('smoke')).toBeNull();
  });
});
