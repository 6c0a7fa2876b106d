/**
 * The play view's schema: what a play view from another window must look like (the presenter
 * window validates every message with {@link parsePlayView}). Its own module, so that the page that
 * only builds views (the play screen) does not construct these schemas before its first paint.
 */
import { z } from '../zod.ts';
import { failure, success, type Result } from '../result.ts';
import { meterNames } from '../story/meters.ts';
import { channels, moods } from '../story/tags.ts';
import { modeNames } from './mode-policy.ts';
import type { Presentation } from './presentation.ts';

const deltasSchema = z.record(z.string(), z.number());

// `satisfies` makes a new field of Presentation (the stage's sender, subject) a compile error here
// until the schema names it too, so the presenter window never silently drops it.
const presentationSchema = z.object({
  mood: z.enum(moods),
  channel: z.enum(channels),
  time: z.nullable(z.string()),
  speaker: z.nullable(z.string()),
  sender: z.nullable(z.string()),
  subject: z.nullable(z.string()),
}) satisfies z.ZodMiniType<Presentation>;

export const logEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('line'),
    text: z.string(),
    /** The speaker's name as written (`you` for the player), or null for narration. */
    speaker: z.nullable(z.string()),
    whose: z.enum(['you', 'them', 'narration']),
    /** False when the text already names its speaker ("Greg H. said:"). */
    prefixSpeaker: z.boolean(),
    channel: z.enum(channels),
  }),
  /** Where the channel or the timeline stamp changes. */
  z.object({ kind: z.literal('divider'), time: z.nullable(z.string()), channel: z.enum(channels) }),
  /** The counterpart's mood changed. */
  z.object({ kind: z.literal('mood'), mood: z.enum(moods) }),
]);

const optionSchema = z.object({
  /** 0-based place in the shown order: what the controller's `choose` takes, and one less than its number key. */
  position: z.int().check(z.minimum(0)),
  /** 0-based place in the story's authored order: what the session and the saves record. */
  authored: z.int().check(z.minimum(0)),
  label: z.string(),
  /** The option's score changes, only while the projector reveals them; else null. */
  revealed: z.nullable(deltasSchema),
});

export const playViewSchema = z.object({
  scenario: z.object({ id: z.string(), title: z.string() }),
  mode: z.enum(modeNames),
  /** The open decision's 0-based number; null once the story is over. */
  decisionNumber: z.nullable(z.int().check(z.minimum(0))),
  log: z.array(logEntrySchema),
  options: z.array(optionSchema),
  presentation: presentationSchema,
  meters: z.object(
    Object.fromEntries(meterNames.map((name) => [name, z.optional(z.number())])) as Record<
      (typeof meterNames)[number],
      z.ZodMiniOptional<z.ZodMiniNumber>
    >,
  ),
  totals: deltasSchema,
  /** The decisions taken, for "go back to a decision". */
  chosen: z.array(z.object({ number: z.int().check(z.minimum(0)), label: z.string() })),
  /** Coaching on the choice just made, when the mode and the learner's setting show it. */
  coaching: z.nullable(
    z.object({
      label: z.string(),
      deltas: deltasSchema,
      note: z.nullable(z.string()),
      /** "Critical mistake: REASON. This attempt cannot pass." when the option was `# critical:`. */
      critical: z.nullable(z.string()),
    }),
  ),
  ending: z.nullable(z.object({ title: z.string(), stars: z.int().check(z.minimum(1), z.maximum(5)) })),
  display: z.object({
    /** The projector's `R`: every option's scores shown. */
    revealed: z.boolean(),
    /** The projector's `B`: the screen blanked for a discussion. */
    blanked: z.boolean(),
    /** The discussion timer: when it started (ms since the epoch) and how long it ran before. */
    timer: z.nullable(z.object({ startedAt: z.nullable(z.number()), elapsedMs: z.number().check(z.minimum(0)) })),
  }),
});

export type PlayView = z.infer<typeof playViewSchema>;
export type LogEntry = PlayView['log'][number];
export type DisplayState = PlayView['display'];

/** Validates a play view that arrived from elsewhere (the presenter window's messages). */
export function parsePlayView(raw: unknown): Result<PlayView, string> {
  const parsed = playViewSchema.safeParse(raw);
  if (parsed.success) return success(parsed.data);
  const issue = parsed.error.issues[0];
  return failure(`not a play view: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown problem'}`);
}
