/**
 * Every `vite` start loads vite.config.ts the default way (bundled), and Vite warns, some twenty
 * lines long, about each import in the config's module graph that Node could not load natively.
 * The graph reaches into the story checker in src/core, so a new import without its `.ts` there
 * would bring the warning back on every start: load the config as `npm start` does and listen.
 */
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/story-files.ts';

async function warningsWhileLoading(mode: string): Promise<string[]> {
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = logger.warn;
  const loaded = await loadConfigFromFile({ command: 'serve', mode }, undefined, projectRoot, 'warn', logger);
  expect(loaded?.path).toMatch(/vite\.config\.ts$/);
  return warnings;
}

describe('the Vite config', () => {
  it('loads without a warning, so `npm start` prints none', async () => {
    expect(await warningsWhileLoading('development')).toEqual([]);
  });

  it('loads without a warning for the folder build too', async () => {
    expect(await warningsWhileLoading('folder')).toEqual([]);
  });
});
