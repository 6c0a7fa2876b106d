import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attemptPassed, attemptSchema } from '../../src/core/records/attempt';
import { migrateV1, readV1 } from '../../src/core/records/migrate-v1';
import { mergeAttempts, mergeProgress } from '../../src/core/records/records-merge';
import { parseSavedData, serializeSavedData } from '../../src/core/records/saved-data';
import { emptyPart, parsePart, serializePart } from '../../src/core/records/saved-data-v2';
import { sampleAttempt } from './records-helpers';

const v1Save = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/records/v1-save.txt'), 'utf8');
const now = new Date('2026-12-01T10:00:00.000Z');

describe('saved data version 2', () => {
  it('reads an empty part when nothing was saved', () => {
    expect(parsePart('attempts', null)).toEqual({ ok: true, value: { part: emptyPart('attempts'), rejected: [] } });
  });

  it('reads back every part it writes', () => {
    const attempts = { version: 2 as const, attempts: [sampleAttempt()], deleted: { gone: '2026-12-01T09:00:00.000Z' } };
    expect(parsePart('attempts', serializePart(attempts))).toEqual({ ok: true, value: { part: attempts, rejected: [] } });
    const settings = emptyPart('settings');
    expect(parsePart('settings', serializePart(settings))).toEqual({ ok: true, value: { part: settings, rejected: [] } });
  });

  it('gives each setting missing from an older save its default, but refuses a setting of the wrong type', () => {
    const older = { version: 2, savedAt: '2026-12-01T09:00:00.000Z', settings: { muted: true } };
    const read = parsePart('settings', JSON.stringify(older));
    expect(read.ok && read.value.part.settings).toEqual({ ...emptyPart('settings').settings, muted: true });
    const wrong = { ...older, settings: { muted: 'yes' } };
    expect(parsePart('settings', JSON.stringify(wrong))).toEqual({
      ok: false,
      error: {
        kind: 'wrong-shape',
        message: 'Your saved settings could not be read, because some of it is not what the game saves there.',
      },
    });
  });

  it.each([
    [
      'truncated text',
      '{"version":2,"scenarios":{"x":',
      'unreadable',
      'Your unfinished scenarios could not be read, because the saved text is damaged or cut short.',
    ],
    [
      'another version',
      '{"version":"1.5"}',
      'other-version',
      'Your unfinished scenarios could not be read, because it was saved by another version of the game (format 1.5).',
    ],
    [
      'no version at all',
      '{"scenarios":{}}',
      'wrong-shape',
      'Your unfinished scenarios could not be read, because it is not laid out the way the game saves it.',
    ],
    [
      'a version that is not a number',
      '{"version":{"major":2}}',
      'other-version',
      'Your unfinished scenarios could not be read, because it was saved by another version of the game (an unknown format).',
    ],
    [
      'a list instead of an object',
      '[1,2]',
      'wrong-shape',
      'Your unfinished scenarios could not be read, because it is not laid out the way the game saves it.',
    ],
    [
      'wrong types',
      '{"version":2,"scenarios":[],"cleared":{}}',
      'wrong-shape',
      'Your unfinished scenarios could not be read, because some of it is not what the game saves there.',
    ],
  ])('refuses %s with a plain sentence', (_label, text, kind, message) => {
    expect(parsePart('progress', text)).toEqual({ ok: false, error: { kind, message } });
  });

  it('sets apart only the entries that do not read', () => {
    const good = { storyVersion: 'v', startedAt: '2026-12-01T09:00:00.000Z', savedAt: '2026-12-01T09:01:00.000Z', choices: [0, 1] };
    const text = JSON.stringify({ version: 2, scenarios: { good, bad: { ...good, choices: [-1] } } });
    const read = parsePart('progress', text);
    expect(read.ok && Object.keys(read.value.part.scenarios)).toEqual(['good']);
    expect(read.ok && read.value.rejected).toEqual([{ scenarioId: 'bad', entry: { ...good, choices: [-1] } }]);
  });

  it('reads a multi-megabyte junk value quickly, as a problem', () => {
    const junk = 'x'.repeat(5_000_000);
    const started = performance.now();
    expect(parsePart('attempts', junk).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('keeps times in one form, so that they compare as text', () => {
    const attempt = attemptSchema.parse({ ...sampleAttempt(), finishedAt: '2026-12-01T09:07:30Z' });
    expect(attempt.finishedAt).toBe('2026-12-01T09:07:30.000Z');
    expect(attemptSchema.safeParse({ ...sampleAttempt(), finishedAt: 'yesterday' }).success).toBe(false);
  });
});

describe('the verdict of an attempt', () => {
  it('fails a critical mistake whatever the percent', () => {
    expect(attemptPassed(95, 70, { stars: 4 }, ['Belittled her in writing'])).toBe(false);
  });

  it('never passes a 1 or 2 star ending, and never fails a 5 star one', () => {
    expect(attemptPassed(90, 70, { stars: 2 }, [])).toBe(false);
    expect(attemptPassed(40, 70, { stars: 5 }, [])).toBe(true);
  });

  it('otherwise compares the overall percent with the pass mark', () => {
    expect(attemptPassed(70, 70, { stars: 3 }, [])).toBe(true);
    expect(attemptPassed(69.9, 70, null, [])).toBe(false);
  });
});

describe('migrating version 1', () => {
  it('has a fixture that is exactly what the version 1 code writes', () => {
    const parsed = parseSavedData(v1Save);
    expect(parsed.ok && serializeSavedData(parsed.value)).toBe(v1Save);
  });

  it('keeps its settings and every unfinished scenario, with their story versions and choices', () => {
    const migrated = readV1(v1Save, now);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.value.settings).toEqual({
      version: 2,
      savedAt: now.toISOString(),
      settings: { feedback: false, captions: true, muted: true, volumes: { interface: 0.25, channel: 1, ambience: 0 }, learner: null },
    });
    expect(migrated.value.progress).toEqual({
      version: 2,
      cleared: {},
      scenarios: {
        'pushy-presenter': {
          storyVersion: '4c8b5a1e510e',
          mode: 'practice',
          learner: '',
          startedAt: '2026-11-28T16:42:05.118Z',
          savedAt: '2026-11-28T16:42:05.118Z',
          shuffleSeed: null,
          optionOrder: [],
          choices: [1, 0],
        },
        'threatening-customer': {
          storyVersion: '7c758a23d109',
          mode: 'practice',
          learner: '',
          startedAt: '2026-11-30T09:03:51.902Z',
          savedAt: '2026-11-30T09:03:51.902Z',
          shuffleSeed: null,
          optionOrder: [],
          choices: [0, 2, 1],
        },
      },
    });
    // What it migrates to reads as version 2.
    expect(parsePart('progress', serializePart(migrated.value.progress)).ok).toBe(true);
  });

  it('stamps a save time that version 1 wrote badly with the migration time', () => {
    const v1 = JSON.parse(v1Save);
    v1.inProgress['pushy-presenter'].savedAt = 'now';
    const parsed = parseSavedData(JSON.stringify(v1));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(migrateV1(parsed.value, now).progress.scenarios['pushy-presenter']?.savedAt).toBe(now.toISOString());
  });

  it('refuses a damaged version 1 save with a plain sentence', () => {
    expect(readV1(v1Save.slice(0, 40), now)).toEqual({
      ok: false,
      error: 'Your progress saved by an earlier version of the game could not be read.',
    });
  });
});

describe('merging', () => {
  const part = (ids: string[], deleted: Record<string, string> = {}) => ({
    version: 2 as const,
    attempts: ids.map((id) => sampleAttempt({ id })),
    deleted,
  });

  it('keeps each attempt once, from either side', () => {
    expect(mergeAttempts(part(['a', 'b']), part(['b', 'c'])).attempts.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('gives the same result in either order, and again when merged twice', () => {
    const a = part(['a', 'b'], { c: '2026-12-01T09:00:00.000Z' });
    const b = part(['c', 'd']);
    expect(mergeAttempts(a, b)).toEqual(mergeAttempts(b, a));
    expect(mergeAttempts(mergeAttempts(a, b), b)).toEqual(mergeAttempts(a, b));
  });

  it('lets a finished scenario stay finished when an older copy of its progress arrives', () => {
    const inFlight = {
      storyVersion: 'v',
      mode: 'practice' as const,
      learner: '',
      startedAt: '2026-12-01T09:00:00.000Z',
      savedAt: '2026-12-01T09:01:00.000Z',
      shuffleSeed: null,
      optionOrder: [],
      choices: [0],
    };
    const finished = { version: 2 as const, scenarios: {}, cleared: { x: '2026-12-01T09:02:00.000Z' } };
    const older = { version: 2 as const, scenarios: { x: inFlight }, cleared: {} };
    expect(mergeProgress(finished, older).scenarios).toEqual({});
    const newer = { version: 2 as const, scenarios: { x: { ...inFlight, savedAt: '2026-12-01T09:03:00.000Z' } }, cleared: {} };
    expect(mergeProgress(finished, newer).scenarios.x?.savedAt).toBe('2026-12-01T09:03:00.000Z');
  });
});
