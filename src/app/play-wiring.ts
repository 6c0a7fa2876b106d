/**
 * What follows a play session besides its screen. Each subscriber hears the session's typed
 * events and returns the way to stop; the stage is fed from the play view through the bridge's
 * `presentation` and `meters` topics.
 */
import type { PlaySession } from '../core/session/play-session';
import type { PlayView } from '../core/session/play-view';
import type { StageBridge } from '../core/stage/stage-bridge';
import type { PlayController } from './play-controller';

/** What the screen running a session knows that the session does not: the room's votes, on a projector. */
export interface SessionContext {
  /** Per decision, the room's votes by authored index; null where the room did not vote. */
  roomVotes?(): (number[] | null)[];
}

/** Something that follows a session from `opened` to `left` (records, sound, a platform). */
export type SessionSubscriber = (session: PlaySession, context?: SessionContext) => () => void;

/** Keeps the stage drawing what the play view says; returns the way to stop. */
export function feedStage(controller: PlayController, stage: StageBridge): () => void {
  const publish = (view: PlayView) => {
    stage.publish('presentation', view.presentation);
    stage.publish('meters', view.meters);
  };
  publish(controller.view);
  return controller.events.on('view', publish);
}

/** Subscribes everything to a session; the returned function unsubscribes them all. */
export function subscribeAll(session: PlaySession, subscribers: readonly SessionSubscriber[], context: SessionContext = {}): () => void {
  const stops = subscribers.map((subscribe) => subscribe(session, context));
  return () => {
    for (const stop of stops) stop();
  };
}
