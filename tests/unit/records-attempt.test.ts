import { describe, expect, it } from 'vitest';
import { attemptSchema } from '../../src/core/records/attempt';
import { attemptFromSession, criticalReason } from '../../src/core/records/attempt-from-session';
import type { OptionTags } from '../../src/core/story/tags';
import { playScripted, shippedScenarios } from '../scenarios/scripted-paths';

const presenter = shippedScenarios.find((s) => s.id === 'pushy-presenter')!;
// Compiling and checking a story takes a second or more: play each path once for the whole file.
const lessonSession = playScripted('pushy-presenter', presenter.lessonPath);
const worstSession = playScripted('pushy-presenter', presenter.worstPath);
const context = {
  id: 'b9b5a8f0-2c1e-4c3e-9a55-0c6a3e1f9d21',
  learner: 'Dana Whitfield',
  mode: 'assessment' as const,
  startedAt: new Date('2026-12-01T09:00:00.000Z'),
  finishedAt: new Date('2026-12-01T09:07:30.000Z'),
};

describe('an attempt made from a finished playthrough', () => {
  it('records who, what, when, every choice and the result', () => {
    const session = lessonSession;
    const attempt = attemptFromSession(session, context);
    expect(attemptSchema.parse(attempt)).toEqual(attempt);
    expect(attempt).toMatchObject({
      id: context.id,
      learner: 'Dana Whitfield',
      scenarioId: 'pushy-presenter',
      scenarioTitle: 'The Pushy Presenter',
      storyVersion: session.scenario.meta.version,
      mode: 'assessment',
      startedAt: '2026-12-01T09:00:00.000Z',
      finishedAt: '2026-12-01T09:07:30.000Z',
    });
    expect(attempt.choices.map((c) => c.label)).toEqual(presenter.lessonPath.choices);
    expect(attempt.choices.map((c) => c.decision)).toEqual(presenter.lessonPath.choices.map((_, i) => i));
    const decisions = session.decisions;
    expect(attempt.choices.map((c) => c.option)).toEqual(decisions.map((d) => d.options[d.chosen!]!.index));
    expect(attempt.choices[0]?.deltas).toEqual(decisions[0]!.options[decisions[0]!.chosen!]!.tags.score);
    expect(attempt.result.ending).toEqual({ title: 'The Partner', stars: session.ending!.stars });
    expect(attempt.result.overall.percent).toBe(session.result().overall.percent);
    expect(attempt.result.competencies.map((c) => c.id)).toEqual(session.result().competencies.map((c) => c.id));
    expect(attempt.result.passed).toBe(true);
    expect(attempt.result.criticalMistakes).toEqual([]);
  });

  it('keeps the option order shown, and the authored order where none was given', () => {
    const session = lessonSession;
    const shown = session.decisions.map((d) => d.options.map((o) => o.index).reverse());
    expect(attemptFromSession(session, { ...context, optionOrder: shown }).optionOrder).toEqual(shown);
    expect(attemptFromSession(session, context).optionOrder).toEqual(session.decisions.map((d) => d.options.map((o) => o.index)));
  });

  it('judges against the trainer’s pass mark when the link gives one', () => {
    const session = worstSession;
    const attempt = attemptFromSession(session, { ...context, passMark: 0 });
    expect(attempt.result.passMark).toBe(0);
    // The worst path ends on a 1-star ending, which never passes, whatever the pass mark.
    expect(attempt.result.ending?.stars).toBeLessThanOrEqual(2);
    expect(attempt.result.passed).toBe(false);
  });

  it('keeps the room’s votes per decision when projector mode counted them', () => {
    const session = lessonSession;
    const attempt = attemptFromSession(session, { ...context, mode: 'projector', roomVotes: [[3, 9, 1]] });
    expect(attempt.choices[0]?.roomVotes).toEqual([3, 9, 1]);
    expect(attempt.choices[1]?.roomVotes).toBeNull();
  });

  it('reads the reason of an option marked critical, and null for any other', () => {
    const option = { index: 0, label: 'x', sourcePath: '0.c-0', problems: [] };
    expect(criticalReason({ ...option, tags: {} })).toBeNull();
    // The tag contract does not have `critical` yet: an option carrying it is read all the same.
    const criticalTags: OptionTags & { critical: string } = { critical: 'Belittled her in writing' };
    expect(criticalReason({ ...option, tags: criticalTags })).toBe('Belittled her in writing');
  });
});
