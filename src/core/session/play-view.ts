/**
 * The play view: one plain, JSON-safe snapshot of everything the play screen shows (the log so
 * far, the options in shown order, the stage's presentation, the meters, coaching, the ending, and
 * the projector's reveal, blank and timer state). The screen renders from it, the stage is fed
 * from it, and the projector will post it to the presenter window, which validates it with
 * `parsePlayView` (play-view-schema.ts) on receipt (a message from another window is an edge).
 */
import type { StoryLine, StoryOption } from '../story/story-player.ts';
import { criticalCoaching } from './coaching.ts';
import type { PlaySession } from './play-session.ts';
import type { DisplayState, LogEntry, PlayView } from './play-view-schema.ts';
import { initialPresentation, presentLine, type Presentation } from './presentation.ts';
import { needsSpeakerPrefix, whoseLine } from './speakers.ts';

export type { DisplayState, LogEntry, PlayView } from './play-view-schema.ts';

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
