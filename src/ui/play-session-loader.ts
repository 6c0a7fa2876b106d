/**
 * The play session's code, and with it the story engine (inkjs, about 34 KB gzip), loads with the
 * first scenario rather than with the menu: the menu paints without it, and main.ts asks for it
 * once the menu is idle, so Start rarely waits for it.
 */
import type { PlaySession } from '../core/session/play-session';

export type PlaySessionClass = typeof PlaySession;

let loading: Promise<PlaySessionClass> | null = null;

export function loadPlaySession(): Promise<PlaySessionClass> {
  loading ??= import('../core/session/play-session').then(
    (module) => module.PlaySession,
    (error: unknown) => {
      // A failed fetch (offline before the service worker had it) may work on the next try.
      loading = null;
      throw error;
    },
  );
  return loading;
}
