/**
 * An assessment in Firefox and in WebKit, from the trainer's link to the learner's summary, by
 * keyboard alone: the name typed at the prompt, no coaching, running scores or score sounds while
 * playing, the debrief, the one attempt the link allows used up, and the summary with the percent
 * and the verdict the game's core computes for the same path under the same pass mark.
 */
import { describe, expect, it } from 'vitest';
import { assessmentQuery, coachingShown, expectedSummary, summaryShown } from './assessment';
import { engineNames, useEngine } from './engine-page';
import {
  audioState,
  choose,
  finishByKeyboard,
  startFromBriefingByKeyboard,
  planPath,
  settleForScreenshot,
  tabTo,
  threateningCustomer,
  waitForScreen,
} from './game';

const { id, title, worstPath } = threateningCustomer;
const link = { scenario: id, passMark: 60 };
const learner = 'Dana Whitfield';
// The worst path: its summary shows a fail, its reasons and every choice that led there.
const planned = planPath(id, worstPath);
const expected = expectedSummary(link, worstPath, learner);

describe.each(engineNames)(`An assessment of ${title} in %s`, (name) => {
  const engine = useEngine(name);

  it('runs from the trainer’s link to a summary with the computed percent and verdict, by keyboard alone', async () => {
    const page = await engine().open();
    await page.goto(assessmentQuery(link));
    await waitForScreen(page, 'learner');
    await tabTo(page, '#learner-name');
    await page.type(learner);
    await page.press('Enter');
    await startFromBriefingByKeyboard(page, title);
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.screen.play')?.dataset.mode)).toBe('assessment');

    for (const step of planned.steps) {
      await choose(page, step);
      expect(await coachingShown(page), `coaching in ${name} after “${step.label}”`).toEqual([]);
    }
    // Nor does the sound tell the score: the choices are confirmed, never scored aloud.
    const requested = (await audioState(page)).requested;
    expect(requested).toContain('choice-confirmed');
    expect(requested.filter((sound) => sound.startsWith('score-'))).toEqual([]);
    await finishByKeyboard(page);
    const verdict = await page.evaluate(() => document.querySelector('.debrief .verdict')?.textContent ?? '');
    expect(verdict).toBe(expected.passed ? `Passed (pass mark ${link.passMark}%)` : `Not passed yet (pass mark ${link.passMark}%)`);

    // The one attempt the link allows is used: Play again leads to the summary instead.
    await tabTo(page, 'button', 'Play again');
    await page.press('Enter');
    await page.waitFor('.limit-reached');
    await tabTo(page, 'button', 'Summary and certificate');
    await page.press('Enter');
    await waitForScreen(page, 'summary');
    const summary = await summaryShown(page);
    expect(summary).toEqual({
      learner: expected.learner,
      tally: expected.tally,
      overall: expected.overall,
      verdict: expected.verdict,
      verdictClass: expected.passed ? 'pass' : 'fail',
      choices: expected.choices,
      ending: expected.ending,
    });
    await settleForScreenshot(page);
    await page.screenshot(`${id}-assessment-summary-1280x720`);
    expect(await page.problems()).toEqual([]);
  });
});
