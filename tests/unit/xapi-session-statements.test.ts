/**
 * What the xAPI and cmi5 platforms read off a real play session (the critical-mistake fixture):
 * the answered choice with its deltas and critical reason, and the verdict against a platform's
 * own pass mark (cmi5's masteryScore), the game's rules applied.
 */
import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../src/core/session/play-session';
import type { ChoiceMade } from '../../src/core/session/session-events';
import { Cmi5SessionStore } from '../../src/platform/cmi5/cmi5-session';
import { answeredChoice, verdictFor } from '../../src/platform/xapi/session-statements';
import { rubric, scenarioFrom } from './helpers';

const scenario = scenarioFrom('tests/fixtures/critical.ink');

function play(choices: number[]): { session: PlaySession; made: ChoiceMade[] } {
  const session = new PlaySession(scenario, rubric);
  const made: ChoiceMade[] = [];
  session.events.on('chose', (choice) => made.push(choice));
  for (const choice of choices) session.choose(choice);
  return { session, made };
}

describe('statements read off a play session', () => {
  it('gives an answered choice the authored options, the deltas and the critical reason', () => {
    const { made } = play([0, 1]);
    const critical = answeredChoice(made[1]!, rubric);
    expect(critical.decision).toBe(1);
    expect(critical.optionIndex).toBe(1);
    expect(critical.options.map((o) => o.label)).toEqual([
      'Thank her and offer the mailing list',
      "Tell her she probably doesn't know how",
    ]);
    expect(critical.deltas).toEqual({ respect: 1, value: 3 });
    expect(critical.overallDelta).toBe(4);
    expect(critical.critical).toBe('Belittled her in writing');
    expect(answeredChoice(made[0]!, rubric).critical).toBeNull();
  });

  it('fails a critical mistake against any pass mark, and reports a score below the mark', () => {
    const { session } = play([0, 1]);
    const verdict = verdictFor(session.result(), 10);
    expect(verdict.passed).toBe(false);
    expect(verdict.percent).toBeLessThan(10);
    expect(verdictFor(session.result(), null).passed).toBe(false);
  });

  it('judges a clean path against the platform’s pass mark instead of the rubric’s', () => {
    const { session } = play([1, 0]);
    const percent = session.result().overall.percent;
    expect(verdictFor(session.result(), percent).passed).toBe(true);
    const failed = verdictFor(session.result(), Math.min(100, percent + 1));
    expect(failed).toEqual({ percent, passed: false });
  });
});

describe('the cmi5 session kept for a reload', () => {
  function memory() {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
  }

  it('keeps the token and what was sent per launch (fetch URL), and ignores another launch’s', () => {
    const storage = memory();
    const store = new Cmi5SessionStore(storage, 'https://lms.example/fetch/1');
    expect(store.read()).toBeNull();
    store.write({
      authToken: 'dG9rZW4=',
      initializedDate: '2026-12-01T13:00:00.000Z',
      sent: { completed: false, passed: false, failed: false, terminated: false },
    });
    store.markSent('completed');
    expect(store.read()?.sent).toEqual({ completed: true, passed: false, failed: false, terminated: false });
    expect(new Cmi5SessionStore(storage, 'https://lms.example/fetch/2').read()).toBeNull();
  });
});
