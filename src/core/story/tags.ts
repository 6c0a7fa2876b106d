/**
 * The Ink tag contract of the design ("Authoring contract"): the only place that turns tag text
 * into typed values. Parsers return messages rather than throwing; callers add the file and line.
 *
 * Over 300 lines because it is the whole contract in one table and one parser per place (global,
 * line, option); the seam for a split is one file per place, sharing parseTag.
 */
import { failure, success, type Result } from '../result.ts';
import {
  ambienceNames,
  defaultAmbience,
  isAmbienceName,
  isSoundName,
  storySoundNames,
  type AmbienceName,
  type SoundName,
} from '../sound-catalogue.ts';
import {
  defaultPortrait,
  defaultRoom,
  isPortraitName,
  isRoomName,
  portraitNames,
  roomNames,
  type PortraitName,
  type RoomName,
} from '../stage/catalogues.ts';

export const channels = ['email', 'phone', 'text', 'call', 'in-person'] as const;
export type Channel = (typeof channels)[number];

export const moods = ['pleased', 'neutral', 'annoyed', 'angry', 'hurt', 'delighted'] as const;
export type Mood = (typeof moods)[number];

/** Score changes of one option, by competency id. */
export type ScoreDeltas = Readonly<Record<string, number>>;

/** Where a tag stands: at the top of the file, on a line of text, or inside a choice's brackets. */
export type TagPlace = 'global' | 'line' | 'option';

const tagPlaces = {
  title: ['global'],
  brief: ['global'],
  role: ['global'],
  counterpart: ['global'],
  minutes: ['global'],
  order: ['global'],
  room: ['global'],
  portrait: ['global'],
  ambience: ['global'],
  channel: ['global', 'line'],
  speaker: ['line'],
  mood: ['line'],
  time: ['line'],
  thought: ['line'],
  sfx: ['line'],
  ending: ['line'],
  stars: ['line'],
  discuss: ['line', 'option'],
  subject: ['line'],
  from: ['line'],
  score: ['option'],
  feedback: ['option'],
  critical: ['option'],
} as const satisfies Record<string, readonly TagPlace[]>;

type TagName = keyof typeof tagPlaces;

export type Tag =
  | { name: 'title' | 'brief' | 'role' | 'speaker' | 'time' | 'thought' | 'ending'; value: string }
  | { name: 'counterpart'; value: Counterpart }
  | { name: 'subject' | 'from'; value: string }
  | { name: 'room'; value: RoomName }
  | { name: 'portrait'; value: PortraitName }
  | { name: 'ambience'; value: AmbienceName }
  | { name: 'discuss' | 'feedback' | 'critical'; value: string }
  | { name: 'minutes' | 'order' | 'stars'; value: number }
  | { name: 'channel'; value: Channel }
  | { name: 'mood'; value: Mood }
  | { name: 'sfx'; value: SoundName }
  | { name: 'score'; value: ScoreDeltas };

/** The person the player talks to, from `# counterpart: Name, description`. */
export interface Counterpart {
  /** Everything before the first comma, such as "Renee Holloway". */
  name: string;
  /** The first word of the name, for sentences such as "What Renee thought". */
  firstName: string;
  /** Everything after the first comma, such as "professional blogger"; null without a comma. */
  description: string | null;
}

/** Reads `Renee Holloway, professional blogger, editor of Small Shop Savvy` into its parts. */
export function parseCounterpart(value: string): Result<Counterpart, string> {
  const comma = value.indexOf(',');
  const name = (comma < 0 ? value : value.slice(0, comma)).trim();
  const description = comma < 0 ? '' : value.slice(comma + 1).trim();
  if (name === '') return failure(`'# counterpart:' needs a name before the comma, such as 'Renee Holloway, a blogger'`);
  return success({ name, firstName: name.split(/\s+/)[0] ?? name, description: description || null });
}

/** "Renee Holloway, professional blogger": the counterpart as the author wrote them. */
export function counterpartText(counterpart: Counterpart): string {
  return counterpart.description ? `${counterpart.name}, ${counterpart.description}` : counterpart.name;
}

export interface TagContext {
  /** Competency ids of the rubric: a score naming any other is an error. */
  readonly competencies: ReadonlySet<string>;
}

const placeNames: Record<TagPlace, string> = {
  global: 'at the top of the file',
  line: 'on a line of text',
  option: "inside a choice's brackets",
};

function isTagName(name: string): name is TagName {
  return Object.hasOwn(tagPlaces, name);
}

/** Splits `name: value` into its parts; the name is case-insensitive, the value is trimmed. */
export function splitTag(text: string): { name: string; value: string } {
  const colon = text.indexOf(':');
  if (colon < 0) return { name: text.trim().toLowerCase(), value: '' };
  return { name: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

const scoreItem = /^([a-z][a-z0-9_]*)\s*([+-])\s*(\d+)$/;

/** Reads `respect+2, value-1` into deltas, naming the first part that does not fit. */
export function parseScore(value: string, context: TagContext): Result<ScoreDeltas, string> {
  const deltas: Record<string, number> = {};
  const items = value.split(',').map((item) => item.trim());
  for (const item of items) {
    const match = scoreItem.exec(item.toLowerCase());
    if (!match) {
      return failure(
        `malformed score '${value}': write 'competency+N' or 'competency-N', separated by commas, such as 'respect+2, value-1'`,
      );
    }
    const [, id, sign, amount] = match as unknown as [string, string, string, string];
    if (!context.competencies.has(id)) {
      return failure(`unknown competency '${id}' in score (the rubric has: ${[...context.competencies].join(', ')})`);
    }
    if (Object.hasOwn(deltas, id)) return failure(`competency '${id}' is scored twice in '${value}'`);
    deltas[id] = sign === '-' ? -Number(amount) : Number(amount);
  }
  return success(deltas);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): Result<T, string> {
  const lower = value.toLowerCase();
  return (allowed as readonly string[]).includes(lower)
    ? success(lower as T)
    : failure(`unknown ${what} '${value}' (use one of: ${allowed.join(', ')})`);
}

function wholeNumber(value: string, name: string, min: number, max: number): Result<number, string> {
  if (!/^-?\d+$/.test(value)) return failure(`'${name}' needs a whole number, not '${value}'`);
  const n = Number(value);
  if (n < min || n > max) return failure(`'${name}' must be from ${min} to ${max}, not ${n}`);
  return success(n);
}

/** Parses one tag's text as it stands in the given place. */
export function parseTag(text: string, place: TagPlace, context: TagContext): Result<Tag, string> {
  const { name, value } = splitTag(text);
  if (!isTagName(name)) {
    const known = (Object.keys(tagPlaces) as TagName[]).filter((n) => (tagPlaces[n] as readonly TagPlace[]).includes(place));
    return failure(`unknown tag '${name}' ${placeNames[place]} (known here: ${known.join(', ')})`);
  }
  const allowed: readonly TagPlace[] = tagPlaces[name];
  if (!allowed.includes(place)) {
    return failure(`'# ${name}:' cannot stand ${placeNames[place]}; put it ${allowed.map((p) => placeNames[p]).join(' or ')}`);
  }
  if (value === '') return failure(`'# ${name}:' needs a value`);
  switch (name) {
    case 'score': {
      const deltas = parseScore(value, context);
      return deltas.ok ? success({ name, value: deltas.value }) : deltas;
    }
    case 'channel': {
      const channel = oneOf(value, channels, 'channel');
      return channel.ok ? success({ name, value: channel.value }) : channel;
    }
    case 'mood': {
      const mood = oneOf(value, moods, 'mood');
      return mood.ok ? success({ name, value: mood.value }) : mood;
    }
    case 'sfx':
      return isSoundName(value)
        ? success({ name, value })
        : failure(`unknown sound '${value}' (the sound catalogue has: ${storySoundNames().join(', ')})`);
    case 'counterpart': {
      const counterpart = parseCounterpart(value);
      return counterpart.ok ? success({ name, value: counterpart.value }) : counterpart;
    }
    case 'room':
      return isRoomName(value)
        ? success({ name, value })
        : failure(`unknown room '${value}' (the stage can draw: ${roomNames.join(', ')})`);
    case 'portrait':
      return isPortraitName(value)
        ? success({ name, value })
        : failure(`unknown portrait '${value}' (the stage can draw: ${portraitNames.join(', ')})`);
    case 'ambience':
      return isAmbienceName(value)
        ? success({ name, value })
        : failure(`unknown ambience '${value}' (the sound catalogue has: ${ambienceNames.join(', ')})`);
    case 'minutes': {
      const n = wholeNumber(value, name, 1, 240);
      return n.ok ? success({ name, value: n.value }) : n;
    }
    case 'order': {
      const n = wholeNumber(value, name, -9999, 9999);
      return n.ok ? success({ name, value: n.value }) : n;
    }
    case 'stars': {
      const n = wholeNumber(value, name, 1, 5);
      return n.ok ? success({ name, value: n.value }) : n;
    }
    default:
      return success({ name, value });
  }
}

/** What a line of the story carries besides its text. */
export interface LineTags {
  speaker?: string;
  mood?: Mood;
  channel?: Channel;
  time?: string;
  thought?: string;
  sfx: SoundName[];
  discuss?: string;
  ending?: { title: string; stars: number };
  /** The subject line an email frame shows from this line on. */
  subject?: string;
  /** Who the current channel shows as sender or caller from this line on, when not the counterpart. */
  from?: string;
}

/** What an option carries: its score deltas (empty in an unscored story), coaching note and prompt. */
export interface OptionTags {
  score?: ScoreDeltas;
  feedback?: string;
  discuss?: string;
  /** Why taking this option fails the attempt whatever its percent (`# critical: REASON`). */
  critical?: string;
}

/** What the scenario menu and briefing show, from the file-top tags. */
export interface ScenarioInfo {
  title: string;
  brief?: string;
  role?: string;
  counterpart?: Counterpart;
  channel?: Channel;
  minutes?: number;
  order?: number;
  /** The stage's room, portrait and ambient bed: what the story names, or the defaults. */
  room: RoomName;
  portrait: PortraitName;
  ambience: AmbienceName;
}

export type TagProblems = string[];

function collect(tags: readonly string[], place: TagPlace, context: TagContext): { parsed: Tag[]; problems: TagProblems } {
  const parsed: Tag[] = [];
  const problems: TagProblems = [];
  for (const text of tags) {
    const tag = parseTag(text, place, context);
    if (tag.ok) parsed.push(tag.value);
    else problems.push(tag.error);
  }
  return { parsed, problems };
}

export function readLineTags(tags: readonly string[], context: TagContext): Result<LineTags, TagProblems> {
  const { parsed, problems } = collect(tags, 'line', context);
  const line: LineTags = { sfx: [] };
  let endingTitle: string | undefined;
  let stars: number | undefined;
  for (const tag of parsed) {
    switch (tag.name) {
      case 'sfx':
        line.sfx.push(tag.value);
        break;
      case 'ending':
        endingTitle = tag.value;
        break;
      case 'stars':
        stars = tag.value;
        break;
      case 'speaker':
      case 'time':
      case 'thought':
      case 'discuss':
      case 'subject':
      case 'from':
        line[tag.name] = tag.value;
        break;
      case 'mood':
        line.mood = tag.value;
        break;
      case 'channel':
        line.channel = tag.value;
        break;
    }
  }
  // Judge the pairing by what was written, so that a bad `# stars: 9` is one error, not two.
  const written = new Set(tags.map((text) => splitTag(text).name));
  if (written.has('ending') && !written.has('stars'))
    problems.push(`'# ending: ${endingTitle ?? ''}' needs '# stars: 1-5' on the same line`);
  if (written.has('stars') && !written.has('ending')) problems.push(`'# stars:' belongs on the same line as '# ending:'`);
  if (endingTitle !== undefined && stars !== undefined) line.ending = { title: endingTitle, stars };
  return problems.length ? failure(problems) : success(line);
}

export function readOptionTags(tags: readonly string[], context: TagContext): Result<OptionTags, TagProblems> {
  const { parsed, problems } = collect(tags, 'option', context);
  const option: OptionTags = {};
  for (const tag of parsed) {
    if (tag.name === 'score') option.score = tag.value;
    else if (tag.name === 'feedback' || tag.name === 'discuss' || tag.name === 'critical') option[tag.name] = tag.value;
  }
  return problems.length ? failure(problems) : success(option);
}

export function readGlobalTags(tags: readonly string[], context: TagContext): Result<ScenarioInfo, TagProblems> {
  const { parsed, problems } = collect(tags, 'global', context);
  const info: Partial<ScenarioInfo> = {};
  for (const tag of parsed) {
    switch (tag.name) {
      case 'title':
      case 'brief':
      case 'role':
        info[tag.name] = tag.value;
        break;
      case 'counterpart':
        info.counterpart = tag.value;
        break;
      case 'room':
        info.room = tag.value;
        break;
      case 'portrait':
        info.portrait = tag.value;
        break;
      case 'ambience':
        info.ambience = tag.value;
        break;
      case 'minutes':
      case 'order':
        info[tag.name] = tag.value;
        break;
      case 'channel':
        info.channel = tag.value;
        break;
    }
  }
  if (info.title === undefined) problems.push("the story needs '# title: …' at the top of the file");
  return problems.length
    ? failure(problems)
    : success({
        ...info,
        title: info.title ?? '',
        room: info.room ?? defaultRoom,
        portrait: info.portrait ?? defaultPortrait,
        ambience: info.ambience ?? defaultAmbience,
      });
}
