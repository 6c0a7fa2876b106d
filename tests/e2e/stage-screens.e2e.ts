/**
 * The stage of every shipped scenario at three window sizes, photographed on each channel it
 * reaches, with the checks a reviewer would make by eye: no sound caption over the channel frame,
 * and the stage agreeing with the newest line's channel.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../scenarios/scripted-paths';
import { openGame, optionButton, screenshot, useBrowser } from './browser';

const browser = useBrowser();

// Whole paths at the two common sizes; at 4K (slow in software WebGL) the opening channel only.
const sizes = [
  { width: 1280, height: 720, wholePath: true },
  { width: 1920, height: 1080, wholePath: true },
  { width: 3840, height: 2160, wholePath: false },
];

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The channel frame's box on the page and every caption pill shown, in CSS pixels. */
async function frameAndCaptions(page: Page): Promise<{ frame: Rect | null; captions: Rect[] }> {
  return page.evaluate(() => {
    const stage = document.getElementById('stage')!;
    const origin = stage.getBoundingClientRect();
    const parts = (stage.dataset.frame ?? '').split(' ').map(Number);
    const frame = parts.length === 4 ? { x: origin.x + parts[0]!, y: origin.y + parts[1]!, w: parts[2]!, h: parts[3]! } : null;
    const captions = [...document.querySelectorAll('.sound-caption')].map((element) => {
      const box = element.getBoundingClientRect();
      return { x: box.x, y: box.y, w: box.width, h: box.height };
    });
    return { frame, captions };
  });
}

/**
 * How many colours the stage's canvas shows, sampled at 160x90: a stage that drew its picture has
 * hundreds (art, people, text), a canvas left blank has one.
 */
async function stageColours(page: Page): Promise<number> {
  return page.locator('#stage canvas').evaluate((stage: HTMLCanvasElement) => {
    const sample = document.createElement('canvas');
    sample.width = 160;
    sample.height = 90;
    const context = sample.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(stage, 0, 0, sample.width, sample.height);
    const data = context.getImageData(0, 0, sample.width, sample.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  });
}

/** Waits until the stage shows the newest line's channel and has settled. */
async function stageCaughtUp(page: Page): Promise<string> {
  const channel = await page
    .locator('.log > .line[data-channel]')
    .last()
    .evaluate((line: HTMLElement) => line.dataset.channel ?? '');
  await expect
    .poll(() => page.locator('#stage').evaluate((stage: HTMLElement) => stage.dataset.channel), { timeout: 30_000 })
    .toBe(channel);
  return channel;
}

describe.each(shippedScenarios)('the stage of $title', ({ id, lessonPath }) => {
  it.each(sizes)(
    'shows its channels at $width x $height with no caption over the frame',
    async ({ width, height, wholePath }) => {
      const { page, problems } = await openGame(browser(), { width, height, reducedMotion: true });
      await page.locator(`[data-scenario="${id}"]`).click();
      await page.locator('.briefing button.primary').click();
      await page.waitForFunction(() => document.getElementById('stage')?.classList.contains('ready'), undefined, { timeout: 60_000 });
      const photographed = new Set<string>();
      const check = async () => {
        const channel = await stageCaughtUp(page);
        const { frame, captions } = await frameAndCaptions(page);
        if (frame) for (const caption of captions) expect(overlaps(caption, frame), `a caption covers the ${channel} frame`).toBe(false);
        if (!photographed.has(channel)) {
          photographed.add(channel);
          // The art is rasterised after the data attributes change: give the canvas a moment.
          await page.waitForTimeout(600);
          await screenshot(page, `stage-${id}-${channel}-${width}x${height}`);
          expect(await stageColours(page), `the ${channel} stage is drawn, not blank`).toBeGreaterThan(50);
        }
      };
      await check();
      if (width === 3840) {
        // Software rendering (Debian's Chromium here): a 4K stage is drawn at 1920x1080 and doubled
        // pixel for pixel, which the compositor copies instead of smoothing every changed frame.
        const canvas = await page.locator('#stage canvas').evaluate((c: HTMLCanvasElement) => ({
          size: `${c.width}x${c.height}`,
          rendering: c.style.imageRendering,
        }));
        expect(canvas).toEqual({ size: '1920x1080', rendering: 'pixelated' });
      }
      for (const label of wholePath ? lessonPath.choices : []) {
        await optionButton(page, label).click();
        await check();
      }
      expect(problems).toEqual([]);
    },
    400_000,
  );
});
