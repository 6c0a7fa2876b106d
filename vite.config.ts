import { defineConfig, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

/**
 * Two builds of one game. The default mode makes `dist/`, served over http(s) and kept playable
 * offline by a Workbox service worker. `--mode folder` makes `dist-folder/`: one index.html with
 * every script, story, font and sound inside it, for opening by double-click from disk, where
 * Chromium refuses module scripts and fetches from file:// and no service worker can run.
 */
export const folderMode = 'folder';

// End-to-end tests add their fixture stories to the menu; players only ever see stories/.
const extraStories = process.env.GLASSHOUSE_EXTRA_STORIES?.split(',').filter(Boolean) ?? [];

/**
 * Precaches everything the built game can ask for, so a scenario begun online ends offline. Off in
 * the folder build, where `virtual:pwa-register` then registers nothing.
 */
function servedOffline(folder: boolean): PluginOption {
  return VitePWA({
    disable: folder,
    // The page registers the worker itself (src/platform/offline.ts) and decides when an update applies.
    injectRegister: false,
    registerType: 'prompt',
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,woff2,ogg,mp3}'],
      // Links carry settings (?mode=projector): every navigation gets the precached page.
      navigateFallback: 'index.html',
      // The first visit is controlled at once, so it already plays offline without a reload.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Phaser unminified (bench:web's readable build, for profiles) is about 7 MB: still precached.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    },
  });
}

export default defineConfig(({ mode }) => {
  const folder = mode === folderMode;
  return {
    base: './',
    // public/ holds config.json (the LRS a trainer names), which only the served build reads.
    publicDir: folder ? false : 'public',
    plugins: [
      inkPlugin({ storyFolders: ['stories', ...extraStories], quietFolders: extraStories }),
      // The folder build inlines every chunk and asset (sounds become data: URLs that howler decodes).
      servedOffline(folder),
      folder && viteSingleFile(),
    ],
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    build: {
      outDir: folder ? 'dist-folder' : 'dist',
      target: 'es2022',
      chunkSizeWarningLimit: 1600,
      // Served, sounds stay files (loaded lazily by howler), never data: URLs inside the bundle.
      assetsInlineLimit: (file: string) => (/\.(ogg|mp3)$/.test(file) ? false : undefined),
      rolldownOptions: {
        // Checking every story (the ink plugin) is most of a build by design: no timing warning for it.
        checks: { bundlerTimings: false },
        output: {
          // Phaser is most of the bundle: its own chunk loads behind the first choice.
          manualChunks: folder ? undefined : (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
        },
      },
    },
  };
});
