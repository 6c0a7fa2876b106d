/**
 * Builds the game once (with the e2e fixture stories added to the menu) and serves it with
 * `vite preview` for every browser test.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
export const e2eOutDir = path.join(root, 'test-artifacts/e2e-dist');

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  process.env.GLASSHOUSE_EXTRA_STORIES = 'tests/fixtures/e2e';
  await build({ root, configLoader: 'runner', logLevel: 'warn', build: { outDir: e2eOutDir, emptyOutDir: true } });
  server = await preview({ root, configLoader: 'runner', logLevel: 'warn', build: { outDir: e2eOutDir }, preview: { port: 4319, strictPort: false } });
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
  }
}
