/**
 * Records in Chromium: a finished attempt survives a closed tab and its debrief reopens, a reload
 * mid-scenario resumes at the same line, two tabs keep both attempts, blocked storage still plays
 * with one notice, and the CSV download holds the attempt's rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { lessonPath } from '../scenarios/pushy-presenter.paths';
import { openGame, optionsReady, screenshot, useBrowser } from './browser';
import { playToDebrief } from './play-path';

const browser = useBrowser();

/** Plays the smoke fixture to its ending by mouse, then opens its debrief. */
async function playSmoke(
  page: Page,
  options: string[] = ['Say sorry and ask what happened', 'Send a replacement part today'],
): Promise<void> {
  await page.locator('[data-scenario="smoke"]').click();
  await page.locator('.briefing button.primary').click();
  for (const label of options) await page.locator('.options button[data-option]:enabled', { hasText: label }).click();
  await page.locator('button[data-finish]').click();
  await page.locator('#screen[data-screen="debrief"]').waitFor();
}

async function lastLine(page: Page): Promise<string> {
  return (await page.locator('.log > *').last().textContent()) ?? '';
}

describe('records in the browser', () => {
  it('keeps a finished attempt when the tab is closed on the debrief, and reopens its debrief', async () => {
    const { page, problems } = await openGame(browser(), { withoutStage: true });
    expect(await page.locator('[data-status="pushy-presenter"]').textContent()).toBe('Not started');
    await playToDebrief(page, 'pushy-presenter', lessonPath);
    const context = page.context();
    await page.close();

    const reopened = await context.newPage();
    await reopened.goto(page.url());
    const status = reopened.locator('[data-status="pushy-presenter"]');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^Best \d+% [★☆]{5}, passed · 1 attempt$/);
    await reopened.locator('[data-records="attempts"]').click();
    const rows = reopened.locator('.attempts-table tbody tr');
    expect(await rows.count()).toBe(1);
    await screenshot(reopened, 'records-past-attempts');
    await reopened.locator('[data-open-attempt]').click();
    await reopened.locator('#screen[data-screen="debrief"]').waitFor();
    expect(await reopened.locator('#debrief-title').textContent()).toBe('The Pushy Presenter');
    expect(await reopened.locator('#ending-title').textContent()).toBe(`Ending: ${lessonPath.ending}`);
    await screenshot(reopened, 'records-reopened-debrief');
    // The stage's chunk is blocked on purpose (withoutStage): only that request may fail.
    expect(problems.filter((problem) => !problem.startsWith('Failed to load resource'))).toEqual([]);
  });

  it('resumes at the same line after a reload mid-scenario', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    await page.locator('[data-scenario="pushy-presenter"]').click();
    await page.locator('.briefing button.primary').click();
    for (const label of lessonPath.choices.slice(0, 3))
      await page.locator('.options button[data-option]:enabled', { hasText: label }).click();
    await optionsReady(page);
    const before = await lastLine(page);
    await page.reload();
    expect(await page.locator('[data-status="pushy-presenter"]').textContent()).toBe('In progress');
    await page.locator('[data-scenario="pushy-presenter"]').click();
    await page.locator('.briefing button.primary', { hasText: 'Resume' }).click();
    await optionsReady(page);
    expect(await lastLine(page)).toBe(before);
    expect(await page.locator('.options button[data-option]', { hasText: lessonPath.choices[3]! }).count()).toBe(1);
  });

  it('keeps both attempts when two tabs finish at once', async () => {
    const first = await openGame(browser(), { withoutStage: true });
    const second = await first.page.context().newPage();
    await second.goto(first.page.url());
    await playSmoke(first.page);
    await playSmoke(second, ['Ask for the order number', 'Send a replacement part today']);
    await first.page.reload();
    await first.page.locator('[data-records="attempts"]').click();
    expect(await first.page.locator('.attempts-table tbody tr').count()).toBe(2);
    expect(await first.page.locator('[data-status]').count()).toBe(0);
  });

  it('plays in memory with one notice when reading localStorage throws', async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(inject('baseUrl'));
    await page.locator('[data-scenario="smoke"]').waitFor();
    expect(await page.locator('.notice').allTextContents()).toEqual([expect.stringMatching(/does not let the game save/)]);
    await screenshot(page, 'records-blocked-storage');
    await playSmoke(page);
    expect(await page.locator('.notice').count()).toBe(1);
    await page.locator('.notice button', { hasText: 'Dismiss' }).click();
    expect(await page.locator('.notice').count()).toBe(0);
    await page.locator('.debrief button', { hasText: 'Back to scenarios' }).click();
    expect(await page.locator('[data-status="smoke"]').textContent()).toMatch(/^Best .* · 1 attempt$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the attempts and choices as CSV with one row each', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    await playSmoke(page);
    await page.locator('.debrief button', { hasText: 'Back to scenarios' }).click();
    await page.locator('[data-records="attempts"]').click();
    const [attemptsDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="attempts-csv"]').click()]);
    const attemptsText = fs.readFileSync((await attemptsDownload.path())!, 'utf8');
    expect(attemptsDownload.suggestedFilename()).toMatch(/^glasshouse-attempts-\d{4}-\d\d-\d\d\.csv$/);
    expect(attemptsText.startsWith('\uFEFF')).toBe(true);
    const attemptRows = attemptsText.slice(1).trimEnd().split('\r\n');
    expect(attemptRows[0]).toBe(
      'learner,scenario,attempt,mode,started,finished,percent,stars,passed,ending,respect,empathy,value,restraint,composure,followthrough',
    );
    expect(attemptRows).toHaveLength(2);
    expect(attemptRows[1]).toMatch(/^,smoke,1,practice,[^,]+,[^,]+,[\d.]+,\d,(true|yes|1),Fixed By Wednesday,/);

    const [choicesDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="choices-csv"]').click()]);
    const choiceRows = fs
      .readFileSync((await choicesDownload.path())!, 'utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(choiceRows[0]).toBe(
      'learner,scenario,attempt,decision,option,label,critical,respect,empathy,value,restraint,composure,followthrough',
    );
    expect(choiceRows.slice(1)).toEqual([
      expect.stringMatching(/^,smoke,1,1,1,Say sorry and ask what happened,/),
      expect.stringMatching(/^,smoke,1,2,1,Send a replacement part today,/),
    ]);
  });

  it('imports a downloaded backup into another browser without duplicating the attempt', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    await playSmoke(page);
    await page.locator('.debrief button', { hasText: 'Back to scenarios' }).click();
    await page.locator('[data-records="attempts"]').click();
    const [backup] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="json"]').click()]);
    const file = (await backup.path())!;

    const other = await openGame(browser(), { withoutStage: true });
    await other.page.locator('[data-records="attempts"]').click();
    await other.page
      .locator('#import-file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: fs.readFileSync(file) });
    await other.page.locator('.import-status', { hasText: '1 attempt was added.' }).waitFor();
    await other.page
      .locator('#import-file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: fs.readFileSync(file) });
    await other.page.locator('.import-status', { hasText: 'already here' }).waitFor();
    await other.page.locator('.attempts button', { hasText: 'Back to scenarios' }).click();
    await other.page.locator('[data-records="attempts"]').click();
    expect(await other.page.locator('.attempts-table tbody tr').count()).toBe(1);
  });

  it('migrates a version 1 save, and offers a fresh start for progress from another story version', async () => {
    const v1 = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/records/v1-save.txt'), 'utf8'));
    v1.inProgress['pushy-presenter'].storyVersion = 'an-older-story';
    const { page } = await openGame(browser(), { withoutStage: true });
    await page.evaluate((text) => localStorage.setItem('glasshouse:v1', text), JSON.stringify(v1));
    await page.reload();
    // The fixture's other scenario was saved on an earlier version of its story too: pick this one's notice.
    const notice = page.locator('.notice[data-notice="story-changed"]', { hasText: 'The Pushy Presenter' });
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toContain('“The Pushy Presenter” has changed since you last played it');
    expect(await page.locator('[data-status="pushy-presenter"]').textContent()).toBe('In progress');
    const stored = await page.evaluate(() => ({
      v1: localStorage.getItem('glasshouse:v1'),
      settings: localStorage.getItem('glasshouse:v2:settings'),
    }));
    expect(stored.v1).toBeNull();
    expect(JSON.parse(stored.settings!).settings).toMatchObject({ muted: true, feedback: false });
    await screenshot(page, 'records-story-changed');
    await notice.locator('button', { hasText: 'Start it afresh' }).click();
    expect(await notice.count()).toBe(0);
    expect(await page.locator('[data-status="pushy-presenter"]').textContent()).toBe('Not started');
  });
});
