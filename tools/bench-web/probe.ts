/**
 * The in-page half of `npm run bench:web`: installed in every page before its own scripts, the same
 * on the game and on the baseline, so both are timed by the same code.
 *
 * "Painted" means the end of the first frame that starts after the change is in the DOM: a
 * requestAnimationFrame callback, then a message posted from it, which runs only once the frame's
 * other rAF callbacks (the stage's included), style, layout and paint are done. So a stage that
 * holds the frame holds the figure, as it holds what the learner sees.
 */
import type { Page } from 'playwright-core';

/** One reaction: an input, the DOM change it caused, and the frame that showed it (page clock, ms). */
export interface Reaction {
  /** The `timeStamp` of the last pointerdown or keydown since `arm` (NaN when there was none). */
  inputAt: number;
  domAt: number;
  paintedAt: number;
}

/** A long animation frame (over 50 ms) as Chromium attributes it, for the profile report. */
export interface LongFrame {
  startTime: number;
  duration: number;
  blockingDuration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: Array<{ invoker: string; sourceURL: string; sourceFunctionName: string; duration: number }>;
}

/** A resource the page fetched, on the page clock. */
export interface FetchedResource {
  url: string;
  startTime: number;
  responseEnd: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

interface ProbeApi {
  menuPainted: Promise<number>;
  arm(selector: string): void;
  reaction(): Promise<Reaction>;
  startFrames(): void;
  stopFrames(): number[];
  longFrames(): LongFrame[];
}

type ProbeWindow = Window & { __bench: ProbeApi; __name?: unknown };

/**
 * The function Playwright installs with `addInitScript`. It must stay self-contained (it is
 * serialised into the page); tsx's `__name` helper is provided by `namePolyfill` first.
 */
function installProbe(menuSelector: string): void {
  const probeWindow = window as unknown as ProbeWindow;
  const afterNextFrame = (): Promise<number> =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  /** Resolves with the DOM time and the painted time once `ready()` holds after a mutation. */
  const whenDom = (ready: () => boolean): Promise<{ domAt: number; paintedAt: number }> =>
    new Promise((resolve) => {
      const settle = () => {
        const domAt = performance.now();
        void afterNextFrame().then((paintedAt) => resolve({ domAt, paintedAt }));
      };
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        settle();
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
      if (ready()) {
        observer.disconnect();
        settle();
      }
    });

  let lastInput = Number.NaN;
  for (const type of ['pointerdown', 'keydown']) {
    window.addEventListener(type, (event) => (lastInput = event.timeStamp), { capture: true });
  }

  const longFrames: LongFrame[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame = entry as PerformanceEntry & Omit<LongFrame, 'scripts'> & { scripts: LongFrame['scripts'] };
        longFrames.push({
          startTime: frame.startTime,
          duration: frame.duration,
          blockingDuration: frame.blockingDuration,
          renderStart: frame.renderStart,
          styleAndLayoutStart: frame.styleAndLayoutStart,
          scripts: frame.scripts.map((s) => ({
            invoker: s.invoker,
            sourceURL: s.sourceURL,
            sourceFunctionName: s.sourceFunctionName,
            duration: s.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Older Chromium without long-animation-frame entries: the profile report goes without them.
  }

  let pending: Promise<Reaction> | null = null;
  let frames: number[] = [];
  let sampling = false;
  const sample = (time: number) => {
    if (!sampling) return;
    frames.push(time);
    requestAnimationFrame(sample);
  };

  probeWindow.__bench = {
    menuPainted: whenDom(() => document.querySelector(menuSelector) !== null).then((t) => t.paintedAt),
    arm(selector) {
      const before = document.querySelectorAll(selector).length;
      lastInput = Number.NaN;
      pending = whenDom(() => document.querySelectorAll(selector).length > before).then((t) => ({ inputAt: lastInput, ...t }));
    },
    reaction() {
      if (!pending) throw new Error('bench probe: reaction() without arm()');
      return pending;
    },
    startFrames() {
      frames = [];
      sampling = true;
      requestAnimationFrame(sample);
    },
    stopFrames() {
      sampling = false;
      return frames.slice(1).map((time, i) => time - frames[i]!);
    },
    longFrames: () => longFrames.slice(),
  };
}

/** tsx names every function with an `__name` helper that does not exist in the page. */
const namePolyfill = 'globalThis.__name = globalThis.__name || ((target) => target);';

export async function addProbe(page: Page, menuSelector: string): Promise<void> {
  await page.addInitScript(namePolyfill);
  await page.addInitScript(installProbe, menuSelector);
}

export function menuPainted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench.menuPainted);
}

/** How long any one reaction may take before the benchmark stops with an error, not a hang. */
export const reactionTimeoutMs = 30_000;

/** Arms the probe for "more elements match `selector`", runs `act`, and returns the reaction. */
export async function timeReaction(page: Page, selector: string, act: () => Promise<void>): Promise<Reaction> {
  await page.evaluate((s) => (window as unknown as ProbeWindow).__bench.arm(s), selector);
  await act();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`bench: no new “${selector}” within ${reactionTimeoutMs / 1000} s of the input`)),
      reactionTimeoutMs,
    );
  });
  try {
    return await Promise.race([page.evaluate(() => (window as unknown as ProbeWindow).__bench.reaction()), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

export function startFrames(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench.startFrames());
}

/** The frame-to-frame intervals since `startFrames`, in ms. */
export function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench.stopFrames());
}

export function longFrames(page: Page): Promise<LongFrame[]> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench.longFrames());
}

export function fetchedResources(page: Page): Promise<FetchedResource[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      url: r.name,
      startTime: r.startTime,
      responseEnd: r.responseEnd,
      encodedBodySize: r.encodedBodySize,
      decodedBodySize: r.decodedBodySize,
    })),
  );
}
