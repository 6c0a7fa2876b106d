/**
 * The Threatening Customer in Firefox and in WebKit, as a learner plays it: by keyboard alone to
 * its debrief, with sound held back until the first gesture, and resumed after a reload. Each test
 * reads the same in both engines; what an engine cannot do here is said in the output and expected
 * explicitly, never skipped.
 */
import { describe, expect, it } from 'vitest';
import { engineNames, useEngine } from './engine-page';
import {
  audioState,
  browserSoundPolicy,
  choose,
  debrief,
  finishByKeyboard,
  logLines,
  newestLineInView,
  openScenarioByKeyboard,
  optionTexts,
  planPath,
  settleForScreenshot,
  tabTo,
  threateningCustomer,
  waitForScreen,
  waitForStage,
} from './game';

const { id, title, lessonPath } = threateningCustomer;

const lesson = planPath(id, lessonPath);

describe.each(engineNames)(`${title} in %s`, (name) => {
  const engine = useEngine(name);

  it('plays the lesson path to its debrief by keyboard alone', async () => {
    const page = await engine().open();
    await page.goto();
    await openScenarioByKeyboard(page, title);
    for (const [i, step] of lesson.steps.entries()) {
      await choose(page, step);
      if (i === 0) {
        await settleForScreenshot(page);
        await page.screenshot(`${id}-play-1280x720`);
      }
    }
    await finishByKeyboard(page);
    const shown = await debrief(page);
    expect(shown.title).toBe(title);
    expect(shown.headings).toContain(lesson.ending);
    expect(shown.text).toContain(lesson.overall);
    await settleForScreenshot(page);
    await page.screenshot(`${id}-debrief-1280x720`);
    expect(await page.problems()).toEqual([]);
  });

  it('asks for no sound before the first gesture, and starts sound after one', async () => {
    const page = await engine().open();
    await page.goto('?debug=audio');
    await waitForScreen(page, 'menu');
    // Once the stage is up the page has done everything it does unprompted.
    await waitForStage(page);
    expect(await audioState(page)).toEqual({ requested: [], played: [], context: null });
    // The browser's side of the rule: before any input it would keep sound suspended anyway.
    const policy = await browserSoundPolicy(page);
    const activated = engine().activatedWithoutInput;
    if (activated === null) {
      expect(policy).toEqual({ activated: false, context: 'suspended' });
    } else {
      console.info(`${name}: ${activated} Only the game's side of the rule can be checked here.`);
      expect(policy.activated).toBe(true);
    }

    // The first gesture: a real click on the menu's heading. Howler's AudioContext is made inside it.
    await page.click('#screen h1');
    const context = await page.waitUntil(
      'howler to make its AudioContext',
      () => (window as unknown as { Howler?: { ctx?: AudioContext | null } }).Howler?.ctx?.state ?? null,
    );
    const missing = engine().soundOutputMissing;
    if (missing === null) {
      await page.waitUntil(
        'the AudioContext to run',
        () => (window as unknown as { Howler: { ctx: AudioContext } }).Howler.ctx.state === 'running',
      );
    } else {
      console.info(`${name}: ${missing} Its AudioContext stays “${context}”; checked instead: what the game hands howler to play.`);
      expect(context).toBe('suspended');
    }

    await openScenarioByKeyboard(page, title);
    const heard = await page.waitUntil('the ambience and the first mail sound', () => {
      const played = (window as unknown as { glasshouseAudio: { played: string[] } }).glasshouseAudio.played;
      return played.includes('ambience-office') && played.includes('mail-received') ? [...played] : null;
    });
    expect(heard).toEqual(expect.arrayContaining(['ambience-office', 'mail-received']));
    expect((await audioState(page)).requested).toEqual(expect.arrayContaining(['ambience-office', 'mail-received']));
    expect(await page.problems()).toEqual([]);
  });

  it('resumes at the same point after a reload mid-scenario, and plays on to the same ending', async () => {
    const page = await engine().open();
    await page.goto();
    await openScenarioByKeyboard(page, title);
    const done = 3;
    for (const step of lesson.steps.slice(0, done)) await choose(page, step);
    const before = { log: await logLines(page), options: await optionTexts(page) };
    expect(await newestLineInView(page)).toBe(true);

    await page.reload();
    await waitForScreen(page, 'menu');
    await tabTo(page, 'button', title);
    await page.press('Enter');
    await waitForScreen(page, 'briefing');
    await tabTo(page, 'button', 'Resume where you left off');
    await page.press('Enter');
    await waitForScreen(page, 'play');
    await page.waitFor('button[data-option]');
    expect(await logLines(page)).toEqual(before.log);
    expect(await optionTexts(page)).toEqual(before.options);
    const newestShown = await newestLineInView(page);
    expect(newestShown, `the newest line is in view after resuming in ${name}`).toBe(true);
    await settleForScreenshot(page);
    await page.screenshot(`${id}-resumed-1280x720`);

    // The rest by pointer: a click on each option button.
    for (const step of lesson.steps.slice(done)) await choose(page, step, 'click');
    await page.click('button[data-finish]');
    await waitForScreen(page, 'debrief');
    expect((await debrief(page)).headings).toContain(lesson.ending);
    expect(await page.problems()).toEqual([]);
  });
});
