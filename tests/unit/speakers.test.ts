import { describe, expect, it } from 'vitest';
import { needsSpeakerPrefix, whoseLine } from '../../src/core/session/speakers';
import type { StoryLine } from '../../src/core/story/story-player';

function line(text: string, speaker?: string): StoryLine {
  return { text, tags: { sfx: [], ...(speaker ? { speaker } : {}) }, sourceLine: 0, problems: [], tagsOnly: false };
}

describe('who says a line', () => {
  it('tells the player’s lines, the counterpart’s and narration apart', () => {
    expect(whoseLine(line('Hi', 'you'))).toBe('you');
    expect(whoseLine(line('Hi', 'You'))).toBe('you');
    expect(whoseLine(line('Hi', 'Greg'))).toBe('them');
    expect(whoseLine(line('The phone rings.'))).toBe('narration');
  });

  it('puts the speaker before a line, unless the text already opens with the name', () => {
    expect(needsSpeakerPrefix(line('Apology accepted.', 'Greg'))).toBe(true);
    expect(needsSpeakerPrefix(line('Greg H. said:', 'Greg'))).toBe(false);
    expect(needsSpeakerPrefix(line('Gregory is out today.', 'Greg'))).toBe(true);
    expect(needsSpeakerPrefix(line('I can help.', 'you'))).toBe(true);
    expect(needsSpeakerPrefix(line('The phone rings.'))).toBe(false);
  });
});
