/**
 * The shown option order in Chromium: shuffled once per attempt, the same after a reload and a
 * resume and on a replay from a decision; number key N takes the N-th option shown. And a critical
 * choice: the coaching names it, the debrief explains the fail in one sentence and marks it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explainVerdict } from '../../src/core/session/verdict';
import { playScripted, shippedScenarios } from '../scenarios/scripted-paths';
import { openGame, optionsReady, pressOptionKey, screenshot, useBrowser } from './browser';

const browser = useBrowser();
const presenter = shippedScenarios.find((s) => s.id === 'pushy-presenter')!;
const { lessonPath, worstPath } = presenter;

/** Problems on the page besides the Phaser chunk `withoutStage` aborts on purpose. */
function unexpected(problems: string[]): string[] {
  return problems.filter((problem) => !problem.startsWith('Failed to load resource: net::ERR_FAILED'));
}

async function shownLabels(page: Page): Promise<string[]> {
  await optionsReady(page);
  return page.locator('.options button[data-option] .label').allTextContents();
}

async function decisionsTaken(page: Page): Promise<number> {
  return page.locator('.rewind-list li').count();
}

/** Picks a label by its number key and waits until the choice is taken. */
async function take(page: Page, label: string): Promise<void> {
  const before = await decisionsTaken(page);
  await pressOptionKey(page, label);
  await expect.poll(() => decisionsTaken(page)).toBe(before + 1);
}

/** The labels of every decision of a path in authored order, from the pure core. */
function authoredLabels(path: string[]): string[][] {
  return playScripted(presenter.id, { choices: path, ending: '' }).decisions.map((d) => d.options.map((o) => o.label));
}

describe('the shown option order in Chromium', () => {
  it('stays the same after a reload and a resume and on a replay from a decision, and number keys follow it', async () => {
    const { page, problems } = await openGame(browser(), { withoutStage: true });
    await page.locator(`[data-scenario="${presenter.id}"]`).click();
    await page.locator('.briefing button.primary').click();

    const shown: string[][] = [];
    for (const label of lessonPath.choices.slice(0, 3)) {
      shown.push(await shownLabels(page));
      await take(page, label);
    }
    shown.push(await shownLabels(page));
    // Four decisions of three or four options all shown as authored would be a one-in-thousands draw.
    expect(shown).not.toEqual(authoredLabels(lessonPath.choices.slice(0, 3)).slice(0, 4));

    await page.reload();
    await page.locator(`[data-scenario="${presenter.id}"]`).click();
    await page.getByRole('button', { name: 'Resume where you left off' }).click();
    expect(await shownLabels(page)).toEqual(shown[3]);
    expect(await decisionsTaken(page)).toBe(3);

    // Number key N takes the N-th option shown: the coaching names the option under that key.
    const keyPosition = 1;
    const labelAtKey = shown[3]![keyPosition]!;
    await page.keyboard.press(String(keyPosition + 1));
    await expect.poll(() => page.locator('.coaching-choice').textContent()).toBe(`You chose: ${labelAtKey}`);

    // Replay from decision 2: decisions 1 and 2 as before, and decision 2 open again in its order.
    await page.locator('.practice-panel > summary').click();
    await page.locator('.rewind-list button', { hasText: 'Decision 2:' }).click();
    expect(await shownLabels(page)).toEqual(shown[1]);
    expect(await decisionsTaken(page)).toBe(1);
    await take(page, lessonPath.choices[1]!);
    expect(await shownLabels(page)).toEqual(shown[2]);
    await screenshot(page, 'shuffle-replayed-1280x720');
    expect(unexpected(problems)).toEqual([]);
  });

  it('names a critical choice in the coaching, and explains the fail on the debrief with the decisions marked', async () => {
    const expected = playScripted(presenter.id, worstPath);
    const sentence = explainVerdict(expected.result());
    expect(sentence).toMatch(/^Failed: critical mistakes at decisions /);
    const criticalTurns = expected.decisions.filter((d) => d.options[d.chosen!]!.tags.critical).map((d) => d.number + 1);

    const { page, problems } = await openGame(browser(), { withoutStage: true });
    await page.locator(`[data-scenario="${presenter.id}"]`).click();
    await page.locator('.briefing button.primary').click();
    const [first, ...rest] = worstPath.choices;
    await take(page, first!);
    const reason = expected.decisions[0]!.options[expected.decisions[0]!.chosen!]!.tags.critical!;
    await expect
      .poll(() => page.locator('.coaching-critical').textContent())
      .toBe(`Critical mistake: ${reason}. This attempt cannot pass.`);
    await screenshot(page, 'shuffle-critical-coaching-1280x720');
    for (const label of rest) await take(page, label);

    await page.locator('button[data-finish]').click();
    await page.locator('.debrief').waitFor();
    expect(await page.locator('.verdict').textContent()).toMatch(/^Not passed/);
    expect(await page.locator('.verdict-why').textContent()).toBe(sentence);
    const marked = await page.locator('.transcript > li.critical .turn-title').allTextContents();
    expect(marked.map((heading) => Number(/^Decision (\d+):/.exec(heading)?.[1]))).toEqual(criticalTurns);
    expect(await page.locator('.transcript > li.critical .turn-critical').first().textContent()).toBe(`Critical mistake: ${reason}.`);
    await screenshot(page, 'shuffle-critical-debrief-1280x720');
    expect(unexpected(problems)).toEqual([]);
  });
});
