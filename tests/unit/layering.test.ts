/** The browser layers point inward: the interface never reaches into the sound, and the DOM builder into nothing. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/story-files';

function importsOf(dir: string): Array<{ file: string; from: string }> {
  return fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true, recursive: true }).flatMap((entry) => {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) return [];
    const file = path.join(entry.parentPath, entry.name);
    return [...fs.readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => ({ file: path.relative(projectRoot, file), from: match[1]! }));
  });
}

describe('the layering of the browser code', () => {
  it('keeps the sound out of the interface: the composition root wires it', () => {
    expect(importsOf('src/ui').filter(({ from }) => /\/audio\//.test(from))).toEqual([]);
  });

  it('lets the app layer use the core and the interface’s stage seam, but not the sound or the stage', () => {
    expect(importsOf('src/app').filter(({ from }) => /\/(audio|scenes)\/|^(phaser|howler)$/.test(from))).toEqual([]);
  });

  it('keeps the DOM builder free of every other module', () => {
    expect(importsOf('src/dom')).toEqual([]);
  });

  it('builds elements one way: no createElement in the interface or the sound panels', () => {
    const offenders = [...importsOf('src/ui'), ...importsOf('src/audio')].map(({ file }) => file);
    const builders = [...new Set(offenders)].filter((file) => /document\.createElement|\.style\.cssText/.test(fs.readFileSync(path.join(projectRoot, file), 'utf8')));
    expect(builders).toEqual([]);
  });
});
