/** The stage's view: what it shows, derived from the bridge's four topics, for any story. */
import { describe, expect, it } from 'vitest';
import { initialPresentation, type Presentation } from '../../src/core/session/presentation';
import {
  clockTime,
  deriveStageView,
  formatCallTimer,
  initialsOf,
  noSubject,
  stageDataset,
  unnamedCounterpart,
} from '../../src/core/stage/stage-view';
import type { ScenarioMeta } from '../../src/core/story/scenario';

const meta: ScenarioMeta = {
  id: 'a-new-story',
  file: 'stories/a-new-story.ink',
  title: 'A New Story',
  counterpart: { name: 'Maya Okafor', firstName: 'Maya', description: 'a florist' },
  channel: 'email',
  room: 'kitchen',
  portrait: 'messy-bun',
  ambience: 'home',
  decisions: 2,
  endings: [],
  scores: {},
  version: 'v',
};

const playing = (presentation: Partial<Presentation>, scenario: ScenarioMeta | null = meta) =>
  deriveStageView({ screen: 'play', scenario, presentation: { ...initialPresentation('email'), ...presentation }, meters: { trust: 4 } });

describe('the stage view', () => {
  it('shows the glasshouse, and nobody, on the menu', () => {
    const view = deriveStageView({ screen: 'menu', scenario: meta, presentation: null, meters: { trust: 4 } });
    expect(view).toMatchObject({ kind: 'menu', channel: null, meters: {} });
  });

  it('takes the room and the portrait from the story’s tags', () => {
    expect(playing({})).toMatchObject({ kind: 'scene', room: 'kitchen', person: 'messy-bun', meters: { trust: 4 } });
  });

  it('shows the counterpart as sender, with the mood in words, while they have the channel', () => {
    const view = playing({ channel: 'text', mood: 'annoyed', time: 'Day 3, 9:14 am' });
    expect(view.sender).toEqual({ name: 'Maya Okafor', initials: 'MO', isCounterpart: true });
    expect(view.label).toEqual({ caption: 'Mood', text: 'Annoyed' });
    expect(view).toMatchObject({ channel: 'text', channelName: 'Text messages', mood: 'annoyed', readReceipt: 'Read 9:14 am' });
  });

  it('shows someone else, not the counterpart, while `# from:` names another sender', () => {
    const view = playing({ channel: 'in-person', mood: 'pleased', sender: 'Marcus and Priya' });
    expect(view.sender).toEqual({ name: 'Marcus and Priya', initials: 'MP', isCounterpart: false });
    expect(view.person).toBe('someone-else');
    // The counterpart's mood is not theirs to show.
    expect(view.mood).toBe('neutral');
    expect(view.label).toEqual({ caption: 'With', text: 'Marcus and Priya' });
    expect(playing({ channel: 'phone', sender: 'Dana' }).label).toEqual({ caption: 'Caller', text: 'Dana' });
  });

  it('hands the channel back to the counterpart when `# from:` names them', () => {
    expect(playing({ sender: 'Maya' }).sender.isCounterpart).toBe(true);
    expect(playing({ sender: 'maya okafor', mood: 'hurt' })).toMatchObject({ person: 'messy-bun', mood: 'hurt' });
  });

  it('shows the subject the story named, and an honest "(no subject)" before any', () => {
    expect(playing({ subject: 'Re: Broken swing' }).subject).toBe('Re: Broken swing');
    expect(playing({}).subject).toBe(noSubject);
  });

  it('plays a story without stage tags in the default room, with a neutral portrait and a generic name', () => {
    const bare: ScenarioMeta = { ...meta, counterpart: undefined, room: 'calm-room', portrait: 'curly-crop' };
    const view = playing({}, bare);
    expect(view).toMatchObject({ room: 'calm-room', person: 'curly-crop', sender: { name: unnamedCounterpart, initials: 'YC' } });
  });

  it('introduces the counterpart on the briefing, on the story’s opening channel, without a clock', () => {
    const view = deriveStageView({
      screen: 'briefing',
      scenario: meta,
      presentation: { ...initialPresentation('phone'), sender: 'Dana', time: 'Monday' },
      meters: {},
    });
    expect(view).toMatchObject({
      channel: 'email',
      time: null,
      counterpart: { name: 'Maya Okafor', role: 'a florist' },
      sender: { isCounterpart: true },
    });
  });

  it('drops the channel frame on the debrief and says "Final mood"', () => {
    const view = deriveStageView({
      screen: 'debrief',
      scenario: meta,
      presentation: { ...initialPresentation('email'), mood: 'delighted' },
      meters: { trust: 9 },
    });
    expect(view).toMatchObject({ channel: null, label: { caption: 'Final mood', text: 'Delighted' }, meters: { trust: 9 } });
  });

  it('mirrors what it shows as data attributes', () => {
    expect(stageDataset(playing({ channel: 'text', sender: 'Mark Haller', subject: 'Broken swing' }))).toEqual({
      screen: 'play',
      channel: 'text',
      sender: 'Mark Haller',
      subject: 'Broken swing',
      room: 'kitchen',
      portrait: 'someone-else',
      mood: 'neutral',
    });
  });
});

describe('the stage’s small formatters', () => {
  it('finds initials, a clock time and a call timer', () => {
    expect(initialsOf('Renee Holloway')).toBe('RH');
    expect(initialsOf('Émile Zola')).toBe('ÉZ');
    expect(clockTime('Tuesday, March 11, 9:40 am')).toBe('9:40 am');
    expect(clockTime('Twenty minutes later')).toBeNull();
    expect(formatCallTimer(187)).toBe('03:07');
  });
});
