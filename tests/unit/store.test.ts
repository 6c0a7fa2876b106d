import { describe, expect, it } from 'vitest';
import { localRecordSink } from '../../src/app/local-record-sink';
import { SavedDataStore, type SavedState } from '../../src/app/store';
import { emptySavedData } from '../../src/core/records/saved-data';
import { recordSession } from '../../src/core/records/session-records';
import { resumableChoices } from '../../src/core/records/record-sink';
import { PlaySession } from '../../src/core/session/play-session';
import { rubric, scenarioFrom } from './helpers';

/** A store whose only writer records what it was asked to write. */
function storeWithWrites(): { store: SavedDataStore; writes: SavedState[] } {
  const writes: SavedState[] = [];
  return { store: new SavedDataStore(emptySavedData(), (data) => writes.push(data)), writes };
}

describe('the saved-data store', () => {
  it('applies a settings patch and leaves the other settings as they were', () => {
    const { store } = storeWithWrites();
    store.setSettings({ feedback: false });
    store.setSettings({ volumes: { ambience: 0.1 } });
    expect(store.settings).toEqual({ feedback: false, captions: true, muted: false, volumes: { interface: 0.6, channel: 0.8, ambience: 0.1 } });
  });

  it('writes every change through its one writer, as a new state each time', () => {
    const { store, writes } = storeWithWrites();
    const before = store.state;
    store.setSettings({ muted: true });
    store.saveProgress('smoke', { storyVersion: 'v1', choices: [1], savedAt: '2026-12-01T10:00:00.000Z' });
    store.clearProgress('smoke');
    expect(writes).toHaveLength(3);
    expect(writes[2]).toBe(store.state);
    expect(before.settings.muted).toBe(false);
    expect(writes[1]!.inProgress.smoke?.choices).toEqual([1]);
    expect(store.state.inProgress).toEqual({});
  });

  it('hands out frozen state, so no screen can change settings behind its back', () => {
    const { store } = storeWithWrites();
    expect(() => Object.assign(store.settings, { feedback: false })).toThrow(TypeError);
    expect(() => Object.assign(store.settings.volumes, { channel: 0 })).toThrow(TypeError);
    expect(store.settings.feedback).toBe(true);
  });

  it('tells its followers the new settings', () => {
    const { store } = storeWithWrites();
    const heard: boolean[] = [];
    store.events.on('settings', (settings) => heard.push(settings.captions));
    store.setSettings({ captions: false });
    expect(heard).toEqual([false]);
  });

  it('does not write when there is no progress to clear', () => {
    const { store, writes } = storeWithWrites();
    store.clearProgress('never-played');
    expect(writes).toEqual([]);
  });
});

describe('the local record sink, following a session', () => {
  const smoke = scenarioFrom('tests/fixtures/e2e/smoke.ink');
  const at = () => new Date('2026-12-01T10:00:00.000Z');

  it('keeps the progress after each choice and clears it at the ending', () => {
    const { store, writes } = storeWithWrites();
    const sink = localRecordSink(store, at);
    const session = new PlaySession(smoke, rubric);
    recordSession(session.events, sink, at);
    session.open();
    expect(writes).toHaveLength(0);
    session.choose(0);
    expect(store.state.inProgress.smoke).toEqual({ storyVersion: 'test', choices: [0], savedAt: '2026-12-01T10:00:00.000Z' });
    expect(resumableChoices(sink, 'smoke', 'test')).toEqual([0]);
    session.choose(0);
    expect(store.state.inProgress.smoke).toBeUndefined();
    expect(resumableChoices(sink, 'smoke', 'test')).toBeNull();
  });

  it('offers no resume for progress made on another version of the story', () => {
    const { store } = storeWithWrites();
    store.saveProgress('smoke', { storyVersion: 'old', choices: [0], savedAt: '2026-12-01T10:00:00.000Z' });
    expect(resumableChoices(localRecordSink(store), 'smoke', 'test')).toBeNull();
  });

  it('stops recording once disconnected', () => {
    const { store, writes } = storeWithWrites();
    const session = new PlaySession(smoke, rubric);
    const stop = recordSession(session.events, localRecordSink(store, at), at);
    stop();
    session.choose(0);
    expect(writes).toEqual([]);
  });
});
