/**
 * One window of the game in Firefox or WebKit, with the same few actions in both, so every engine
 * test reads the same: goto, click, press, type, waitFor, evaluate, screenshot, openedWindow,
 * close. The drivers behind it are in firefox-backend.ts (puppeteer-core over WebDriver BiDi) and
 * webkit-backend.ts (selenium-webdriver and WebKitWebDriver under Xvfb).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import {
  type EngineBackend,
  type EngineFacts,
  type EngineName,
  type KeyName,
  type PageDriver,
  pollFor,
  withDeadline,
} from './engine-driver';
import { launchFirefox } from './firefox-backend';
import { launchWebKit } from './webkit-backend';

export type { EngineName, KeyName } from './engine-driver';
export const engineNames = ['firefox', 'webkit'] as const satisfies readonly EngineName[];

export const screenshotsDir = path.resolve(import.meta.dirname, '../../test-artifacts/screenshots');

/** Page errors seen since the last navigation, kept in the page itself (works in every engine). */
function catchPageErrors(): void {
  const win = window as unknown as { engineProblems?: string[] };
  if (win.engineProblems) return;
  const problems: string[] = [];
  win.engineProblems = problems;
  window.addEventListener('error', (event) => problems.push(event.message));
  window.addEventListener('unhandledrejection', (event) => problems.push(String(event.reason)));
}

/**
 * Longest a single driver call may take. Every call returns in well under a second normally; on a
 * loaded machine one WebKit call was once seen never to return, which ended the test at its own
 * timeout with no word of where. This names the call instead.
 */
const driverCallLimitMs = 45_000;

/** The same driver, each call (but `opened`, which has its own limit) failing by name when it never returns. */
function watched(engine: EngineName, driver: PageDriver): PageDriver {
  const limit =
    <Args extends unknown[], R>(name: string, call: (...args: Args) => Promise<R>) =>
    (...args: Args): Promise<R> =>
      withDeadline(call(...args), driverCallLimitMs, `${engine}: the driver's ${name}`);
  return {
    goto: limit('goto', driver.goto),
    reload: limit('reload', driver.reload),
    click: limit('click', driver.click),
    press: limit('key press', driver.press),
    type: limit('typing', driver.type),
    evaluate: limit('script', driver.evaluate),
    screenshotPng: limit('screenshot', driver.screenshotPng),
    opened: driver.opened,
    close: limit('close', driver.close),
  };
}

export class EnginePage {
  private readonly driver: PageDriver;

  constructor(
    readonly engine: EngineName,
    driver: PageDriver,
    /** Errors the driver itself saw (Firefox reports them from the first script on). */
    private readonly driverProblems: string[],
  ) {
    this.driver = watched(engine, driver);
  }

  /** Opens a path of the served game, such as `?debug=audio`. */
  async goto(pathAndQuery = ''): Promise<void> {
    await this.driver.goto(`${inject('enginesBaseUrl')}${pathAndQuery}`);
    await this.evaluate(catchPageErrors);
  }

  async reload(): Promise<void> {
    await this.driver.reload();
    await this.evaluate(catchPageErrors);
  }

  /** A real pointer click on the first element matching `selector`. */
  async click(selector: string): Promise<void> {
    await this.waitFor(selector);
    await this.driver.click(selector);
  }

  /** A real key press (down and up) on whatever has focus. */
  press(key: KeyName): Promise<void> {
    return this.driver.press(key);
  }

  /** Types text into whatever has focus, as key presses. */
  type(text: string): Promise<void> {
    return this.driver.type(text);
  }

  /**
   * Runs `action` (a click or key press in this window) and returns the window it opened, loaded
   * and sized to the viewport, as a page of its own; null when the engine showed the driver no new
   * window within `timeoutMs`. The opened window closes with this page.
   */
  async openedWindow(action: () => Promise<void>, timeoutMs = 10_000): Promise<EnginePage | null> {
    const opened = await this.driver.opened(action, timeoutMs);
    if (!opened) return null;
    const page = new EnginePage(this.engine, opened.driver, opened.problems);
    const loaded = await pollFor(
      () => page.evaluate(() => (location.href !== 'about:blank' && document.readyState === 'complete') || null),
      timeoutMs,
    );
    if (!loaded) throw new Error(`${this.engine}: the opened window did not finish loading within ${timeoutMs / 1000} s`);
    await page.evaluate(catchPageErrors);
    return page;
  }

  evaluate<Args extends unknown[], R>(fn: (...args: Args) => R | Promise<R>, ...args: Args): Promise<R> {
    return this.driver.evaluate(fn, args) as Promise<R>;
  }

  /** Waits until `fn` returns something truthy in the page, and returns it. */
  async waitUntil<Args extends unknown[], R>(description: string, fn: (...args: Args) => R, ...args: Args): Promise<NonNullable<R>> {
    // Generous: WebKit under Xvfb on a busy two-core machine draws at a few frames a second.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const result = await this.evaluate(fn, ...args);
      if (result) return result as NonNullable<R>;
      if (Date.now() > deadline) throw new Error(`${this.engine}: waited 30 s for ${description}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async waitFor(selector: string): Promise<void> {
    await this.waitUntil(selector, (s: string) => document.querySelector(s) !== null, selector);
  }

  /** Saves a PNG of the viewport as test-artifacts/screenshots/<engine>-<name>.png. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const file = path.join(screenshotsDir, `${this.engine}-${name}.png`);
    fs.writeFileSync(file, await this.driver.screenshotPng());
    return file;
  }

  /** Page errors and console errors seen so far. */
  async problems(): Promise<string[]> {
    const inPage = await this.evaluate(() => [...((window as unknown as { engineProblems?: string[] }).engineProblems ?? [])]);
    return [...new Set([...this.driverProblems, ...inPage])];
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** A running engine: opens fresh pages (no saved progress) at 1280x720. */
export interface Engine extends EngineFacts {
  open(): Promise<EnginePage>;
  /** Closes every page still open (a page left open keeps its stage and timers running). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** Keeps the pages a backend opened, so that none outlives its test or its engine. */
function withTrackedPages(backend: EngineBackend): Engine {
  const pages = new Set<EnginePage>();
  const closePages = async () => {
    await Promise.allSettled([...pages].map((page) => page.close()));
  };
  return {
    name: backend.name,
    soundOutputMissing: backend.soundOutputMissing,
    activatedWithoutInput: backend.activatedWithoutInput,
    async open() {
      const { driver, problems } = await backend.openPage();
      const page: EnginePage = new EnginePage(
        backend.name,
        {
          ...driver,
          close: async () => {
            pages.delete(page);
            await driver.close();
          },
        },
        problems,
      );
      pages.add(page);
      return page;
    },
    closePages,
    async close() {
      await closePages();
      await backend.stop();
    },
  };
}

/**
 * The engine for the enclosing describe block: started before its tests, and stopped after them
 * with every page it opened, whether the tests passed or not.
 */
export function useEngine(name: EngineName): () => Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = withTrackedPages(name === 'firefox' ? await launchFirefox() : await launchWebKit());
  });
  afterEach(async () => {
    await engine?.closePages();
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => {
    if (!engine) throw new Error(`${name} has not started`);
    return engine;
  };
}
