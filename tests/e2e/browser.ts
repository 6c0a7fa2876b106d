/** Debian's Chromium driven by playwright-core: no browser download, flags that suit this machine. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

const require = createRequire(import.meta.url);
export const artifactsDir = path.resolve(import.meta.dirname, '../../test-artifacts');
export const screenshotsDir = path.join(artifactsDir, 'screenshots');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium (see README) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

const openContexts = new Set<BrowserContext>();

/** Closes every page the tests opened: a page left open keeps its stage and timers running. */
export async function closePages(): Promise<void> {
  await Promise.all([...openContexts].map((context) => context.close()));
  openContexts.clear();
}

/**
 * One Chromium for the whole test file, every page closed after each test. Returns a getter,
 * since the browser starts in `beforeAll`.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await closePages();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser has not started');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen on the page. */
  problems: string[];
}

/** Opens the game with a fresh profile (no saved progress) at the given size, without its service worker unless asked. */
export async function openGame(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    query?: string;
    reducedMotion?: boolean;
    touch?: boolean;
    serviceWorker?: boolean;
    /** Blocks the Phaser chunk, for layout tests where software WebGL would only slow things down. */
    withoutStage?: boolean;
    /** The game's page; the served build unless given (the folder build is opened by file://). */
    url?: string;
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    // Routes in a test must see every request, and a service worker would answer some first.
    serviceWorkers: options.serviceWorker ? 'allow' : 'block',
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  openContexts.add(context);
  // Software WebGL draws a 4K stage very slowly; the interface's layout does not depend on it.
  if (options.withoutStage) await context.route(/phaser[^/]*\.js$/, (route) => route.abort());
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${options.url ?? inject('baseUrl')}${options.query ?? ''}`);
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Runs axe-core in the page and returns its violations (id and the first target of each). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  });
  return violations;
}

/** Presses Tab until the element matching `selector` has focus (at most `limit` times). */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Waits until the options of the open decision take input: they are enabled a moment after they
 * are drawn, so that a key pressed for the previous decision cannot take this one.
 */
export async function optionsReady(page: Page): Promise<void> {
  await page.locator('.options button[data-option]:enabled').first().waitFor();
}

/**
 * Picks the option labelled `label` by its number key, once the options take input. The game
 * shuffles the shown order once per attempt, so the key is the label's place on screen, never
 * its place in the story.
 */
export async function pressOptionKey(page: Page, label: string): Promise<void> {
  await optionsReady(page);
  const labels = await page.locator('.options button[data-option] .label').allTextContents();
  const position = labels.indexOf(label);
  if (position < 0) throw new Error(`“${label}” is not on offer; options: ${labels.join(' | ')}`);
  await page.keyboard.press(String(position + 1));
}

/**
 * The option button whose label is exactly `label` (not one that merely contains it: with the
 * order shuffled, a longer label holding a shorter one may come first).
 */
export function optionButton(page: Page, label: string): Locator {
  return page.locator('.options button[data-option]', { has: page.locator('.label').getByText(label, { exact: true }) });
}
