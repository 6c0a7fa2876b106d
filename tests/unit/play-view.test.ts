import { describe, expect, it } from 'vitest';
import {
  assessmentPolicy,
  mayStartAttempt,
  modePolicies,
  practicePolicy,
  projectorPolicy,
  withOverrides,
} from '../../src/core/session/mode-policy';
import { PlaySession } from '../../src/core/session/play-session';
import { playViewOf } from '../../src/core/session/play-view';
import { parsePlayView } from '../../src/core/session/play-view-schema';
import { rubric, scenarioFrom } from './helpers';

const smoke = scenarioFrom('tests/fixtures/e2e/smoke.ink');

describe('the play view', () => {
  it('shows the opening lines with their speakers, the options in shown order and the first decision', () => {
    const view = playViewOf(new PlaySession(smoke, rubric));
    const lines = view.log.filter((entry) => entry.kind === 'line');
    expect(lines[0]).toEqual({
      kind: 'line',
      text: "Good morning, it's Sam. My kettle stopped working.",
      speaker: 'Sam',
      whose: 'them',
      prefixSpeaker: true,
      channel: 'phone',
    });
    expect(view.log[0]).toEqual({ kind: 'divider', time: 'Monday, 9:00 am', channel: 'phone' });
    expect(view.options.map((o) => [o.position, o.label])).toEqual([
      [0, 'Say sorry and ask what happened'],
      [1, 'Ask for the order number'],
    ]);
    expect(view).toMatchObject({
      decisionNumber: 0,
      ending: null,
      coaching: null,
      meters: { trust: 5 },
      display: { revealed: false, blanked: false, timer: null },
    });
  });

  it('marks the player’s lines as yours, and reaches the ending with no options', () => {
    const view = playViewOf(PlaySession.replay(smoke, rubric, [0, 0]));
    expect(view.log.some((entry) => entry.kind === 'line' && entry.whose === 'you' && entry.speaker === 'you')).toBe(true);
    expect(view.options).toEqual([]);
    expect(view.decisionNumber).toBeNull();
    expect(view.ending).toEqual({ title: 'Fixed By Wednesday', stars: 5 });
    expect(view.chosen.map((c) => c.number)).toEqual([0, 1]);
  });

  it('shows every option’s scores only while they are revealed', () => {
    const session = new PlaySession(smoke, rubric);
    const revealed = playViewOf(session, { display: { revealed: true, blanked: false, timer: null } });
    expect(revealed.options[0]!.revealed).toEqual({ empathy: 2, respect: 1 });
    expect(playViewOf(session).options[0]!.revealed).toBeNull();
  });

  it('survives JSON and validates on receipt', () => {
    const view = playViewOf(PlaySession.replay(smoke, rubric, [1]), { coaching: null });
    const received = parsePlayView(JSON.parse(JSON.stringify(view)));
    expect(received).toEqual({ ok: true, value: view });
  });

  it('rejects a message that is not a play view, naming what is wrong', () => {
    const view = playViewOf(new PlaySession(smoke, rubric));
    expect(parsePlayView({ ...view, presentation: { ...view.presentation, mood: 'furious' } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('presentation.mood'),
    });
    expect(parsePlayView({ ...view, options: [{ position: -1, label: 'x', revealed: null }] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('options.0.position'),
    });
    expect(parsePlayView('hello')).toMatchObject({ ok: false });
  });
});

describe('the mode policies', () => {
  it('coach after each choice in practice, and let the learner go back and resume', () => {
    expect(practicePolicy).toMatchObject({
      coachingAfterChoice: true,
      coachingToggle: true,
      runningScores: true,
      rewind: true,
      resume: true,
      reveal: false,
      attemptLimit: null,
    });
  });

  it('hold coaching and scores back in assessment, with one attempt and no going back', () => {
    expect(assessmentPolicy).toMatchObject({
      coachingAfterChoice: false,
      runningScores: false,
      rewind: false,
      restart: false,
      attemptLimit: 1,
    });
    expect(mayStartAttempt(assessmentPolicy, 0)).toBe(true);
    expect(mayStartAttempt(assessmentPolicy, 1)).toBe(false);
    expect(mayStartAttempt(practicePolicy, 99)).toBe(true);
  });

  it('give the projector reveal, blank, a timer and the presenter window', () => {
    expect(projectorPolicy).toMatchObject({
      reveal: true,
      blank: true,
      discussionTimer: true,
      presenterWindow: true,
      coachingAfterChoice: false,
    });
  });

  it('are found by name, and take a trainer’s overrides', () => {
    expect(Object.values(modePolicies).map((p) => p.name)).toEqual(['practice', 'assessment', 'projector']);
    expect(withOverrides(assessmentPolicy, { attempts: 3 }).attemptLimit).toBe(3);
    expect(withOverrides(practicePolicy, { feedback: false })).toMatchObject({ coachingAfterChoice: false, coachingToggle: false });
  });

  it('are handed to the session, which says its mode in the view', () => {
    const session = new PlaySession(smoke, rubric, assessmentPolicy);
    expect(session.mode).toBe(assessmentPolicy);
    expect(playViewOf(session).mode).toBe('assessment');
  });
});
