/**
 * What a learner does and sees, in any engine: open a scenario, choose by number key, finish, read
 * the debrief. Only the stable hooks of the interface are used: headings and button names, the
 * `role="log"` conversation, `button[data-option]`, `[data-finish]` and `#screen[data-screen]`.
 */
import { expect } from 'vitest';
import { playScripted, shippedScenarios, type ScriptedPath, type ShippedScenario } from '../scenarios/scripted-paths';
import type { EnginePage, KeyName } from './engine-page';

export const threateningCustomer: ShippedScenario = (() => {
  const scenario = shippedScenarios.find((s) => s.id === 'threatening-customer');
  if (!scenario) throw new Error('The Threatening Customer is not among the shipped scenarios');
  return scenario;
})();

export interface PlannedStep {
  /** The option's label: its number key is read from the screen, since the shown order is shuffled per attempt. */
  label: string;
}

/** A scripted path as labels to pick, and what the debrief must say at its end (from the pure core). */
export function planPath(id: string, path: ScriptedPath): { steps: PlannedStep[]; overall: string; ending: string } {
  const session = playScripted(id, path);
  const steps = path.choices.map((label) => ({ label }));
  return { steps, overall: `${Math.round(session.result().overall.percent)}%`, ending: `Ending: ${path.ending}` };
}

/** Presses Tab until the focused element matches `selector` and contains `text`. */
export async function tabTo(page: EnginePage, selector: string, text = '', limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(
      (s: string, t: string) => {
        const active = document.activeElement;
        return !!active && active.matches(s) && (active.textContent ?? '').includes(t);
      },
      selector,
      text,
    );
    if (focused) return;
    await page.press('Tab');
  }
  throw new Error(`${page.engine}: ${limit} presses of Tab never reached ${selector} “${text}”`);
}

export function screenName(page: EnginePage): Promise<string | null> {
  return page.evaluate(() => document.querySelector<HTMLElement>('#screen')?.dataset.screen ?? null);
}

export async function waitForScreen(page: EnginePage, name: string): Promise<void> {
  await page.waitFor(`#screen[data-screen="${name}"]`);
}

export function mainHeading(page: EnginePage): Promise<string> {
  return page.evaluate(() => document.querySelector('#screen h1')?.textContent?.trim() ?? '');
}

/** From the menu to the first decision with Tab and Enter only. */
export async function openScenarioByKeyboard(page: EnginePage, title: string): Promise<void> {
  await waitForScreen(page, 'menu');
  await tabTo(page, 'button', title);
  await page.press('Enter');
  await startFromBriefingByKeyboard(page, title);
}

/** From the scenario's briefing to its first decision with Tab and Enter only. */
export async function startFromBriefingByKeyboard(page: EnginePage, title: string): Promise<void> {
  await waitForScreen(page, 'briefing');
  expect(await mainHeading(page)).toBe(title);
  await tabTo(page, 'button', 'Start');
  await page.press('Enter');
  await waitForScreen(page, 'play');
  await page.waitFor('button[data-option]');
}

export function logLines(page: EnginePage): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[role="log"] > *')].map((line) => line.textContent?.trim() ?? ''));
}

export function optionTexts(page: EnginePage): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('button[data-option]')].map((button) => button.textContent?.trim() ?? ''));
}

/**
 * Takes the step's option once it is on offer, by its number key or by a click on its button, and
 * waits for the conversation to go on.
 */
export async function choose(page: EnginePage, step: PlannedStep, by: 'key' | 'click' = 'key'): Promise<void> {
  // New options take input only once they have been on screen a moment (a guard against double choices).
  // The number key is the label's place in the shown order, read from the screen.
  const shown = await page.waitUntil(
    `“${step.label}” to be on offer and enabled`,
    (wanted: string) => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-option]')];
      const button = buttons.find((b) => b.querySelector('.label')?.textContent === wanted);
      return button && !button.disabled ? (button.dataset.option ?? '') : '';
    },
    step.label,
  );
  expect(shown, `“${step.label}” on offer in ${page.engine}`).toMatch(/^[1-9]$/);
  const key = shown as KeyName;
  const selector = `button[data-option="${key}"]`;
  const before = (await logLines(page)).length;
  if (by === 'key') await page.press(key);
  else await page.click(selector);
  await page.waitUntil(
    'the next lines in the log',
    (count: number) => document.querySelectorAll('[role="log"] > *').length > count,
    before,
  );
}

export async function finishByKeyboard(page: EnginePage): Promise<void> {
  await page.waitFor('button[data-finish]');
  await tabTo(page, 'button[data-finish]');
  await page.press('Enter');
  await waitForScreen(page, 'debrief');
}

/** The debrief as read on screen: its title, its second-level headings and its whole text. */
export function debrief(page: EnginePage): Promise<{ title: string; headings: string[]; text: string }> {
  return page.evaluate(() => ({
    title: document.querySelector('#screen h1')?.textContent?.trim() ?? '',
    headings: [...document.querySelectorAll('#screen h2')].map((h) => h.textContent?.trim() ?? ''),
    text: document.querySelector('#screen')?.textContent ?? '',
  }));
}

/** The illustrated stage has faded in behind the interface (its canvas drawn, fully opaque). */
export async function waitForStage(page: EnginePage): Promise<void> {
  await page.waitUntil('the stage to fade in', () => {
    const stage = document.querySelector('#stage.ready');
    return !!stage?.querySelector('canvas') && getComputedStyle(stage).opacity === '1';
  });
}

/**
 * Waits for the stage, then for its crossfades, meters and captions to finish moving, so that the
 * screenshots of one moment from two engines can be compared side by side.
 */
export async function settleForScreenshot(page: EnginePage): Promise<void> {
  await waitForStage(page);
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

/** Whether the newest line of the conversation is inside the log's visible area. */
export function newestLineInView(page: EnginePage): Promise<boolean> {
  return page.evaluate(() => {
    const log = document.querySelector('[role="log"]');
    const newest = log?.lastElementChild;
    if (!log || !newest) return false;
    const view = log.getBoundingClientRect();
    const line = newest.getBoundingClientRect();
    return line.bottom <= view.bottom + 1 && line.top >= view.top - 1;
  });
}

export interface AudioState {
  requested: string[];
  played: string[];
  /** Howler's AudioContext state, or null while howler has made none. */
  context: string | null;
}

/** What `?debug=audio` exposes, and the state of the AudioContext howler made (if any). */
export function audioState(page: EnginePage): Promise<AudioState> {
  return page.evaluate(() => {
    const win = window as unknown as {
      glasshouseAudio: { requested: string[]; played: string[] };
      Howler?: { ctx?: AudioContext | null };
    };
    return {
      requested: [...win.glasshouseAudio.requested],
      played: [...win.glasshouseAudio.played],
      context: win.Howler?.ctx?.state ?? null,
    };
  });
}

/**
 * What the browser itself allows before any input: whether it counts the page as activated by the
 * user, and the state of an AudioContext the test makes (and closes) without a gesture.
 */
export function browserSoundPolicy(page: EnginePage): Promise<{ activated: boolean; context: string }> {
  return page.evaluate(async () => {
    const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
    const context = new AudioContext();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const state = context.state;
    await context.close();
    return { activated: activation?.hasBeenActive ?? false, context: state };
  });
}
