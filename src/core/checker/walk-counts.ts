/**
 * The counts a line-cache walk carries from state to state (visits, turn indices, the turn number and
 * globals: what `StateCounts` holds, in maps of its own), how one replayed line changes them, and how
 * the state a walk stands for is put back into the player, or its meters read, from a snapshot of
 * another state with the same key.
 */
import { meterNames, type Meters } from '../story/meters.ts';
import type { StateSnapshot } from '../story/state-snapshot.ts';
import type { StoryPlayer } from '../story/story-player.ts';
import { IntValue } from 'inkjs/engine/Value';
import type { StateCounts } from './story-state-key.ts';
import { conditionHolds, fits, linearValue, type Condition, type Linear, type TracedType } from './trace-conditions.ts';

/** What one line did to the counts of the state it was played from. */
export interface CountChanges {
  /** Visits it added, by container path. */
  visitsAdded: ReadonlyArray<readonly [string, number]>;
  /** Turn indices it wrote, as offsets from the turn number after it. */
  turnIndicesWritten: ReadonlyArray<readonly [string, number]>;
  turnsAdvanced: number;
  /** Globals it wrote, with the values they held after it (ink values are immutable). */
  globalsWritten: ReadonlyArray<readonly [string, unknown]>;
  /** Globals it wrote as a traced global's start value times ±1 plus an amount. */
  linearWrites: ReadonlyArray<readonly [string, Linear]>;
}

/** What a line's value trace (value-trace.ts) found: it holds where these do. */
export interface TracedReads {
  /** Globals the line read as tagged values, and the type each must hold. */
  bases: ReadonlyArray<readonly [string, TracedType]>;
  /** The branches it took on those it did not read exactly. */
  conditions: readonly Condition[];
}

/** A global's value in these counts (inkjs keeps a global that was never set at its declared value). */
function startOf(counts: StateCounts, name: string): unknown {
  return counts.globals.get(name) ?? counts.variables._defaultGlobalVariables.get(name);
}

/** True when these counts hold values of the traced types in the traced globals, and take the same branches on them. */
export function tracedHold(traced: TracedReads, counts: StateCounts): boolean {
  for (const [base, type] of traced.bases) if (!fits(type, startOf(counts, base))) return false;
  for (const condition of traced.conditions) if (!conditionHolds(condition, startOf(counts, condition.base))) return false;
  return true;
}

/** The counts a walk carries from node to node: its own maps, which each step changes. */
export interface WalkCounts extends StateCounts {
  visits: Map<string, number>;
  turnIndices: Map<string, number>;
  globals: Map<string, unknown>;
}

/** Changes the walk's counts as the step changed the counts of the state it was played from. */
export function advance(walk: WalkCounts, step: CountChanges): void {
  // From the start values, before the step's own writes change them (most lines write none).
  const linear = step.linearWrites.length
    ? step.linearWrites.map(
        ([name, write]) => [name, new IntValue(linearValue(write, (startOf(walk, write.base) as IntValue).value!))] as const,
      )
    : null;
  for (const [path, added] of step.visitsAdded) walk.visits.set(path, (walk.visits.get(path) ?? 0) + added);
  walk.turn += step.turnsAdvanced;
  for (const [path, offset] of step.turnIndicesWritten) walk.turnIndices.set(path, walk.turn + offset);
  for (const [name, value] of step.globalsWritten) walk.globals.set(name, value);
  if (linear) for (const [name, value] of linear) walk.globals.set(name, value);
  if (walk.seen.size) walk.seen.clear();
}

/**
 * Puts a copy of `snapshot` in the player with the walk's counts: the state the walk stands for.
 * `keepWalking`: the walk goes on, so the player gets copies of its maps (playing changes them).
 */
export function resume(player: StoryPlayer, snapshot: StateSnapshot, walk: WalkCounts, keepWalking: boolean): void {
  player.restoreSnapshot(snapshot);
  const state = player.inkState;
  state._visitCounts = keepWalking ? new Map(walk.visits) : walk.visits;
  state._turnIndices = keepWalking ? new Map(walk.turnIndices) : walk.turnIndices;
  state.currentTurnIndex = walk.turn;
  state.variablesState._globalVariables = keepWalking ? new Map(walk.globals) : walk.globals;
}

/**
 * The meters of the state `snapshot` stands for when its globals are `globals`, read as the
 * player reads them (`StoryPlayer.meters`), through inkjs, from the snapshot with those globals
 * lent to it for the read.
 */
export function metersAt(snapshot: StateSnapshot, globals: Map<string, unknown>): Meters {
  const variables = snapshot.variablesState;
  const own = variables._globalVariables;
  variables._globalVariables = globals;
  try {
    const meters: Meters = {};
    for (const name of meterNames) {
      if (!variables.GlobalVariableExistsWithName(name)) continue;
      const value = variables.$(name);
      if (typeof value === 'number') meters[name] = value;
    }
    return meters;
  } finally {
    variables._globalVariables = own;
  }
}
