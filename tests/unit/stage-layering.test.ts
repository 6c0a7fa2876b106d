/** The stage depends on the core and Phaser only, and knows no particular story. */
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

function importsOf(file: string): string[] {
  return [...fs.readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

describe('the stage', () => {
  it('imports only Phaser, the core and its own files', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(scenesDir)) {
      for (const target of importsOf(file)) {
        if (target === 'phaser') continue;
        const resolved = path.resolve(path.dirname(file), target);
        const allowed = resolved.startsWith(scenesDir + path.sep) || resolved.startsWith(path.join(projectRoot, 'src/core') + path.sep);
        if (!allowed) offenders.push(`${path.relative(projectRoot, file)} imports ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('names no shipped scenario in its code: a story’s tags say what the stage shows', () => {
    const ids = listStories().map((file) => path.basename(file, '.ink'));
    const mentions = sourceFiles(scenesDir).flatMap((file) => ids.filter((id) => fs.readFileSync(file, 'utf8').includes(`'${id}'`)).map((id) => `${path.relative(projectRoot, file)}: ${id}`));
    expect(mentions).toEqual([]);
  });
});
