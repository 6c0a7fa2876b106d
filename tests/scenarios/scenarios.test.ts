/**
 * The four shipped scenarios, through the pure core: they pass the checker cleanly, stay within the
 * bounds of the design, and scripted playthroughs reach the endings their lessons promise.
 */
import { describe, expect, it } from 'vitest';
import { checkedScenario, playScripted, shippedScenarios, type ScriptedPath } from './scripted-paths';

function play(id: string, path: ScriptedPath) {
  const session = playScripted(id, path);
  expect(session.isOver).toBe(true);
  return session;
}

describe.each(shippedScenarios)('the scenario $id', ({ id, order, lessonPath, worstPath }) => {
  const { checked } = checkedScenario(id);
  const { report } = checked;

  it('passes the story checker with no error and no warning', () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('has endings that agree with the verdict: no 1-2 star ending passes, no 5-star ending fails', () => {
    for (const ending of report.endingsDetail) {
      if (ending.stars <= 2) expect(ending.somePathPasses, ending.title).toBe(false);
      if (ending.stars === 5) expect(ending.somePathFails, ending.title).toBe(false);
    }
  });

  it('marks the source’s signature mistake as critical', () => {
    expect(checked.json ?? '').toContain('critical:');
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
    const source = checked.json ?? '';
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
