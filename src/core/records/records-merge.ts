/**
 * Merges two copies of saved data: this tab's and another tab's, or the learner's and an import.
 * Each merge is a join (commutative, associative, idempotent), so copies merged in any order, any
 * number of times, agree; and none loses a finished attempt that was not deleted.
 */
import { byFinishTime, type Attempt } from './attempt.ts';
import type { AttemptsPart, InFlight, ProgressPart, SettingsPart } from './saved-data-v2.ts';

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

function mergeTimes(a: Record<string, string>, b: Record<string, string>): Record<string, string> {
  const merged: Record<string, string> = { ...a };
  for (const [id, at] of Object.entries(b)) merged[id] = later(merged[id], at)!;
  return merged;
}

/**
 * Every attempt of either side, once each (by id), minus deleted ones. The same id on both sides
 * is the same attempt; should the two copies differ, the one finished later is kept, then the
 * greater in a fixed order, so that both tabs keep the same copy.
 */
export function mergeAttempts(a: AttemptsPart, b: AttemptsPart): AttemptsPart {
  const deleted = mergeTimes(a.deleted, b.deleted);
  const byId = new Map<string, Attempt>();
  for (const attempt of [...a.attempts, ...b.attempts]) {
    if (deleted[attempt.id] !== undefined) continue;
    const kept = byId.get(attempt.id);
    if (!kept || preferAttempt(attempt, kept)) byId.set(attempt.id, attempt);
  }
  return { version: 2, attempts: [...byId.values()].sort(byFinishTime), deleted };
}

function preferAttempt(candidate: Attempt, kept: Attempt): boolean {
  if (candidate.finishedAt !== kept.finishedAt) return candidate.finishedAt > kept.finishedAt;
  return JSON.stringify(candidate) > JSON.stringify(kept);
}

/**
 * Per scenario, the newest of: either side's in-flight state, or either side's clearing of it.
 * A scenario finished in one tab is not brought back by an older copy in another.
 */
export function mergeProgress(a: ProgressPart, b: ProgressPart): ProgressPart {
  const cleared = mergeTimes(a.cleared, b.cleared);
  const scenarios: Record<string, InFlight> = {};
  for (const id of new Set([...Object.keys(a.scenarios), ...Object.keys(b.scenarios)])) {
    const newest = newerInFlight(a.scenarios[id], b.scenarios[id]);
    const clearedAt = cleared[id];
    if (newest && (clearedAt === undefined || newest.savedAt > clearedAt)) scenarios[id] = newest;
  }
  return { version: 2, scenarios, cleared };
}

function newerInFlight(a: InFlight | undefined, b: InFlight | undefined): InFlight | undefined {
  if (!a || !b) return a ?? b;
  if (a.savedAt !== b.savedAt) return a.savedAt > b.savedAt ? a : b;
  // Same instant: the longer path holds more of the learner's work; then a fixed order.
  if (a.choices.length !== b.choices.length) return a.choices.length > b.choices.length ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** Settings are one choice made at one time: the newer copy wins as a whole. */
export function mergeSettings(a: SettingsPart, b: SettingsPart): SettingsPart {
  if (a.savedAt !== b.savedAt) return a.savedAt > b.savedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}
