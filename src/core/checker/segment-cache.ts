/**
 * Remembers what playing one option from one story state did, so that a later state with the same
 * key, taking the same option, can skip inkjs when it agrees on every value that play read.
 *
 * Paths that meet at the same point in a story usually differ only in counts and variables, and a
 * segment reads few of them: the same option is played from many states whose futures differ but
 * whose next segment does not. A segment is a function of its state's key and the values it read,
 * so another state that agrees on those plays it the same way: the same lines, the same new
 * position, the same writes. What it does to the counts is kept as a change (visits added, turn
 * indices and globals written), applied to the counts of the state it is replayed from, because
 * those hold values the segment never read.
 */
import type { InkStoryState, StateSnapshot } from '../story/state-snapshot.ts';
import type { StoryLine, StoryPlayer } from '../story/story-player.ts';
import { trackingReads, trackingWrites } from './read-tracking.ts';
import { readFingerprint, type StateCounts } from './story-state-key.ts';

/** One option played from one state, and what it did. */
export interface PlayedSegment {
  lines: StoryLine[];
  /**
   * Every key the play read, for the states it is replayed from: their futures read these too.
   * The cache matches on fewer (not a global read after the segment wrote it), kept by its group.
   */
  allReads: readonly string[];
  /** The state the play left, whose position, choices and stacks a replay starts from. */
  after: StateSnapshot;
  /** Visits the segment added, by container path. */
  visitsAdded: ReadonlyArray<readonly [string, number]>;
  /** Turn indices the segment wrote, as offsets from the turn number after it. */
  turnIndicesWritten: ReadonlyArray<readonly [string, number]>;
  /** How far the turn number moved. */
  turnsAdvanced: number;
  /** Globals the segment wrote, with the values they held after it (ink values are immutable). */
  globalsWritten: ReadonlyArray<readonly [string, unknown]>;
}

/** Segments that read the same keys, by the values those keys held. */
interface SegmentGroup {
  reads: string[];
  segments: Map<string, PlayedSegment>;
}

export interface FoundSegment {
  reads: readonly string[];
  segment: PlayedSegment;
}

/** The explored state an option is played from. */
export interface SegmentStart {
  key: string;
  counts: StateCounts;
  saved: StateSnapshot;
  /** What was read from this state so far: what the play reads is added. */
  reads: Set<string>;
}

export interface SegmentPlayed {
  lines: StoryLine[];
  /** A snapshot of the state the lines left the player in, when one was taken for the cache. */
  after: StateSnapshot | null;
}

export class SegmentCache {
  private readonly groups = new Map<string, SegmentGroup[]>();

  /**
   * Plays option `option` from `start` and reads on to the next decision, or replays the record
   * of that play when everything it read holds the same values here. `holdsStart`: the player
   * still holds the start state untouched, so it need not be restored.
   */
  play(player: StoryPlayer, start: SegmentStart, option: number, holdsStart: boolean): SegmentPlayed {
    const known = this.find(start.key, option, start.counts);
    if (known) {
      for (const read of known.segment.allReads) start.reads.add(read);
      player.restoreSnapshot(known.segment.after);
      applySegmentCounts(player.inkState, known.segment, start.saved);
      return { lines: known.segment.lines, after: null };
    }
    if (!holdsStart) player.restoreSnapshot(start.saved);
    const reads = new Set<string>();
    const allReads = new Set<string>();
    const writes = new Set<string>();
    const errorsBefore = player.runtimeErrors.length;
    const lines = trackingWrites(
      (write) => writes.add(write),
      () =>
        trackingReads(
          (read) => {
            // A global or turn index read after the segment wrote it does not see the start's own value.
            if (!writes.has(read)) reads.add(read);
            allReads.add(read);
            start.reads.add(read);
          },
          () => {
            player.choose(option);
            return player.nextSegment();
          },
        ),
    );
    // A segment that ran away or met a runtime error is reported where it is met, so never replayed.
    if (player.runaway || player.runtimeErrors.length !== errorsBefore) return { lines, after: null };
    const after = player.snapshotState();
    this.store(start.key, option, start.counts, [...reads].sort(), describeSegment(start.saved, after, lines, writes, allReads));
    return { lines, after };
  }

  /** A segment played with `option` from a state with this key that agrees with `counts` on all it read. */
  find(stateKey: string, option: number, counts: StateCounts): FoundSegment | null {
    for (const group of this.groups.get(`${option}\n${stateKey}`) ?? []) {
      const segment = group.segments.get(readFingerprint(counts, group.reads));
      if (segment) return { reads: group.reads, segment };
    }
    return null;
  }

  store(stateKey: string, option: number, counts: StateCounts, reads: string[], segment: PlayedSegment): void {
    const cacheKey = `${option}\n${stateKey}`;
    const groups = this.groups.get(cacheKey) ?? [];
    const signature = reads.join('\n');
    let group = groups.find((g) => g.reads.join('\n') === signature);
    if (!group) {
      group = { reads, segments: new Map() };
      groups.push(group);
      this.groups.set(cacheKey, groups);
    }
    group.segments.set(readFingerprint(counts, reads), segment);
  }
}

/**
 * What a segment did, from the state before it and after it, the keys it wrote ("g:name" for a
 * global, "t:path" for a turn index, as `trackingWrites` reports them) and the keys it read.
 */
export function describeSegment(
  before: InkStoryState,
  after: StateSnapshot,
  lines: StoryLine[],
  writes: ReadonlySet<string>,
  reads: ReadonlySet<string>,
): PlayedSegment {
  // Visit counts only ever go up by one at a time, so the difference is exactly what was added.
  const visitsAdded: [string, number][] = [];
  for (const [path, count] of after._visitCounts) {
    const added = count - (before._visitCounts.get(path) ?? 0);
    if (added !== 0) visitsAdded.push([path, added]);
  }
  const turnIndicesWritten: [string, number][] = [];
  const globalsWritten: [string, unknown][] = [];
  for (const write of writes) {
    const name = write.slice(2);
    if (write.startsWith('t:')) turnIndicesWritten.push([name, after._turnIndices.get(name)! - after.currentTurnIndex]);
    else globalsWritten.push([name, after.variablesState._globalVariables.get(name)]);
  }
  return {
    lines,
    allReads: [...reads],
    after,
    visitsAdded,
    turnIndicesWritten,
    turnsAdvanced: after.currentTurnIndex - before.currentTurnIndex,
    globalsWritten,
  };
}

/**
 * Gives `live`, a fresh copy of `segment.after`, the counts it would have had if the segment had
 * been played from `before`: those of `before`, changed as the segment changed them.
 */
export function applySegmentCounts(live: InkStoryState, segment: PlayedSegment, before: InkStoryState): void {
  const visits = new Map(before._visitCounts);
  for (const [path, added] of segment.visitsAdded) visits.set(path, (visits.get(path) ?? 0) + added);
  live._visitCounts = visits;
  live.currentTurnIndex = before.currentTurnIndex + segment.turnsAdvanced;
  const turnIndices = new Map(before._turnIndices);
  for (const [path, offset] of segment.turnIndicesWritten) turnIndices.set(path, live.currentTurnIndex + offset);
  live._turnIndices = turnIndices;
  const globals = new Map(before.variablesState._globalVariables);
  for (const [name, value] of segment.globalsWritten) globals.set(name, value);
  live.variablesState._globalVariables = globals;
}
