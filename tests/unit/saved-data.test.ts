import { describe, expect, it } from 'vitest';
import { defaultSettings, emptySavedData, parseSavedData, serializeSavedData } from '../../src/core/records/saved-data';

describe('saved data', () => {
  it('starts fresh when nothing was saved', () => {
    expect(parseSavedData(null)).toEqual({ ok: true, value: emptySavedData() });
  });

  it('reads back what it wrote', () => {
    const data = emptySavedData();
    data.inProgress['pushy-presenter'] = { storyVersion: 'abc', choices: [0, 2, 1], savedAt: '2026-11-25T10:00:00.000Z' };
    data.settings.feedback = false;
    expect(parseSavedData(serializeSavedData(data))).toEqual({ ok: true, value: data });
  });

  it('rejects text that is not JSON', () => {
    expect(parseSavedData('{"version":1,')).toEqual({ ok: false, error: 'the saved progress is not valid JSON' });
  });

  it('rejects a save of another shape or version', () => {
    expect(parseSavedData(JSON.stringify({ version: 2 })).ok).toBe(false);
    const negative = { version: 1, settings: defaultSettings, inProgress: { x: { storyVersion: 'a', choices: [-1], savedAt: 'now' } } };
    expect(parseSavedData(JSON.stringify(negative)).ok).toBe(false);
  });

  it('does not share default settings between fresh saves', () => {
    const a = emptySavedData();
    a.settings.volumes.ambience = 0;
    expect(emptySavedData().settings.volumes.ambience).toBe(defaultSettings.volumes.ambience);
  });
});
