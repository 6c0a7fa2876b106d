/**
 * Builds the game (with its own vite.config.ts, as `npm run build` does) and the baseline page beside
 * it, then serves both from one `vite preview` on 127.0.0.1 with a port of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, mergeConfig, preview, type PreviewServer, type UserConfig } from 'vite';
import { baselineConfig } from '../../bench/vite.config.ts';
import gameConfigFor from '../../vite.config.ts';
import { projectRoot } from '../story-files.ts';

export const benchDir = path.join(projectRoot, 'test-artifacts/bench-web');

export interface ServedBuild {
  /** The game's menu. */
  gameUrl: string;
  /** The bare inkjs page, built from the same compiled stories. */
  baselineUrl: string;
  /** bench/canvas-cost: one canvas redrawn every frame, nothing else. */
  canvasCostUrl: string;
  outDir: string;
  close(): Promise<void>;
}

export interface BuildOptions {
  /** Unminified, for profiles whose function names and `//#region` comments name the source. */
  readable?: boolean;
}

export async function buildAndServe(options: BuildOptions = {}): Promise<ServedBuild> {
  const outDir = path.join(benchDir, options.readable ? 'dist-readable' : 'dist');
  const minify: UserConfig = options.readable ? { build: { minify: false } } : {};
  // The game's own config, and its ink plugin instance for the baseline too: the same compiled
  // stories in both, and each story checked once.
  // The served build (not the folder build): the one a benchmark over http compares.
  const gameConfig = await gameConfigFor({ mode: 'production', command: 'build' });
  const game = mergeConfig(gameConfig, { root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } } satisfies UserConfig);
  await build({ ...mergeConfig(game, minify), configFile: false });
  const baseline = mergeConfig(baselineConfig(gameConfig.plugins ?? []), {
    build: { outDir: path.join(outDir, 'baseline') },
  } satisfies UserConfig);
  await build({ ...mergeConfig(baseline, minify), configFile: false });
  // A static page with no imports: what the browser itself charges per redrawn canvas frame.
  fs.cpSync(path.join(projectRoot, 'bench/canvas-cost'), path.join(outDir, 'canvas-cost'), { recursive: true });
  const server: PreviewServer = await preview({
    root: projectRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4377, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { gameUrl: url, baselineUrl: `${url}baseline/`, canvasCostUrl: `${url}canvas-cost/`, outDir, close: () => server.close() };
}

const gzipSizes = new Map<string, number>();

/** The gzip size (zlib's default level, as most servers send) of a file the build served at `url`. */
export function gzipSizeOf(served: ServedBuild, url: string): number {
  const relative = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  const file = path.join(served.outDir, relative);
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file)).length;
    gzipSizes.set(file, size);
  }
  return size;
}
