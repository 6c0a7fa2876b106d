/**
 * The record sink of a browser without a learning platform: the unfinished attempt is kept in the
 * saved data after every choice (so a closed tab resumes there) and cleared at its ending. Saved
 * data version 1 has no attempt history yet, so `started` and the result keep nothing more.
 */
import type { RecordSink, SuspendData } from '../core/records/record-sink';
import type { SavedDataStore } from './store';

export function localRecordSink(store: SavedDataStore, now: () => Date = () => new Date()): RecordSink {
  return {
    started() {
      // Nothing to keep until the first choice: an attempt with no choice has nothing to resume.
    },
    progressed({ scenarioId, suspendData }) {
      const seed = suspendData.shuffleSeed;
      store.saveProgress(scenarioId, {
        storyVersion: suspendData.storyVersion,
        choices: [...suspendData.choices],
        ...(seed === null || seed === undefined ? {} : { shuffleSeed: seed }),
        savedAt: now().toISOString(),
      });
    },
    completed({ scenarioId }) {
      store.clearProgress(scenarioId);
    },
    suspendData(scenarioId): SuspendData | null {
      const saved = store.state.inProgress[scenarioId];
      return saved ? { storyVersion: saved.storyVersion, choices: saved.choices, shuffleSeed: saved.shuffleSeed ?? null } : null;
    },
  };
}
