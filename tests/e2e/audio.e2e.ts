/**
 * Sound in a real browser: which sounds howler is asked to play and which captions appear while a
 * scenario is played; and, with every sound file missing, the game still plays through and says so
 * once.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGame, pressOptionKey, useBrowser } from './browser';

const browser = useBrowser();

interface AudioLog {
  requested: string[];
  played: string[];
}

async function audioLog(page: Page): Promise<AudioLog> {
  return page.evaluate(() => {
    const log = (window as unknown as { glasshouseAudio: AudioLog }).glasshouseAudio;
    return { requested: [...log.requested], played: [...log.played] };
  });
}

/** Collects every caption text shown, even those that fade before the test looks. */
async function watchCaptions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { captionsSeen: string[] }).captionsSeen = seen;
    const area = document.querySelector('.sound-captions')!;
    new MutationObserver(() => {
      for (const node of area.querySelectorAll('*')) {
        const text = node.textContent?.trim();
        if (text && node.children.length === 0 && !seen.includes(text)) seen.push(text);
      }
    }).observe(area, { childList: true, subtree: true, characterData: true });
  });
}

async function playSmoke(page: Page): Promise<void> {
  await page.locator('[data-scenario="smoke"]').click();
  await page.locator('.briefing button.primary').click();
  await pressOptionKey(page, 'Say sorry and ask what happened');
  await page.waitForTimeout(400);
  await pressOptionKey(page, 'Send a replacement part today');
  await page.locator('button[data-finish]').waitFor();
}

describe('sound', () => {
  it('plays nothing before the first gesture, then the channel, choice and score sounds with captions', async () => {
    const { page, problems } = await openGame(browser(), { query: '?debug=audio' });
    await page.locator('[data-scenario="smoke"]').waitFor();
    expect(await audioLog(page)).toEqual({ requested: [], played: [] });
    await watchCaptions(page);
    await playSmoke(page);
    // Sounds start after the frame that shows their line, and howler a moment after the first
    // gesture: wait for them as a listener would, not for a fixed time a loaded machine may exceed.
    // The phone scenario rings, each choice clicks, and the scores move the sound up or down.
    await expect
      .poll(async () => (await audioLog(page)).requested, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['phone-ring', 'choice-confirmed', 'score-up', 'ambience-office']));
    await expect.poll(async () => (await audioLog(page)).played.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const captions = () => page.evaluate(() => (window as unknown as { captionsSeen: string[] }).captionsSeen.join(' | '));
    await expect.poll(captions, { timeout: 15_000 }).toMatch(/Phone ringing/);
    await expect.poll(captions, { timeout: 15_000 }).toMatch(/Choice made/);
    expect(problems).toEqual([]);
  });

  it('plays through silently with every sound file missing, and says so once', async () => {
    // No service worker: it would answer the sound requests from its cache, past the route.
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route(/\.(ogg|mp3)(\?.*)?$/, (route) => route.fulfill({ status: 404, body: 'missing' }));
    const { inject } = await import('vitest');
    await page.goto(`${inject('baseUrl')}?debug=audio`);
    await watchCaptions(page);
    await playSmoke(page);
    await page.locator('button[data-finish]').click();
    await page.locator('.debrief').waitFor();
    const soundNotices = async () => (await page.locator('.notices p').allTextContents()).filter((n) => /sound/i.test(n));
    await expect.poll(soundNotices, { timeout: 15_000 }).toHaveLength(1);
    const captions = () => page.evaluate(() => (window as unknown as { captionsSeen: string[] }).captionsSeen.join(' | '));
    await expect.poll(captions, { timeout: 15_000 }).toMatch(/Choice made/);
    await context.close();
  });
});
