/**
 * Howler itself, behind the sound player's `AudioBackend` seam. Its own module so that the page
 * loads it only at the first gesture (main.ts imports it then): nothing before the first option
 * pays for it, and a player who never touches the game never downloads it.
 */
import { Howl, Howler } from 'howler';
import type { AudioBackend } from './sound-player';

/**
 * Howler makes its AudioContext on first use. This is that first use, called once the player has
 * made a gesture, so the browser lets the context run (and nothing exists before it). Where a
 * browser wants the gesture itself, howler resumes the context on the next one.
 */
function startHowler(): boolean {
  Howler.volume();
  if (Howler.noAudio) return false;
  const context = Howler.ctx as AudioContext | null;
  if (context && context.state === 'suspended') void context.resume().catch(() => undefined);
  return true;
}

export const howlerBackend: AudioBackend = {
  startAudio: startHowler,
  makeHowl: (setup) => new Howl(setup),
};
