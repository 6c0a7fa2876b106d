/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi: one browser per test file, a fresh
 * browser context (its own storage) per page; a window the page opens arrives as puppeteer's
 * `popup` event. Clicks and key presses are real input, so they count as the player's gestures.
 */
import fs from 'node:fs';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { type EngineBackend, type OpenedWindow, type PageDriver, viewport } from './engine-driver';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Firefox opens a real sound device (ALSA or PulseAudio) or keeps every AudioContext suspended. */
function firefoxSoundOutputMissing(): string | null {
  if (fs.existsSync('/dev/snd') || process.env.PULSE_SERVER || fs.existsSync(`/run/user/${process.getuid?.() ?? 0}/pulse`)) return null;
  return 'this machine has no sound device (no /dev/snd, no PulseAudio), and Firefox will not run an AudioContext without one.';
}

/** One puppeteer page as a PageDriver; `close` is what closing it means (its context, or the window alone). */
async function firefoxWindow(page: Page, close: () => Promise<void>): Promise<OpenedWindow> {
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
    type: (text) => page.keyboard.type(text),
    evaluate: (fn, args) => page.evaluate(fn, ...(args as never[])),
    screenshotPng: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    async opened(action, timeoutMs) {
      let onPopup: ((popup: Page | null) => void) | undefined;
      const popup = new Promise<Page | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), timeoutMs);
        onPopup = (opened) => {
          clearTimeout(timer);
          resolve(opened);
        };
        page.once('popup', onPopup);
      });
      await action();
      const opened = await popup;
      if (onPopup) page.off('popup', onPopup);
      return opened ? firefoxWindow(opened, () => opened.close()) : null;
    },
    close,
  };
  return { driver, problems };
}

export async function launchFirefox(): Promise<EngineBackend> {
  if (!fs.existsSync(firefoxPath))
    throw new Error(`Firefox not found at ${firefoxPath}: run tools/install-test-deps.sh or set FIREFOX_PATH.`);
  const browser: Browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  return {
    name: 'firefox',
    soundOutputMissing: firefoxSoundOutputMissing(),
    activatedWithoutInput:
      'driven by puppeteer, Firefox reports every loaded page as activated by the user (navigator.userActivation.hasBeenActive) before any input.',
    async openPage() {
      const context = await browser.createBrowserContext();
      return firefoxWindow(await context.newPage(), () => context.close());
    },
    stop: () => browser.close(),
  };
}
