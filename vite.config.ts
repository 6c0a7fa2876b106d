import { defineConfig } from 'vite';
import { inkPlugin } from './tools/vite-plugin-ink';

// End-to-end tests add their fixture stories to the menu; players only ever see stories/.
const extraStories = process.env.GLASSHOUSE_EXTRA_STORIES?.split(',').filter(Boolean) ?? [];

export default defineConfig({
  base: './',
  plugins: [inkPlugin({ storyFolders: ['stories', ...extraStories] })],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Sounds stay files (loaded lazily by howler), never data: URLs inside the bundle.
    assetsInlineLimit: (file: string) => (/\.(ogg|mp3)$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        // Phaser is most of the bundle: its own chunk loads behind the first choice.
        manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
      },
    },
  },
});
