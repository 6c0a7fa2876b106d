/**
 * Version 1 (key `glasshouse:v1`) held settings and in-progress choices together; it is in learners'
 * browsers already. Migration keeps all of it: the settings as they were, and each unfinished
 * scenario with its story version, choices and (in saves made since the shuffle) its seed.
 * Version 1 had no attempts.
 */
import { failure, success, type Result } from '../result.ts';
import { parseSavedData, type SavedData } from './saved-data.ts';
import { isoTimeSchema } from './attempt.ts';
import { emptySettings, type InFlight, type ProgressPart, type SettingsPart } from './saved-data-v2.ts';

export interface MigratedV1 {
  settings: SettingsPart;
  progress: ProgressPart;
}

/** Moves a valid version 1 save forward; `now` stands in for times version 1 did not keep. */
export function migrateV1(v1: SavedData, now: Date): MigratedV1 {
  const scenarios: Record<string, InFlight> = {};
  for (const [id, saved] of Object.entries(v1.inProgress)) {
    // Version 1 wrote toISOString, but did not check it: a time that does not read becomes now.
    const savedTime = isoTimeSchema.safeParse(saved.savedAt);
    const savedAt = savedTime.success ? savedTime.data : now.toISOString();
    scenarios[id] = {
      storyVersion: saved.storyVersion,
      mode: 'practice',
      learner: '',
      startedAt: savedAt,
      savedAt,
      shuffleSeed: saved.shuffleSeed ?? null,
      optionOrder: [],
      choices: [...saved.choices],
    };
  }
  return {
    settings: {
      version: 2,
      savedAt: now.toISOString(),
      settings: { ...emptySettings(), ...v1.settings, volumes: { ...v1.settings.volumes } },
    },
    progress: { version: 2, scenarios, cleared: {} },
  };
}

/** Reads and migrates the text stored under the version 1 key, with a plain sentence on failure. */
export function readV1(json: string, now: Date): Result<MigratedV1, string> {
  const parsed = parseSavedData(json);
  if (!parsed.ok) return failure('Your progress saved by an earlier version of the game could not be read.');
  return success(migrateV1(parsed.value, now));
}
