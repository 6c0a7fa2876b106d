/**
 * What follows a play session besides its screen. Each subscriber hears the session's typed
 * events and returns the way to stop; the stage is fed from the play view through the bridge's
 * `presentation` and `meters` topics.
 */
import type { PlaySession } from '../core/session/play-session';
import type { PlayView } from '../core/session/play-view';
import type { StageBridge } from '../core/stage/stage-bridge';
import type { PlayController } from './play-controller';

/** Something that follows a session from `opened` to `left` (records, sound, later a platform). */
export type SessionSubscriber = (session: PlaySession) => () => void;

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
export function subscribeAll(session: PlaySession, subscribers: readonly SessionSubscriber[]): () => void {
  const stops = subscribers.map((subscribe) => subscribe(session));
  return () => {
    for (const stop of stops) stop();
  };
}
