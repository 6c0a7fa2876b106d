/** Node-side helpers shared by the checker command, the Vite plugin and the benchmark. */
import fs from 'node:fs';
import path from 'node:path';
import { parseRubric, type Rubric } from '../src/core/scoring/rubric.ts';
import type { IncludeReader } from '../src/core/checker/compile-ink.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');
export const storiesDir = path.join(projectRoot, 'stories');
export const rubricPath = path.join(storiesDir, 'rubric.json');

/** Reads and validates stories/rubric.json, throwing a message that names the file. */
export function loadRubric(file = rubricPath): Rubric {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
  }
  const rubric = parseRubric(json, path.relative(process.cwd(), file));
  if (!rubric.ok) throw new Error(rubric.error);
  return rubric.value;
}

/** INCLUDE lines name files relative to the story that includes them. */
export function includeReaderFor(storyFile: string): IncludeReader {
  const dir = path.dirname(storyFile);
  return (name) => {
    const full = path.resolve(dir, name);
    return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
  };
}

export function listStories(dir = storiesDir): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.ink'))
    .sort()
    .map((name) => path.join(dir, name));
}
