/** Builds the static game with the project's own Vite config, into any folder. */
import { build } from 'vite';
import { projectRoot } from '../story-files';

export async function buildSite(outDir: string): Promise<void> {
  await build({ root: projectRoot, configLoader: 'runner', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
