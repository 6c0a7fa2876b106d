/**
 * Where the built game serves each sound file. Vite fingerprints (or inlines) every file under
 * assets/sounds/, so the URLs come from the bundler rather than from a fixed folder. Only the
 * composition root imports this: it is the one audio file that needs Vite.
 */
import type { SoundFormat, SoundUrlResolver } from './sound-player';

const soundFiles: Record<string, string> = import.meta.glob<string>('/assets/sounds/*.{ogg,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Resolves a catalogue file stem and format to its served URL; null when the build lacks it. */
export function soundUrlResolver(): SoundUrlResolver {
  return (file: string, format: SoundFormat) => soundFiles[`/assets/sounds/${file}.${format}`] ?? null;
}
