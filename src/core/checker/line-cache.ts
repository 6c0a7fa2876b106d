/**
 * Remembers what each line of play did from each story state, so that a later state with the same
 * key can skip inkjs for every line on which it agrees with a state already played.
 *
 * Paths that meet at the same point in a story usually differ only in counts and variables, and one
 * line reads few of them: a meter read at the top of a segment keeps the states apart for that line,
 * but the lines after it, which read nothing that differs, are the same lines from the same
 * positions. So the cache is a graph: its nodes are the story states between two Continue() calls,
 * by key (`splitState`), and its steps are one Continue() (the first after taking an option) from a
 * node, grouped by what that Continue() read and found by the values those reads held. A step is a
 * function of its node's key and those values, so any state that agrees on them plays it the same
 * way: the same line, the same next node, the same writes. What a step does to the counts is kept as
 * a change (visits added, turn indices and globals written), applied to the counts of the state it
 * is replayed from, because those hold values the step never read.
 *
 * A play walks the graph with its own counts and plays inkjs only where no step matches, from the
 * node it stands on with the walk's counts put back: afterwards it may meet known steps again.
 *
 * A line that only adds to a meter, or branches on one, reads it through a value trace
 * (value-trace.ts): its step then replays wherever the meter takes the same branches, and writes
 * the meter as the value found plus the same amount, instead of only where the meter is the same.
 */
import type { Meters } from '../story/meters.ts';
import type { StateSnapshot } from '../story/state-snapshot.ts';
import { segmentStepLimit, type StoryLine, type StoryOption, type StoryPlayer } from '../story/story-player.ts';
import { trackingReads, trackingWrites } from './read-tracking.ts';
import { readFingerprint, splitState, type StateCounts } from './story-state-key.ts';
import type { Linear } from './trace-conditions.ts';
import { ValueTrace } from './value-trace.ts';
import './value-trace-ops.ts';
import { continuing, find, store, type LineNode, type LineStep } from './line-steps.ts';
import { advance, metersAt, resume, type WalkCounts } from './walk-counts.ts';

/** The explored state an option is played from. */
export interface SegmentStart {
  key: string;
  counts: StateCounts;
  /** A state with its key; its own counts may differ from `counts`, which are this state's. */
  saved: StateSnapshot;
  options: StoryOption[];
  /** What was read from this state so far: what the play reads is added. */
  reads: Set<string>;
}

/**
 * A state the cache reached without the player holding it: the explorer reads what it needs here,
 * and the player puts it back only to play inkjs from it.
 */
export interface CachedPosition {
  key: string;
  counts: StateCounts;
  /** A state with this key, whose own counts may differ from `counts`. */
  snapshot: StateSnapshot;
  /** The options on offer (none: the story is over). */
  options: StoryOption[];
  meters(): Meters;
}

export interface SegmentPlayed {
  lines: StoryLine[];
  /** Where the play stopped, when the player does not hold that state (null: it does). */
  position: CachedPosition | null;
  /** A snapshot of the state the lines left the player in, when one was taken for the cache. */
  after: StateSnapshot | null;
  /** The key of that state (`splitState`), when the cache knows it. */
  key: string | null;
}

export class LineCache {
  private readonly nodes = new Map<string, LineNode>();

  /** @param turnIsRead the story uses TURNS(), so the turn number is part of every key. */
  constructor(private readonly turnIsRead: boolean) {}

  /**
   * Takes option `option` from `start` and reads on to the next decision or the end, replaying
   * every line the cache knows; the player is left holding the state that play reaches.
   * `holdsStart`: the player still holds the start state untouched, so it need not be restored.
   */
  play(player: StoryPlayer, start: SegmentStart, option: number, holdsStart: boolean): SegmentPlayed {
    const walk: WalkCounts = {
      visits: new Map(start.counts.visits),
      turnIndices: new Map(start.counts.turnIndices),
      turn: start.counts.turn,
      globals: new Map(start.counts.globals),
      variables: start.counts.variables,
      seen: new Map(),
    };
    // Every explored state is a decision: the player can take an option there, not read a line.
    let node = this.nodes.get(start.key) ?? this.addNode(start.key, start.saved, false, start.options);
    let live = holdsStart;
    let inkSteps = 0;
    let after: StateSnapshot | null = null;
    const lines: StoryLine[] = [];
    for (let first = true; first || node.canReadLine; first = false) {
      const choice = first ? option : continuing;
      let step = find(node, choice, walk);
      if (step) {
        if (step.readsAddedTo !== start.reads) for (const read of step.allReads) start.reads.add(read);
        step.readsAddedTo = start.reads;
        live = false;
        after = null;
      } else {
        if (!live) resume(player, node.snapshot, walk, true);
        live = true;
        const played = this.playLine(player, choice, walk, start.reads);
        // A line that ran away is reported where it is met: play the segment as one, from the start.
        if (!played) return { lines: playWhole(player, start, option), position: null, after: null, key: null };
        ({ step, after } = played);
        if (played.store) store(node, choice, played.reads, readFingerprint(walk, played.reads), step);
      }
      advance(walk, step);
      inkSteps += step.inkSteps;
      // The runaway limit counts a segment's steps, replayed or played: past it, play it as one.
      if (inkSteps > segmentStepLimit) return { lines: playWhole(player, start, option), position: null, after: null, key: null };
      if (step.line) lines.push(step.line);
      node = step.to;
    }
    if (live) return { lines, position: null, after, key: node.key };
    const { snapshot } = node;
    const position = { key: node.key, counts: walk, snapshot, options: node.options, meters: () => metersAt(snapshot, walk.globals) };
    return { lines, position, after: null, key: node.key };
  }

  private addNode(key: string, snapshot: StateSnapshot, canReadLine: boolean, options: StoryOption[]): LineNode {
    const node: LineNode = { key, snapshot, canReadLine, options, next: new Map() };
    this.nodes.set(key, node);
    return node;
  }

  /**
   * Plays one line on the live state (which has the walk's counts), recording what it read and
   * did. Null when it ran away; `store` is false when it met a runtime error, which is reported
   * where it is met, so the line is played again each time.
   */
  private playLine(
    player: StoryPlayer,
    choice: number,
    walk: WalkCounts,
    startReads: Set<string>,
  ): { step: LineStep; reads: string[]; store: boolean; after: StateSnapshot | null } | null {
    player.startSegment();
    const errorsBefore = player.runtimeErrors.length;
    const reads = new Set<string>();
    const allReads = new Set<string>();
    const writtenSoFar = new Set<string>();
    const standingWrites = new Map<string, number>();
    const trace = new ValueTrace();
    const line = trace.run(() =>
      trackingWrites(
        {
          wrote: (key) => {
            writtenSoFar.add(key);
            standingWrites.set(key, (standingWrites.get(key) ?? 0) + 1);
          },
          undone: (key) => standingWrites.set(key, standingWrites.get(key)! - 1),
        },
        () =>
          trackingReads(
            (read, exact) => {
              // A value read after this line wrote it does not see the start's own value.
              if (exact && !writtenSoFar.has(read)) reads.add(read);
              allReads.add(read);
              startReads.add(read);
            },
            () => {
              if (choice !== continuing) player.choose(choice);
              return player.canReadLine ? player.readLine() : null;
            },
          ),
      ),
    );
    if (player.runaway) return null;
    const state = player.inkState;
    const visitsAdded: [string, number][] = [];
    // Visit counts only ever go up by one at a time, so the difference is exactly what was added.
    for (const [path, count] of state._visitCounts) {
      const added = count - (walk.visits.get(path) ?? 0);
      if (added !== 0) visitsAdded.push([path, added]);
    }
    const turnIndicesWritten: [string, number][] = [];
    const globalsWritten: [string, unknown][] = [];
    const linearWrites: [string, Linear][] = [];
    const globals = state.variablesState._globalVariables;
    for (const [write, times] of standingWrites) {
      if (times <= 0) continue;
      const name = write.slice(2);
      if (write.startsWith('t:')) {
        turnIndicesWritten.push([name, state._turnIndices.get(name)! - state.currentTurnIndex]);
        continue;
      }
      const value = globals.get(name);
      const linear = trace.linearOf(value);
      // Any other traced value left in a global (a truth) is used: its condition holds where the step replays.
      if (!linear) trace.use(value);
      // The state plays on with a plain value.
      const plain = trace.plain(value);
      if (plain !== value) globals.set(name, plain);
      if (linear) linearWrites.push([name, linear]);
      else globalsWritten.push([name, plain]);
    }
    // Written with the trace active: a traced value left in a temporary or on the stack is read exactly.
    const { key } = trace.run(() => splitState(state, this.turnIsRead));
    for (const base of trace.sunk) reads.add(`g:${base}`);
    // A global read exactly matches only where it holds the same value, of the same type: the others
    // must hold a value of the type they were traced as, and take the same branches.
    const traced = [...trace.tagged].filter(([base]) => !trace.sunk.has(base));
    let to = this.nodes.get(key);
    // A new node's snapshot is the live state as it is now: the explorer may keep it for its frame.
    const after = to ? null : player.snapshotState();
    if (!to) to = this.addNode(key, after!, player.canReadLine, player.canReadLine ? [] : player.options);
    const step: LineStep = {
      line,
      allReads: [...allReads],
      to,
      inkSteps: player.segmentSteps,
      visitsAdded,
      turnIndicesWritten,
      turnsAdvanced: state.currentTurnIndex - walk.turn,
      globalsWritten,
      linearWrites,
      traced: traced.length ? { bases: traced, conditions: trace.conditions.filter((c) => !trace.sunk.has(c.base)) } : null,
      // Played from the walk's start, whose reads the play has just added.
      readsAddedTo: startReads,
    };
    return { step, reads: [...reads].sort(), store: player.runtimeErrors.length === errorsBefore, after };
  }
}

/** Takes the option and reads the whole segment with inkjs, as one (a runaway is stopped where inkjs stops it). */
function playWhole(player: StoryPlayer, start: SegmentStart, option: number): StoryLine[] {
  const { counts } = start;
  const startCounts = {
    ...counts,
    visits: new Map(counts.visits),
    turnIndices: new Map(counts.turnIndices),
    globals: new Map(counts.globals),
  };
  resume(player, start.saved, startCounts, false);
  return trackingReads(
    (read) => start.reads.add(read),
    () => {
      player.choose(option);
      return player.nextSegment();
    },
  );
}
