/**
 * Which sounds a moment of the game needs: the lines that just appeared, a choice just made, an
 * ending. Pure (no howler, no DOM), so the tests pin it and the app only has to play the list.
 */
import { overallTotal } from '../core/scoring/result';
import type { Rubric } from '../core/scoring/rubric';
import { isPlayerLine } from '../core/session/presentation';
import type { SoundName } from '../core/sound-catalogue';
import type { StoryLine } from '../core/story/story-player';
import type { Channel, ScoreDeltas } from '../core/story/tags';

/** More sounds than this at one moment turn into noise, and into a pile of captions. */
export const mostSoundsAtOnce = 3;

/** What a channel sounds like when a conversation moves onto it, before the first line is known. */
type Arrival = { kind: 'always'; sound: SoundName } | { kind: 'when-they-speak'; sound: SoundName } | { kind: 'none' };

const arrivals: Record<Channel, Arrival> = {
  phone: { kind: 'always', sound: 'phone-ring' },
  call: { kind: 'always', sound: 'call-join' },
  // A text or an email only "arrives" when it comes from the counterpart, not when the player writes.
  text: { kind: 'when-they-speak', sound: 'message-received' },
  email: { kind: 'when-they-speak', sound: 'mail-received' },
  'in-person': { kind: 'none' },
};

const sentSounds: Partial<Record<Channel, SoundName>> = { text: 'message-sent', email: 'mail-sent' };

/** Higher survives the cap: the ending always, then what the author asked for, then our guesses. */
const priority = { channel: 1, story: 2, ending: 3 } as const;

interface Cue {
  sound: SoundName;
  priority: (typeof priority)[keyof typeof priority];
}

function isCounterpartLine(line: StoryLine): boolean {
  return line.tags.speaker !== undefined && !isPlayerLine(line);
}

/** Drops the lowest-priority, latest cues until the moment fits; keeps the rest in order. */
function capped(cues: Cue[]): SoundName[] {
  const kept = [...cues];
  while (kept.length > mostSoundsAtOnce) {
    let drop = kept.length - 1;
    for (let i = kept.length - 1; i >= 0; i--) if (kept[i]!.priority < kept[drop]!.priority) drop = i;
    kept.splice(drop, 1);
  }
  return kept.map((cue) => cue.sound);
}

function cuesForLines(lines: readonly StoryLine[], channelBefore: Channel, openingChannel: Channel | null): SoundName[] {
  const cues: Cue[] = [];
  let channel = channelBefore;
  // A channel switch waits for the line that tells who speaks first, and yields to any `# sfx:`
  // the author wrote between the switch and that line (the story asked for its own sound).
  let pending: { channel: Channel; at: number; storyAsked: boolean } | null = openingChannel
    ? { channel: openingChannel, at: 0, storyAsked: false }
    : null;
  let endingReached = false;

  const settle = (firstSpeaker: StoryLine | null): void => {
    if (!pending) return;
    const arrival = arrivals[pending.channel];
    const theySpokeFirst = firstSpeaker !== null && isCounterpartLine(firstSpeaker);
    if (!pending.storyAsked && (arrival.kind === 'always' || (arrival.kind === 'when-they-speak' && theySpokeFirst))) {
      cues.splice(pending.at, 0, { sound: arrival.sound, priority: priority.channel });
    }
    pending = null;
  };

  for (const line of lines) {
    const switchedTo = line.tags.channel;
    if (switchedTo !== undefined && switchedTo !== channel) {
      // A channel left before anyone spoke on it makes no sound of its own.
      pending = { channel: switchedTo, at: cues.length, storyAsked: false };
      channel = switchedTo;
    }
    for (const sound of line.tags.sfx) cues.push({ sound, priority: priority.story });
    if (pending && line.tags.sfx.length > 0) pending.storyAsked = true;
    // Phone and call ring whoever speaks; text and email wait for the first line with a speaker
    // (narration such as "A reply comes in:" does not say who wrote).
    if (pending && !line.tagsOnly && (arrivals[pending.channel].kind === 'always' || line.tags.speaker !== undefined)) settle(line);
    if (line.tags.ending) endingReached = true;
  }
  // The lines stopped at a decision before anyone spoke on the new channel: the player speaks first.
  settle(null);
  if (endingReached) cues.push({ sound: 'ending', priority: priority.ending });
  return capped(cues);
}

/**
 * The sounds for lines that just appeared: every `# sfx:` in order, plus the new channel's sound
 * where a line switches channel and the story did not ask for a sound itself (a ring for a phone
 * call, a join chime for a video call, an arrival for a text or an email the counterpart sent),
 * and 'ending' last when a line reaches an ending. At most {@link mostSoundsAtOnce}.
 */
export function soundsForLines(lines: readonly StoryLine[], previousChannel: Channel): SoundName[] {
  return cuesForLines(lines, previousChannel, null);
}

/**
 * The sounds for a scenario's first lines: as {@link soundsForLines}, with the opening channel
 * counted as a switch, so a phone scenario starts with a ring and an email one with a new email.
 */
export function soundsForOpening(lines: readonly StoryLine[], openingChannel: Channel): SoundName[] {
  return cuesForLines(lines, openingChannel, openingChannel);
}

/**
 * The sounds for a choice just made: a confirmation, the channel's "sent" sound for a text or an
 * email, then 'score-up' or 'score-down' by the sign of the overall change (the rubric's weighted
 * sum when a rubric is given, else the plain sum; nothing for zero or an unscored story).
 */
export function soundsForChoice(deltas: ScoreDeltas, channel: Channel, rubric?: Rubric): SoundName[] {
  const sounds: SoundName[] = ['choice-confirmed'];
  const sent = sentSounds[channel];
  if (sent) sounds.push(sent);
  const overall = rubric ? overallTotal(deltas, rubric) : Object.values(deltas).reduce((sum, delta) => sum + delta, 0);
  if (overall > 0) sounds.push('score-up');
  else if (overall < 0) sounds.push('score-down');
  return sounds;
}

/** The sound for reaching an ending by another way than its lines (a resumed, finished session). */
export function soundsForEnding(): SoundName[] {
  return ['ending'];
}
