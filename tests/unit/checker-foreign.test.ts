/**
 * Stories nobody here wrote: every input gets a report with file and line, never a stack trace.
 * The fixtures under tests/fixtures/foreign reproduce the kinds of story from the inkjs project's
 * own tests that used to crash the checker (`npm run check:corpus -- FOLDER` runs any folder).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/core/checker/check-story.ts';
import { projectRoot } from '../../tools/story-files.ts';
import { checkFile, rubric } from './helpers.ts';

const folder = 'tests/fixtures/foreign';
const external = (name: string) =>
  `the story declares 'EXTERNAL ${name}', a function the game would have to provide, and Glasshouse provides none: ` +
  `write an ink function of the same name as its fallback ('=== function ${name}() ===' with the same parameters), or remove the EXTERNAL`;
const messages = (file: string) => checkFile(`${folder}/${file}`).report.errors.map((e) => `${e.line}: ${e.message}`);

describe('the checker on stories nobody here wrote', () => {
  it('reports every story of a folder with a file and a line, and never throws', { timeout: 60_000 }, () => {
    const files = fs.readdirSync(path.join(projectRoot, folder)).filter((name) => name.endsWith('.ink'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const name of files) {
      const relative = `${folder}/${name}`;
      const { report } = checkStory(relative, fs.readFileSync(path.join(projectRoot, relative), 'utf8'), rubric, undefined, {
        stateLimit: 500,
      });
      for (const error of report.errors) {
        expect(error.file, name).toBe(relative);
        expect(error.line, `${name}: ${error.message}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('says plainly that an EXTERNAL function without an ink fallback is unsupported, at its line', () => {
    expect(messages('external-call.ink')).toEqual([`2: ${external('logEvent')}`]);
    expect(messages('external-in-text.ink')).toEqual([`2: ${external('multiply')}`]);
    expect(messages('external-in-choice.ink')).toEqual([`2: ${external('playSound')}`]);
    expect(messages('external-several.ink')).toEqual([`2: ${external('message')}`, `3: ${external('times')}`]);
    expect(messages('external-back-and-forth.ink')).toEqual([`3: ${external('gameInc')}`]);
  });

  it('plays an EXTERNAL function that has an ink fallback', () => {
    expect(checkFile(`${folder}/external-with-fallback.ink`).report).toMatchObject({ ok: true, endings: ['Done'] });
  });

  it('stops a loop that makes a new state every time round, naming its choice, without overflowing the stack', { timeout: 30_000 }, () => {
    const { report, distinctStates } = checkStory(
      `${folder}/turns-loop.ink`,
      fs.readFileSync(path.join(projectRoot, folder, 'turns-loop.ink'), 'utf8'),
      rubric,
      undefined,
      { stateLimit: 3000 },
    );
    expect(distinctStates).toBeLessThanOrEqual(3000);
    expect(report.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      "5: the loop through 'Again', taken 3000 times on one path, keeps making new story states: the checker stopped after 3,000 of them, " +
        'so its ranges are incomplete. Something changes every time round (a counter, or TURNS()) that nothing bounds: cap it, or give the loop an exit the story enforces',
    ]);
  });

  it('reports a story with no line numbers of its own at line 1', () => {
    const { report } = checkStory('hello.ink', 'Hello world', rubric);
    expect(report.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      "1: the story needs '# title: …' at the top of the file",
      "1: this path stops without an ending: add '# ending: TITLE # stars: N' to its last line",
    ]);
  });
});
