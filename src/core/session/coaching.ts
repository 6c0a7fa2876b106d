/**
 * The words of coaching that are not the author's: what a critical option means for the attempt.
 * The author's reason names the mistake; the game adds what it costs, so a learner who keeps
 * playing after it knows the rest of the attempt is practice, not a pass.
 */
import type { StoryOption } from '../story/story-player.ts';

/** Ends a sentence the author may or may not have ended. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Critical mistake: Insulted her intelligence in writing.": how the debrief marks the decision. */
export function criticalMistakeWords(option: Pick<StoryOption, 'tags'>): string | null {
  const reason = option.tags.critical?.trim();
  return reason ? `Critical mistake: ${sentence(reason)}` : null;
}

/**
 * "Critical mistake: Insulted her intelligence in writing. This attempt cannot pass." for an
 * option tagged `# critical: REASON`; null for any other option.
 */
export function criticalCoaching(option: Pick<StoryOption, 'tags'>): string | null {
  const words = criticalMistakeWords(option);
  return words ? `${words} This attempt cannot pass.` : null;
}
