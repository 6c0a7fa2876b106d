/**
 * The folder build as a trainer hands it out: index.html opened from disk by file://, where
 * Chromium runs no module script it would have to fetch and fetches nothing by XHR. Everything
 * (stories, the stage, the font, the sounds) must come from inside the one page.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { shippedScenarios } from '../scenarios/scripted-paths';
import { openGame, screenshot, useBrowser } from './browser';
import { playToDebrief } from './play-path';

const browser = useBrowser();

describe('the folder build opened from disk', () => {
  it('is one page with nothing beside it to fetch but its icon', () => {
    const folder = fileURLToPath(new URL('.', inject('folderUrl')));
    expect(fs.readdirSync(folder).filter((name) => !name.endsWith('.svg'))).toEqual(['index.html']);
  });

  it('plays a scenario to its debrief with its stage, font and sounds, and no page error', async () => {
    const { id, worstPath } = shippedScenarios[0]!;
    const { page, problems } = await openGame(browser(), { url: inject('folderUrl'), query: '?debug=audio' });
    expect(page.url()).toMatch(/^file:\/\//);
    await playToDebrief(page, id, worstPath);
    expect(await page.locator('.ending h2').textContent()).toBe(`Ending: ${worstPath.ending}`);

    await page.waitForFunction(() => document.getElementById('stage')?.classList.contains('ready'), undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => document.fonts.check("16px 'Atkinson Hyperlegible'"))).toBe(true);
    // Sounds ride inside the page as data: URLs, which howler decodes without a fetch.
    const played = await page.evaluate(() => (window as unknown as { glasshouseAudio: { played: string[] } }).glasshouseAudio.played);
    expect(played).toContain('choice-confirmed');
    expect(await page.locator('.notices').textContent()).toBe('');
    await screenshot(page, 'file-build-debrief-1280x720');
    expect(problems).toEqual([]);
  });
});
