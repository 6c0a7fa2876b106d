import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/core/checker/compile-ink';
import { trackingReads, trackingWrites } from '../../src/core/checker/read-tracking';
import { applySegmentCounts, describeSegment, SegmentCache } from '../../src/core/checker/segment-cache';
import { splitState, stateCounts } from '../../src/core/checker/story-state-key';
import type { StateSnapshot } from '../../src/core/story/state-snapshot';
import { type InkStory, StoryPlayer } from '../../src/core/story/story-player';
import { tagContext } from './helpers';

/**
 * The first decision leads to the same knot three ways: making noise (a variable `Go` never reads),
 * keeping quiet, or padding the tally (a variable `Go` reads and adds to). `Go` writes a flag, adds
 * to the tally, is a once-only choice (so Ink counts its visits), and says how long ago `ask` was seen.
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
  -> done
=== done ===
* [End] Bye. -> END
`;

function makePlayer(): StoryPlayer {
  return new StoryPlayer(compileInk('inline.ink', source).story as unknown as InkStory, tagContext);
}

/** The state at `ask` after the first decision's option `first`. */
function atAsk(player: StoryPlayer, start: StateSnapshot, first: number): StateSnapshot {
  player.restoreSnapshot(start);
  player.choose(first);
  player.nextSegment();
  return player.snapshotState();
}

/** Plays `Go` from `from` as the explorer does, recording what it reads and writes. */
function playGo(player: StoryPlayer, from: StateSnapshot) {
  player.restoreSnapshot(from);
  const reads = new Set<string>();
  const writes = new Set<string>();
  const lines = trackingWrites(
    (write) => writes.add(write),
    () =>
      trackingReads(
        (read) => reads.add(read),
        () => {
          player.choose(0);
          return player.nextSegment();
        },
      ),
  );
  return { lines, reads, writes, after: player.snapshotState() };
}

describe('the segment cache', () => {
  const player = makePlayer();
  player.nextSegment();
  const start = player.snapshotState();
  const noisy = atAsk(player, start, 0);
  const quiet = atAsk(player, start, 1);
  const padded = atAsk(player, start, 2);
  const played = playGo(player, noisy);
  const segment = describeSegment(noisy, played.after, played.lines, played.writes, played.reads);
  const key = splitState(noisy, false).key;
  const cache = new SegmentCache();
  cache.store(key, 0, stateCounts(noisy), [...played.reads].sort(), segment);

  it('meets states that differ only in counts under one key', () => {
    expect(splitState(quiet, false).key).toBe(key);
    expect(splitState(padded, false).key).toBe(key);
  });

  it('records the globals and turn indices a segment writes, and the visits it adds', () => {
    expect([...played.writes].filter((w) => w.startsWith('g:')).sort()).toEqual(['g:flag', 'g:tally']);
    expect(segment.globalsWritten.map(([name]) => name).sort()).toEqual(['flag', 'tally']);
    // Ink counts the visits of a once-only choice's container (and of what the story counts).
    expect(segment.visitsAdded).toEqual([['ask.0.c-0', 1]]);
    expect(segment.turnsAdvanced).toBe(1);
    expect(played.reads.has('g:noise')).toBe(false);
  });

  it('replays a segment from a state that differs only in what it never read, exactly as playing it', () => {
    const found = cache.find(key, 0, stateCounts(quiet));
    expect(found?.segment).toBe(segment);
    const real = playGo(player, quiet);
    const realSave = player.saveState();
    player.restoreSnapshot(found!.segment.after);
    applySegmentCounts(player.inkState, found!.segment, quiet);
    expect(player.saveState()).toBe(realSave);
    expect(found!.segment.lines.map((line) => line.text)).toEqual(real.lines.map((line) => line.text));
  });

  it('does not replay a segment from a state that differs in a value it read', () => {
    expect(cache.find(key, 0, stateCounts(padded))).toBeNull();
    expect(cache.find(key, 1, stateCounts(quiet))).toBeNull();
  });
});
