import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../src/core/session/play-session';
import type { SessionEvents } from '../../src/core/session/session-events';
import { TypedEvents } from '../../src/core/typed-events';
import { rubric, scenarioFrom } from './helpers';

const smoke = scenarioFrom('tests/fixtures/e2e/smoke.ink');

/** Records every event a session emits, by name, in order. */
function listen(session: PlaySession): Array<[keyof SessionEvents, unknown]> {
  const heard: Array<[keyof SessionEvents, unknown]> = [];
  for (const name of ['opened', 'chose', 'ended', 'left'] as const) session.events.on(name, (payload) => heard.push([name, payload]));
  return heard;
}

describe('a play session’s events', () => {
  it('says it opened, fresh, with its opening lines', () => {
    const session = new PlaySession(smoke, rubric);
    const heard = listen(session);
    session.open();
    expect(heard.map(([name]) => name)).toEqual(['opened']);
    expect(heard[0]![1]).toMatchObject({ resumed: false, mode: 'practice', choices: [] });
    expect((heard[0]![1] as SessionEvents['opened']).lines.map((l) => l.text)).toContain(
      "Good morning, it's Sam. My kettle stopped working.",
    );
  });

  it('says a replayed session is resumed, and replays without telling anyone', () => {
    const session = PlaySession.replay(smoke, rubric, [0]);
    const heard = listen(session);
    session.open();
    expect(heard).toHaveLength(1);
    expect(heard[0]![1]).toMatchObject({ resumed: true, choices: [0] });
  });

  it('returns and emits the choice with its option, decision, lines and the presentation before and after', () => {
    const session = new PlaySession(smoke, rubric);
    const heard = listen(session);
    const choice = session.choose(0);
    expect(heard).toEqual([['chose', choice]]);
    expect(choice.option.label).toBe('Say sorry and ask what happened');
    expect(choice.decision).toMatchObject({ number: 0, chosen: 0 });
    expect(choice.lines.map((l) => l.text)).toContain("I'm sorry to hear that, Sam. What happened?");
    expect(choice.presentationBefore.mood).toBe('annoyed');
    expect(choice.presentationAfter).toBe(session.presentation);
    expect(choice.choices).toEqual([0]);
    expect(choice.meters).toEqual({ trust: 7 });
  });

  it('emits ended with the result after the choice that reaches an ending', () => {
    const session = PlaySession.replay(smoke, rubric, [0]);
    const heard = listen(session);
    session.choose(0);
    expect(heard.map(([name]) => name)).toEqual(['chose', 'ended']);
    const ended = heard[1]![1] as SessionEvents['ended'];
    expect(ended.result.overall.percent).toBe(100);
    expect(ended.ending).toMatchObject({ title: 'Fixed By Wednesday', stars: 5 });
    expect(ended.choices).toEqual([0, 0]);
  });

  it('says when the learner left, and whether the story was over', () => {
    const session = PlaySession.replay(smoke, rubric, [1]);
    const heard = listen(session);
    session.leave();
    expect(heard).toEqual([['left', { scenario: smoke.meta, choices: [1], over: false }]]);
  });

  it('keeps its decisions frozen, so no subscriber can rewrite what was chosen', () => {
    const session = new PlaySession(smoke, rubric);
    session.events.on('chose', ({ decision }) => {
      expect(() => Object.assign(decision, { chosen: 1 })).toThrow(TypeError);
    });
    session.choose(0);
    expect(session.decisions[0]!.chosen).toBe(0);
    expect(Object.isFrozen(session.steps[0])).toBe(true);
    expect(session.choices).toEqual([0]);
  });
});

describe('a typed event map', () => {
  it('calls every listener of an event with its payload, and stops when asked', () => {
    const events = new TypedEvents<{ count: number; word: string }>();
    const counts: number[] = [];
    const stop = events.on('count', (n) => counts.push(n));
    events.emit('count', 1);
    stop();
    events.emit('count', 2);
    expect(counts).toEqual([1]);
  });

  it('tells the other listeners when one throws, then rethrows its error', () => {
    const events = new TypedEvents<{ saved: string }>();
    const heard: string[] = [];
    events.on('saved', () => {
      throw new Error('the sound broke');
    });
    events.on('saved', (what) => heard.push(what));
    expect(() => events.emit('saved', 'progress')).toThrow('the sound broke');
    expect(heard).toEqual(['progress']);
  });
});
