/**
 * An assessment as a trainer runs it: the link built in the game's own form, the learner's name
 * asked once (prefilled), no coaching or running scores during play, the attempt limit, and the
 * summary printed to PDF (A4 and Letter) whose text is read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, openGame, screenshot, useBrowser } from './browser';

const browser = useBrowser();

function pdfText(pdf: Buffer, name: string): string {
  const file = path.join(artifactsDir, `${name}.pdf`);
  fs.mkdirSync(artifactsDir, { recursive: true });
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('an assessment from a trainer link', () => {
  it('runs from the built link to a printed summary', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    await page.locator('[data-records="trainer-link"]').click();
    await page.locator('#link-mode').selectOption('assessment');
    for (const box of await page.locator('[data-link-scenario]').all()) {
      if ((await box.getAttribute('data-link-scenario')) !== 'smoke') await box.uncheck();
    }
    await page.locator('#link-learner').fill('Dana Whitfield');
    await page.locator('#link-attempts').fill('1');
    await page.locator('#link-pass').fill('60');
    await page.locator('.trainer-link-form button[type="submit"]').click();
    await page.locator('.link-status').waitFor();
    const link = await page.locator('#link-output').inputValue();
    expect(new URL(link).search).toBe('?mode=assessment&scenario=smoke&learner=Dana%20Whitfield&attempts=1&pass=60');
    await screenshot(page, 'records-trainer-link');

    await page.goto(link);
    const name = page.locator('#learner-name');
    expect(await name.inputValue()).toBe('Dana Whitfield');
    await page.locator('.learner-prompt button[type="submit"]').click();
    await page.locator('.briefing button.primary').click();
    expect(await page.locator('.screen.play').getAttribute('data-mode')).toBe('assessment');
    expect(await page.locator('#feedback-toggle').count()).toBe(0);
    await page.locator('.options button[data-option]:enabled', { hasText: 'Ask for the order number' }).click();
    await page.locator('.options button[data-option]:enabled').first().waitFor();
    expect(await page.locator('.coaching').isVisible()).toBe(false);
    expect(await page.getByText('Scores so far').count()).toBe(0);
    await page.locator('.options button[data-option]:enabled', { hasText: 'Send a replacement part today' }).click();
    await page.locator('button[data-finish]').click();
    await page.locator('#screen[data-screen="debrief"]').waitFor();
    expect(await page.locator('.debrief .verdict').textContent()).toBe('Passed (pass mark 60%)');

    // The one attempt allowed is used: the briefing says so instead of starting another.
    await page.locator('.debrief button', { hasText: 'Play again' }).click();
    await page.locator('.limit-reached').waitFor();
    await page.locator('.limit-reached button.primary').click();
    await page.locator('#screen[data-screen="summary"]').waitFor();
    await screenshot(page, 'records-summary');

    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const text = pdfText(await page.pdf({ format, printBackground: false }), `records-summary-${format}`);
      expect(text).toContain('Dana Whitfield');
      expect(text).toMatch(/Date: [A-Z][a-z]+ \d{1,2}, \d{4}/);
      expect(text).toContain('Smoke Test Call');
      expect(text).toContain('1 of 1 scenario passed.');
      expect(text).toContain('Passed (pass mark 60%)');
      expect(text).toMatch(/Empathy\s+\d+%/);
      expect(text).toContain('Ask for the order number');
      expect(text).toContain('Send a replacement part today');
      expect(text).not.toContain('Print or save as PDF');
    }
  });

  it('names a bad value in the link and plays on with the default', async () => {
    const { page } = await openGame(browser(), { withoutStage: true, query: '?mode=assessment&attempts=zero&pass=150&learner=Sam' });
    await page.locator('#learner-name').waitFor();
    // The stage is blocked on purpose here (withoutStage), and says so in a notice of its own.
    const notices = (await page.locator('.notice p').allTextContents()).filter((text) => text.startsWith('The link'));
    expect(notices).toEqual([
      'The link allows “zero” attempts, which is not a whole number from 1 to 99, so the mode’s default is used.',
      'The link sets the pass mark to “150”, which is not a number from 0 to 100, so the usual pass mark is used.',
    ]);
    expect(await page.locator('#learner-name').inputValue()).toBe('Sam');
  });
});
