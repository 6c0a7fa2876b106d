/**
 * The line cache's graph (line-cache.ts): its nodes, the story states between two Continue() calls,
 * and its steps, one Continue() each, grouped by what they read and found by the values those held.
 */
import type { StateSnapshot } from '../story/state-snapshot.ts';
import type { StoryLine, StoryOption } from '../story/story-player.ts';
import { readFingerprint, type StateCounts } from './story-state-key.ts';
import { tracedHold, type CountChanges, type TracedReads } from './walk-counts.ts';

/** One Continue() from one node (after taking an option, for a segment's first), and what it did. */
export interface LineStep extends CountChanges {
  /** The line read, or null for an empty one without tags. */
  line: StoryLine | null;
  /** Every key it read, for the states it is replayed from: their futures read these too. */
  allReads: readonly string[];
  to: LineNode;
  /** Ink steps taken: a replayed segment counts them against the runaway limit. */
  inkSteps: number;
  /** Globals the line read only through a value trace (and the types they held), and the branches it took on them. */
  traced: TracedReads | null;
  /** The read set `allReads` went into last: the options of one state often meet on the same lines. */
  readsAddedTo: Set<string> | null;
}

/** Steps that read the same keys (not a global read after the step wrote it), by the values those held. */
interface StepGroup {
  reads: readonly string[];
  /** Several steps share a fingerprint where they took different branches on traced globals. */
  steps: Map<string, LineStep[]>;
}

/** Continue() with no option taken first. */
export const continuing = -1;

export interface LineNode {
  key: string;
  /** A state with this key; play resumes from a copy of it, with the walk's counts. */
  snapshot: StateSnapshot;
  canReadLine: boolean;
  /** The options on offer, where the node is a decision (none where it can read a line, or at the end). */
  options: StoryOption[];
  /** By the option taken first (`continuing` for none). */
  next: Map<number, StepGroup[]>;
}

/** The step that a state with these counts plays from `node` after `choice`, when one is known. */
export function find(node: LineNode, choice: number, counts: StateCounts): LineStep | null {
  for (const group of node.next.get(choice) ?? []) {
    for (const step of group.steps.get(readFingerprint(counts, group.reads)) ?? []) {
      if (!step.traced || tracedHold(step.traced, counts)) return step;
    }
  }
  return null;
}

/** Remembers a step played from `node` after `choice`, found by the values its reads held. */
export function store(node: LineNode, choice: number, reads: readonly string[], fingerprint: string, step: LineStep): void {
  const groups = node.next.get(choice) ?? [];
  const signature = reads.join('\n');
  let group = groups.find((g) => g.reads.join('\n') === signature);
  if (!group) {
    group = { reads, steps: new Map() };
    groups.push(group);
    node.next.set(choice, groups);
  }
  const steps = group.steps.get(fingerprint);
  if (steps) steps.push(step);
  else group.steps.set(fingerprint, [step]);
}
