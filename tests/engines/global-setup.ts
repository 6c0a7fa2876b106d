/**
 * Builds the game (shipped stories only) and serves it with `vite preview` on its own port, as the
 * Chromium tests do, so the engine suite can run on its own or beside them.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServe, type StaticServer } from '../e2e/static-server';

const outDir = path.resolve(import.meta.dirname, '../../test-artifacts/engines-dist');

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await buildAndServe(outDir, 4329);
  project.provide('enginesBaseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    enginesBaseUrl: string;
  }
}
