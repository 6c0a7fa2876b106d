import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/core/checker/compile-ink';
import { LineCache, type SegmentPlayed, type SegmentStart } from '../../src/core/checker/line-cache';
import { trackingWrites } from '../../src/core/checker/read-tracking';
import { splitState, stateCounts } from '../../src/core/checker/story-state-key';
import type { StateSnapshot } from '../../src/core/story/state-snapshot';
import { type InkStory, StoryPlayer } from '../../src/core/story/story-player';
import { tagContext } from './helpers';

/**
 * The first decision leads to the same knot three ways: making noise (a variable `Go` never reads),
 * keeping quiet, or padding the tally (a variable `Go` reads and adds to). `Go` writes a flag, adds
 * to the tally, is a once-only choice (so Ink counts its visits), and says how long ago `ask` was
 * seen; its later lines read nothing that the three ways set differently.
 */
const source = `VAR noise = 0
VAR tally = 0
VAR flag = false
Hello.
* [Noise]
  ~ noise = 1
  -> ask
* [Quiet] -> ask
* [Pad]
  ~ tally = 5
  -> ask
=== ask ===
Well?
* [Go]
  ~ flag = true
  ~ tally = tally + 1
  Tally {tally}, asked {TURNS_SINCE(-> ask)} turns ago. {flag: Flagged.}
  Then a line that reads nothing.
  And one more.
  -> done
=== done ===
* [End] Bye. -> END
`;

/** A player on the compiler's story, counting the Continue() calls that reach inkjs. */
function makePlayer(): { player: StoryPlayer; continues: () => number } {
  const story = compileInk('inline.ink', source).story as unknown as InkStory;
  let continues = 0;
  const inkContinue = story.Continue.bind(story);
  story.Continue = () => {
    continues++;
    return inkContinue();
  };
  return { player: new StoryPlayer(story, tagContext), continues: () => continues };
}

/** The state at `ask` after the first decision's option `first`. */
function atAsk(player: StoryPlayer, start: StateSnapshot, first: number): StateSnapshot {
  player.restoreSnapshot(start);
  player.choose(first);
  player.nextSegment();
  return player.snapshotState();
}

/** An explored state as the explorer hands it to the cache. */
function segmentStart(player: StoryPlayer, saved: StateSnapshot): SegmentStart {
  player.restoreSnapshot(saved);
  return { key: splitState(saved, false).key, counts: stateCounts(saved), saved, options: player.options, reads: new Set() };
}

/** Ink's save of the state a play reached, whether the player holds it or the cache stopped without it. */
function reached(player: StoryPlayer, played: SegmentPlayed): string {
  const { position } = played;
  if (!position) return player.saveState();
  player.restoreSnapshot(position.snapshot);
  const state = player.inkState;
  state._visitCounts = new Map(position.counts.visits);
  state._turnIndices = new Map(position.counts.turnIndices);
  state.currentTurnIndex = position.counts.turn;
  state.variablesState._globalVariables = new Map(position.counts.globals);
  return player.saveState();
}

/** Plays `Go` from `from` with inkjs alone: what the cache must reproduce. */
function playGoPlainly(player: StoryPlayer, from: StateSnapshot): { texts: string[]; save: string } {
  player.restoreSnapshot(from);
  player.choose(0);
  const texts = player.nextSegment().map((line) => line.text);
  return { texts, save: player.saveState() };
}

describe('the line cache', () => {
  const { player, continues } = makePlayer();
  player.nextSegment();
  const start = player.snapshotState();
  const noisy = atAsk(player, start, 0);
  const quiet = atAsk(player, start, 1);
  const padded = atAsk(player, start, 2);
  const cache = new LineCache(false);
  const first = segmentStart(player, noisy);
  const before = continues();
  const firstPlay = cache.play(player, first, 0, false);
  const continuesFirst = continues() - before;
  const firstSave = reached(player, firstPlay);

  it('meets states that differ only in counts under one key', () => {
    expect(splitState(quiet, false).key).toBe(first.key);
    expect(splitState(padded, false).key).toBe(first.key);
  });

  it('plays a segment it has not seen with inkjs, as playing it plainly does', () => {
    const plain = playGoPlainly(player, noisy);
    expect(continuesFirst).toBeGreaterThanOrEqual(3);
    expect(firstPlay.lines.map((line) => line.text)).toEqual(plain.texts);
    expect(firstSave).toBe(plain.save);
    expect(first.reads.has('g:tally')).toBe(true);
    expect(first.reads.has('g:noise')).toBe(false);
  });

  it('replays every line from a state that differs only in what it never read, exactly as playing it', () => {
    const plain = playGoPlainly(player, quiet);
    const from = segmentStart(player, quiet);
    const continuesBefore = continues();
    const replayed = cache.play(player, from, 0, false);
    expect(continues() - continuesBefore).toBe(0);
    expect(replayed.lines.map((line) => line.text)).toEqual(plain.texts);
    // The player was not needed: the cache says where the play stopped, and it is the same state.
    expect(replayed.position?.options.map((option) => option.label)).toEqual(['End']);
    expect(reached(player, replayed)).toBe(plain.save);
    // Its future reads what the recorded play read.
    expect(from.reads.has('g:tally')).toBe(true);
  });

  it('plays with inkjs only the lines that read a value that differs, and replays the rest', () => {
    const plain = playGoPlainly(player, padded);
    const from = segmentStart(player, padded);
    const continuesBefore = continues();
    const replayed = cache.play(player, from, 0, false);
    const played = continues() - continuesBefore;
    expect(played).toBeGreaterThan(0);
    expect(played).toBeLessThan(continuesFirst);
    expect(replayed.lines.map((line) => line.text)).toEqual(plain.texts);
    expect(plain.texts[0]).toBe('Tally 6, asked 1 turns ago. Flagged.');
    expect(reached(player, replayed)).toBe(plain.save);
  });
});

describe('write tracking', () => {
  it('hears the writes of a lookahead that inkjs takes back, so that a line records only its own', () => {
    const story = compileInk('inline.ink', 'VAR flag = false\nOne.\n~ flag = true\nTwo.\n-> END\n').story!;
    const standing = new Map<string, number>();
    trackingWrites(
      {
        wrote: (key) => standing.set(key, (standing.get(key) ?? 0) + 1),
        undone: (key) => standing.set(key, standing.get(key)! - 1),
      },
      () => story.Continue(),
    );
    // Continue() ran on to `Two.` to look for glue, setting the flag, and then went back to `One.`.
    expect(standing.get('g:flag')).toBe(0);
    expect(story.variablesState.$('flag')).toBe(false);
  });
});

/**
 * Lines inside a function that prints two of them, glue between lines, globals written between
 * lines (where inkjs's lookahead writes and takes back), visit counts, TURNS_SINCE and a tunnel:
 * the corners where a line's state is more than its position.
 */
const cornerSource = `VAR mood = 0
VAR flag = false
VAR seen = 0
-> hub
=== function report(n) ===
Report {n}: mood {mood}.
{flag: Flagged|Clear}, n is {n}.
~ return n + 1
=== hub ===
Hub, visit {hub}, {TURNS_SINCE(-> hub)} turns since.
~ seen = report(seen)
Glued <>
{mood > 1: tense|calm}.
~ flag = not flag
After the flag.
+ [Raise]
  ~ mood = mood + 1
  Raised.
  -> tun ->
  -> hub
+ [Keep] Kept. -> hub
+ {hub > 2} [Leave] Gone. -> END
=== tun ===
In the tunnel, {report(mood)} reported.
~ mood = mood % 3
->->
`;

/**
 * What makes two states the same for what follows: the key (where the story is, with thread numbers
 * as names) and every count. A save also holds the thread numbers themselves, which differ when
 * one path evaluated more choices than another.
 */
function sameness(player: StoryPlayer, save: string): unknown {
  const { variablesState, visitCounts, turnIndices, turnIdx, storySeed, previousRandom } = JSON.parse(save) as Record<string, unknown>;
  return { key: splitState(player.inkState, true).key, variablesState, visitCounts, turnIndices, turnIdx, storySeed, previousRandom };
}

/**
 * Plays every option from every state `source` reaches within `depth` decisions, once with inkjs alone
 * and once through one line cache, expecting the same lines and the same states; returns how many
 * options were compared and the Continue() calls each way.
 */
function compareWithInk(source: string, turnIsRead: boolean, depth: number): { compared: number; plain: number; cached: number } {
  const compile = () => compileInk('compared.ink', source).story as unknown as InkStory;
  const plainStory = compile();
  const cachedStory = compile();
  const continues = { plain: 0, cached: 0 };
  for (const [story, counter] of [
    [plainStory, 'plain'],
    [cachedStory, 'cached'],
  ] as const) {
    const inkContinue = story.Continue.bind(story);
    story.Continue = () => {
      continues[counter]++;
      return inkContinue();
    };
  }
  const plain = new StoryPlayer(plainStory, tagContext);
  const cached = new StoryPlayer(cachedStory, tagContext);
  const cache = new LineCache(turnIsRead);
  plain.nextSegment();
  cached.nextSegment();
  let compared = 0;
  const explore = (save: string, decisions: number): void => {
    if (decisions >= depth) return;
    plain.loadState(save);
    const options = plain.options.map((option) => option.index);
    for (const option of options) {
      plain.loadState(save);
      plain.choose(option);
      const expected = plain.nextSegment().map((line) => `${line.text} ${JSON.stringify(line.tags)}`);
      const expectedSave = plain.saveState();
      const expectedState = sameness(plain, expectedSave);
      cached.loadState(save);
      const from = segmentStart(cached, cached.snapshotState());
      const played = cache.play(cached, from, option, false);
      expect(played.lines.map((line) => `${line.text} ${JSON.stringify(line.tags)}`)).toEqual(expected);
      expect(sameness(cached, reached(cached, played))).toEqual(expectedState);
      compared++;
      if (!plain.isOver) explore(expectedSave, decisions + 1);
    }
  };
  explore(plain.saveState(), 0);
  return { compared, ...continues };
}

describe('the line cache on ink’s corners', () => {
  it('plays every option from every state exactly as inkjs does, whatever it replays', () => {
    const { compared, plain, cached } = compareWithInk(cornerSource, true, 7);
    expect(compared).toBeGreaterThan(100);
    // Most lines were replayed, not played: the comparison above is of the cache, not of inkjs twice.
    expect(cached).toBeLessThan(plain / 2);
  });
});

/**
 * Meters and flags as the shipped stories keep them: added to, clamped by a function (a branch on the
 * meter after the line wrote it), settled by comparisons with a function's arguments, compared inside
 * `and` and `or` (whose other operand may not matter), negated, kept in a truth, bounded with MIN and
 * MAX, subtracted from a number, a string compared with `==` and `!=`, and also printed and
 * multiplied (which the value trace does not follow: those lines read the value exactly).
 */
const meterSource = `VAR trust = 5
VAR standing = 0
VAR tense = false
VAR price = 10
VAR mood = "calm"
-> hub
=== function trust_down(n) ===
~ trust = trust - n
{ trust < 0:
    ~ trust = 0
}
=== function settle(gain) ===
{
- standing + gain < 2:
    ~ standing = -99
- standing - gain >= 6:
    ~ standing = 99
}
=== hub ===
~ settle(3)
Hub {hub}.
~ tense = trust < 3
{tense and standing > 0: Tense but ahead.}
{mood == "angry" or standing > 4: Heated.|{not tense and mood != "calm": Edgy.}}
+ [Up]
  ~ standing = standing + 2
  ~ trust = MIN(trust + 1, 7)
  Up.
  -> hub
+ [Down]
  ~ standing = 1 - standing
  ~ trust_down(2)
  Down.
  -> hub
+ [Price]
  ~ price = MAX(price - trust, 3)
  Price {price}, twice the standing {standing * 2}.
  -> hub
+ [Mood]
  ~ mood = "{mood == "calm":worried|{mood == "worried":angry|calm}}"
  Now {mood}.
  -> hub
+ {hub > 3} [Leave] Gone. -> END
`;

describe('the line cache on meters', () => {
  it('plays every option from every state exactly as inkjs does, replaying lines across meter values', () => {
    const { compared, plain, cached } = compareWithInk(meterSource, false, 5);
    expect(compared).toBeGreaterThan(1000);
    expect(cached).toBeLessThan(plain / 4);
  });

  it('replays a line that adds to a meter for another value of it, writing that value plus the amount', () => {
    const story = compileInk(
      'meter.ink',
      `VAR meter = 0
* [Low]
  ~ meter = 1
  -> add
* [High]
  ~ meter = 4
  -> add
=== add ===
Adding.
* [Add]
  ~ meter = meter + 3
  Added {meter > 100: a lot}.
  -> done
=== done ===
* [End] Bye. -> END
`,
    ).story as unknown as InkStory;
    let continues = 0;
    const inkContinue = story.Continue.bind(story);
    story.Continue = () => {
      continues++;
      return inkContinue();
    };
    const player = new StoryPlayer(story, tagContext);
    player.nextSegment();
    const start = player.snapshotState();
    const low = atAsk(player, start, 0);
    const high = atAsk(player, start, 1);
    const cache = new LineCache(false);
    cache.play(player, segmentStart(player, low), 0, false);
    const expected = playGoPlainly(player, high);
    const before = continues;
    const from = segmentStart(player, high);
    const replayed = cache.play(player, from, 0, false);
    expect(continues - before).toBe(0);
    expect(replayed.lines.map((line) => line.text)).toEqual(expected.texts);
    expect(reached(player, replayed)).toBe(expected.save);
    expect(player.inkState.variablesState.$('meter')).toBe(7);
    // The explored state's future still reads the meter: the explorer merges states by what they read.
    expect(from.reads.has('g:meter')).toBe(true);
  });
});
