/**
 * Follows a play session into the saved data: after every choice the unfinished attempt is kept
 * (so a closed tab resumes at the same line), and the moment the ending is reached the finished
 * attempt is built from the session and saved, before the debrief shows (with the room's votes,
 * when a projector runs it).
 */
import { attemptFromSession } from '../core/records/attempt-from-session';
import type { PlaySession } from '../core/session/play-session';
import type { SessionSubscriber } from './play-wiring';
import type { SavedDataStore } from './store';

export interface AttemptContext {
  /** The learner's name as given (empty in practice when none was asked). */
  learner(): string;
  /** The trainer's pass mark (`pass=`); null: the rubric's. */
  passMark(): number | null;
}

/** Called with every attempt once it is saved (to show its verdict on the debrief). */
export type AttemptSaved = (session: PlaySession, attemptId: string) => void;

export function keepAttempts(
  store: SavedDataStore,
  context: AttemptContext,
  options: { now?: () => Date; newId?: () => string; saved?: AttemptSaved } = {},
): SessionSubscriber {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  return (session, sessionContext = {}) => {
    const meta = session.scenario.meta;
    // A resumed attempt started when it was first begun, not when this tab rebuilt it.
    let startedAt = now();
    const stops = [
      session.events.on('opened', ({ resumed }) => {
        const saved = resumed ? store.inFlight(meta.id) : null;
        startedAt = saved ? new Date(saved.startedAt) : now();
      }),
      session.events.on('chose', ({ choices }) => {
        if (session.isOver) return;
        store.saveProgress(meta.id, {
          storyVersion: meta.version,
          mode: session.mode.name,
          learner: context.learner(),
          startedAt: startedAt.toISOString(),
          shuffleSeed: session.shuffleSeed,
          // Authored indices in the order shown, decision by decision.
          optionOrder: session.decisions.map((decision) => decision.shownOrder.map((position) => decision.options[position]!.index)),
          choices: [...choices],
        });
      }),
      session.events.on('ended', () => {
        const id = newId();
        const passMark = context.passMark();
        const attempt = attemptFromSession(session, {
          id,
          learner: context.learner(),
          mode: session.mode.name,
          startedAt,
          finishedAt: now(),
          ...(passMark === null ? {} : { passMark }),
          // On a projector the room votes before each pick, so every vote is in by the ending.
          ...(sessionContext.roomVotes ? { roomVotes: sessionContext.roomVotes() } : {}),
        });
        store.finishAttempt(attempt);
        options.saved?.(session, id);
      }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  };
}
