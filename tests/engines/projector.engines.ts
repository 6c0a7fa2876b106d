/**
 * Projector mode in Firefox and in WebKit, as a facilitator runs it: the room's screen stepped by
 * a clicker's PageDown/PageUp and the number keys, the presenter window opened by its key and kept
 * in step both ways (pick, back, reveal, blank, timer), reconnecting after a reload, and the
 * scenario played on to its projector debrief; and, where the browser blocks that window, the
 * plain notice the game shows instead.
 */
import { describe, expect, it } from 'vitest';
import { type EnginePage, engineNames, useEngine } from './engine-page';
import { playScripted } from '../scenarios/scripted-paths';
import { planPath, settleForScreenshot, threateningCustomer, waitForScreen } from './game';
import { pageDownOnce, pageDownToOptions, pickByKey, presenterShows, projectorOptions, projectorPlace, projectorQuery } from './projector';

const { id, title, lessonPath } = threateningCustomer;
const lesson = planPath(id, lessonPath);
/** The first decision's discussion prompt, from the story itself: what the presenter window must show for it. */
const firstDiscuss = playScripted(id, { choices: [], ending: '' }).openDecision?.discuss ?? null;

/** Steps on from a pick, by PageDown only, to the ending's prompt and then the projector debrief. */
async function playOnToDebrief(page: EnginePage, labels: readonly string[]): Promise<void> {
  for (const label of labels) await pickByKey(page, label);
  for (let i = 0; i < 40 && !(await projectorPlace(page)).prompt.includes('for the debrief'); i++) await pageDownOnce(page);
  expect((await projectorPlace(page)).prompt).toContain(lesson.ending);
  await page.press('PageDown');
  await waitForScreen(page, 'debrief');
  await page.waitFor('.projector-debrief[data-page="1"]');
  const shown = await page.evaluate(() => document.querySelector('.projector-debrief')?.textContent ?? '');
  expect(shown).toContain(lesson.ending);
  expect(shown).toContain(`${lesson.overall} overall`);
}

describe.each(engineNames)(`${title} on a projector in %s`, (name) => {
  const engine = useEngine(name);

  it('keeps the presenter window in step through pick, back, reveal, blank and timer, across a reload of either window', async () => {
    const page = await engine().open();
    await page.goto(projectorQuery(id));
    await page.waitFor('.projector');
    expect((await projectorPlace(page)).prompt).toContain('PageDown to begin');
    const first = await pageDownOnce(page);
    expect(first.linesShown).toBe(1);

    // P is a key press, a user gesture, so the popup blocker lets the window open.
    const presenter = await page.openedWindow(() => page.press('p'));
    if (!presenter) throw new Error(`${name}: pressing P opened no window that the driver could reach`);
    await presenterShows(presenter, 'the newest line, connected', (view) => view.connected && view.now === first.newestLine);

    // The options: the same, in the same shown order, in both windows.
    await pageDownToOptions(page);
    const shown = await projectorOptions(page);
    const inPresenter = await presenterShows(presenter, 'the options', (view) => view.options.length === shown.length);
    expect(inPresenter.options.map((option) => option.label)).toEqual(shown.map((option) => `${option.key}. ${option.label}`));
    expect(firstDiscuss).not.toBeNull();
    expect(inPresenter.discuss).toBe(firstDiscuss);

    // Reveal in the projector: the presenter says so, and the room sees the scores the presenter lists.
    await page.press('r');
    await presenterShows(presenter, 'the reveal', (view) => view.revealed);
    expect((await projectorOptions(page)).map((option) => option.revealed)).toEqual(inPresenter.options.map((option) => option.deltas));

    // Blank from the presenter shows in the projector; B in the projector shows in the presenter.
    await presenter.click('[data-command="blank"]');
    await page.waitUntil('the projector to blank', () => document.querySelector<HTMLElement>('.projector-blank')?.hidden === false);
    await page.press('b');
    await presenterShows(presenter, 'the screen back', (view) => !view.blanked);
    expect((await projectorPlace(page)).blanked).toBe(false);

    // The timer from the projector's key runs in both.
    await page.press('t');
    await presenterShows(presenter, 'the timer running', (view) => view.timerRunning);
    await page.waitFor('.projector-timer:not([hidden])');

    // A pick in the projector, undone by PageUp; then the lesson's pick from the presenter window.
    const [firstStep, ...laterSteps] = lesson.steps;
    if (!firstStep) throw new Error('the lesson path has no steps');
    const other = shown.find((option) => option.label !== firstStep.label);
    if (!other) throw new Error('the first decision has one option');
    await pickByKey(page, other.label);
    await presenterShows(presenter, 'the room’s pick', (view) => view.now.includes(`“${other.label}”`));
    await page.press('PageUp');
    await presenterShows(presenter, 'the pick undone', (view) => !view.now.includes('The room chose'));
    await pageDownToOptions(page);
    const lessonKey = shown.find((option) => option.label === firstStep.label)?.key;
    await presenter.click(`button[data-pick="${lessonKey}"]`);
    await page.waitUntil(
      'the presenter’s pick on the projector',
      (l: string) => document.querySelector('.projector-prompt')?.textContent?.includes(`“${l}”`),
      firstStep.label,
    );
    const consequence = await pageDownOnce(page);
    await presenterShows(presenter, 'the consequence', (view) => view.now === consequence.newestLine);
    await settleForScreenshot(page);
    await page.screenshot(`${id}-projector-1280x720`);
    await presenter.screenshot(`${id}-presenter-1280x720`);

    // The presenter window reloads: it reconnects to the same point, and its commands work again.
    await presenter.reload();
    await presenterShows(presenter, 'the same point after its reload', (view) => view.connected && view.now === consequence.newestLine);
    await presenter.click('[data-command="advance"]');
    const advanced = await page.waitUntil(
      'the presenter’s Next on the projector',
      (was: number) => Number(document.querySelector<HTMLElement>('.projector')?.dataset.linesShown) > was,
      consequence.linesShown,
    );
    expect(advanced).toBe(true);
    const beforeReload = await projectorPlace(page);

    // The projector reloads: the room's screen comes back to the same point, and the presenter finds it again.
    await page.reload();
    await page.waitFor('.projector');
    expect(await projectorPlace(page)).toEqual(beforeReload);
    await presenter.click('[data-command="advance"]');
    await page.waitUntil(
      'the presenter’s Next on the reloaded projector',
      (was: number) => Number(document.querySelector<HTMLElement>('.projector')?.dataset.linesShown) > was,
      beforeReload.linesShown,
    );
    const afterReload = await projectorPlace(page);
    await presenterShows(presenter, 'the reloaded projector’s next line', (view) => view.connected && view.now === afterReload.newestLine);

    await playOnToDebrief(
      page,
      laterSteps.map((step) => step.label),
    );
    await settleForScreenshot(page);
    await page.screenshot(`${id}-projector-debrief-1280x720`);
    expect(await page.problems()).toEqual([]);
    expect(await presenter.problems()).toEqual([]);
  });

  it('says plainly when the browser blocks the presenter window, and plays on alone', async () => {
    const page = await engine().open();
    await page.goto(projectorQuery(id));
    await page.waitFor('.projector');
    // What a popup blocker or a sandboxed frame without allow-popups does: window.open returns null.
    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.press('p');
    const notice = await page.waitUntil('the blocked notice', () =>
      [...document.querySelectorAll('.notice p')].map((p) => p.textContent ?? '').find((text) => text.includes('presenter window')),
    );
    expect(notice).toBe('The browser blocked the presenter window. Allow pop-ups for this page, then press P again.');
    expect((await pageDownOnce(page)).linesShown).toBe(1);
    expect(await page.problems()).toEqual([]);
  });
});
