/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver: one automation session
 * (its own ephemeral storage) per page. A WebDriver session talks to one window at a time, so each
 * window's driver switches the session to its own window handle before it acts; a window the page
 * opens is the handle that was not there before the action.
 */
import fs from 'node:fs';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { type EngineBackend, type KeyName, type OpenedWindow, type PageDriver, pollFor, viewport, withDeadline } from './engine-driver';
import { startWebKitDriver, type WebKitDriverProcesses } from './webkit-processes';

const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const seleniumKeys: Record<KeyName, string> = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  PageDown: Key.PAGE_DOWN,
  PageUp: Key.PAGE_UP,
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '7': '7',
  '8': '8',
  '9': '9',
  b: 'b',
  p: 'p',
  r: 'r',
  t: 't',
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

/** The window the session currently talks to, shared by every window driver of one session. */
interface SessionFocus {
  current: string;
}

async function webkitWindow(session: WebDriver, handle: string, focus: SessionFocus, close: () => Promise<void>): Promise<OpenedWindow> {
  const use = async () => {
    if (focus.current === handle) return;
    await session.switchTo().window(handle);
    focus.current = handle;
  };
  await use();
  await fitViewport(session);
  /** Each action first points the session at this window. */
  const here =
    <Args extends unknown[], R>(act: (...args: Args) => Promise<R>) =>
    async (...args: Args): Promise<R> => {
      await use();
      return act(...args);
    };
  const driver: PageDriver = {
    goto: here((url: string) => session.get(url)),
    reload: here(() => session.navigate().refresh()),
    click: here((selector: string) => session.findElement(By.css(selector)).click()),
    press: here((key: KeyName) => session.actions().sendKeys(seleniumKeys[key]).perform()),
    type: here((text: string) => session.actions().sendKeys(text).perform()),
    evaluate: here((fn: (...args: never) => unknown, args: readonly unknown[]) => session.executeScript(fn, ...args)),
    screenshotPng: here(async () => Buffer.from(await session.takeScreenshot(), 'base64')),
    async opened(action, timeoutMs) {
      await use();
      const before = new Set(await session.getAllWindowHandles());
      await action();
      const fresh = await pollFor(async () => (await session.getAllWindowHandles()).find((h) => !before.has(h)) ?? null, timeoutMs);
      if (fresh === null) return null;
      return webkitWindow(session, fresh, focus, async () => {
        await session.switchTo().window(fresh);
        await session.close();
        await session.switchTo().window(handle);
        focus.current = handle;
      });
    },
    close,
  };
  return { driver, problems: [] };
}

/** Longest a new session may take to open and size its window (about 1-2 s normally). */
const sessionOpenLimitMs = 20_000;

/** A new automation session (MiniBrowser with its own ephemeral storage), its window sized to the viewport. */
async function openSession(serverUrl: string): Promise<OpenedWindow> {
  const building = new Builder()
    .usingServer(serverUrl)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] } })
    .build();
  const session = await withDeadline(Promise.resolve(building), sessionOpenLimitMs, 'a new WebKit session').catch((error: unknown) => {
    // Should it open late, close it then, so that no MiniBrowser is left behind.
    void Promise.resolve(building)
      .then((late) => late.quit())
      .catch(() => undefined);
    throw error;
  });
  const sized = async () => {
    const first = await session.getWindowHandle();
    return webkitWindow(session, first, { current: first }, () => session.quit());
  };
  try {
    return await withDeadline(sized(), sessionOpenLimitMs, 'sizing a new WebKit window');
  } catch (error) {
    void session.quit().catch(() => undefined);
    throw error;
  }
}

export async function launchWebKit(): Promise<EngineBackend> {
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
      try {
        return await openSession(processes.url);
      } catch (error) {
        // Seen once in many runs on a loaded two-core machine: a new session that never answered.
        console.info(`webkit: ${error instanceof Error ? error.message : String(error)}; opening one more session.`);
        return openSession(processes.url);
      }
    },
    stop: () => processes.stop(),
  };
}
