/**
 * The served build after one visit: with the network cut, a reload still opens the game and plays a
 * scenario to its debrief from the service worker's precache (stage, font and sounds included).
 * And a new version never interrupts a scenario: it waits for the menu, then says it arrived.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedScenarios } from '../scenarios/scripted-paths';
import { artifactsDir, closePages, openGame, screenshot, useBrowser } from './browser';
import { e2eOutDir } from './global-setup';
import { playToDebrief } from './play-path';

const updatedMessage = 'Glasshouse has been updated to its newest version.';

const browser = useBrowser();

async function serviceWorkerControls(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

describe('the served game offline', () => {
  it('plays a scenario to its debrief after one load, with the network cut and the page reloaded', async () => {
    const { id, worstPath } = shippedScenarios[0]!;
    const { page, problems } = await openGame(browser(), { serviceWorker: true, query: '?debug=audio' });
    await serviceWorkerControls(page);

    await page.context().setOffline(true);
    await page.reload();
    await playToDebrief(page, id, worstPath);
    expect(await page.locator('.ending h2').textContent()).toBe(`Ending: ${worstPath.ending}`);

    // The stage's Phaser chunk, the font and the sounds came from the precache too.
    await page.waitForFunction(() => document.getElementById('stage')?.classList.contains('ready'), undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => document.fonts.check("16px 'Atkinson Hyperlegible'"))).toBe(true);
    const played = await page.evaluate(() => (window as unknown as { glasshouseAudio: { played: string[] } }).glasshouseAudio.played);
    expect(played).toContain('choice-confirmed');
    expect(await page.locator('.notices').textContent()).toBe('');
    await screenshot(page, 'offline-debrief-1280x720');

    // Back at the menu the worker looks for a new version; offline that quietly finds nothing.
    await page
      .getByRole('button', { name: /menu|back to scenarios/i })
      .first()
      .click();
    await page.locator('#screen[data-screen="menu"]').waitFor();
    expect(problems).toEqual([]);
  });
});

describe('a new version of the served game', () => {
  let server: PreviewServer | undefined;
  afterEach(async () => {
    // Pages first: the server's close waits for the browser's open connections to end.
    await closePages();
    await server?.close();
    server = undefined;
  });

  const copy = path.join(artifactsDir, 'e2e-dist-update');

  /** Serves the copy of the e2e build; the server reads its files once, so a change needs a restart. */
  async function serveCopy(port = 0): Promise<string> {
    await server?.close();
    server = await preview({
      configFile: false,
      logLevel: 'silent',
      build: { outDir: copy },
      preview: { host: '127.0.0.1', port, strictPort: port !== 0 },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report a URL');
    return url;
  }

  it('waits until the learner is back at the menu, then applies and says so', async () => {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(e2eOutDir, copy, { recursive: true });
    const url = await serveCopy();
    const { page, problems } = await openGame(browser(), { serviceWorker: true, url });
    await serviceWorkerControls(page);
    await page.locator('[data-scenario="smoke"]').click();
    await page.locator('.briefing button.primary').click();
    await page.locator('.options button[data-option]').first().click();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    // A new release lands on the server while the scenario is in progress.
    fs.appendFileSync(path.join(copy, 'sw.js'), '\n// the next release\n');
    await serveCopy(Number(new URL(url).port));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null, undefined, {
      timeout: 30_000,
    });
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(await page.locator('#screen').getAttribute('data-screen')).toBe('play');
    expect(await page.locator('.notices').textContent()).toBe('');

    await page.getByRole('button', { name: 'Menu' }).first().click();
    await page.locator('.notices', { hasText: updatedMessage }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
    expect(await page.locator('#screen').getAttribute('data-screen')).toBe('menu');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    await screenshot(page, 'offline-updated-menu-1280x720');
    expect(problems).toEqual([]);
  });
});
