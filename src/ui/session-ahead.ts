/**
 * A fresh session built while the learner reads the briefing, so that Start shows the first line
 * at once: building one (the story's JSON into inkjs's runtime objects, then play to the first
 * decision) is the largest part of Start in a profile, 20 to 60 ms on a slow laptop. The build
 * waits until the briefing has painted and runs in a background task; a Start that comes first
 * builds its own, as before. Nothing of a session is seen or saved until it is shown (a session
 * emits nothing before `open()`), so one that is never used is simply dropped.
 */
import type { PlaySession } from '../core/session/play-session';
import type { ScenarioMeta } from '../core/story/scenario';
import { afterNextPaint } from '../dom/after-next-paint';

/** Builds a fresh session of a scenario; null when it cannot (Start will then say why). */
export type BuildFreshSession = (meta: ScenarioMeta) => Promise<PlaySession | null>;

export class SessionAhead {
  private ahead: { scenarioId: string; session: PlaySession | null } | null = null;

  constructor(private readonly build: BuildFreshSession) {}

  /** Starts building a fresh session of `meta`, replacing any other built ahead. */
  prepare(meta: ScenarioMeta): void {
    const ahead: { scenarioId: string; session: PlaySession | null } = { scenarioId: meta.id, session: null };
    this.ahead = ahead;
    afterNextPaint(() => {
      if (this.ahead !== ahead) return;
      void this.build(meta).then(
        (session) => {
          if (this.ahead === ahead) ahead.session = session;
        },
        () => undefined,
      );
    });
  }

  /** The session built ahead for `scenarioId`, once (null when none is ready). */
  take(scenarioId: string): PlaySession | null {
    const ahead = this.ahead;
    this.ahead = null;
    return ahead?.scenarioId === scenarioId ? ahead.session : null;
  }

  /** Forgets what was built ahead (the learner left the briefing). */
  drop(): void {
    this.ahead = null;
  }
}
