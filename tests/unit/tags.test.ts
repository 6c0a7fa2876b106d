import { describe, expect, it } from 'vitest';
import { parseScore, parseTag, readGlobalTags, readLineTags, readOptionTags } from '../../src/core/story/tags';
import { tagContext } from './helpers';

describe('the tag contract', () => {
  it('reads a score with several competencies and signs', () => {
    expect(parseScore('value+2, respect-1', tagContext)).toEqual({ ok: true, value: { value: 2, respect: -1 } });
  });

  it('accepts spaces around the sign and a zero delta', () => {
    expect(parseScore('respect + 0', tagContext)).toEqual({ ok: true, value: { respect: 0 } });
  });

  it('rejects a malformed score and says how to write one', () => {
    const result = parseScore('respect plus two', tagContext);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/malformed score 'respect plus two'.*respect\+2, value-1/);
  });

  it('rejects an unknown competency and lists the rubric', () => {
    const result = parseScore('kindness+2', tagContext);
    expect(!result.ok && result.error).toMatch(/unknown competency 'kindness'.*respect, empathy/);
  });

  it('rejects a competency scored twice', () => {
    expect(parseScore('respect+1, respect+2', tagContext).ok).toBe(false);
  });

  it('rejects an unknown tag, naming the tags known in that place', () => {
    const result = parseTag('colour: blue', 'line', tagContext);
    expect(!result.ok && result.error).toMatch(/unknown tag 'colour' on a line of text \(known here: channel, speaker/);
  });

  it('rejects a tag in the wrong place and says where it belongs', () => {
    const result = parseTag('score: respect+1', 'line', tagContext);
    expect(!result.ok && result.error).toBe("'# score:' cannot stand on a line of text; put it inside a choice's brackets");
  });

  it('rejects moods, channels and sounds outside their lists', () => {
    expect(parseTag('mood: furious', 'line', tagContext).ok).toBe(false);
    expect(parseTag('channel: fax', 'line', tagContext).ok).toBe(false);
    expect(parseTag('sfx: trumpet', 'line', tagContext).ok).toBe(false);
    expect(parseTag('sfx: phone-ring', 'line', tagContext)).toEqual({ ok: true, value: { name: 'sfx', value: 'phone-ring' } });
  });

  it('requires stars from 1 to 5 and a whole number of minutes', () => {
    expect(parseTag('stars: 6', 'line', tagContext).ok).toBe(false);
    expect(parseTag('stars: 3', 'line', tagContext)).toEqual({ ok: true, value: { name: 'stars', value: 3 } });
    expect(parseTag('minutes: ten', 'global', tagContext).ok).toBe(false);
  });

  it('reads every line tag into one typed value', () => {
    const line = readLineTags(
      ['speaker: Maya', 'mood: Annoyed', 'channel: email', 'time: Day 3, 9:14 am', 'thought: Again?', 'sfx: mail-received'],
      tagContext,
    );
    expect(line).toEqual({
      ok: true,
      value: { speaker: 'Maya', mood: 'annoyed', channel: 'email', time: 'Day 3, 9:14 am', thought: 'Again?', sfx: ['mail-received'] },
    });
  });

  it('pairs an ending with its stars, and reports one without the other', () => {
    expect(readLineTags(['ending: The Partner', 'stars: 5'], tagContext)).toEqual({
      ok: true,
      value: { sfx: [], ending: { title: 'The Partner', stars: 5 } },
    });
    const alone = readLineTags(['ending: The Partner'], tagContext);
    expect(!alone.ok && alone.error).toEqual(["'# ending: The Partner' needs '# stars: 1-5' on the same line"]);
  });

  it('keeps the colon-separated text of a time stamp whole', () => {
    const line = readLineTags(['time: Tuesday, 2:05 pm'], tagContext);
    expect(line.ok && line.value.time).toBe('Tuesday, 2:05 pm');
  });

  it('reads an option’s score, feedback and discussion prompt', () => {
    expect(
      readOptionTags(['score: value+2, respect+1', 'feedback: A plan respects her budget.', 'discuss: Why a plan?'], tagContext),
    ).toEqual({
      ok: true,
      value: { score: { value: 2, respect: 1 }, feedback: 'A plan respects her budget.', discuss: 'Why a plan?' },
    });
  });

  it('reads the file-top tags and requires a title', () => {
    expect(readGlobalTags(['title: The Pushy Presenter', 'minutes: 8', 'order: 1', 'channel: email'], tagContext)).toEqual({
      ok: true,
      value: {
        title: 'The Pushy Presenter',
        minutes: 8,
        order: 1,
        channel: 'email',
        room: 'calm-room',
        portrait: 'curly-crop',
        ambience: 'office',
      },
    });
    const untitled = readGlobalTags(['order: 1'], tagContext);
    expect(!untitled.ok && untitled.error[0]).toMatch(/needs '# title:/);
  });
});
