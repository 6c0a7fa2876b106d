/**
 * Who says a line, in the words the log and the debrief show. The player's own speaker tag is
 * `you`, tested in one place: {@link isPlayerLine} (presentation.ts).
 */
import type { StoryLine } from '../story/story-player.ts';
import { isPlayerLine } from './presentation.ts';

export type Whose = 'you' | 'them' | 'narration';

export function whoseLine(line: StoryLine): Whose {
  return isPlayerLine(line) ? 'you' : line.tags.speaker ? 'them' : 'narration';
}

/**
 * Whether a "Name: " prefix belongs before the line. Not when the text opens with the speaker's
 * name already ("Greg H. said:" by Greg), which would read "Greg: Greg H. said:".
 */
export function needsSpeakerPrefix(line: StoryLine): boolean {
  const speaker = line.tags.speaker;
  if (!speaker || isPlayerLine(line)) return speaker !== undefined;
  const firstName =
    speaker
      .trim()
      .split(/[\s,]+/)[0]
      ?.toLowerCase() ?? '';
  const text = line.text.toLowerCase();
  return !(firstName !== '' && text.startsWith(firstName) && !/[\p{L}\p{N}]/u.test(text.charAt(firstName.length)));
}
