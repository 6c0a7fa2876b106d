/**
 * Plays the game and the baseline the same way, as a learner would: a scenario card, Start, then
 * the scripted playthroughs of tests/scenarios/*.paths.ts by number keys, the debrief, and back to
 * the menu. The selectors are the only place this file knows the interface; the baseline page
 * offers the same hooks.
 */
import type { Page } from 'playwright-core';
import * as noShow from '../../tests/scenarios/no-show-prospect.paths.ts';
import * as studio from '../../tests/scenarios/overeager-studio.paths.ts';
import * as presenter from '../../tests/scenarios/pushy-presenter.paths.ts';
import * as threatening from '../../tests/scenarios/threatening-customer.paths.ts';
import { reactionTimeoutMs, timeReaction, type Reaction } from './probe.ts';

export const selectors = {
  scenarioCard: 'button[data-scenario]',
  option: 'button[data-option]',
  /** The game ignores input for a moment after new options are drawn (so a key meant for the last
   *  decision cannot take this one); a key pressed before then would wait forever for a line. */
  optionReady: 'button[data-option]:enabled',
  logEntry: '[role="log"] > *',
  finish: 'button[data-finish]',
  /** Something the stage draws into; the baseline has none. */
  stageCanvas: 'canvas',
};

export interface ScriptedPlaythrough {
  scenario: string;
  choices: string[];
}

/** The lesson path of each shipped scenario, in menu order. */
export const lessonPaths: ScriptedPlaythrough[] = [
  { scenario: 'pushy-presenter', choices: presenter.lessonPath.choices },
  { scenario: 'overeager-studio', choices: studio.lessonPath.choices },
  { scenario: 'no-show-prospect', choices: noShow.lessonPath.choices },
  { scenario: 'threatening-customer', choices: threatening.lessonPath.choices },
];

export function playthroughOf(scenario: string): ScriptedPlaythrough {
  const found = lessonPaths.find((p) => p.scenario === scenario);
  if (!found) throw new Error(`no scripted playthrough for ${scenario}`);
  return found;
}

export async function openBriefing(page: Page, scenario: string): Promise<void> {
  await page.locator(`${selectors.scenarioCard}[data-scenario="${scenario}"]`).click();
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
}

/** Clicks Start on the briefing and times it to the first option painted. */
export function startScenario(page: Page): Promise<Reaction> {
  return timeReaction(page, selectors.option, () => page.getByRole('button', { name: 'Start', exact: true }).click());
}

/** The number key of the option whose label is `label` (its text ends with it). */
async function keyFor(page: Page, label: string): Promise<string> {
  const position = await page.evaluate(
    ({ selector, wanted }) => [...document.querySelectorAll(selector)].findIndex((b) => (b.textContent ?? '').trim().endsWith(wanted)),
    { selector: selectors.option, wanted: label },
  );
  if (position < 0) {
    const offered = await page.locator(selectors.option).allTextContents();
    throw new Error(`“${label}” is not on offer; options: ${offered.join(' | ')}`);
  }
  return String(position + 1);
}

/**
 * Plays every choice by its number key, timing each to its next line painted, with `pauseMs` of
 * reading between choices (the stage's transitions run then, as they would for a learner).
 */
export async function playChoices(page: Page, choices: string[], pauseMs: number): Promise<Reaction[]> {
  const reactions: Reaction[] = [];
  for (const label of choices) {
    await page.locator(selectors.optionReady).first().waitFor({ timeout: reactionTimeoutMs });
    const key = await keyFor(page, label);
    reactions.push(await timeReaction(page, selectors.logEntry, () => page.keyboard.press(key)));
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  }
  return reactions;
}

/** From the last line: the debrief (or the baseline's end), then back to the menu. */
export async function finishToMenu(page: Page): Promise<void> {
  await page.locator(selectors.finish).click();
  await page.getByRole('button', { name: 'Back to scenarios' }).click();
  await page.locator(selectors.scenarioCard).first().waitFor();
}

/**
 * Waits until the stage has a canvas and then `settleMs` more, so choices are timed with the stage
 * running. Returns false when no canvas came (the baseline, or a stage that failed to start).
 */
export async function waitForStage(page: Page, timeoutMs: number, settleMs: number): Promise<boolean> {
  try {
    await page.locator(selectors.stageCanvas).first().waitFor({ state: 'attached', timeout: timeoutMs });
  } catch {
    return false;
  }
  await page.waitForTimeout(settleMs);
  return true;
}
