/**
 * What the stage shows at a point in the story (mood, channel, timeline stamp, who the channel
 * shows as sender, the email subject), folded from the tags of the lines played so far. Pure, so
 * the stage, the log and the tests agree.
 */
import type { StoryLine } from '../story/story-player.ts';
import type { Channel, Mood } from '../story/tags.ts';

export interface Presentation {
  mood: Mood;
  channel: Channel;
  time: string | null;
  /** The last speaker other than the player, whoever they are. */
  speaker: string | null;
  /**
   * Who the current channel shows as sender or caller, from `# from:`; null for the counterpart.
   * It holds until the next `# from:` or `# channel:` tag: a channel change starts a new
   * conversation, with the counterpart again unless that line says otherwise.
   */
  sender: string | null;
  /** The subject line an email frame shows, from the latest `# subject:`; null before any. */
  subject: string | null;
}

export function initialPresentation(channel: Channel = 'email'): Presentation {
  return { mood: 'neutral', channel, time: null, speaker: null, sender: null, subject: null };
}

export function presentLine(presentation: Presentation, line: StoryLine): Presentation {
  const { mood, channel, time, speaker, from, subject } = line.tags;
  const senderBefore = channel !== undefined ? null : presentation.sender;
  return {
    mood: mood ?? presentation.mood,
    channel: channel ?? presentation.channel,
    time: time ?? presentation.time,
    speaker: speaker && speaker.toLowerCase() !== 'you' ? speaker : presentation.speaker,
    sender: from ?? senderBefore,
    subject: subject ?? presentation.subject,
  };
}

export function isPlayerLine(line: StoryLine): boolean {
  return line.tags.speaker?.toLowerCase() === 'you';
}
