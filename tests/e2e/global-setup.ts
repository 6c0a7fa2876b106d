/**
 * Builds the game once in each variant (with the e2e fixture stories added to the menu): the served
 * build, given to every browser test by `vite preview`, and the folder build opened from disk.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { folderMode } from '../../vite.config.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const e2eOutDir = path.join(root, 'test-artifacts/e2e-dist');
export const e2eFolderOutDir = path.join(root, 'test-artifacts/e2e-dist-folder');

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  process.env.GLASSHOUSE_EXTRA_STORIES = 'tests/fixtures/e2e';
  await build({ root, logLevel: 'warn', build: { outDir: e2eOutDir, emptyOutDir: true } });
  await build({ root, mode: folderMode, logLevel: 'warn', build: { outDir: e2eFolderOutDir, emptyOutDir: true } });
  project.provide('folderUrl', pathToFileURL(path.join(e2eFolderOutDir, 'index.html')).href);
  server = await preview({ root, logLevel: 'warn', build: { outDir: e2eOutDir }, preview: { port: 4319, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder build's index.html as a file:// URL. */
    folderUrl: string;
  }
}
