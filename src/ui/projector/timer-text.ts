import type { DisplayState } from '../../core/session/play-view';

/** "2:05": the discussion timer's running time at `now`. */
export function timerText(timer: NonNullable<DisplayState['timer']>, now: number): string {
  const ms = timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
