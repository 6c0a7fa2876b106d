/**
 * A finished attempt, as the design lists it ("What is kept, and what a trainer gets out"): who
 * played which version of which scenario, in which mode and when, the option order shown, every
 * choice with its deltas, and the result with its ending. Kept until the learner or trainer deletes
 * it, exported to CSV and JSON, and merged by its id across tabs and imports.
 */
import { z } from '../zod.ts';
import { modes } from '../settings/modes.ts';

/**
 * An instant in UTC, kept in the one form `toISOString` writes (with milliseconds), so that times
 * compare correctly as text when merging.
 */
export const isoTimeSchema = z.lazy(() =>
  z.pipe(
    z.iso.datetime(),
    z.transform((text) => new Date(text).toISOString()),
  ),
);

const optionIndexSchema = z.int().check(z.minimum(0));

const attemptChoiceSchema = z.lazy(() =>
  z.object({
    /** 0-based number of the decision in the playthrough. */
    decision: z.int().check(z.minimum(0)),
    /** The option's authored index (its place in the story), whatever place it was shown in. */
    option: optionIndexSchema,
    label: z.string(),
    deltas: z.record(z.string(), z.number()),
    /** The author's reason for marking the option `#critical`; null when it is not critical. */
    critical: z.nullable(z.string()),
    /** How many people in the room voted for each option, by authored index (projector mode); else null. */
    roomVotes: z._default(z.nullable(z.array(z.int().check(z.minimum(0)))), null),
  }),
);

const placementSchema = z.object({
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  total: z.number(),
  min: z.number(),
  max: z.number(),
});

const attemptResultSchema = z.lazy(() =>
  z.object({
    competencies: z.array(z.extend(placementSchema, { id: z.string().check(z.minLength(1)), name: z.string() })),
    overall: placementSchema,
    stars: z.int().check(z.minimum(1), z.maximum(5)),
    /** The pass mark this attempt was judged against (the rubric's, or the trainer's `pass=`). */
    passMark: z.number().check(z.minimum(0), z.maximum(100)),
    passed: z.boolean(),
    ending: z.nullable(z.object({ title: z.string(), stars: z.int().check(z.minimum(1), z.maximum(5)) })),
    /** The reasons of every critical option taken, in the order taken. */
    criticalMistakes: z.array(z.string()),
  }),
);

export const attemptSchema = z.lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    /** The name the learner gave; empty in practice when none was asked. */
    learner: z.string(),
    scenarioId: z.string().check(z.minLength(1)),
    /** The title when played, so that a summary still reads well after the story is renamed or removed. */
    scenarioTitle: z.string(),
    storyVersion: z.string().check(z.minLength(1)),
    mode: z.enum(modes),
    startedAt: isoTimeSchema,
    finishedAt: isoTimeSchema,
    /** Per decision, the authored option indices in the order they were shown. */
    optionOrder: z.array(z.array(optionIndexSchema)),
    choices: z.array(attemptChoiceSchema),
    result: attemptResultSchema,
  }),
);

export type AttemptChoice = z.infer<typeof attemptChoiceSchema>;
export type Attempt = z.infer<typeof attemptSchema>;

/**
 * The design's verdict: a critical option fails whatever the percent; an ending rated 1 or 2 stars
 * never passes, and a 5-star ending never fails (the checker proves a story never needs both);
 * otherwise the overall percent against the pass mark decides.
 */
export function attemptPassed(
  overallPercent: number,
  passMark: number,
  ending: { stars: number } | null,
  criticalMistakes: readonly string[],
): boolean {
  if (criticalMistakes.length > 0) return false;
  if (ending && ending.stars <= 2) return false;
  if (ending && ending.stars === 5) return true;
  return overallPercent >= passMark;
}

/** Attempts in the order they were finished, oldest first (ties by id, so the order is total). */
export function byFinishTime(a: Attempt, b: Attempt): number {
  return a.finishedAt.localeCompare(b.finishedAt) || a.id.localeCompare(b.id);
}
