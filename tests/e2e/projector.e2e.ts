/**
 * Projector mode as a facilitator runs it: a clicker's PageUp/PageDown and the number keys only,
 * type readable from the back of the room at 1080p and 4K, and the presenter window kept in step
 * through pick, back, reveal, blank and timer, across a reload of either window.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGame, screenshot, useBrowser } from './browser';

const browser = useBrowser();
const projector = (id: string) => `?mode=projector&scenario=${id}`;

async function place(page: Page): Promise<{ decision: string; lines: string; highlighted: string; prompt: string }> {
  return page.locator('.projector').evaluate((section: HTMLElement) => ({
    decision: section.dataset.decision ?? '',
    lines: section.dataset.linesShown ?? '',
    highlighted: section.dataset.highlighted ?? '',
    prompt: section.querySelector('.projector-prompt')?.textContent ?? '',
  }));
}

/** Presses PageDown until the options are on screen and take input. */
async function pageDownToOptions(page: Page): Promise<void> {
  for (let i = 0; i < 30; i++) {
    if (await page.locator('.projector-options button[data-option]').count()) break;
    await page.keyboard.press('PageDown');
  }
  await page.locator('.projector-options button[data-option]:enabled').first().waitFor();
}

describe('projector mode', () => {
  it('plays a whole scenario with PageUp, PageDown and number keys only', async () => {
    const { page, problems } = await openGame(browser(), { width: 1920, height: 1080, query: projector('smoke'), withoutStage: true });
    await page.locator('.projector').waitFor();
    expect((await place(page)).prompt).toContain('PageDown to begin');
    await page.keyboard.press('PageDown');
    expect((await place(page)).lines).toBe('1');
    await pageDownToOptions(page);
    // A clicker highlights option 1 and waits: the dwell takes it, and the consequence stays hidden.
    await page.keyboard.press('PageDown');
    expect((await place(page)).highlighted).toBe('1');
    await page.keyboard.press('PageDown');
    expect((await place(page)).highlighted).toBe('2');
    await page.keyboard.press('PageUp');
    expect((await place(page)).highlighted).toBe('');
    await page.keyboard.press('PageDown');
    await page.locator('.projector-prompt', { hasText: 'The room chose' }).waitFor({ timeout: 10_000 });
    const afterPick = await place(page);
    expect(afterPick).toMatchObject({ decision: '1', lines: '0' });
    expect(afterPick.prompt).toContain('Say sorry and ask what happened');
    expect(await page.locator('.projector-lines .line').count()).toBe(0);
    // PageUp undoes the pick: decision 1's options again, read already.
    await page.keyboard.press('PageUp');
    await page.locator('.projector-options button[data-option]:enabled').first().waitFor();
    expect((await place(page)).decision).toBe('0');
    await page.keyboard.press('2');
    await page.locator('.projector-prompt', { hasText: 'Ask for the order number' }).waitFor();
    await page.keyboard.press('PageDown');
    await page.locator('.projector-lines .line', { hasText: 'Can I have your order number?' }).waitFor();
    await pageDownToOptions(page);
    await page.keyboard.press('1');
    for (let i = 0; i < 10 && !(await place(page)).prompt.includes('for the debrief'); i++) await page.keyboard.press('PageDown');
    expect((await place(page)).prompt).toContain('Ending: Fixed By Wednesday');
    await page.keyboard.press('PageDown');
    await page.locator('#screen[data-screen="debrief"]').waitFor();
    // The debrief steps with the clicker too: the result, then one decision per screen.
    await page.locator('.projector-debrief[data-page="1"]', { hasText: 'Ending: Fixed By Wednesday' }).waitFor();
    await page.keyboard.press('PageDown');
    await page.locator('.projector-debrief tr.chosen', { hasText: 'Ask for the order number (chosen)' }).waitFor();
    await page.keyboard.press('PageDown');
    await page.locator('.projector-debrief tr.chosen', { hasText: 'Send a replacement part today (chosen)' }).waitFor();
    await screenshot(page, 'projector-debrief-1920x1080');
    // Only the blocked stage chunk may fail to load.
    expect(problems.filter((problem) => !problem.includes('net::ERR_FAILED'))).toEqual([]);
  });

  for (const [width, height] of [
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    it(`shows lines and options at least 1/30 of the screen's height at ${width}x${height}`, async () => {
      const { page } = await openGame(browser(), { width, height, query: projector('pushy-presenter'), withoutStage: width > 2000 });
      await page.locator('.projector').waitFor();
      await pageDownToOptions(page);
      const sizes = await page.evaluate(() => {
        const measure = (selector: string) =>
          [...document.querySelectorAll<HTMLElement>(selector)].map((element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const lineBox = [...range.getClientRects()][0]?.height ?? 0;
            return {
              fontSize: Number.parseFloat(getComputedStyle(element).fontSize),
              lineBox,
              bottom: element.getBoundingClientRect().bottom,
            };
          });
        return { lines: measure('.projector-lines .line .text'), options: measure('.projector-options .option .label') };
      });
      expect(sizes.lines.length).toBeGreaterThan(0);
      expect(sizes.options.length).toBeGreaterThanOrEqual(3);
      for (const size of [...sizes.lines, ...sizes.options]) {
        expect(size.fontSize).toBeGreaterThanOrEqual(height / 30);
        expect(size.lineBox).toBeGreaterThanOrEqual(height / 30);
        // Every option fits on the screen: nothing for the room to scroll to.
        expect(size.bottom).toBeLessThanOrEqual(height);
      }
      await page.keyboard.press('r');
      await page.locator('.projector-options .revealed').first().waitFor();
      await screenshot(page, `projector-${width}x${height}`);
    });
  }

  it('keeps the presenter window in step both ways, across a reload of either window', async () => {
    const { page } = await openGame(browser(), { width: 1920, height: 1080, query: projector('smoke'), withoutStage: true });
    await page.locator('.projector').waitFor();
    await page.keyboard.press('PageDown');
    // P is a key press, a user gesture: the popup blocker lets it through.
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    await presenter.locator('.presenter-status[data-connected="true"]').waitFor();
    await presenter.locator('.presenter-next', { hasText: 'What do you say first?' }).waitFor();
    await presenter.locator('[data-command="advance"]').click();
    await presenter.locator('.presenter-discuss', { hasText: 'What does Sam need to hear first?' }).waitFor();
    await page.locator('.projector-options button[data-option]:enabled').first().waitFor();
    expect(await presenter.locator('.presenter-deltas').first().textContent()).toBe('+2 Empathy, +1 Respect');

    // Reveal in the projector shows in the presenter; blank and the timer from the presenter show in the projector.
    await page.keyboard.press('r');
    await presenter.locator('.presenter-flags[data-revealed="true"]').waitFor();
    await presenter.locator('[data-command="blank"]').click();
    await page.locator('.projector-blank:not([hidden])').waitFor();
    await page.keyboard.press('b');
    await presenter.locator('.presenter-flags[data-blanked="false"]').waitFor();
    await presenter.locator('[data-command="timer"]').click();
    await page.locator('.projector-timer:not([hidden])').waitFor();
    await presenter.locator('.presenter-timer[data-running="true"]').waitFor();

    // The room votes, typed in the presenter window; then a pick there, and back in the projector.
    await presenter.locator('input[data-vote="2"]').fill('7');
    await presenter.locator('input[data-vote="2"]').press('Tab');
    await presenter.locator('button[data-pick="2"]').click();
    await page.locator('.projector-prompt', { hasText: 'The room chose' }).waitFor();
    await presenter.locator('.presenter-now', { hasText: 'its consequence is hidden' }).waitFor();
    await page.keyboard.press('PageUp');
    await presenter.locator('.presenter-discuss', { hasText: 'What does Sam need to hear first?' }).waitFor();
    expect(await presenter.locator('input[data-vote="2"]').inputValue()).toBe('7');
    await page.locator('.projector-options button[data-option]:enabled').first().waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('PageDown');
    await presenter.locator('.presenter-now', { hasText: "I'm sorry to hear that" }).waitFor();
    await screenshot(presenter, 'presenter-window-1280x800');

    // The presenter reloads: it reconnects and shows the same point.
    await presenter.reload();
    await presenter.locator('.presenter-status[data-connected="true"]').waitFor();
    await presenter.locator('.presenter-now', { hasText: "I'm sorry to hear that" }).waitFor();
    // The projector reloads: it comes back to the same point, and the presenter finds it again.
    await page.reload();
    await page.locator('.projector .line', { hasText: "I'm sorry to hear that" }).waitFor();
    expect(await page.locator('.projector').getAttribute('data-lines-shown')).toBe('1');
    await page.locator('.projector-timer:not([hidden])').waitFor();
    await presenter.locator('[data-command="advance"]').click();
    await page.locator('.projector .line', { hasText: 'It just won' }).waitFor();
    await presenter.locator('.presenter-now', { hasText: 'It just won' }).waitFor();

    // The room's vote, typed before the pick, is in the debrief beside the scores.
    await pageDownToOptions(page);
    await page.keyboard.press('1');
    for (let i = 0; i < 10 && (await page.locator('.projector-debrief').count()) === 0; i++) await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.locator('.projector-debrief[data-page="2"]').waitFor();
    expect(await page.locator('.projector-debrief td[data-votes]').allTextContents()).toEqual(['0 (0%)', '7 (100%)']);

    // The vote is kept with the attempt (mode projector), by authored index, so it exports with the rest.
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('glasshouse:v2:attempts') ?? 'null'));
    const attempt = kept.attempts.find((a: { mode: string }) => a.mode === 'projector');
    const votes = attempt.choices.map((choice: { roomVotes: number[] | null }) => choice.roomVotes);
    expect(votes[0].toSorted()).toEqual([0, 7]);
    expect(votes.slice(1)).toEqual(votes.slice(1).map(() => null));
  });

  it('draws the presenter window at 1920x1080 and 3840x2160, beside the projector', async () => {
    for (const [width, height] of [
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      const { page } = await openGame(browser(), { width, height, query: projector('pushy-presenter'), withoutStage: true });
      await page.locator('.projector').waitFor();
      const [presenter] = await Promise.all([page.waitForEvent('popup'), page.locator('button[data-presenter]').click()]);
      await presenter.setViewportSize({ width, height });
      await pageDownToOptions(page);
      await presenter.locator('.presenter-discuss').waitFor();
      await presenter.locator('.presenter-options li').first().waitFor();
      await screenshot(presenter, `presenter-${width}x${height}`);
      await page.close();
    }
  });

  it('fits every decision of every scenario on a 1920x1080 screen, lines and options', async () => {
    const overflows: string[] = [];
    let decisionsSeen = 0;
    for (const id of ['pushy-presenter', 'overeager-studio', 'no-show-prospect', 'threatening-customer']) {
      const { page } = await openGame(browser(), { width: 1920, height: 1080, query: projector(id), withoutStage: true });
      await page.locator('.projector').waitFor();
      for (let decision = 0; decision < 12; decision++) {
        await pageDownToOptions(page);
        const bottom = await page.evaluate(() =>
          Math.max(
            ...[...document.querySelectorAll('.projector-options .option, .projector-lines .line')].map(
              (e) => e.getBoundingClientRect().bottom,
            ),
          ),
        );
        decisionsSeen += 1;
        if (bottom > 1080) overflows.push(`${id} decision ${decision + 1}: ${Math.round(bottom)} px`);
        // The last option is often the tempting wrong one: take it, to see more of the story.
        await page.keyboard.press(String(await page.locator('.projector-options .option').count()));
        await page.locator('.projector-prompt', { hasText: 'The room chose' }).waitFor();
        await page.keyboard.press('PageDown');
        if ((await page.locator('.projector').getAttribute('data-decision')) === 'end') break;
      }
      await page.close();
    }
    expect(overflows).toEqual([]);
    expect(decisionsSeen).toBeGreaterThanOrEqual(4 * 4);
  });

  it('says plainly when the browser blocks the presenter window', async () => {
    const { page } = await openGame(browser(), { query: projector('smoke'), withoutStage: true });
    await page.locator('.projector').waitFor();
    // What a popup blocker or a sandboxed frame without allow-popups does: window.open returns null.
    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.keyboard.press('p');
    await page
      .locator('.notices', { hasText: 'The browser blocked the presenter window. Allow pop-ups for this page, then press P again.' })
      .waitFor();
  });

  it('says the presenter window needs its own tab when an LMS frame forbids pop-ups', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    // A sandboxed frame without allow-popups, as some LMSs embed a course: the game plays inside it.
    await page.setContent(
      `<iframe title="course" sandbox="allow-scripts allow-same-origin" style="width:1200px;height:680px" src="${projector('smoke')}"></iframe>`,
    );
    const course = page.frameLocator('iframe');
    await course.locator('.projector').waitFor();
    await course.locator('button[data-presenter]').click();
    await course
      .locator('.notices', { hasText: 'this page runs inside another site’s frame, which forbids pop-ups. Open the game in its own tab' })
      .waitFor();
    expect(page.context().pages()).toHaveLength(1);
  });

  it('opens the presenter window again after the facilitator closes it, in step', async () => {
    const { page } = await openGame(browser(), { width: 1920, height: 1080, query: projector('smoke'), withoutStage: true });
    await page.locator('.projector').waitFor();
    await page.keyboard.press('PageDown');
    const [first] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    await first.locator('.presenter-status[data-connected="true"]').waitFor();
    await first.close();
    await page.keyboard.press('PageDown');
    // Chromium can still hold the closed window's name for a moment after Playwright's close (seen
    // under a loaded CI machine): P then goes to the closing window and nothing opens. A
    // facilitator's hand never presses that fast; the test presses again, as they would.
    let again: Page | null = null;
    for (let attempt = 0; attempt < 3 && !again; attempt++) {
      again = await Promise.all([page.waitForEvent('popup', { timeout: 10_000 }), page.keyboard.press('p')]).then(
        ([popup]) => popup,
        () => null,
      );
    }
    if (!again) throw new Error('pressing P after the presenter window was closed opened no new window');
    await again.locator('.presenter-status[data-connected="true"]').waitFor();
    await again.locator('.presenter-discuss', { hasText: 'What does Sam need to hear first?' }).waitFor();
  });
});
