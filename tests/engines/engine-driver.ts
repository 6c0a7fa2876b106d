/**
 * The seam between EnginePage (what every engine test uses) and the two drivers behind it
 * (firefox-backend.ts, webkit-backend.ts): the few actions each driver implements for one window,
 * and the facts each engine states about itself on this machine.
 */
export type EngineName = 'firefox' | 'webkit';

export type KeyName = 'Tab' | 'Enter' | 'PageDown' | 'PageUp' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'b' | 'p' | 'r' | 't';

export const viewport = { width: 1280, height: 720 };

/** The driver-specific half of one window (a page, or a window it opened); EnginePage builds everything else on these. */
export interface PageDriver {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: KeyName): Promise<void>;
  /** Types text into whatever has focus, a key press per character. */
  type(text: string): Promise<void>;
  /** Runs any function in the page (serialised; `args` must be plain data) and returns its result. */
  evaluate(fn: (...args: never) => unknown, args: readonly unknown[]): Promise<unknown>;
  screenshotPng(): Promise<Buffer>;
  /**
   * Runs `action` (an input in this window) and returns the window it opened, sized to the
   * viewport, with its page errors; null when no new window reached the driver within `timeoutMs`.
   */
  opened(action: () => Promise<void>, timeoutMs: number): Promise<OpenedWindow | null>;
  close(): Promise<void>;
}

export interface OpenedWindow {
  driver: PageDriver;
  /** Errors the driver itself sees in that window (empty where the driver reports none). */
  problems: string[];
}

/** What each engine states about itself on this machine, read by the tests that depend on it. */
export interface EngineFacts {
  readonly name: EngineName;
  /** Why this engine can play no sound on this machine, or null when it can. */
  readonly soundOutputMissing: string | null;
  /** Why this engine counts a page as activated by the user before any input, or null. */
  readonly activatedWithoutInput: string | null;
}

/** The driver-specific half of an engine: opens fresh pages (no saved progress) at the viewport's size. */
export interface EngineBackend extends EngineFacts {
  openPage(): Promise<OpenedWindow>;
  stop(): Promise<void>;
}

/** Polls `check` every 100 ms until it returns something, or resolves null after `timeoutMs`. */
export async function pollFor<T>(check: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== null) return found;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves as `call` does, or rejects naming `what` when it has not settled within `ms`. */
export function withDeadline<T>(call: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const overdue = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not return within ${ms / 1000} s`)), ms);
  });
  return Promise.race([call, overdue]).finally(() => clearTimeout(timer));
}
