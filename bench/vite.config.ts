/**
 * Builds the baseline page (bench/baseline) with the game's own ink plugin, so it ships the very
 * compiled story JSON the game ships. `npm run bench:web` passes in the plugin instance that built
 * the game (each story is then compiled and checked once); `npx vite build --config
 * bench/vite.config.ts` builds it alone.
 */
import path from 'node:path';
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import { inkPlugin } from '../tools/vite-plugin-ink';

export function baselineConfig(plugins: PluginOption[]): UserConfig {
  return {
    root: path.resolve(import.meta.dirname, 'baseline'),
    base: './',
    plugins,
    logLevel: 'warn',
    build: { target: 'es2022', outDir: path.resolve(import.meta.dirname, '../test-artifacts/bench-web/dist/baseline'), emptyOutDir: true },
  };
}

export default defineConfig(baselineConfig([inkPlugin({ storyFolders: ['stories'] })]));
