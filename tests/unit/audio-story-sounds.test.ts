import { describe, expect, it } from 'vitest';
import { mostSoundsAtOnce, soundsForChoice, soundsForEnding, soundsForLines, soundsForOpening } from '../../src/audio/story-sounds';
import type { Rubric } from '../../src/core/scoring/rubric';
import { StoryPlayer, type StoryLine } from '../../src/core/story/story-player';
import type { LineTags } from '../../src/core/story/tags';
import { checkSource, tagContext } from './helpers';

function line(text: string, tags: Partial<LineTags> = {}): StoryLine {
  return { text, tags: { sfx: [], ...tags }, sourceLine: 0, problems: [], tagsOnly: text === '' };
}

describe('sounds for the lines that just appeared', () => {
  it('plays every sound the story asks for, in order', () => {
    const lines = [line('The bell rings.', { sfx: ['door-chime'] }), line('Then a buzz.', { sfx: ['notification'] })];
    expect(soundsForLines(lines, 'in-person')).toEqual(['door-chime', 'notification']);
  });

  it('plays nothing for lines that neither switch channel nor ask for a sound', () => {
    expect(soundsForLines([line('Hello.', { speaker: 'Dana' }), line('Hi.', { speaker: 'you' })], 'email')).toEqual([]);
  });

  it('rings when a line switches to the phone', () => {
    const lines = [line('Later that day.'), line('Hello?', { channel: 'phone', speaker: 'you' })];
    expect(soundsForLines(lines, 'email')).toEqual(['phone-ring']);
  });

  it('chimes a join when a line switches to a video call', () => {
    expect(soundsForLines([line('Hi all.', { channel: 'call', speaker: 'Dana' })], 'email')).toEqual(['call-join']);
  });

  it('plays an arriving text when the counterpart writes first on the new channel', () => {
    const lines = [line('', { channel: 'text' }), line('Her phone lights up.'), line('u there?', { speaker: 'Dana' })];
    expect(soundsForLines(lines, 'email')).toEqual(['message-received']);
  });

  it('plays no arrival when the player writes first on the new channel', () => {
    expect(soundsForLines([line('Hi Dana, quick question.', { channel: 'text', speaker: 'you' })], 'email')).toEqual([]);
  });

  it('plays an arriving email for a counterpart email, and nothing when the lines stop before anyone writes', () => {
    expect(soundsForLines([line('Re: the invoice', { channel: 'email', speaker: 'Dana' })], 'phone')).toEqual(['mail-received']);
    expect(soundsForLines([line('You open a new email.', { channel: 'email' })], 'phone')).toEqual([]);
  });

  it('makes no channel sound when the line stays on the same channel or moves face to face', () => {
    expect(soundsForLines([line('Still here.', { channel: 'phone', speaker: 'Dana' })], 'phone')).toEqual([]);
    expect(soundsForLines([line('She walks in.', { channel: 'in-person', speaker: 'Dana' })], 'phone')).toEqual([]);
  });

  it('lets a sound the story asked for at the switch replace the channel sound', () => {
    const lines = [line('', { channel: 'phone', sfx: ['voicemail'] }), line('Hi, it is Dana.', { speaker: 'Dana' })];
    expect(soundsForLines(lines, 'email')).toEqual(['voicemail']);
  });

  it('puts the channel sound where the switch happens, among the story sounds', () => {
    const lines = [
      line('The door closes.', { sfx: ['door-chime'] }),
      line('Hello?', { channel: 'phone', speaker: 'Dana' }),
      line('She hangs up.', { sfx: ['phone-hangup'] }),
    ];
    expect(soundsForLines(lines, 'in-person')).toEqual(['door-chime', 'phone-ring', 'phone-hangup']);
  });

  it('adds the ending sound last when a line reaches an ending', () => {
    const lines = [
      line('Thanks, bye.', { speaker: 'Dana', sfx: ['phone-hangup'] }),
      line('', { ending: { title: 'The Partner', stars: 5 } }),
    ];
    expect(soundsForLines(lines, 'phone')).toEqual(['phone-hangup', 'ending']);
  });

  it(`never asks for more than ${mostSoundsAtOnce} sounds, dropping its own guesses first, then the latest story sounds, and keeping the ending`, () => {
    const lines = [
      line('Hello?', { channel: 'phone', speaker: 'Dana' }),
      line('Ding.', { sfx: ['notification'] }),
      line('Ding.', { sfx: ['door-chime'] }),
      line('Bye.', { sfx: ['phone-hangup'], ending: { title: 'Done', stars: 3 } }),
    ];
    expect(soundsForLines(lines, 'email')).toEqual(['notification', 'door-chime', 'ending']);
  });

  it('counts the opening channel as a switch at the start of a scenario', () => {
    expect(soundsForOpening([line('Hello, Glasshouse Events?', { speaker: 'Dana' })], 'phone')).toEqual(['phone-ring']);
    expect(soundsForOpening([line('Subject: our booking', { speaker: 'Dana' })], 'email')).toEqual(['mail-received']);
    expect(soundsForOpening([line('You start a reply.')], 'email')).toEqual([]);
  });

  it('reads the channel and sound tags of a real story', () => {
    const checked = checkSource(
      [
        '# title: Sounds',
        '# channel: email',
        'Dana writes first. # speaker: Dana',
        'Later, she calls. # channel: phone',
        'Hi, it is Dana again. # speaker: Dana',
        'The line clicks. # sfx: phone-hangup',
        '-> END',
      ].join('\n'),
    );
    expect(checked.json).toBeTruthy();
    const player = StoryPlayer.fromJson(checked.json!, tagContext);
    expect(soundsForLines(player.nextSegment(), 'email')).toEqual(['phone-ring', 'phone-hangup']);
  });
});

describe('sounds for a choice', () => {
  it('confirms the choice, sends a text, and rises with a better score', () => {
    expect(soundsForChoice({ respect: 2, value: -1 }, 'text')).toEqual(['choice-confirmed', 'message-sent', 'score-up']);
  });

  it('sends an email and falls with a worse score', () => {
    expect(soundsForChoice({ respect: -2 }, 'email')).toEqual(['choice-confirmed', 'mail-sent', 'score-down']);
  });

  it('only confirms a spoken choice that does not change the score', () => {
    expect(soundsForChoice({}, 'phone')).toEqual(['choice-confirmed']);
    expect(soundsForChoice({ respect: 1, value: -1 }, 'in-person')).toEqual(['choice-confirmed']);
  });

  it("follows the sign of the rubric's weighted overall when given a rubric", () => {
    const rubric = {
      competencies: [
        { id: 'respect', name: 'Respect', weight: 1, rewards: 'r' },
        { id: 'value', name: 'Value', weight: 3, rewards: 'v' },
      ],
    } as unknown as Rubric;
    expect(soundsForChoice({ respect: 2, value: -1 }, 'call', rubric)).toEqual(['choice-confirmed', 'score-down']);
  });

  it('has one sound for an ending', () => {
    expect(soundsForEnding()).toEqual(['ending']);
  });
});
