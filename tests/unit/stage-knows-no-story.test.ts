/** The stage knows no particular story (its imports are pinned by architecture.test.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStories, projectRoot } from '../../tools/story-files';

const scenesDir = path.join(projectRoot, 'src/scenes');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the stage', () => {
  it('names no shipped scenario in its code: a story’s tags say what the stage shows', () => {
    const ids = listStories().map((file) => path.basename(file, '.ink'));
    const mentions = sourceFiles(scenesDir).flatMap((file) =>
      ids.filter((id) => fs.readFileSync(file, 'utf8').includes(`'${id}'`)).map((id) => `${path.relative(projectRoot, file)}: ${id}`),
    );
    expect(mentions).toEqual([]);
  });
});
