import { describe, expect, it } from 'vitest';
import { initialPresentation, presentLine, type Presentation } from '../../src/core/session/presentation';
import type { StoryLine } from '../../src/core/story/story-player';
import type { LineTags } from '../../src/core/story/tags';

function line(tags: Partial<LineTags>, text = 'A line.'): StoryLine {
  return { text, tags: { sfx: [], ...tags }, sourceLine: 1, problems: [], tagsOnly: false };
}

function play(lines: StoryLine[], start: Presentation = initialPresentation('email')): Presentation[] {
  const seen: Presentation[] = [];
  let presentation = start;
  for (const next of lines) {
    presentation = presentLine(presentation, next);
    seen.push(presentation);
  }
  return seen;
}

describe('the presentation', () => {
  it('starts on the counterpart, with no subject yet', () => {
    expect(initialPresentation('text')).toEqual({
      mood: 'neutral',
      channel: 'text',
      time: null,
      speaker: null,
      sender: null,
      subject: null,
    });
  });

  it('keeps a subject from its line on, until the next subject', () => {
    const seen = play([
      line({ subject: 'Broken swing' }),
      line({ speaker: 'you' }),
      line({ channel: 'text' }),
      line({ channel: 'email', subject: 'Re: Broken swing' }),
    ]);
    expect(seen.map((p) => p.subject)).toEqual(['Broken swing', 'Broken swing', 'Broken swing', 'Re: Broken swing']);
  });

  it('shows who the channel is from until the channel changes or another sender is named', () => {
    const seen = play([
      line({ speaker: 'Kayla' }),
      line({ speaker: 'Mark', channel: 'text', from: 'Mark Haller' }),
      line({ speaker: 'you' }),
      line({ speaker: 'Jen', from: 'Jen Haller' }),
      line({ speaker: 'you', channel: 'email' }),
      line({ speaker: 'Kayla' }),
    ]);
    expect(seen.map((p) => [p.channel, p.sender])).toEqual([
      ['email', null],
      ['text', 'Mark Haller'],
      ['text', 'Mark Haller'],
      ['text', 'Jen Haller'],
      ['email', null],
      ['email', null],
    ]);
  });

  it('lets a line that changes the channel name its sender at once', () => {
    const [first] = play([line({ channel: 'phone', from: 'Dana' })]);
    expect(first).toMatchObject({ channel: 'phone', sender: 'Dana' });
  });

  it('remembers the last speaker who is not the player', () => {
    const seen = play([line({ speaker: 'Greg' }), line({ speaker: 'you' }), line({})]);
    expect(seen.map((p) => p.speaker)).toEqual(['Greg', 'Greg', 'Greg']);
  });
});
