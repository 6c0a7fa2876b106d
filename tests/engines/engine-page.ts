/**
 * One page of the game in Firefox or WebKit, with the same few actions in both, so every engine
 * test reads the same: goto, click, press, waitFor, evaluate, screenshot, close.
 *
 * Firefox ESR: puppeteer-core over WebDriver BiDi, one browser per test file, a fresh browser
 * context (its own storage) per page. WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver and
 * selenium-webdriver, one automation session (its own ephemeral storage) per page. Clicks and key
 * presses are real input in both, so they count as the player's gestures.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type KeyInput } from 'puppeteer-core';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { startWebKitDriver, type WebKitDriverProcesses } from './webkit-processes';

export const engineNames = ['firefox', 'webkit'] as const;
export type EngineName = (typeof engineNames)[number];

export type KeyName = 'Tab' | 'Enter' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

export const screenshotsDir = path.resolve(import.meta.dirname, '../../test-artifacts/screenshots');
export const viewport = { width: 1280, height: 720 };

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The driver-specific half of a page; EnginePage builds everything else on these. */
interface PageDriver {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: KeyName): Promise<void>;
  /** Runs any function in the page (serialised; `args` must be plain data) and returns its result. */
  evaluate(fn: (...args: never) => unknown, args: readonly unknown[]): Promise<unknown>;
  screenshotPng(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Page errors seen since the last navigation, kept in the page itself (works in every engine). */
function catchPageErrors(): void {
  const win = window as unknown as { engineProblems?: string[] };
  if (win.engineProblems) return;
  const problems: string[] = [];
  win.engineProblems = problems;
  window.addEventListener('error', (event) => problems.push(event.message));
  window.addEventListener('unhandledrejection', (event) => problems.push(String(event.reason)));
}

export class EnginePage {
  constructor(
    readonly engine: EngineName,
    private readonly driver: PageDriver,
    /** Errors the driver itself saw (Firefox reports them from the first script on). */
    private readonly driverProblems: string[],
  ) {}

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

/** What each engine states about itself on this machine, read by the tests that depend on it. */
interface EngineFacts {
  readonly name: EngineName;
  /** Why this engine can play no sound on this machine, or null when it can. */
  readonly soundOutputMissing: string | null;
  /** Why this engine counts a page as activated by the user before any input, or null. */
  readonly activatedWithoutInput: string | null;
}

/** A running engine: opens fresh pages (no saved progress) at 1280x720. */
export interface Engine extends EngineFacts {
  open(): Promise<EnginePage>;
  /** Closes every page still open (a page left open keeps its stage and timers running). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** The driver-specific half of an engine. */
interface EngineBackend extends EngineFacts {
  openPage(): Promise<{ driver: PageDriver; problems: string[] }>;
  stop(): Promise<void>;
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

/** Firefox opens a real sound device (ALSA or PulseAudio) or keeps every AudioContext suspended. */
function firefoxSoundOutputMissing(): string | null {
  if (fs.existsSync('/dev/snd') || process.env.PULSE_SERVER || fs.existsSync(`/run/user/${process.getuid?.() ?? 0}/pulse`)) return null;
  return 'this machine has no sound device (no /dev/snd, no PulseAudio), and Firefox will not run an AudioContext without one.';
}

async function launchFirefox(): Promise<EngineBackend> {
  if (!fs.existsSync(firefoxPath))
    throw new Error(`Firefox not found at ${firefoxPath}: run tools/install-test-deps.sh or set FIREFOX_PATH.`);
  const browser: PuppeteerBrowser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  return {
    name: 'firefox',
    soundOutputMissing: firefoxSoundOutputMissing(),
    activatedWithoutInput:
      'driven by puppeteer, Firefox reports every loaded page as activated by the user (navigator.userActivation.hasBeenActive) before any input.',
    async openPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      const driver: PageDriver = {
        goto: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key satisfies KeyInput),
        evaluate: (fn, args) => page.evaluate(fn, ...(args as never[])),
        screenshotPng: async () => Buffer.from(await page.screenshot({ type: 'png' })),
        close: () => context.close(),
      };
      return { driver, problems };
    },
    stop: () => browser.close(),
  };
}

const seleniumKeys: Record<KeyName, string> = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '7': '7',
  '8': '8',
  '9': '9',
};

/** MiniBrowser's window has a toolbar: size the window so that the page gets exactly the viewport. */
async function fitViewport(driver: WebDriver): Promise<void> {
  await driver.manage().window().setRect(viewport);
  const inner = await driver.executeScript<{ width: number; height: number }>(() => ({ width: innerWidth, height: innerHeight }));
  await driver
    .manage()
    .window()
    .setRect({ width: 2 * viewport.width - inner.width, height: 2 * viewport.height - inner.height });
}

async function launchWebKit(): Promise<EngineBackend> {
  if (!fs.existsSync(miniBrowserPath))
    throw new Error(`MiniBrowser not found at ${miniBrowserPath}: run tools/install-test-deps.sh or set MINIBROWSER_PATH.`);
  const processes: WebKitDriverProcesses = await startWebKitDriver();
  // Said once per run, so nobody mistakes the shorter error check for the whole one.
  console.info('WebKit: WebKitWebDriver offers no console log, so page errors are caught from the end of each page load on.');
  return {
    name: 'webkit',
    // GStreamer plays into a silent sink when there is no sound card: the AudioContext still runs.
    soundOutputMissing: null,
    activatedWithoutInput: null,
    async openPage() {
      const session = await new Builder()
        .usingServer(processes.url)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] } })
        .build();
      await fitViewport(session);
      const driver: PageDriver = {
        goto: (url) => session.get(url),
        reload: () => session.navigate().refresh(),
        click: async (selector) => session.findElement(By.css(selector)).click(),
        press: (key) => session.actions().sendKeys(seleniumKeys[key]).perform(),
        evaluate: (fn, args) => session.executeScript(fn, ...args),
        screenshotPng: async () => Buffer.from(await session.takeScreenshot(), 'base64'),
        close: () => session.quit(),
      };
      return { driver, problems: [] };
    },
    stop: () => processes.stop(),
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
