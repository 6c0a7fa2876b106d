/**
 * What the stage shows, derived from what the interface publishes on the stage bridge (the
 * screen, the scenario, the presentation, the meters). Pure, so it is tested in Node and the
 * scene only draws it: equal views draw equal pictures. Nothing here knows any particular story;
 * everything comes from the story's tags or from the defaults.
 */
import type { Presentation } from '../session/presentation.ts';
import type { ScenarioMeta } from '../story/scenario.ts';
import type { Meters } from '../story/meters.ts';
import type { Channel, Mood } from '../story/tags.ts';
import { defaultPortrait, defaultRoom, type PortraitName, type RoomName } from './catalogues.ts';
import { channelNames, moodNames } from './labels.ts';
import type { StageScreen } from './stage-bridge.ts';

/**
 * Who stands on the stage: the counterpart's portrait, or, while someone else has the channel
 * (`# from:`), a plain figure that cannot be taken for the counterpart.
 */
export type StagePerson = PortraitName | 'someone-else';

/** The subject an email frame shows before the story names one: honest, and no other story's. */
export const noSubject = '(no subject)';

/** What a counterpart without `# counterpart:` is called on the stage. */
export const unnamedCounterpart = 'Your customer';

export interface StageView {
  kind: 'menu' | 'scene';
  screen: StageScreen;
  scenarioId: string | null;
  room: RoomName;
  person: StagePerson;
  /** The counterpart's name and description, for the briefing's name card. */
  counterpart: { name: string; role: string | null };
  /** Who the channel frame shows as sender, contact or caller, with their initials for the avatar. */
  sender: { name: string; initials: string; isCounterpart: boolean };
  /** The channel frame to draw; null on the menu and the debrief. */
  channel: Channel | null;
  /** The expression on the face: the counterpart's mood, or neutral on someone else. */
  mood: Mood;
  subject: string;
  /** The timeline stamp, during play only. */
  time: string | null;
  /** "Read 9:14 am" under a text thread. */
  readReceipt: string;
  /** The pill across the bottom of the bust: the mood in words, or who is there instead. */
  label: { caption: string; text: string };
  /** The channel's name in words, for its badge. */
  channelName: string | null;
  meters: Meters;
}

export interface StageInputs {
  screen: StageScreen;
  scenario: ScenarioMeta | null;
  presentation: Presentation | null;
  meters: Meters;
}

/** The label caption for someone other than the counterpart, by how they reach the player. */
const senderCaptions: Record<Channel, string> = {
  email: 'From',
  text: 'From',
  phone: 'Caller',
  call: 'On the call',
  'in-person': 'With',
};

/** "Marcus and Priya" gives "MP": capitalised words first, so joining words do not count. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  return (capitalised.length >= 2 ? capitalised : words)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** "Day 3, 9:14 am" gives "9:14 am", for the read receipt. */
export function clockTime(stamp: string | null): string | null {
  const match = stamp?.match(/\b\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?/i);
  return match ? match[0] : null;
}

/** Seconds on a call as "03:07". */
export function formatCallTimer(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** A `# from:` that names the counterpart (in full or by first name) hands the channel back to them. */
function isCounterpartName(sender: string, meta: ScenarioMeta | null): boolean {
  const counterpart = meta?.counterpart;
  if (!counterpart) return false;
  const wanted = sender.trim().toLowerCase();
  return wanted === counterpart.name.toLowerCase() || wanted === counterpart.firstName.toLowerCase();
}

const menuView: StageView = {
  kind: 'menu',
  screen: 'menu',
  scenarioId: null,
  room: defaultRoom,
  person: defaultPortrait,
  counterpart: { name: '', role: null },
  sender: { name: '', initials: '', isCounterpart: true },
  channel: null,
  mood: 'neutral',
  subject: noSubject,
  time: null,
  readReceipt: 'Read',
  label: { caption: '', text: '' },
  channelName: null,
  meters: {},
};

export function deriveStageView({ screen, scenario: meta, presentation: published, meters }: StageInputs): StageView {
  if (screen === 'menu') return menuView;
  const playing = screen === 'play';
  const presentation = playing || screen === 'debrief' ? published : null;
  const counterpartName = meta?.counterpart?.name ?? unnamedCounterpart;
  const channel = screen === 'debrief' ? null : playing ? (presentation?.channel ?? meta?.channel ?? null) : (meta?.channel ?? null);
  const from = playing ? (presentation?.sender ?? null) : null;
  const someoneElse = from !== null && !isCounterpartName(from, meta);
  const senderName = someoneElse ? from : counterpartName;
  const mood = someoneElse ? 'neutral' : (presentation?.mood ?? 'neutral');
  const time = playing ? (presentation?.time ?? null) : null;
  const receiptTime = clockTime(time);
  return {
    kind: 'scene',
    screen,
    scenarioId: meta?.id ?? null,
    room: meta?.room ?? defaultRoom,
    person: someoneElse ? 'someone-else' : (meta?.portrait ?? defaultPortrait),
    counterpart: { name: counterpartName, role: meta?.counterpart?.description ?? null },
    sender: { name: senderName, initials: initialsOf(senderName) || '?', isCounterpart: !someoneElse },
    channel,
    mood,
    subject: presentation?.subject ?? noSubject,
    time,
    readReceipt: receiptTime ? `Read ${receiptTime}` : 'Read',
    label:
      someoneElse && channel
        ? { caption: senderCaptions[channel], text: senderName }
        : { caption: screen === 'debrief' ? 'Final mood' : 'Mood', text: moodNames[mood] },
    channelName: channel ? channelNames[channel] : null,
    meters: playing || screen === 'debrief' ? meters : {},
  };
}

/**
 * The view as data attributes for the stage's host element, so that browser tests can check what
 * the stage shows without reading pixels.
 */
export function stageDataset(view: StageView): Record<string, string> {
  return {
    screen: view.screen,
    channel: view.channel ?? '',
    sender: view.kind === 'menu' ? '' : view.sender.name,
    subject: view.kind === 'menu' ? '' : view.subject,
    room: view.kind === 'menu' ? '' : view.room,
    portrait: view.kind === 'menu' ? '' : view.person,
    mood: view.kind === 'menu' ? '' : view.mood,
  };
}
