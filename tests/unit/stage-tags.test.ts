/** The tags that dress the stage: room, portrait, ambience, counterpart, subject and sender. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { portraitNames, roomNames } from '../../src/core/stage/catalogues';
import { ambienceNames } from '../../src/core/sound-catalogue';
import { counterpartText, parseCounterpart, parseTag, readGlobalTags, readLineTags } from '../../src/core/story/tags';
import { listStories } from '../../tools/story-files';
import { checkFile, tagContext } from './helpers';

describe('the stage tags', () => {
  it('reads a room, a portrait and an ambience from the top of the file', () => {
    const info = readGlobalTags(['title: T', 'room: kitchen', 'portrait: messy-bun', 'ambience: home'], tagContext);
    expect(info).toMatchObject({ ok: true, value: { room: 'kitchen', portrait: 'messy-bun', ambience: 'home' } });
  });

  it('gives a story without them the calm room, the neutral portrait and the office hum', () => {
    const info = readGlobalTags(['title: A Trainer’s New Story'], tagContext);
    expect(info).toEqual({
      ok: true,
      value: { title: 'A Trainer’s New Story', room: 'calm-room', portrait: 'curly-crop', ambience: 'office' },
    });
  });

  it('rejects an unknown room, portrait or ambience and lists the known names', () => {
    const room = parseTag('room: submarine', 'global', tagContext);
    expect(!room.ok && room.error).toBe(`unknown room 'submarine' (the stage can draw: ${roomNames.join(', ')})`);
    const portrait = parseTag('portrait: pirate', 'global', tagContext);
    expect(!portrait.ok && portrait.error).toBe(`unknown portrait 'pirate' (the stage can draw: ${portraitNames.join(', ')})`);
    const ambience = parseTag('ambience: rainforest', 'global', tagContext);
    expect(!ambience.ok && ambience.error).toBe(`unknown ambience 'rainforest' (the sound catalogue has: ${ambienceNames.join(', ')})`);
  });

  it('keeps the room, portrait and ambience at the top of the file', () => {
    const line = readLineTags(['room: kitchen'], tagContext);
    expect(!line.ok && line.error).toEqual(["'# room:' cannot stand on a line of text; put it at the top of the file"]);
  });

  it('parses the counterpart once into a name, a first name and a description', () => {
    expect(parseCounterpart('Renee Holloway, professional blogger, editor of Small Shop Savvy')).toEqual({
      ok: true,
      value: { name: 'Renee Holloway', firstName: 'Renee', description: 'professional blogger, editor of Small Shop Savvy' },
    });
    expect(parseCounterpart('Sam')).toEqual({ ok: true, value: { name: 'Sam', firstName: 'Sam', description: null } });
    const unnamed = parseCounterpart(', nobody in particular');
    expect(!unnamed.ok && unnamed.error).toMatch(/needs a name before the comma/);
  });

  it('writes the counterpart back as the author wrote it', () => {
    expect(counterpartText({ name: 'Renee Holloway', firstName: 'Renee', description: 'a blogger' })).toBe('Renee Holloway, a blogger');
    expect(counterpartText({ name: 'Sam', firstName: 'Sam', description: null })).toBe('Sam');
  });

  it('reads the subject and the sender of a line', () => {
    const line = readLineTags(['subject: Re: Missed step 4', 'from: Mark (owner)'], tagContext);
    expect(line).toEqual({ ok: true, value: { sfx: [], subject: 'Re: Missed step 4', from: 'Mark (owner)' } });
    const empty = readLineTags(['from:'], tagContext);
    expect(!empty.ok && empty.error).toEqual(["'# from:' needs a value"]);
  });

  it('keeps the subject and the sender off the top of the file and out of options', () => {
    const global = parseTag('subject: Hello', 'global', tagContext);
    expect(!global.ok && global.error).toBe("'# subject:' cannot stand at the top of the file; put it on a line of text");
    const option = parseTag('from: Mark', 'option', tagContext);
    expect(!option.ok && option.error).toBe("'# from:' cannot stand inside a choice's brackets; put it on a line of text");
  });
});

describe('the story checker on stage tags', () => {
  it('reports each unknown stage name at its line, with the names it knows', () => {
    const errors = checkFile('tests/fixtures/bad/unknown-stage-names.ink').report.errors.map((e) => `${e.line}: ${e.message}`);
    expect(errors).toEqual([
      `2: unknown room 'submarine' (the stage can draw: ${roomNames.join(', ')})`,
      `3: unknown portrait 'pirate' (the stage can draw: ${portraitNames.join(', ')})`,
      `4: unknown ambience 'rainforest' (the sound catalogue has: ${ambienceNames.join(', ')})`,
      "5: '# counterpart:' needs a name before the comma, such as 'Renee Holloway, a blogger'",
    ]);
  });

  it('finds a known room, portrait and ambience at the top of every shipped story', () => {
    for (const file of listStories()) {
      const top = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((text) => text.startsWith('# '))
        .map((text) => text.slice(2));
      expect(readGlobalTags(top, tagContext).ok, file).toBe(true);
      expect(
        top.map((tag) => tag.split(':')[0]).filter((name) => ['room', 'portrait', 'ambience'].includes(name ?? '')),
        file,
      ).toEqual(['room', 'portrait', 'ambience']);
    }
  });
});
