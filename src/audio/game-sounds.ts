/**
 * Turns game moments (a scenario opening, a choice and the lines it brought, leaving) into sounds
 * and captions, through the SoundPlayer. The app calls these; the choice of sounds lives in
 * story-sounds.ts.
 */
import type { Rubric } from '../core/scoring/rubric';
import type { PlaySession } from '../core/session/play-session';
import type { StoryLine, StoryOption } from '../core/story/story-player';
import type { Channel } from '../core/story/tags';
import type { SoundPlayer } from './sound-player';
import { soundsForChoice, soundsForLines, soundsForOpening } from './story-sounds';

export interface GameSounds {
  scenarioOpened(session: PlaySession): void;
  chose(option: StoryOption, lines: StoryLine[], channelBefore: Channel): void;
  left(): void;
}

export function gameSounds(player: SoundPlayer, rubric: Rubric): GameSounds {
  return {
    scenarioOpened(session) {
      player.setAmbience(session.scenario.meta);
      const opening = session.lines;
      // A resumed session opens mid-story: only its newest lines make a sound.
      if (session.choices.length === 0) player.playSequence(soundsForOpening(opening, session.scenario.meta.channel ?? 'email'));
    },
    chose(option, lines, channelBefore) {
      const choice = soundsForChoice(option.tags.score ?? {}, channelBefore, rubric);
      player.playSequence([...choice, ...soundsForLines(lines, channelBefore)].slice(0, 4));
    },
    left() {
      player.setAmbience(null);
      player.stopAll();
    },
  };
}
