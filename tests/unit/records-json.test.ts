import { describe, expect, it } from 'vitest';
import { exportRecords, mergeRecords, parseRecordsExport, type Records } from '../../src/core/records/json-export';
import { emptyPart } from '../../src/core/records/saved-data-v2';
import { SharedStorage, sampleAttempt, steppingClock } from './records-helpers';

function someRecords(): Records {
  return {
    settings: {
      version: 2,
      savedAt: '2026-12-01T08:00:00.000Z',
      settings: { ...emptyPart('settings').settings, muted: true, learner: 'Dana Whitfield' },
    },
    progress: {
      version: 2,
      scenarios: {
        'no-show-prospect': {
          storyVersion: 'abc',
          mode: 'assessment',
          learner: 'Dana Whitfield',
          startedAt: '2026-12-01T08:30:00.000Z',
          savedAt: '2026-12-01T08:31:00.000Z',
          shuffleSeed: 42,
          optionOrder: [[1, 0, 2]],
          choices: [2],
        },
      },
      cleared: { 'pushy-presenter': '2026-12-01T09:07:30.000Z' },
    },
    attempts: {
      version: 2,
      attempts: [sampleAttempt({ id: 'a' }), sampleAttempt({ id: 'b', finishedAt: '2026-12-01T09:20:00.000Z' })],
      deleted: { old: '2026-11-30T12:00:00.000Z' },
    },
  };
}

describe('the JSON export', () => {
  it('imports back unchanged', () => {
    const records = someRecords();
    const text = exportRecords(records, new Date('2026-12-01T12:00:00.000Z'));
    expect(parseRecordsExport(text)).toEqual({ ok: true, value: records });
  });

  it('imports into an empty browser and exports the same records again', () => {
    const records = someRecords();
    const store = new SharedStorage().open(1, { now: steppingClock() });
    expect(store.importRecords(records)).toBe(2);
    const again = parseRecordsExport(store.exportJson());
    expect(again).toEqual({ ok: true, value: records });
  });

  it('never duplicates an attempt, however often it is imported', () => {
    const records = someRecords();
    const store = new SharedStorage().open(1, { now: steppingClock() });
    store.finishAttempt(sampleAttempt({ id: 'mine' }));
    expect(store.importRecords(records)).toBe(2);
    expect(store.importRecords(records)).toBe(0);
    expect(
      store
        .attempts()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['a', 'b', 'mine']);
  });

  it('does not bring back an attempt deleted since the export', () => {
    const records = someRecords();
    const { records: merged } = mergeRecords(
      { ...records, attempts: { version: 2, attempts: [], deleted: { a: '2026-12-02T00:00:00.000Z' } } },
      records,
    );
    expect(merged.attempts.attempts.map((a) => a.id)).toEqual(['b']);
  });

  it('keeps the newer of two unfinished copies of a scenario', () => {
    const records = someRecords();
    const newer = structuredClone(records);
    newer.progress.scenarios['no-show-prospect'] = {
      ...newer.progress.scenarios['no-show-prospect']!,
      savedAt: '2026-12-01T08:40:00.000Z',
      choices: [2, 1],
    };
    expect(mergeRecords(records, newer).records.progress.scenarios['no-show-prospect']?.choices).toEqual([2, 1]);
    expect(mergeRecords(newer, records).records.progress.scenarios['no-show-prospect']?.choices).toEqual([2, 1]);
  });

  it.each([
    ['text that is not an export', 'hello', 'This file is not a Glasshouse export: it is damaged, cut short or of another kind.'],
    ['another program’s file', '{"format":"other"}', 'This file is not a Glasshouse export.'],
    [
      'an export changed by hand',
      JSON.stringify({
        ...JSON.parse(exportRecords(someRecords(), new Date())),
        attempts: { version: 2, attempts: [{ id: 1 }], deleted: {} },
      }),
      'This Glasshouse export could not be read: it was changed by hand or made by another version of the game.',
    ],
  ])('refuses %s with a plain sentence', (_label, text, message) => {
    expect(parseRecordsExport(text)).toEqual({ ok: false, error: message });
  });

  it('reads an export saved with a byte order mark', () => {
    expect(parseRecordsExport(`\uFEFF${exportRecords(someRecords(), new Date())}`).ok).toBe(true);
  });
});
