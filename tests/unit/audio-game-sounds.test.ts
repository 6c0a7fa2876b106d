import { describe, expect, it } from 'vitest';
import { type SessionSoundOutput, sessionSounds } from '../../src/audio/game-sounds';
import type { SoundName } from '../../src/core/sound-catalogue';
import { assessmentPolicy, type ModePolicy, practicePolicy, projectorPolicy, withOverrides } from '../../src/core/session/mode-policy';
import { PlaySession } from '../../src/core/session/play-session';
import type { Scenario } from '../../src/core/story/scenario';
import { rubric, scenarioFrom } from './helpers';

const smoke = scenarioFrom('tests/fixtures/e2e/smoke.ink');

/** The sound sequences a session asks for on its choices (each the first option), after opening. */
function soundsOfChoices(scenario: Scenario, mode: ModePolicy, count: number): SoundName[][] {
  const sequences: SoundName[][] = [];
  const output: SessionSoundOutput = {
    playSequence: (names) => void sequences.push([...names]),
    setAmbience: () => undefined,
    stopAll: () => undefined,
  };
  const session = new PlaySession(scenario, rubric, mode);
  const stop = sessionSounds(output, rubric, (work) => work())(session);
  session.open();
  sequences.length = 0;
  for (let i = 0; i < count; i++) session.choose(0);
  stop();
  return sequences;
}

/** The sounds a session asks for when its first option (+2 Empathy, +1 Respect) is chosen. */
function soundsOfFirstChoice(mode: ModePolicy): SoundName[] {
  return soundsOfChoices(smoke, mode, 1).flat();
}

describe('the sounds of a choice', () => {
  it('tell the score in practice, where coaching follows each choice', () => {
    expect(soundsOfFirstChoice(practicePolicy)).toEqual(['choice-confirmed', 'score-up']);
  });

  it('tell no score in an assessment, nor on a projector before the reveal', () => {
    expect(soundsOfFirstChoice(assessmentPolicy)).toEqual(['choice-confirmed']);
    expect(soundsOfFirstChoice(projectorPolicy)).toEqual(['choice-confirmed']);
  });

  it('tell the score in an assessment whose link turns feedback on', () => {
    expect(soundsOfFirstChoice(withOverrides(assessmentPolicy, { feedback: true }))).toEqual(['choice-confirmed', 'score-up']);
  });

  it('hold back the consequence on a projector: no arrival sound before the facilitator advances', () => {
    const presenter = scenarioFrom('stories/pushy-presenter.ink');
    expect(soundsOfChoices(presenter, practicePolicy, 3).flat()).toContain('mail-received');
    expect(soundsOfChoices(presenter, projectorPolicy, 3)).toEqual([
      ['choice-confirmed', 'mail-sent'],
      ['choice-confirmed', 'mail-sent'],
      ['choice-confirmed', 'mail-sent'],
    ]);
  });
});
