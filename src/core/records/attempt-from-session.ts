/**
 * Turns a finished playthrough into the attempt record that is saved the moment the ending is
 * reached. The session knows the path; the caller knows who played, how, when and in what order the
 * options were shown.
 */
import type { PlaySession } from '../session/play-session.ts';
import type { Mode } from '../settings/modes.ts';
import type { StoryOption } from '../story/story-player.ts';
import { attemptPassed, type Attempt, type AttemptChoice } from './attempt.ts';

export interface AttemptContext {
  /** A unique id, such as `crypto.randomUUID()`. */
  id: string;
  learner: string;
  mode: Mode;
  startedAt: Date;
  finishedAt: Date;
  /** Per decision, the authored indices in the order shown; omitted decisions use the session's own shown order. */
  optionOrder?: readonly (readonly number[])[];
  /** The trainer's pass mark (`pass=`), replacing the rubric's. */
  passMark?: number;
  /** Per decision, the room's votes by authored index (projector mode). */
  roomVotes?: readonly (readonly number[] | null)[];
}

/**
 * The reason of a `#critical` option. Read by shape so that this file needs no change when the tag
 * contract gains `critical`: until then no option is critical.
 */
export function criticalReason(option: StoryOption): string | null {
  const tags: object = option.tags;
  if ('critical' in tags && typeof tags.critical === 'string') return tags.critical;
  return null;
}

export function attemptFromSession(session: PlaySession, context: AttemptContext): Attempt {
  const meta = session.scenario.meta;
  const decisions = session.decisions;
  const choices: AttemptChoice[] = decisions.flatMap((decision) => {
    const option = decision.chosen === null ? undefined : decision.options[decision.chosen];
    if (!option) return [];
    return [
      {
        decision: decision.number,
        option: option.index,
        label: option.label,
        deltas: { ...(option.tags.score ?? {}) },
        critical: criticalReason(option),
        roomVotes: context.roomVotes?.[decision.number]?.slice() ?? null,
      },
    ];
  });
  const scored = session.result();
  const passMark = context.passMark ?? scored.passMark;
  const ending = session.ending ? { title: session.ending.title, stars: session.ending.stars } : null;
  const criticalMistakes = choices.flatMap((choice) => (choice.critical === null ? [] : [choice.critical]));
  return {
    id: context.id,
    learner: context.learner,
    scenarioId: meta.id,
    scenarioTitle: meta.title,
    storyVersion: meta.version,
    mode: context.mode,
    startedAt: context.startedAt.toISOString(),
    finishedAt: context.finishedAt.toISOString(),
    optionOrder: decisions.map(
      (d) => context.optionOrder?.[d.number]?.slice() ?? d.shownOrder.map((position) => d.options[position]?.index ?? position),
    ),
    choices,
    result: {
      competencies: scored.competencies.map(({ id, name, percent, total, min, max }) => ({ id, name, percent, total, min, max })),
      overall: { ...scored.overall },
      stars: scored.stars,
      passMark,
      passed: attemptPassed(scored.overall.percent, passMark, ending, criticalMistakes),
      ending,
      criticalMistakes,
    },
  };
}
