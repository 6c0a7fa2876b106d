/**
 * The layering as policy: one table says which folder of src/ may import which, and which
 * packages each may use. Biome's noRestrictedImports says the same in the editor; this test
 * resolves every relative import to the folder it lands in, so no path spelling slips past.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/story-files';

/** Each layer of src/ and the layers it may import (besides itself). `main` is src/main.ts. */
const mayImport: Record<string, readonly string[]> = {
  core: [],
  dom: [],
  // The app layer owns the saved data over the platform's records store (it is handed one by main.ts).
  app: ['core', 'platform'],
  ui: ['core', 'app', 'dom'],
  scenes: ['core', 'dom'],
  audio: ['core', 'dom'],
  platform: ['core'],
  main: ['core', 'dom', 'app', 'ui', 'scenes', 'audio', 'platform'],
};

/** Packages that belong to one layer alone: the rest of the code speaks to them through it. */
const packageOwners: Record<string, readonly string[]> = {
  phaser: ['scenes'],
  howler: ['audio'],
  inkjs: ['core/story', 'core/checker'],
};

const srcDir = path.join(projectRoot, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `core`, `ui`, … for a file under src/, `main` for src/main.ts. */
function layerOf(file: string): string {
  const relative = path.relative(srcDir, file).split(path.sep);
  return relative.length === 1 ? 'main' : relative[0]!;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

const files = sourceFiles(srcDir);

describe('the architecture', () => {
  it('knows the layer of every folder in src/', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((layer) => !(layer in mayImport));
    expect(unknown).toEqual([]);
  });

  it('lets each layer import only the layers its row of the table names', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const target of importsOf(file).filter((spec) => spec.startsWith('.'))) {
        const resolved = path.resolve(path.dirname(file), target);
        if (!resolved.startsWith(srcDir + path.sep)) continue; // stories/rubric.json and other data
        const to = layerOf(resolved);
        if (to !== from && !mayImport[from]?.includes(to))
          offenders.push(`${path.relative(projectRoot, file)} (${from}) imports ${target} (${to})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps Phaser in the stage, howler in the audio adapter and inkjs in the story wrapper and the checker', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const place = path.relative(srcDir, file).split(path.sep).join('/');
      for (const spec of importsOf(file)) {
        const name = spec.split('/')[0]!;
        const owners = packageOwners[name];
        if (owners && !owners.some((owner) => place.startsWith(`${owner}/`))) offenders.push(`${place} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('imports the ink compiler only in the checker', () => {
    const offenders = files
      .filter((file) => !file.includes(`${path.sep}checker${path.sep}`))
      .filter((file) => importsOf(file).some((spec) => /^inkjs\/(compiler|full)/.test(spec)));
    expect(offenders).toEqual([]);
  });

  it('never turns story text into HTML, and builds elements one way outside the stage', () => {
    const html = files.filter((file) =>
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(html).toEqual([]);
    const builders = files
      .filter((file) => ['ui', 'audio'].includes(layerOf(file)))
      .filter((file) => /document\.createElement|\.style\.cssText/.test(fs.readFileSync(file, 'utf8')));
    expect(builders.map((file) => path.relative(projectRoot, file))).toEqual([]);
  });
});
