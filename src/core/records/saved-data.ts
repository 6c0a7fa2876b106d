/**
 * Everything the game keeps for a learner between visits, versioned and validated on load. A save
 * that does not parse is never trusted and never thrown away silently: the caller sets it aside.
 */
import { z } from '../zod.ts';
import { failure, success, type Result } from '../result.ts';

const volume = z.number().check(z.minimum(0), z.maximum(1));

const settingsSchema = z.lazy(() =>
  z.object({
    feedback: z.boolean(),
    captions: z.boolean(),
    muted: z.boolean(),
    volumes: z.object({ interface: volume, channel: volume, ambience: volume }),
  }),
);

const inProgressSchema = z.lazy(() =>
  z.object({
    /** The story's fingerprint when saved: choices only replay on the story they were made in. */
    storyVersion: z.string(),
    /** Authored option positions (saves from before the shuffle were shown in authored order, so they are too). */
    choices: z.array(z.int().check(z.minimum(0))),
    /** The attempt's shown-order seed; optional, so saves made before the shuffle still read. */
    shuffleSeed: z.optional(z.int().check(z.minimum(0), z.maximum(0xffffffff))),
    savedAt: z.string(),
  }),
);

const savedDataSchema = z.lazy(() =>
  z.object({
    version: z.literal(1),
    settings: settingsSchema,
    inProgress: z.record(z.string(), inProgressSchema),
  }),
);

export type Settings = z.infer<typeof settingsSchema>;
export type SavedData = z.infer<typeof savedDataSchema>;

export const defaultSettings: Settings = {
  feedback: true,
  captions: true,
  muted: false,
  volumes: { interface: 0.6, channel: 0.8, ambience: 0.3 },
};

export function emptySavedData(): SavedData {
  return { version: 1, settings: { ...defaultSettings, volumes: { ...defaultSettings.volumes } }, inProgress: {} };
}

/** Reads saved JSON; `null` (nothing saved yet) is a fresh start, anything invalid is a failure. */
export function parseSavedData(json: string | null): Result<SavedData, string> {
  if (json === null) return success(emptySavedData());
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return failure('the saved progress is not valid JSON');
  }
  const parsed = savedDataSchema.safeParse(raw);
  if (!parsed.success)
    return failure(`the saved progress does not match version 1: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  return success(parsed.data);
}

export function serializeSavedData(data: SavedData): string {
  return JSON.stringify(data);
}
