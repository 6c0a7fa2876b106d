/**
 * The interface's layout as a newcomer meets it (issue 12): every scenario card in view on the
 * menu; long unbroken strings wrapped, so no button leaves a phone-sized window; an email shown as
 * one message; the debrief's result and ways on above the fold, each decision folded; no
 * accessibility violation on the play screen or the debrief; screenshots at three sizes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as threatening from '../scenarios/threatening-customer.paths';
import { accessibilityViolations, openGame, optionsReady, screenshot, useBrowser } from './browser';
import { playToDebrief } from './play-path';

const browser = useBrowser();

// At 4K the stage is left out: software WebGL takes tens of seconds per frame there, and the
// interface's layout does not depend on it.
const sizes = [
  { width: 1280, height: 720, withoutStage: false },
  { width: 1920, height: 1080, withoutStage: false },
  { width: 3840, height: 2160, withoutStage: true },
] as const;

/** The elements matching `selector` whose box reaches outside the window, by their text. */
async function outsideWindow(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.top < 0 || box.left < 0 || box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5;
      })
      .map((element) => (element.textContent ?? '').slice(0, 60)),
  );
}

async function startScenario(page: Page, id: string): Promise<void> {
  await page.locator(`[data-scenario="${id}"]`).click();
  await page.locator('.briefing button.primary').click();
  await optionsReady(page);
}

/** Loading the stage chunk is blocked in these runs: that is the only problem allowed. */
function realProblems(problems: string[], withoutStage: boolean): string[] {
  return problems.filter((problem) => !(withoutStage && /Failed to load resource|dynamically imported module/.test(problem)));
}

describe.each(sizes)('at $width x $height', ({ width, height, withoutStage }) => {
  const size = `${width}x${height}`;

  it('shows every scenario card inside the window', async () => {
    const { page, problems } = await openGame(browser(), { width, height, withoutStage });
    await page.locator('.scenario-card').first().waitFor();
    await screenshot(page, `ui-menu-${size}`);
    expect(await page.locator('.scenario-card').count()).toBeGreaterThanOrEqual(4);
    // The four shipped scenarios sort first; the e2e build's fixture stories (order 98 to 100) may scroll.
    const shipped = ['pushy-presenter', 'overeager-studio', 'no-show-prospect', 'threatening-customer'];
    expect(await outsideWindow(page, shipped.map((id) => `[data-scenario="${id}"]`).join(', '))).toEqual([]);
    expect(realProblems(problems, withoutStage)).toEqual([]);
  });

  it('puts the debrief’s result and its ways on above the fold', async () => {
    const { page, problems } = await openGame(browser(), { width, height, withoutStage });
    await startScenario(page, 'threatening-customer');
    await screenshot(page, `ui-play-email-${size}`);
    await page.getByRole('button', { name: 'Menu' }).click();
    await playToDebrief(page, 'threatening-customer', threatening.lessonPath);
    await screenshot(page, `ui-debrief-${size}`);
    expect(await outsideWindow(page, '.result-summary, .debrief-actions button')).toEqual([]);
    // The Threatening Customer is the last shipped story; one of the e2e build's fixtures follows it.
    const actions = await page.locator('.debrief-actions button').allTextContents();
    expect(actions[0]).toBe('Play again');
    expect(actions[1]).toMatch(/^Next scenario: /);
    expect(actions[2]).toBe('Back to scenarios');
    await page.locator('.turn summary').first().click();
    await screenshot(page, `ui-debrief-open-${size}`);
    expect(realProblems(problems, withoutStage)).toEqual([]);
  });
});

describe('long unbroken strings on a 412 px wide phone', () => {
  it('wrap in lines and options, keeping every button inside the window', async () => {
    const { page, problems } = await openGame(browser(), { width: 412, height: 915, touch: true, withoutStage: true });
    await startScenario(page, 'long-lines');
    await screenshot(page, 'ui-long-lines-412x915');
    const widest = await page
      .locator('.screen button, .log > *')
      .evaluateAll((elements) => Math.max(...elements.map((e) => e.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(412);
    const options = await page
      .locator('.options button')
      .evaluateAll((buttons) => buttons.map((b) => ({ left: b.getBoundingClientRect().left, right: b.getBoundingClientRect().right })));
    expect(options.length).toBe(2);
    for (const box of options) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(412);
    }
    expect(await page.locator('.play').evaluate((play) => play.scrollWidth <= play.clientWidth)).toBe(true);
    expect(realProblems(problems, true)).toEqual([]);
  });
});

describe('the conversation log', () => {
  it('shows an email as one message with its sender and its paragraphs, and narration as prose', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    await startScenario(page, 'long-lines');
    const emails = page.locator('.log > .message.email');
    expect(await emails.count()).toBe(1);
    expect(await emails.first().locator('.message-from').textContent()).toBe('From Dana');
    const paragraphs = await emails.first().locator('.message-body p').allTextContents();
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toBe('Hello support,');
    expect(paragraphs[2]).toBe('Dana Quill');
    // Each paragraph is not a bubble of its own, and none repeats the sender's name.
    expect(paragraphs.filter((text) => text.startsWith('Dana:'))).toEqual([]);
    const narration = page.locator('.log > .line-narration').first();
    expect(await narration.textContent()).toBe("Dana's email arrives just after lunch.");
    expect(await narration.evaluate((line) => [getComputedStyle(line).borderLeftWidth, getComputedStyle(line).backgroundColor])).toEqual([
      '0px',
      'rgba(0, 0, 0, 0)',
    ]);

    await page.keyboard.press('2');
    const reply = page.locator('.log > .message.email.line-you');
    await reply.waitFor();
    expect(await reply.locator('.message-from').textContent()).toBe('From You');
    expect(await page.locator('.log > .message.email').count()).toBe(3);
  });

  it('shows the time once, in the log, not in the bar above it too', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    await startScenario(page, 'long-lines');
    expect(await page.locator('.log .divider').allTextContents()).toEqual(['Tuesday, 1:10 pm · Email']);
    expect(await page.locator('.play-bar').textContent()).not.toContain('1:10 pm');
  });
});

describe('the debrief', () => {
  it('folds each decision, shows no empty thought and prints every minus sign as one', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    await playToDebrief(page, 'threatening-customer', threatening.worstPath);
    const folds = page.locator('.turn details');
    expect(await folds.count()).toBe(threatening.worstPath.choices.length);
    expect(await folds.evaluateAll((all) => all.filter((fold) => (fold as HTMLDetailsElement).open).length)).toBe(0);
    await folds.first().locator('summary').click();
    expect(await folds.first().evaluate((fold) => (fold as HTMLDetailsElement).open)).toBe(true);
    await folds.evaluateAll((all) => {
      for (const fold of all) (fold as HTMLDetailsElement).open = true;
    });
    expect(await page.locator('.debrief').textContent()).not.toContain('no thought recorded');
    const figures = (await page.locator('.turn-score, .competency-value, .alternatives td:last-child').allTextContents()).join(' | ');
    expect(figures.match(/-\d/g) ?? []).toEqual([]);
    expect(figures).toContain('\u2212');
  });

  it('shows a choice that sent no message as an action, not as something said', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    await playToDebrief(page, 'threatening-customer', threatening.lessonPath);
    await page.locator('.turn details').first().locator('summary').click();
    const first = page.locator('.turn').first();
    expect(await first.locator('.turn-action h3').textContent()).toBe('What you did');
    expect(await first.locator('.turn-message').count()).toBe(0);
  });
});

describe('accessibility', () => {
  it('finds no violations on the play screen with an email and on the debrief with a decision open', async () => {
    const { page } = await openGame(browser(), { withoutStage: true });
    await startScenario(page, 'long-lines');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('2');
    await page.locator('button[data-finish]').click();
    await page.locator('.debrief').waitFor();
    await page.locator('.turn summary').first().click();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
