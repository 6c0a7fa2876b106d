/**
 * Turns a play session's events (opened, chose, left) into sounds and captions through the
 * SoundPlayer. The composition root subscribes it to each session; the choice of sounds lives in
 * story-sounds.ts.
 *
 * A choice's sounds start after the frame that shows its new line: they are heard with it, and
 * making and starting them (a few ms each) never delays that frame.
 */
import type { Rubric } from '../core/scoring/rubric';
import type { PlaySession } from '../core/session/play-session';
import { afterNextPaint } from '../dom/after-next-paint';
import type { SoundPlayer } from './sound-player';
import { soundsForChoice, soundsForLines, soundsForOpening } from './story-sounds';

/** What this file asks of the player. */
export type SessionSoundOutput = Pick<SoundPlayer, 'playSequence' | 'setAmbience' | 'stopAll'>;

/** Subscribes the sound to one session; returns the way to stop. */
export function sessionSounds(
  player: SessionSoundOutput,
  rubric: Rubric,
  /** When a choice's sounds start: after the next paint (tests run them at once). */
  afterPaint: (work: () => void) => void = afterNextPaint,
): (session: PlaySession) => () => void {
  return (session) => {
    // False once the session is left or unsubscribed: a sound still waiting for its frame stays silent.
    let live = true;
    const stops = [
      session.events.on('opened', ({ scenario, resumed, lines }) => {
        player.setAmbience(scenario);
        // A resumed session opens mid-story: only its newest lines make a sound.
        if (!resumed) player.playSequence(soundsForOpening(lines, scenario.channel ?? 'email'));
      }),
      session.events.on('chose', ({ option, lines, presentationBefore }) => {
        // "Score up" and "Score down" are feedback: none where the mode gives none after a choice (an
        // assessment, or a projector before the room has discussed and the facilitator revealed).
        const told = session.mode.coachingAfterChoice ? (option.tags.score ?? {}) : {};
        const choice = soundsForChoice(told, presentationBefore.channel, rubric);
        // On a projector the consequence's lines come one by one after the room has talked: their
        // sounds would tell it early.
        const consequence = session.mode.consequenceOnAdvance ? [] : soundsForLines(lines, presentationBefore.channel);
        const sounds = [...choice, ...consequence].slice(0, 4);
        afterPaint(() => {
          if (live) player.playSequence(sounds);
        });
      }),
      session.events.on('left', () => {
        live = false;
        player.setAmbience(null);
        player.stopAll();
      }),
    ];
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  };
}
