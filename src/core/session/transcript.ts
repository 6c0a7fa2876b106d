/**
 * The path a player took, decision by decision, as the debrief shows it: what they chose, what they
 * wrote, what the counterpart thought when reading it, and what every other option would have scored.
 */
import type { Decision, PlaySession } from './play-session.ts';
import { isPlayerLine } from './presentation.ts';
import type { StoryLine } from '../story/story-player.ts';

export interface TranscriptTurn {
  decision: Decision;
  /** The player's own lines after the choice (the message they sent or said). */
  message: readonly StoryLine[];
  /** The counterpart's hidden thoughts in reaction, in order. */
  thoughts: readonly string[];
  /** Everything that followed the choice, up to the next decision. */
  lines: readonly StoryLine[];
}

export function transcriptOf(session: PlaySession): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  session.steps.forEach((step, i) => {
    if (step.kind !== 'decision' || step.decision.chosen === null) return;
    const next = session.steps[i + 1];
    const lines = next?.kind === 'lines' ? next.lines : [];
    turns.push({
      decision: step.decision,
      message: lines.filter(isPlayerLine),
      thoughts: lines.flatMap((line) => (line.tags.thought ? [line.tags.thought] : [])),
      lines,
    });
  });
  return turns;
}
