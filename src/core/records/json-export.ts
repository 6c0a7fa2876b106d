/**
 * The JSON export of everything a learner has (settings, unfinished scenarios, attempts), which
 * imports back unchanged; importing merges by attempt id, so it never duplicates an attempt.
 */
import { z } from '../zod.ts';
import { failure, success, type Result } from '../result.ts';
import { attemptSchema, isoTimeSchema } from './attempt.ts';
import { mergeAttempts, mergeProgress, mergeSettings } from './records-merge.ts';
import { inFlightSchema, settingsPartSchema, type AttemptsPart, type ProgressPart, type SettingsPart } from './saved-data-v2.ts';

const exportFormat = 'glasshouse-records';

export interface Records {
  settings: SettingsPart;
  progress: ProgressPart;
  attempts: AttemptsPart;
}

const recordsExportSchema = z.lazy(() =>
  z.object({
    format: z.literal(exportFormat),
    version: z.literal(2),
    exportedAt: isoTimeSchema,
    settings: settingsPartSchema,
    progress: z.object({
      version: z.literal(2),
      scenarios: z.record(z.string(), inFlightSchema),
      cleared: z.record(z.string(), isoTimeSchema),
    }),
    attempts: z.object({
      version: z.literal(2),
      attempts: z.array(attemptSchema),
      deleted: z.record(z.string(), isoTimeSchema),
    }),
  }),
);

export function exportRecords(records: Records, exportedAt: Date): string {
  return JSON.stringify({ format: exportFormat, version: 2, exportedAt: exportedAt.toISOString(), ...records }, null, 2);
}

/** Reads an exported file, with a plain sentence when it is not one. */
export function parseRecordsExport(text: string): Result<Records, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return failure('This file is not a Glasshouse export: it is damaged, cut short or of another kind.');
  }
  const parsed = recordsExportSchema.safeParse(raw);
  if (parsed.success) return success({ settings: parsed.data.settings, progress: parsed.data.progress, attempts: parsed.data.attempts });
  const format = typeof raw === 'object' && raw !== null && 'format' in raw ? raw.format : undefined;
  if (format !== exportFormat) return failure('This file is not a Glasshouse export.');
  return failure('This Glasshouse export could not be read: it was changed by hand or made by another version of the game.');
}

/** Merges imported records into the learner's; the count is of attempts the learner did not have. */
export function mergeRecords(current: Records, imported: Records): { records: Records; attemptsAdded: number } {
  const attempts = mergeAttempts(current.attempts, imported.attempts);
  const before = new Set(current.attempts.attempts.map((a) => a.id));
  return {
    records: {
      settings: mergeSettings(current.settings, imported.settings),
      progress: mergeProgress(current.progress, imported.progress),
      attempts,
    },
    attemptsAdded: attempts.attempts.filter((a) => !before.has(a.id)).length,
  };
}
