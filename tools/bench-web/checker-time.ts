/**
 * `npm run check -- --json FILE` timed as a trainer runs it: a fresh process each time, npm and the
 * bundle's start-up included. A tiny fixture story gives the start-up alone.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { projectRoot } from '../story-files.ts';
import type { Figure } from './table.ts';

const run = promisify(execFile);
const checkOutput = z.object({ stories: z.array(z.object({ file: z.string(), ok: z.boolean() })).min(1) });

/** Wall-clock seconds of one `npm run check -- --json file`; throws when its JSON is not a report. */
async function timeCheck(file: string): Promise<number> {
  const started = performance.now();
  const { stdout } = await run('npm', ['run', '--silent', 'check', '--', '--json', file], {
    cwd: projectRoot,
    maxBuffer: 64 * 1024 * 1024,
  }).catch(
    // Exit 1 means a story error, still a measured run: keep its output and let the schema judge.
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const seconds = (performance.now() - started) / 1000;
  checkOutput.parse(JSON.parse(stdout));
  return seconds;
}

const startUpStory = 'tests/fixtures/e2e/smoke.ink';

export async function measureChecker(stories: string[], runs: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const story of [startUpStory, ...stories]) {
    const seconds: number[] = [];
    for (let i = 0; i < runs; i++) seconds.push(await timeCheck(story));
    const label = story === startUpStory ? `${path.basename(story)} (a tiny story: start-up alone)` : path.basename(story);
    figures.push({ name: `\`npm run check -- --json\` on ${label}`, unit: 's', game: seconds });
  }
  return figures;
}
