import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/core/checker/compile-ink';
import { type InkStory, StoryPlayer } from '../../src/core/story/story-player';
import { tagContext } from './helpers';

/** Two decisions whose second line reads a variable the first one sets. */
const source = `VAR trust = 5
Hello. # speaker: Sam
* [Warm #score: empathy+2 #feedback: x]
  ~ trust += 2
  Thanks. -> next
* [Cold #score: empathy-1 #feedback: x]
  ~ trust -= 1
  Hm. -> next
=== next ===
{trust > 5: Glad you asked.|Fine.}
* [Fix it #score: value+2 #feedback: x] Fixed. # ending: Fixed # stars: 5
  -> END
* [Refuse #score: value-1 #feedback: x] Bye. # ending: Gone # stars: 1
  -> END
`;

/** Every line text and option label from here to the end, always taking the option at `pick`. */
function playOut(player: StoryPlayer, pick: number): string[] {
  const seen: string[] = [];
  while (!player.isOver) {
    seen.push(...player.options.map((o) => `[${o.label}]`));
    player.choose(Math.min(pick, player.options.length - 1));
    seen.push(...player.nextSegment().map((line) => line.text));
  }
  return seen;
}

const players: Array<[string, () => StoryPlayer]> = [
  ['the runtime the game ships', () => StoryPlayer.fromJson(compileInk('inline.ink', source).json!, tagContext)],
  [
    'the compiler’s story the checker plays',
    () => new StoryPlayer(compileInk('inline.ink', source).story as unknown as InkStory, tagContext),
  ],
];

describe.each(players)('a state snapshot, with %s', (_, makePlayer) => {
  it('plays on exactly as the state it was taken from', () => {
    const player = makePlayer();
    player.nextSegment();
    const saved = player.saveState();
    const snapshot = player.snapshotState();
    // Taking a snapshot leaves the live state as it was.
    expect(player.saveState()).toBe(saved);
    const first = playOut(player, 0);
    player.restoreSnapshot(snapshot);
    expect(player.saveState()).toBe(saved);
    expect(playOut(player, 0)).toEqual(first);
  });

  it('stays as it was however often it is restored and played on', () => {
    const player = makePlayer();
    player.nextSegment();
    const saved = player.saveState();
    const snapshot = player.snapshotState();
    const byOption = [0, 1, 0, 1].map((pick) => {
      player.restoreSnapshot(snapshot);
      return playOut(player, pick);
    });
    expect(byOption[2]).toEqual(byOption[0]);
    expect(byOption[3]).toEqual(byOption[1]);
    expect(byOption[0]).not.toEqual(byOption[1]);
    player.restoreSnapshot(snapshot);
    expect(player.saveState()).toBe(saved);
  });

  it('keeps the options’ tags and the global variables', () => {
    const player = makePlayer();
    player.nextSegment();
    const snapshot = player.snapshotState();
    const options = player.options;
    player.choose(0);
    player.nextSegment();
    expect(player.meters().trust).not.toBe(5);
    player.restoreSnapshot(snapshot);
    expect(player.options).toEqual(options);
    expect(options[0]!.tags.score).toBeDefined();
    expect(player.meters()).toEqual({ trust: 5 });
  });
});
