import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/story-files';

// `npm run check` runs through this launcher; a tool outside the project stands in for the checker.
const launcher = path.join(projectRoot, 'tools', 'run-bundled.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-bundled-'));
const entry = path.join(dir, 'tool.ts');
const word = path.join(dir, 'word.ts');
fs.writeFileSync(
  entry,
  ["import { word } from './word.ts';", "console.log([word, ...process.argv.slice(2), import.meta.dirname].join(' '));", ''].join('\n'),
);
const cacheName = path.relative(projectRoot, entry).replaceAll(path.sep, '_').replace(/\.ts$/, '');
const bundle = path.join(projectRoot, 'node_modules', '.cache', 'glasshouse-tools', `${cacheName}.cjs`);

const run = (...args: string[]) =>
  execFileSync(process.execPath, [launcher, entry, ...args], { cwd: projectRoot, encoding: 'utf8' }).trim();

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const suffix of ['', '.map', '.code-cache']) fs.rmSync(`${bundle}${suffix}`, { force: true });
  fs.rmSync(bundle.replace(/\.cjs$/, '.json'), { force: true });
});

describe('the bundled tool launcher', () => {
  it('runs the tool with its own arguments and its own import.meta.dirname', () => {
    fs.writeFileSync(word, "export const word = 'one';\n");
    expect(run('--json', 'a.ink')).toBe(`one --json a.ink ${dir}`);
  });

  it('keeps V8’s code for the bundle beside it', () => {
    expect(fs.statSync(`${bundle}.code-cache`).size).toBeGreaterThan(0);
  });

  it('reuses the bundle while no source changes', () => {
    const built = fs.statSync(bundle).mtimeMs;
    expect(run()).toBe(`one ${dir}`);
    expect(fs.statSync(bundle).mtimeMs).toBe(built);
  });

  it('reuses the bundle when a source was touched but its content is the same', () => {
    const built = fs.statSync(bundle).mtimeMs;
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(word, later, later);
    expect(run()).toBe(`one ${dir}`);
    expect(fs.statSync(bundle).mtimeMs).toBe(built);
  });

  it('rebuilds when a source’s content changes, even with the same size and time stamp', () => {
    const before = fs.statSync(word);
    fs.writeFileSync(word, "export const word = 'two';\n");
    fs.utimesSync(word, before.atime, before.mtime);
    expect(fs.statSync(word).size).toBe(before.size);
    expect(run()).toBe(`two ${dir}`);
  });
});
