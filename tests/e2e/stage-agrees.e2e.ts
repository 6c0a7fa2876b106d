/**
 * The stage agrees with the dialogue on a story it has never seen: at every decision its channel,
 * sender and subject (mirrored on `#stage` as data attributes) are those of the newest line.
 * The fixture names no room, portrait or ambience, so it also plays with the defaults.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGame, pressOptionKey, screenshot, useBrowser } from './browser';

const browser = useBrowser();

interface Shown {
  channel: string;
  sender: string;
  subject: string;
  portrait: string;
}

async function stageShows(page: Page): Promise<Shown & { room: string; screen: string }> {
  return page.locator('#stage').evaluate((stage: HTMLElement) => ({
    screen: stage.dataset.screen ?? '',
    channel: stage.dataset.channel ?? '',
    sender: stage.dataset.sender ?? '',
    subject: stage.dataset.subject ?? '',
    portrait: stage.dataset.portrait ?? '',
    room: stage.dataset.room ?? '',
  }));
}

/** The channel the newest line of the log was shown on. */
async function newestLineChannel(page: Page): Promise<string> {
  return page
    .locator('.log > .line[data-channel]')
    .last()
    .evaluate((line: HTMLElement) => line.dataset.channel ?? '');
}

// What the fixture's tags say at each decision, in order, choosing the first authored option each time.
const steps: (Shown & { newestLine: string; choose: string })[] = [
  {
    choose: 'Tell Jo you are on it',
    newestLine: 'Ana is a good customer. Be kind, and be quick.',
    channel: 'text',
    sender: 'Jo Park',
    subject: 'Kettle order 4417',
    portrait: 'someone-else',
  },
  {
    choose: 'Apologize and send a new lid today',
    newestLine: "You open Ana's email again.",
    channel: 'email',
    sender: 'Ana Lima',
    subject: 'Re: Kettle order 4417',
    portrait: 'curly-crop',
  },
  {
    choose: 'Ask Lee to take the new lid',
    newestLine: 'The van leaves at ten. Anything for Ana Lima?',
    channel: 'phone',
    sender: 'Lee at Dispatch',
    subject: 'Re: Kettle order 4417',
    portrait: 'someone-else',
  },
  {
    choose: 'Confirm the address and the delivery day',
    newestLine: 'Hello?',
    channel: 'phone',
    sender: 'Ana Lima',
    subject: 'Re: Kettle order 4417',
    portrait: 'curly-crop',
  },
];

describe('the stage on a story it has never seen', () => {
  it('shows the channel, sender and subject of the current line at every decision, with the default room', async () => {
    const { page, problems } = await openGame(browser());
    await page.locator('[data-scenario="stage-handover"]').click();
    await page.locator('.briefing button.primary').click();
    await page.waitForFunction(() => document.getElementById('stage')?.classList.contains('ready'), undefined, { timeout: 60_000 });

    for (const [index, step] of steps.entries()) {
      await expect.poll(() => page.locator('.log').textContent()).toContain(step.newestLine);
      await page.locator('.options button').first().waitFor();
      const expected = {
        screen: 'play',
        room: 'calm-room',
        channel: step.channel,
        sender: step.sender,
        subject: step.subject,
        portrait: step.portrait,
      };
      await expect.poll(() => stageShows(page), { timeout: 20_000 }).toEqual(expected);
      expect(await newestLineChannel(page)).toBe(step.channel);
      await screenshot(page, `stage-handover-step-${index + 1}-1280x720`);
      await pressOptionKey(page, step.choose);
    }

    await expect.poll(() => page.locator('.log').textContent()).toContain("Ana's lid arrives on Wednesday.");
    await expect.poll(() => stageShows(page)).toMatchObject({ channel: 'phone', sender: 'Ana Lima', portrait: 'curly-crop' });
    expect(problems).toEqual([]);
  });
});
