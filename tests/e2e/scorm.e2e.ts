/**
 * The game as a SCO inside a real SCORM runtime (scorm-again), for each edition: unzipped from its
 * package, launched in a frame of the host page, played by Chromium to an ending. The tests read
 * what the LMS holds afterwards, and resume a scenario half way in a fresh host (a new browser
 * profile, so only the LMS's suspend data can bring it back).
 */
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overallTotal } from '../../src/core/scoring/result';
import { lessonPath, worstPath } from '../scenarios/pushy-presenter.paths';
import { playScripted, type ScriptedPath } from '../scenarios/scripted-paths';
import { rubric } from '../unit/helpers';
import { screenshot, useBrowser } from './browser';
import {
  choose,
  committedCmi,
  hostCounts,
  openHost,
  serveScormHost,
  unzipScormPackages,
  type Edition,
  type HostedGame,
} from './scorm-host';
import type { StaticServer } from './static-server';

const browser = useBrowser();
let server: StaticServer;

beforeAll(async () => {
  unzipScormPackages();
  server = await serveScormHost();
});

afterAll(async () => {
  await server?.close();
});

const scenarioId = 'pushy-presenter';
// A whole playthrough inside a frame, twice in the resume test: slow on a busy two-core machine.
const playTimeout = 240_000;

async function openScenario(game: Frame, button: RegExp): Promise<void> {
  await game.locator(`[data-scenario="${scenarioId}"]`).click();
  await game.locator('.briefing button', { hasText: button }).click();
}

async function finishToDebrief(game: Frame): Promise<void> {
  await game.locator('button[data-finish]').click();
  await game.locator('#screen[data-screen="debrief"]').waitFor();
}

/** Removes the SCO's frame, as an LMS does when the learner closes the course: the SCO sees pagehide. */
async function closeCourse(hosted: HostedGame): Promise<void> {
  await hosted.page.evaluate(() => document.getElementById('sco')!.remove());
  await hosted.page.waitForFunction(() => (window as unknown as { scormHost: { finishes: number } }).scormHost.finishes > 0);
}

/** What the core says the path scores, and each choice's option and result, to compare with the LMS. */
function expectedOutcome(path: ScriptedPath) {
  const session = playScripted(scenarioId, path);
  const choices = session.decisions.map((decision) => {
    const option = decision.options[decision.chosen!]!;
    const overall = overallTotal(option.tags.score ?? {}, rubric);
    return {
      index: option.index,
      label: option.label,
      overall,
      moved: Object.entries(option.tags.score ?? {})
        .filter(([, d]) => d !== 0)
        .map(([id]) => id),
    };
  });
  const percent = session.result().overall.percent;
  return {
    choices,
    raw: String(Math.floor(percent * 100 + 1e-9) / 100),
    passed: session.result().passed && (session.ending?.stars ?? 3) > 2,
  };
}

const responseText = (edition: Edition, index: number) => (edition === '1.2' ? String.fromCharCode(97 + index) : `option-${index + 1}`);
const resultText = (edition: Edition, overall: number) =>
  overall < 0 ? (edition === '1.2' ? 'wrong' : 'incorrect') : overall > 0 ? 'correct' : 'neutral';
const scoreElement = (edition: Edition) => (edition === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw');
const statusElement = (edition: Edition) => (edition === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status');

describe.each<Edition>(['1.2', '2004'])('SCORM %s', (edition) => {
  it(
    'reports every choice as an interaction, the score before the status, and terminates once',
    async () => {
      const hosted = await openHost(browser(), server.url, edition);
      const { page, game, problems } = hosted;
      await openScenario(game, /^Start$/);
      await choose(game, lessonPath.choices);
      await finishToDebrief(game);
      await screenshot(page, `scorm-${edition}-debrief`);
      await closeCourse(hosted);

      const expected = expectedOutcome(lessonPath);
      const cmi = await committedCmi(page, edition);
      expect(cmi.status).toBe(edition === '1.2' ? 'passed' : 'completed');
      if (edition === '2004') {
        expect(cmi.success).toBe('passed');
        expect(cmi.scaled).toBe(String(Number(expected.raw) / 100));
      }
      expect([cmi.raw, cmi.min, cmi.max]).toEqual([expected.raw, '0', '100']);
      expect(cmi.suspendData).toBe('');
      expect(cmi.sessionTime).toMatch(edition === '1.2' ? /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/ : /^PT(\d+M)?[\d.]+S$/);

      expect(cmi.interactions).toHaveLength(lessonPath.choices.length);
      const ids = cmi.interactions.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      cmi.interactions.forEach((interaction, n) => {
        const choice = expected.choices[n]!;
        expect(interaction.id).toMatch(new RegExp(`^${scenarioId}_\\d{8}T\\d{6}Z_d${n + 1}$`));
        expect(interaction.type).toBe('choice');
        expect(interaction.response).toBe(responseText(edition, choice.index));
        expect(interaction.result).toBe(resultText(edition, choice.overall));
        expect(interaction.weighting).toBe('1');
        expect(interaction.objectives).toEqual(choice.moved);
        if (edition === '2004') expect(interaction.description.startsWith(choice.label)).toBe(true);
      });
      expect(cmi.objectives.map((o) => o.id)).toEqual(rubric.competencies.map((c) => c.id));

      const { calls, initializes, finishes } = await hostCounts(page);
      const elements = calls.map(([element]) => element);
      const statusAt = calls.findIndex(([element, value]) => element === statusElement(edition) && value === 'passed');
      expect(statusAt).toBeGreaterThan(elements.indexOf(scoreElement(edition)));
      expect(elements.indexOf(scoreElement(edition))).toBeGreaterThan(-1);
      // A commit after every decision, and the last one closes the session.
      expect(elements.filter((element) => element === 'commit').length).toBeGreaterThanOrEqual(lessonPath.choices.length + 1);
      expect([initializes, finishes]).toEqual([1, 1]);
      expect(problems).toEqual([]);
    },
    playTimeout,
  );

  it(
    'resumes a scenario half way from the suspend data alone, in a fresh host',
    async () => {
      const first = await openHost(browser(), server.url, edition);
      await openScenario(first.game, /^Start$/);
      const before = worstPath.choices.slice(0, 3);
      await choose(first.game, before);
      await first.game.locator('.options button[data-option]:enabled').first().waitFor();
      await closeCourse(first);
      const saved = await committedCmi(first.page, edition);
      expect(saved.exit).toBe('suspend');
      expect(saved.status).toBe('incomplete');
      expect(saved.suspendData.length).toBeGreaterThan(0);
      expect(saved.suspendData.length).toBeLessThanOrEqual(edition === '1.2' ? 4096 : 64_000);
      expect(saved.suspendData).not.toContain('inkVersion');
      expect(first.problems).toEqual([]);
      await first.page.context().close();

      // What an LMS hands the next launch: the suspend data, entry "resume", and the status so far.
      const seed =
        edition === '1.2'
          ? {
              cmi: {
                suspend_data: saved.suspendData,
                core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: saved.location },
              },
            }
          : { cmi: { suspend_data: saved.suspendData, entry: 'resume', completion_status: 'incomplete', location: saved.location } };
      const second = await openHost(browser(), server.url, edition, seed);
      await openScenario(second.game, /Resume where you left off/);
      await choose(second.game, worstPath.choices.slice(3));
      await finishToDebrief(second.game);
      await screenshot(second.page, `scorm-${edition}-resumed-debrief`);
      await closeCourse(second);

      const expected = expectedOutcome(worstPath);
      const cmi = await committedCmi(second.page, edition);
      expect(expected.passed).toBe(false);
      expect(edition === '1.2' ? cmi.status : cmi.success).toBe('failed');
      expect(cmi.raw).toBe(expected.raw);
      // The replayed choices are reported too: every decision of the path, in order.
      expect(cmi.interactions.map((i) => i.response)).toEqual(expected.choices.map((c) => responseText(edition, c.index)));
      expect(cmi.interactions.map((i) => i.id.replace(/^.*_d/, 'd'))).toEqual(expected.choices.map((_, n) => `d${n + 1}`));
      expect(second.problems).toEqual([]);
    },
    playTimeout,
  );
});
