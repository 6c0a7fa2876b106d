/**
 * Builds the game once in each variant (with the e2e fixture stories added to the menu): the served
 * build, given to every browser test by `vite preview`, and the folder build opened from disk.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { folderMode } from '../../vite.config.ts';
import { buildAndServe, type StaticServer } from './static-server';

const root = path.resolve(import.meta.dirname, '../..');
export const e2eOutDir = path.join(root, 'test-artifacts/e2e-dist');
export const e2eFolderOutDir = path.join(root, 'test-artifacts/e2e-dist-folder');

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  process.env.GLASSHOUSE_EXTRA_STORIES = 'tests/fixtures/e2e';
  await build({ root, mode: folderMode, logLevel: 'warn', build: { outDir: e2eFolderOutDir, emptyOutDir: true } });
  project.provide('folderUrl', pathToFileURL(path.join(e2eFolderOutDir, 'index.html')).href);
  server = await buildAndServe(e2eOutDir, 4319);
  project.provide('baseUrl', server.url);
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
