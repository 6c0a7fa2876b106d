/**
 * Builds the game (shipped stories only) and serves it with `vite preview` on its own port, as the
 * Chromium tests do, so the engine suite can run on its own or beside them.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'test-artifacts/engines-dist');

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  await build({ root, configLoader: 'runner', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ root, configLoader: 'runner', logLevel: 'warn', build: { outDir }, preview: { port: 4329, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('enginesBaseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    enginesBaseUrl: string;
  }
}
