/** Builds the static game with the project's own Vite config, into any folder. */
import { build } from 'vite';
import { projectRoot } from '../story-files.ts';

export async function buildSite(outDir: string): Promise<void> {
  await build({
    root: projectRoot,
    configLoader: 'runner',
    logLevel: 'warn',
    // Merged into the config file's options: only the timing report (noise on a busy machine) goes.
    build: { outDir, emptyOutDir: true, rolldownOptions: { checks: { bundlerTimings: false } } },
  });
}
