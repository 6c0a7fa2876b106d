/**
 * What both projector windows draw, as one JSON-safe value: the play view, where the facilitator
 * is inside the current step (lines shown so far, the highlighted option), the facilitator's
 * material (the room never sees it) and the room's votes. The projector sends it to the presenter
 * window, which validates it with {@link parseProjectorState} (a message is an edge).
 */
import { z } from '../../core/zod';
import { failure, success, type Result } from '../../core/result';
import { logEntrySchema, playViewSchema } from '../../core/session/play-view-schema';

const entrySchema = logEntrySchema;

const projectorStateSchema = z.object({
  view: playViewSchema,
  /** The current step's log entries (the lines since the last pick), all of them. */
  segment: z.array(entrySchema),
  /** How many of the segment's spoken lines the room sees so far. */
  linesShown: z.int().check(z.minimum(0)),
  /** How many spoken lines the segment has. */
  segmentLines: z.int().check(z.minimum(0)),
  /** The option a clicker's PageDown has highlighted (shown position), or null. */
  highlighted: z.nullable(z.int().check(z.minimum(0))),
  /** The option picked to reach this step, while its consequence is still hidden. */
  pickedLabel: z.nullable(z.string()),
  /** Whether the options are on the room's screen (every line of the step is shown). */
  optionsVisible: z.boolean(),
  /** The key help (`?`) is open. */
  help: z.boolean(),
  facilitator: z.object({
    /** The decision's `# discuss:` prompt. */
    discuss: z.nullable(z.string()),
    options: z.array(
      z.object({
        position: z.int().check(z.minimum(0)),
        label: z.string(),
        deltas: z.record(z.string(), z.number()),
        feedback: z.nullable(z.string()),
        discuss: z.nullable(z.string()),
      }),
    ),
    /** The next line the room will see, as a preview; null at the options or the end. */
    nextLine: z.nullable(z.string()),
  }),
  /** The room's votes: per decision number (as a string key), how many chose each shown position. */
  votes: z.record(z.string(), z.array(z.int().check(z.minimum(0)))),
});

export type ProjectorState = z.infer<typeof projectorStateSchema>;

export function parseProjectorState(raw: unknown): Result<ProjectorState, string> {
  const parsed = projectorStateSchema.safeParse(raw);
  if (parsed.success) return success(parsed.data);
  const issue = parsed.error.issues[0];
  return failure(`not a projector state: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown problem'}`);
}

/** The projector's place in a scenario, kept in session storage so a reload returns to it. */
export const projectorPlaceSchema = z.object({
  choices: z.array(z.int().check(z.minimum(0))),
  linesShown: z.int().check(z.minimum(0)),
  display: playViewSchema.shape.display,
  votes: z.record(z.string(), z.array(z.int().check(z.minimum(0)))),
});

export type ProjectorPlace = z.infer<typeof projectorPlaceSchema>;
