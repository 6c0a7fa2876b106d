/**
 * A story that loops without a choice (`=== spin === -> spin`) used to hang the checker and the
 * build forever, and with a line of text in the loop ate a gigabyte: the story player now stops it
 * after a step limit, and every tool reports it with its file and line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/core/checker/compile-ink.ts';
import { StoryPlayer, segmentStepLimit, type InkStory } from '../../src/core/story/story-player.ts';
import { projectRoot } from '../../tools/story-files.ts';
import { inkPlugin } from '../../tools/vite-plugin-ink.ts';
import { checkFile, tagContext } from './helpers.ts';

const runaway = (line: number) =>
  `${line}: the story runs on for ${segmentStepLimit.toLocaleString('en-US')} steps here without offering a choice or reaching its end: ` +
  'a loop with no choice in it (such as a knot that diverts back to itself). Put a choice in the loop, or a condition that leaves it';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'glasshouse-runaway-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('a loop without a choice', () => {
  it('is an error at its line in the checker, without text in the loop', { timeout: 20_000 }, () => {
    const { report } = checkFile('tests/fixtures/bad/choiceless-loop.ink');
    expect(report.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([runaway(5)]);
  });

  it('is an error at its line in the checker, with a line of text in the loop, in bounded memory', { timeout: 20_000 }, () => {
    const before = process.memoryUsage().heapUsed;
    const { report } = checkFile('tests/fixtures/bad/choiceless-loop-text.ink');
    expect(report.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([runaway(6)]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('stops the story player, which then reports the story over', () => {
    const source = fs.readFileSync(path.join(projectRoot, 'tests/fixtures/bad/choiceless-loop-text.ink'), 'utf8');
    const player = new StoryPlayer(compileInk('spin.ink', source).story as unknown as InkStory, tagContext);
    const lines = player.nextSegment();
    expect(lines[0]?.text).toBe('Hello.');
    expect(lines.slice(1).every((line) => line.text === 'Round and round.')).toBe(true);
    expect(player.runaway).toEqual({ line: 6, steps: segmentStepLimit });
    expect(player.isOver).toBe(true);
  });

  it('fails the build, naming the file and line', { timeout: 30_000 }, async () => {
    const entry = path.join(temp, 'entry.js');
    const story = path.join(projectRoot, 'tests/fixtures/bad/choiceless-loop.ink');
    fs.writeFileSync(entry, `import s from ${JSON.stringify(story)}; export default s;`);
    const building = build({
      root: projectRoot,
      logLevel: 'silent',
      configFile: false,
      plugins: [inkPlugin()],
      build: { write: false, lib: { entry, formats: ['es'], fileName: 'out' }, rolldownOptions: { external: ['inkjs'] } },
    });
    await expect(building).rejects.toThrow(`tests/fixtures/bad/choiceless-loop.ink:${runaway(5)}`);
  });
});
