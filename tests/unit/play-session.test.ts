import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../src/core/session/play-session';
import { transcriptOf } from '../../src/core/session/transcript';
import { rubric, scenarioFrom } from './helpers';

const smoke = scenarioFrom('tests/fixtures/e2e/smoke.ink');

describe('a play session', () => {
  it('opens with the first lines and the first decision', () => {
    const session = new PlaySession(smoke, rubric);
    expect(session.lines.map((l) => l.text)).toEqual(["Good morning, it's Sam. My kettle stopped working.", 'What do you say first?']);
    expect(session.openDecision?.options.map((o) => o.label)).toEqual(['Say sorry and ask what happened', 'Ask for the order number']);
    expect(session.openDecision?.discuss).toBe('What does Sam need to hear first?');
    expect(session.presentation).toMatchObject({ mood: 'annoyed', channel: 'phone', time: 'Monday, 9:00 am', speaker: 'Sam' });
  });

  it('adds each choice’s deltas and moves the meters', () => {
    const session = new PlaySession(smoke, rubric);
    expect(session.meters).toEqual({ trust: 5 });
    session.choose(0);
    expect(session.totals).toEqual({ empathy: 2, respect: 1 });
    expect(session.meters).toEqual({ trust: 7 });
    session.choose(0);
    expect(session.totals).toEqual({ empathy: 2, respect: 1, value: 2, followthrough: 2 });
    expect(session.isOver).toBe(true);
  });

  it('reaches the ending with its epilogue and scores the path against the exact ranges', () => {
    const session = PlaySession.replay(smoke, rubric, [0, 0]);
    expect(session.ending).toMatchObject({ title: 'Fixed By Wednesday', stars: 5 });
    expect(session.ending?.epilogue.map((l) => l.text)).toEqual(['Sam hangs up happy.']);
    const result = session.result();
    expect(result.overall).toMatchObject({ total: 7, min: -3, max: 7, percent: 100 });
    expect(result.passed).toBe(true);
    expect(result.stars).toBe(5);
  });

  it('fails the worst path', () => {
    const result = PlaySession.replay(smoke, rubric, [1, 1]).result();
    // empathy -1, followthrough +1, respect -2, value -1: overall -3, the minimum.
    expect(result.overall).toMatchObject({ total: -3, percent: 0 });
    expect(result.passed).toBe(false);
    expect(result.stars).toBe(1);
  });

  it('replays from its choices exactly, and stops at a choice that no longer exists', () => {
    const played = PlaySession.replay(smoke, rubric, [1, 0]);
    const again = PlaySession.replay(smoke, rubric, played.choices);
    expect(again.lines.map((l) => l.text)).toEqual(played.lines.map((l) => l.text));
    expect(PlaySession.replay(smoke, rubric, [5]).choices).toEqual([]);
  });

  it('pairs each message with what the counterpart thought', () => {
    const turns = transcriptOf(PlaySession.replay(smoke, rubric, [0, 1]));
    expect(turns.map((t) => [t.message.map((l) => l.text), t.thoughts])).toEqual([
      [["I'm sorry to hear that, Sam. What happened?"], ['Finally, someone who listens.']],
      [['Have you read the manual?'], ['Never buying from them again.']],
    ]);
  });

  it('refuses an option that is not on offer', () => {
    const session = PlaySession.replay(smoke, rubric, [0, 0]);
    expect(() => session.choose(0)).toThrow('There is no option 1 to choose now.');
  });
});
