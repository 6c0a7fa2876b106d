/**
 * The play view: one plain, JSON-safe snapshot of everything the play screen shows (the log so
 * far, the options in shown order, the stage's presentation, the meters, coaching, the ending, and
 * the projector's reveal, blank and timer state). The screen renders from it, the stage is fed
 * from it, and the projector will post it to the presenter window, which validates it with
 * {@link parsePlayView} on receipt (a message from another window is an edge).
 */
import { z } from '../zod.ts';
import { failure, success, type Result } from '../result.ts';
import { meterNames } from '../story/meters.ts';
import type { StoryLine, StoryOption } from '../story/story-player.ts';
import { channels, moods } from '../story/tags.ts';
import { criticalCoaching } from './coaching.ts';
import { modeNames } from './mode-policy.ts';
import type { PlaySession } from './play-session.ts';
import { initialPresentation, presentLine, type Presentation } from './presentation.ts';
import { needsSpeakerPrefix, whoseLine } from './speakers.ts';

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

export const initialDisplay: DisplayState = { revealed: false, blanked: false, timer: null };

/** The log entries for lines, folded from the presentation before them. */
export function logEntriesOf(
  lines: readonly StoryLine[],
  before: Presentation | null,
  openingChannel: Presentation['channel'] | undefined,
): LogEntry[] {
  const entries: LogEntry[] = [];
  let presentation = before;
  for (const line of lines) {
    const next = presentLine(presentation ?? initialPresentation(openingChannel), line);
    if (!presentation || next.channel !== presentation.channel || next.time !== presentation.time) {
      entries.push({ kind: 'divider', time: next.time, channel: next.channel });
    }
    if (presentation && line.tags.mood && line.tags.mood !== presentation.mood) entries.push({ kind: 'mood', mood: line.tags.mood });
    presentation = next;
    if (line.tagsOnly) continue;
    entries.push({
      kind: 'line',
      text: line.text,
      speaker: line.tags.speaker ?? null,
      whose: whoseLine(line),
      prefixSpeaker: needsSpeakerPrefix(line),
      channel: next.channel,
    });
  }
  return entries;
}

export interface PlayViewInput {
  display?: DisplayState;
  /** The option whose coaching is on screen, if any. */
  coaching?: StoryOption | null;
}

/** The snapshot of a session as the play screen shows it. */
export function playViewOf(session: PlaySession, input: PlayViewInput = {}): PlayView {
  const display = input.display ?? initialDisplay;
  const open = session.openDecision;
  const ending = session.ending;
  const coaching = input.coaching ?? null;
  return {
    scenario: { id: session.scenario.meta.id, title: session.scenario.meta.title },
    mode: session.mode.name,
    decisionNumber: open?.number ?? null,
    log: logEntriesOf(session.lines, null, session.scenario.meta.channel),
    options: (open?.shownOrder ?? []).flatMap((authored, position) => {
      const option = open?.options[authored];
      return option
        ? [{ position, authored, label: option.label, revealed: display.revealed ? { ...(option.tags.score ?? {}) } : null }]
        : [];
    }),
    presentation: { ...session.presentation },
    meters: { ...session.meters },
    totals: { ...session.totals },
    chosen: session.decisions.flatMap((d) => (d.chosen === null ? [] : [{ number: d.number, label: d.options[d.chosen]?.label ?? '' }])),
    coaching: coaching
      ? {
          label: coaching.label,
          deltas: { ...(coaching.tags.score ?? {}) },
          note: coaching.tags.feedback ?? null,
          critical: criticalCoaching(coaching),
        }
      : null,
    ending: ending ? { title: ending.title, stars: ending.stars } : null,
    display: { ...display, timer: display.timer ? { ...display.timer } : null },
  };
}

/** Validates a play view that arrived from elsewhere (the presenter window's messages). */
export function parsePlayView(raw: unknown): Result<PlayView, string> {
  const parsed = playViewSchema.safeParse(raw);
  if (parsed.success) return success(parsed.data);
  const issue = parsed.error.issues[0];
  return failure(`not a play view: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown problem'}`);
}
