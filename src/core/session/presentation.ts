/**
 * What the stage shows at a point in the story (mood, channel, timeline stamp), folded from the
 * tags of the lines played so far. Pure, so the stage, the log and the tests agree.
 */
import type { StoryLine } from '../story/story-player.ts';
import type { Channel, Mood } from '../story/tags.ts';

export interface Presentation {
  mood: Mood;
  channel: Channel;
  time: string | null;
  /** The counterpart's last speaking line, for a caption on the stage. */
  speaker: string | null;
}

export function initialPresentation(channel: Channel = 'email'): Presentation {
  return { mood: 'neutral', channel, time: null, speaker: null };
}

export function presentLine(presentation: Presentation, line: StoryLine): Presentation {
  const { mood, channel, time, speaker } = line.tags;
  return {
    mood: mood ?? presentation.mood,
    channel: channel ?? presentation.channel,
    time: time ?? presentation.time,
    speaker: speaker && speaker.toLowerCase() !== 'you' ? speaker : presentation.speaker,
  };
}

export function isPlayerLine(line: StoryLine): boolean {
  return line.tags.speaker?.toLowerCase() === 'you';
}
