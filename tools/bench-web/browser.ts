/**
 * Debian's Chromium through playwright-core, with the flags of tests/e2e/browser.ts, and pages
 * opened cold: a fresh context each (no cache, no storage), the probe installed, the CPU optionally
 * throttled through the DevTools protocol.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { addProbe } from './probe.ts';
import { selectors } from './drive.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath))
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium (see README) or set CHROMIUM_PATH.`);
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

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Emulation.setCPUThrottlingRate: 4 is a workshop laptop. */
  cpuSlowdown?: number;
  /** Runs once the page exists and before it loads: profilers and tracing start here. */
  beforeNavigate?: (page: Page, cdp: CDPSession) => Promise<void>;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Console errors and uncaught exceptions: a run that has any is reported, not trusted silently. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh context and page, navigated to `url`; resolves once navigation has committed. */
export async function openCold(browser: Browser, url: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 720 } });
  const page = await context.newPage();
  // At 3840x2160 in software WebGL a frame can take a second and input waits behind it: slow is a
  // figure to report, not a reason to give up.
  page.setDefaultTimeout(180_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await addProbe(page, selectors.scenarioCard);
  const cdp = await context.newCDPSession(page);
  if (options.cpuSlowdown && options.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
  await options.beforeNavigate?.(page, cdp);
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, cdp, problems, close: () => context.close() };
}
