/**
 * The four shipped scenarios, through the pure core: they pass the checker cleanly, stay within the
 * bounds of the design, and scripted playthroughs reach the endings their lessons promise.
 */
import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../src/core/session/play-session';
import { checkFile, rubric, scenarioFrom } from '../unit/helpers';
import * as noShow from './no-show-prospect.paths';
import * as studio from './overeager-studio.paths';
import * as presenter from './pushy-presenter.paths';
import * as threatening from './threatening-customer.paths';

interface ScriptedPath {
  choices: string[];
  ending: string;
}

const scenarios: Array<{ id: string; order: number; lessonPath: ScriptedPath; worstPath: ScriptedPath }> = [
  { id: 'pushy-presenter', order: 1, ...presenter },
  { id: 'overeager-studio', order: 2, ...studio },
  { id: 'no-show-prospect', order: 3, ...noShow },
  { id: 'threatening-customer', order: 4, ...threatening },
];

/** Plays a path by option labels, failing with the labels on offer when one is missing. */
function play(id: string, path: ScriptedPath): PlaySession {
  const session = new PlaySession(scenarioFrom(`stories/${id}.ink`), rubric);
  for (const label of path.choices) {
    const options = session.openDecision?.options ?? [];
    const position = options.findIndex((o) => o.label === label);
    expect(position, `“${label}” is not on offer; options: ${options.map((o) => o.label).join(' | ')}`).toBeGreaterThanOrEqual(0);
    session.choose(position);
  }
  expect(session.isOver).toBe(true);
  return session;
}

describe.each(scenarios)('the scenario $id', ({ id, order, lessonPath, worstPath }) => {
  const checked = checkFile(`stories/${id}.ink`);
  const { report } = checked;

  it('passes the story checker with no error and no warning', () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('has 6 to 10 decisions on every path and at least three endings', () => {
    expect(report.decisions).toBeGreaterThanOrEqual(6);
    expect(report.decisions).toBeLessThanOrEqual(10);
    expect(checked.fewestDecisions).toBeGreaterThanOrEqual(6);
    expect(report.endings.length).toBeGreaterThanOrEqual(3);
  });

  it('scores on the shared rubric and tells the menu how to show it', () => {
    expect(checked.info).toMatchObject({ order });
    expect(checked.info?.minutes).toBeGreaterThanOrEqual(5);
    expect(checked.info?.minutes).toBeLessThanOrEqual(12);
    for (const field of ['brief', 'role', 'counterpart', 'channel'] as const) expect(checked.info?.[field]).toBeTruthy();
    expect(Object.keys(report.scores).length).toBeGreaterThanOrEqual(5);
  });

  it('gives every option feedback and every decision a discussion prompt, and a thought after every message', () => {
    // The checker warns about each of these in a story that uses the tags; no warnings means none is missing.
    const source = checkFile(`stories/${id}.ink`).json ?? '';
    for (const tag of ['feedback:', 'discuss:', 'thought:', 'score:']) expect(source).toContain(tag);
    expect(report.warnings).toEqual([]);
  });

  it('offers 3 or 4 options at most decisions along the scripted paths', () => {
    for (const path of [lessonPath, worstPath]) {
      const counts = play(id, path).decisions.map((d) => d.options.length);
      expect(Math.max(...counts)).toBeLessThanOrEqual(4);
      expect(counts.filter((n) => n >= 3).length).toBeGreaterThan(counts.length / 2);
    }
  });

  it('rewards the path that applies the source’s lesson with a passing 4 or 5 star ending', () => {
    const session = play(id, lessonPath);
    expect(session.ending?.title).toBe(lessonPath.ending);
    expect(session.ending?.stars).toBeGreaterThanOrEqual(4);
    const result = session.result();
    expect(result.passed).toBe(true);
    expect(result.stars).toBeGreaterThanOrEqual(4);
  });

  it('sends the worst path to the worst ending, and fails it', () => {
    const session = play(id, worstPath);
    expect(session.ending?.title).toBe(worstPath.ending);
    expect(session.ending?.stars).toBe(1);
    const result = session.result();
    expect(result.passed).toBe(false);
    expect(result.overall.total).toBe(report.scores.overall!.min);
  });
});
