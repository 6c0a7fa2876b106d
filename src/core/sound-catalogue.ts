/**
 * Every sound the game knows, in one place. Stories may ask for the `channel` sounds with
 * `# sfx: NAME`; the game plays the `interface` sounds itself, and the `ambience` bed a story names
 * with `# ambience: NAME` (see {@link ambienceBeds}).
 * Each sound has a caption so that nothing depends on hearing it.
 */
export type SoundBus = 'interface' | 'channel' | 'ambience';

export interface SoundEntry {
  /** The file stem under assets/sounds/ (an .ogg with an .mp3 fallback). */
  readonly file: string;
  readonly bus: SoundBus;
  /** What the caption says while the sound plays, such as "Phone ringing". */
  readonly caption: string;
  readonly loop?: boolean;
}

export const soundCatalogue = {
  'phone-ring': { file: 'phone-ring', bus: 'channel', caption: 'Phone ringing' },
  'phone-pickup': { file: 'phone-pickup', bus: 'channel', caption: 'Call connected' },
  'phone-hangup': { file: 'phone-hangup', bus: 'channel', caption: 'Call ended' },
  voicemail: { file: 'voicemail', bus: 'channel', caption: 'Voicemail beep' },
  'message-received': { file: 'message-received', bus: 'channel', caption: 'Text message arrives' },
  'message-sent': { file: 'message-sent', bus: 'channel', caption: 'Text message sent' },
  'mail-received': { file: 'mail-received', bus: 'channel', caption: 'Email arrives' },
  'mail-sent': { file: 'mail-sent', bus: 'channel', caption: 'Email sent' },
  'call-join': { file: 'call-join', bus: 'channel', caption: 'Joining the video call' },
  'call-leave': { file: 'call-leave', bus: 'channel', caption: 'Someone left the call' },
  notification: { file: 'notification', bus: 'channel', caption: 'Notification' },
  'door-chime': { file: 'door-chime', bus: 'channel', caption: 'Door chime' },
  'choice-confirmed': { file: 'choice-confirmed', bus: 'interface', caption: 'Choice made' },
  'score-up': { file: 'score-up', bus: 'interface', caption: 'Score up' },
  'score-down': { file: 'score-down', bus: 'interface', caption: 'Score down' },
  ending: { file: 'ending', bus: 'interface', caption: 'Scenario complete' },
  'ambience-office': { file: 'ambience-office', bus: 'ambience', caption: 'Quiet office hum', loop: true },
  'ambience-studio': { file: 'ambience-studio', bus: 'ambience', caption: 'Calm studio air', loop: true },
  'ambience-home': { file: 'ambience-home', bus: 'ambience', caption: 'Quiet room tone', loop: true },
} as const satisfies Record<string, SoundEntry>;

export type SoundName = keyof typeof soundCatalogue;

/**
 * The ambient beds a story may ask for with `# ambience: NAME`, by the short name it writes. A
 * story without the tag gets the office: a quiet hum fits almost any workplace conversation.
 */
export const ambienceBeds = {
  office: 'ambience-office',
  studio: 'ambience-studio',
  home: 'ambience-home',
} as const satisfies Record<string, SoundName>;

export type AmbienceName = keyof typeof ambienceBeds;

export const defaultAmbience: AmbienceName = 'office';

export function isAmbienceName(name: string): name is AmbienceName {
  return Object.hasOwn(ambienceBeds, name);
}

export const ambienceNames = Object.keys(ambienceBeds) as AmbienceName[];

export function isSoundName(name: string): name is SoundName {
  return Object.hasOwn(soundCatalogue, name);
}

/** The sound names a story may ask for with `# sfx:`. */
export function storySoundNames(): SoundName[] {
  return (Object.keys(soundCatalogue) as SoundName[]).filter((name) => soundCatalogue[name].bus === 'channel');
}

/** The sound that plays as the bed named by `# ambience:`. */
export function ambienceSound(name: AmbienceName): SoundName {
  return ambienceBeds[name];
}
