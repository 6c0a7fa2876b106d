/** The core stays pure: no Phaser, howler or browser code, so it runs in Node in milliseconds. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/story-files';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the architecture', () => {
  const core = sourceFiles(path.join(projectRoot, 'src/core'));

  it('keeps Phaser, howler and the interface out of the core', () => {
    const offenders = core.filter((file) => /from ['"](phaser|howler)['"]|from ['"]\.\.\/(\.\.\/)?(ui|scenes|audio|platform)\//.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('never turns story text into HTML', () => {
    const ui = sourceFiles(path.join(projectRoot, 'src'));
    const offenders = ui.filter((file) => /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('imports the ink compiler only in the checker', () => {
    const offenders = sourceFiles(path.join(projectRoot, 'src'))
      .filter((file) => !file.includes(`${path.sep}checker${path.sep}`))
      .filter((file) => /inkjs\/(compiler|full|engine)/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
