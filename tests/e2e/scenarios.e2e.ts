/**
 * Every shipped scenario played in Chromium, by keyboard alone and by mouse; the debrief's figures
 * checked against the pure scoring of the same path; accessibility scans; screenshots.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playScripted, shippedScenarios, type ScriptedPath } from '../scenarios/scripted-paths';
import { accessibilityViolations, openGame, optionButton, optionsReady, screenshot, tabTo, useBrowser } from './browser';

const browser = useBrowser();

/** What the pure core says this path scores, as the debrief should print it. */
function expectedFigures(id: string, path: ScriptedPath) {
  const result = playScripted(id, path).result();
  return {
    overall: `${Math.round(result.overall.percent)}%`,
    competencies: result.competencies.map((c) => [
      c.id,
      `${Math.round(c.percent)}% (${c.total} on a range of ${c.min} to ${c.max})`.replaceAll('-', '\u2212'),
    ]),
    passed: result.passed,
    stars: result.stars,
  };
}

async function optionLabels(page: Page): Promise<string[]> {
  return page.locator('.options button[data-option] .label').allTextContents();
}

async function openScenarioByKeyboard(page: Page, id: string): Promise<void> {
  await page.locator('[data-scenario]').first().waitFor();
  await tabTo(page, `[data-scenario="${id}"]`);
  await page.keyboard.press('Enter');
  await tabTo(page, '.briefing button.primary');
  await page.keyboard.press('Enter');
  await optionsReady(page);
}

async function checkDebrief(page: Page, id: string, path: ScriptedPath): Promise<void> {
  const expected = expectedFigures(id, path);
  await page.locator('.debrief').waitFor();
  expect(await page.locator('.overall-percent').textContent()).toBe(expected.overall);
  const shown = await page
    .locator('.competency-chart li')
    .evaluateAll((items) => items.map((li) => [li.getAttribute('data-competency'), li.querySelector('.competency-value')?.textContent]));
  expect(shown).toEqual(expected.competencies);
  expect(await page.locator('.verdict').textContent()).toMatch(expected.passed ? /^Passed/ : /^Not passed/);
  expect(await page.locator('.result-summary .stars').getAttribute('aria-label')).toBe(`${expected.stars} of 5 stars`);
  expect(await page.locator('.ending h2').textContent()).toBe(`Ending: ${path.ending}`);
  expect(await page.locator('.transcript > li').count()).toBe(path.choices.length);
}

describe.each(shippedScenarios)('$title in Chromium', ({ id, lessonPath, worstPath }) => {
  it('plays the lesson path to its ending by keyboard alone', async () => {
    const { page, problems } = await openGame(browser(), { width: 1920, height: 1080 });
    await openScenarioByKeyboard(page, id);
    await screenshot(page, `${id}-play-1920x1080`);
    for (const label of lessonPath.choices) {
      await optionsReady(page);
      const labels = await optionLabels(page);
      const position = labels.indexOf(label);
      expect(position, `“${label}” not in ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
      const before = await page.locator('.log > .line').count();
      await page.keyboard.press(String(position + 1));
      await page.waitForFunction((count) => document.querySelector('.log')!.children.length > count, before);
    }
    await tabTo(page, 'button[data-finish]');
    await page.keyboard.press('Enter');
    await checkDebrief(page, id, lessonPath);
    await screenshot(page, `${id}-debrief-1920x1080`);
    expect(problems).toEqual([]);
  });

  it('plays the worst path to its ending by mouse', async () => {
    const { page, problems } = await openGame(browser(), { width: 1280, height: 720 });
    await page.locator(`[data-scenario="${id}"]`).click();
    await page.locator('.briefing button.primary').click();
    for (const label of worstPath.choices) {
      await optionButton(page, label).click();
    }
    await screenshot(page, `${id}-ending-1280x720`);
    await page.locator('button[data-finish]').click();
    await checkDebrief(page, id, worstPath);
    await screenshot(page, `${id}-debrief-1280x720`);
    expect(problems).toEqual([]);
  });
});

describe('accessibility', () => {
  it('finds no violations on the menu, the play screen and the debrief', async () => {
    const { page } = await openGame(browser(), { width: 1280, height: 720 });
    await page.locator('[data-scenario]').first().waitFor();
    await screenshot(page, 'menu-1280x720');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('[data-scenario="smoke"]').click();
    await page.locator('.briefing button.primary').click();
    await page.locator('.options button').first().waitFor();
    await optionsReady(page);
    await page.keyboard.press('1');
    await page.locator('.coaching').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await optionsReady(page);
    await page.keyboard.press('1');
    await page.locator('button[data-finish]').click();
    await page.locator('.debrief').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
