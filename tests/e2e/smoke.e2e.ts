import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openGame, optionsReady, pressOptionKey, screenshot, tabTo, useBrowser } from './browser';

const browser = useBrowser();

/** Longer than Chromium's double-tap time, so two taps count as two single taps. */
const doubleTapMs = 600;

describe('the built game in Chromium', () => {
  it('plays a fixture story to its ending by keyboard alone', async () => {
    const { page, problems } = await openGame(browser());
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, '[data-scenario="smoke"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Smoke Test Call' }).waitFor();
    await tabTo(page, 'button.primary');
    await page.keyboard.press('Enter');

    const log = page.getByRole('log', { name: 'Conversation' });
    await expect.poll(() => log.textContent()).toContain('My kettle stopped working.');
    await pressOptionKey(page, 'Say sorry and ask what happened');
    await expect.poll(() => log.textContent()).toContain("It just won't switch on.");
    await pressOptionKey(page, 'Send a replacement part today');
    await expect.poll(() => log.textContent()).toContain('Sam hangs up happy.');

    await tabTo(page, 'button[data-finish]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Debrief' }).or(page.getByText('Debrief')).first().waitFor();
    expect(await page.locator('.overall-percent').textContent()).toBe('100%');
    expect(await page.locator('.ending h2').textContent()).toBe('Ending: Fixed By Wednesday');
    await screenshot(page, 'smoke-debrief-1280x720');
    expect(problems).toEqual([]);
  });

  it('shows the first line and options without waiting for Phaser, and plays on if it never loads', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    // The Phaser chunk never arrives: the conversation must not depend on it.
    await page.route(/phaser[^/]*\.js$/, (route) => route.abort());
    await page.goto(inject('baseUrl'));
    await page.locator('[data-scenario="smoke"]').click();
    await page.locator('.briefing button.primary').click();
    await page.locator('.options button').first().waitFor();
    expect(await page.locator('.log').textContent()).toContain('My kettle stopped working.');
    await pressOptionKey(page, 'Ask for the order number');
    await pressOptionKey(page, 'Tell Sam to read the manual');
    await page.locator('button[data-finish]').click();
    expect(await page.locator('.ending h2').textContent()).toBe('Ending: One Star');
    expect(await page.locator('#stage').evaluate((stage) => stage.classList.contains('ready'))).toBe(false);
    await context.close();
  });

  it('plays by touch on a narrow window with reduced motion, the stage above the conversation', async () => {
    const { page, problems } = await openGame(browser(), { width: 412, height: 915, touch: true, reducedMotion: true });
    await page.locator('[data-scenario="smoke"]').tap();
    await page.locator('.briefing button.primary').tap();
    await optionsReady(page);
    await page.locator('.options button', { hasText: 'Say sorry and ask what happened' }).tap();
    const firstTapAt = Date.now();
    await page.locator('.coaching').waitFor();
    const panelTop = await page.locator('.play').evaluate((panel) => panel.getBoundingClientRect().top);
    expect(panelTop).toBeGreaterThan(915 * 0.2);
    await page.waitForFunction(() => document.getElementById('stage')?.classList.contains('ready'), undefined, { timeout: 60_000 });
    await screenshot(page, 'smoke-play-narrow-412x915');
    // New options take input a moment after they are drawn (the guard against double choices).
    await optionsReady(page);
    // A second tap on the same spot within Chromium's double-tap time (400 ms) is the second half of
    // a double tap, which the game ignores on purpose; a person reading the new options is slower.
    await page.waitForTimeout(Math.max(0, firstTapAt + doubleTapMs - Date.now()));
    await page.locator('.options button', { hasText: 'Send a replacement part today' }).tap();
    await page.locator('button[data-finish]').tap();
    expect(await page.locator('.ending h2').textContent()).toBe('Ending: Fixed By Wednesday');
    await screenshot(page, 'smoke-debrief-narrow-412x915');
    expect(problems).toEqual([]);
  });
});
