/**
 * Saved data, version 2: three parts kept under three keys and validated one by one, so that one
 * part that cannot be read never resets the others. Within the progress and attempts parts, each
 * entry is validated on its own too: one damaged result sets aside that result, not all of them.
 *
 * Both lists carry removals (`cleared`, `deleted`) with their time, so that two tabs, or an import,
 * can merge their copies without bringing back what the learner removed (see records-merge.ts).
 */
import { z } from '../zod.ts';
import { failure, success, type Result } from '../result.ts';
import { modes } from '../settings/modes.ts';
import { attemptSchema, isoTimeSchema, type Attempt } from './attempt.ts';
import { defaultSettings as v1DefaultSettings } from './saved-data.ts';

export const storageKeys = {
  settings: 'glasshouse:v2:settings',
  progress: 'glasshouse:v2:progress',
  attempts: 'glasshouse:v2:attempts',
} as const;

export type PartName = keyof typeof storageKeys;
export const partNames = Object.keys(storageKeys) as PartName[];

/** The key of version 1, which held settings and progress together. */
export const v1StorageKey = 'glasshouse:v1';

/** Where a part or entry that cannot be read is copied aside, never to be overwritten. */
export function asideKey(part: PartName | 'v1', at: Date): string {
  return `glasshouse:aside:${part}:${at.toISOString()}`;
}

const volume = z.number().check(z.minimum(0), z.maximum(1));

/**
 * Every setting has a default, so that a save written before a setting existed still reads, while
 * a setting of the wrong type is still an error.
 */
const settingsSchema = z.object({
  feedback: z._default(z.boolean(), v1DefaultSettings.feedback),
  captions: z._default(z.boolean(), v1DefaultSettings.captions),
  muted: z._default(z.boolean(), v1DefaultSettings.muted),
  volumes: z._default(
    z.object({
      interface: z._default(volume, v1DefaultSettings.volumes.interface),
      channel: z._default(volume, v1DefaultSettings.volumes.channel),
      ambience: z._default(volume, v1DefaultSettings.volumes.ambience),
    }),
    { ...v1DefaultSettings.volumes },
  ),
  /** The name the learner gave when asked (assessment), to ask only once. */
  learner: z._default(z.nullable(z.string().check(z.maxLength(200))), null),
});

export const settingsPartSchema = z.object({
  version: z.literal(2),
  savedAt: isoTimeSchema,
  settings: settingsSchema,
});

/** A scenario left half way: enough to rebuild it exactly (the choices) and show it the same way. */
export const inFlightSchema = z.lazy(() =>
  z.object({
    /** The story's fingerprint when saved: choices only replay on the story they were made in. */
    storyVersion: z.string().check(z.minLength(1)),
    mode: z._default(z.enum(modes), 'practice'),
    learner: z._default(z.string(), ''),
    startedAt: isoTimeSchema,
    savedAt: isoTimeSchema,
    /** The seed the shown option order was drawn from, when the order was shuffled. */
    shuffleSeed: z._default(z.nullable(z.int()), null),
    /** Per decision so far, the authored option indices in the order shown; [] means as authored. */
    optionOrder: z._default(z.array(z.array(z.int().check(z.minimum(0)))), []),
    /** Authored positions of the options taken, in order (what PlaySession.replay takes). */
    choices: z.array(z.int().check(z.minimum(0))),
  }),
);

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsPart = z.infer<typeof settingsPartSchema>;
export type InFlight = z.infer<typeof inFlightSchema>;

export interface ProgressPart {
  version: 2;
  /** In-flight scenarios by scenario id. */
  scenarios: Record<string, InFlight>;
  /** When each scenario's progress was last cleared (finished or started afresh), by scenario id. */
  cleared: Record<string, string>;
}

export interface AttemptsPart {
  version: 2;
  attempts: Attempt[];
  /** When each deleted attempt was deleted, by attempt id: a merge never brings one back. */
  deleted: Record<string, string>;
}

export interface PartsByName {
  settings: SettingsPart;
  progress: ProgressPart;
  attempts: AttemptsPart;
}

/** A part read from storage, with the entries that could not be read set apart (never dropped). */
export interface ReadPart<T> {
  part: T;
  rejected: unknown[];
}

/** What went wrong, in a sentence a learner can read (no schema wording). */
export type PartProblem = { kind: 'unreadable' | 'other-version' | 'wrong-shape'; message: string };

const partTitles: Record<PartName, string> = {
  settings: 'Your saved settings',
  progress: 'Your unfinished scenarios',
  attempts: 'Your saved results',
};

export function emptySettings(): Settings {
  return settingsSchema.parse({});
}

/** Defaults count as saved at the earliest time, so that any settings the learner chose win a merge. */
const beginningOfTime = new Date(0).toISOString();

export function emptyPart<P extends PartName>(name: P): PartsByName[P];
export function emptyPart(name: PartName): PartsByName[PartName] {
  if (name === 'settings') return { version: 2, savedAt: beginningOfTime, settings: emptySettings() };
  if (name === 'progress') return { version: 2, scenarios: {}, cleared: {} };
  return { version: 2, attempts: [], deleted: {} };
}

const envelopeSchema = z.lazy(() => z.looseObject({ version: z.unknown() }));
const progressEnvelopeSchema = z.lazy(() =>
  z.object({
    version: z.literal(2),
    scenarios: z.record(z.string(), z.unknown()),
    cleared: z._default(z.record(z.string(), isoTimeSchema), {}),
  }),
);
const attemptsEnvelopeSchema = z.lazy(() =>
  z.object({
    version: z.literal(2),
    attempts: z.array(z.unknown()),
    deleted: z._default(z.record(z.string(), isoTimeSchema), {}),
  }),
);

function problem(name: PartName, kind: PartProblem['kind'], reason: string): PartProblem {
  return { kind, message: `${partTitles[name]} could not be read, because ${reason}.` };
}

/** Reads JSON and checks the version first, so that a save from another version is named as such. */
function readEnvelope(name: PartName, json: string): Result<unknown, PartProblem> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return failure(problem(name, 'unreadable', 'the saved text is damaged or cut short'));
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return failure(problem(name, 'wrong-shape', 'it is not laid out the way the game saves it'));
  if (envelope.data.version !== 2) {
    return failure(
      problem(name, 'other-version', `it was saved by another version of the game (${describeVersion(envelope.data.version)})`),
    );
  }
  return success(raw);
}

function describeVersion(version: unknown): string {
  return typeof version === 'number' || typeof version === 'string' ? `format ${String(version).slice(0, 20)}` : 'an unknown format';
}

/** `null` (nothing saved yet) is an empty part; anything invalid is a problem for the caller to act on. */
export function parsePart<P extends PartName>(name: P, json: string | null): Result<ReadPart<PartsByName[P]>, PartProblem>;
export function parsePart(name: PartName, json: string | null): Result<ReadPart<PartsByName[PartName]>, PartProblem> {
  if (json === null) return success({ part: emptyPart(name), rejected: [] });
  const raw = readEnvelope(name, json);
  if (!raw.ok) return raw;
  const wrongShape = failure(problem(name, 'wrong-shape', 'some of it is not what the game saves there'));
  if (name === 'settings') {
    const parsed = settingsPartSchema.safeParse(raw.value);
    return parsed.success ? success({ part: parsed.data, rejected: [] }) : wrongShape;
  }
  if (name === 'progress') {
    const parsed = progressEnvelopeSchema.safeParse(raw.value);
    if (!parsed.success) return wrongShape;
    const part: ProgressPart = { version: 2, scenarios: {}, cleared: parsed.data.cleared };
    const rejected: unknown[] = [];
    for (const [id, entry] of Object.entries(parsed.data.scenarios)) {
      const inFlight = inFlightSchema.safeParse(entry);
      if (inFlight.success) part.scenarios[id] = inFlight.data;
      else rejected.push({ scenarioId: id, entry });
    }
    return success({ part, rejected });
  }
  const parsed = attemptsEnvelopeSchema.safeParse(raw.value);
  if (!parsed.success) return wrongShape;
  const part: AttemptsPart = { version: 2, attempts: [], deleted: parsed.data.deleted };
  const rejected: unknown[] = [];
  for (const entry of parsed.data.attempts) {
    const attempt = attemptSchema.safeParse(entry);
    if (attempt.success) part.attempts.push(attempt.data);
    else rejected.push(entry);
  }
  return success({ part, rejected });
}

/**
 * Writes a part with its keys in a fixed order, so that two tabs holding the same data write the
 * same text, and can tell by comparing texts whether either has something the other lacks.
 */
export function serializePart(part: PartsByName[PartName]): string {
  return JSON.stringify(part, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** A plain sentence for entries that could not be read inside a part that otherwise was. */
export function unreadableEntriesMessage(name: PartName, count: number): string {
  const one = name === 'attempts' ? 'One saved result' : 'One unfinished scenario';
  const many = name === 'attempts' ? `${count} saved results` : `${count} unfinished scenarios`;
  return `${count === 1 ? one : many} could not be read.`;
}
