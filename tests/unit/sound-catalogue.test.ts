import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ambienceBeds,
  ambienceNames,
  ambienceSound,
  defaultAmbience,
  isAmbienceName,
  isSoundName,
  soundCatalogue,
  storySoundNames,
  type SoundName,
} from '../../src/core/sound-catalogue';
import { projectRoot } from '../../tools/story-files';

const names = Object.keys(soundCatalogue) as SoundName[];
const soundsDir = path.join(projectRoot, 'assets/sounds');

describe('the sound catalogue', () => {
  it('has an Ogg file and an MP3 fallback for every sound, each small', () => {
    for (const name of names) {
      for (const ext of ['ogg', 'mp3']) {
        const file = path.join(soundsDir, `${soundCatalogue[name].file}.${ext}`);
        expect(fs.existsSync(file), file).toBe(true);
        expect(fs.statSync(file).size, file).toBeLessThan(160 * 1024);
      }
    }
  });

  it('gives every sound a caption, so nothing depends on hearing', () => {
    for (const name of names) expect(soundCatalogue[name].caption.length, name).toBeGreaterThan(3);
  });

  it('loops the ambient beds and nothing else', () => {
    for (const name of names)
      expect(Boolean((soundCatalogue[name] as { loop?: boolean }).loop), name).toBe(soundCatalogue[name].bus === 'ambience');
  });

  it('offers stories the channel sounds only', () => {
    expect(storySoundNames()).toContain('phone-ring');
    expect(storySoundNames()).not.toContain('score-up');
    expect(storySoundNames()).not.toContain('ambience-office');
    expect(isSoundName('trumpet')).toBe(false);
  });

  it('names an ambient bed for every ambience a story may ask for, and every bed is one of them', () => {
    for (const name of ambienceNames) expect(soundCatalogue[ambienceSound(name)].bus, name).toBe('ambience');
    const beds = names.filter((name) => soundCatalogue[name].bus === 'ambience');
    expect([...Object.values(ambienceBeds)].sort()).toEqual([...beds].sort());
  });

  it('plays the office hum for a story that names no ambience', () => {
    expect(defaultAmbience).toBe('office');
    expect(ambienceSound(defaultAmbience)).toBe('ambience-office');
    expect(isAmbienceName('office')).toBe(true);
    expect(isAmbienceName('ambience-office')).toBe(false);
  });
});
