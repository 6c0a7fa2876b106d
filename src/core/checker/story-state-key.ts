/**
 * Splits an ink story state into what identifies it for scoring (the key) and the values that only
 * matter if read (visit counts, turn numbers, global variables).
 *
 * The key holds what inkjs would save of the state, read straight from the state rather than
 * through a save: the call stack's threads, the choices on offer with the threads they were made
 * in, the evaluation stack, a pending divert and the random seed, and for a function call on the
 * stack (between two lines of one segment) where its output began, which its whitespace trimming
 * reads. It leaves out what cannot change what comes next (the text already printed, which the
 * next Continue() clears) and the counts, which `readFingerprint` compares only where the story
 * read them.
 */
import { JsonSerialisation } from 'inkjs/engine/JsonSerialisation';
import type { InkObject } from 'inkjs/engine/Object';
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import { BoolValue, FloatValue, IntValue, StringValue } from 'inkjs/engine/Value';
import type { InkFlow, InkStoryState, InkThread, InkVariablesState } from '../story/state-snapshot.ts';

/** The counts of one state. Read from a snapshot they stay as they are; from the live state, until it plays on. */
export interface StateCounts {
  visits: ReadonlyMap<string, number>;
  turnIndices: ReadonlyMap<string, number>;
  turn: number;
  globals: ReadonlyMap<string, unknown>;
  /** Where the declared values are, and inkjs's test for equal values (the same for every copy of a state). */
  variables: InkVariablesState;
  /** Values already read from these counts: a state is compared against many remembered ones. */
  seen: Map<string, number | string | null>;
}

export interface SplitState {
  key: string;
  counts: StateCounts;
}

/** Ink values as inkjs saves them, for fingerprints; values are immutable, so each is written once. */
const writtenValues = new WeakMap<object, string>();

function inkJson(values: Iterable<unknown>): string {
  const writer = new SimpleJson.Writer();
  writer.WriteArrayStart();
  for (const value of values) JsonSerialisation.WriteRuntimeObject(writer, value as InkObject);
  writer.WriteArrayEnd();
  return writer.toString();
}

/**
 * A global's value as a string for fingerprints, which only compare: the plain values globals
 * mostly hold are written directly (a letter for the type, so 1 and 1.0 stay apart, and strings
 * quoted, so none holds a raw newline), the rest as inkjs saves them. Equal values give equal
 * strings, and values that inkjs would save differently never do.
 */
function valueFingerprint(value: object): string {
  const plain = value.constructor;
  if (plain === IntValue) return `i${(value as IntValue).value}`;
  if (plain === BoolValue) return `b${(value as BoolValue).value}`;
  if (plain === FloatValue) return `f${(value as FloatValue).value}`;
  if (plain === StringValue) return `s${JSON.stringify((value as StringValue).value)}`;
  let json = writtenValues.get(value);
  if (json === undefined) {
    json = inkJson([value]);
    writtenValues.set(value, json);
  }
  return json;
}

/** inkjs's PushPopType.Tunnel: the root element and tunnels; the other types are function calls. */
const tunnelType = 0;

/** A thread as inkjs saves it, under the name the key gives its index. */
function threadKey(thread: InkThread, name: number): unknown[] {
  const elements = thread.callstack.map((element) => {
    const pointer = element.currentPointer;
    const temporaries = element.temporaryVariables;
    return [
      pointer.isNull ? null : pointer.container!.path.componentsString,
      pointer.isNull ? null : pointer.index,
      element.inExpressionEvaluation,
      element.type,
      temporaries.size ? [[...temporaries.keys()], inkJson(temporaries.values())] : null,
      // inkjs saves neither: a function's output trimming and return read them. Only a function call
      // sets them to anything that matters, and choices are never offered inside one.
      element.type === tunnelType ? null : [element.functionStartInOutputStream, element.evaluationStackHeightWhenPushed],
    ];
  });
  const previous = thread.previousPointer.isNull ? null : thread.previousPointer.Resolve()!.path.toString();
  return [elements, name, previous];
}

/**
 * Thread numbers are names handed out by a counter, so paths that evaluated different numbers of
 * choices number the same threads differently. Naming them in order of appearance keeps the
 * meaning and lets such states meet.
 */
function flowKey(flow: InkFlow): unknown[] {
  const names = new Map<number, number>();
  const rename = (index: number): number => {
    if (!names.has(index)) names.set(index, names.size);
    return names.get(index)!;
  };
  const threads = flow.callStack._threads.map((thread) => threadKey(thread, rename(thread.threadIndex)));
  // A choice made in a thread that has since ended carries its own copy of that thread.
  const choiceThreads = new Map<number, InkThread>();
  const choices = flow.currentChoices.map((choice) => {
    const thread = choice.threadAtGeneration!;
    const name = rename(thread.threadIndex);
    if (flow.callStack.ThreadWithIndex(thread.threadIndex) === null) choiceThreads.set(name, thread);
    // Not `choice.index`: inkjs numbers the choices afresh whenever the story lists them, so it says
    // only when they were last listed, and it follows from the order here anyway.
    return [
      choice.text,
      choice.sourcePath,
      name,
      choice.pathStringOnChoice,
      choice.isInvisibleDefault,
      choice.tags?.length ? choice.tags : null,
    ];
  });
  const endedThreads = [...choiceThreads].sort(([a], [b]) => a - b).map(([name, thread]) => threadKey(thread, name));
  return [flow.name, threads, endedThreads, choices];
}

/**
 * @param turnIsRead the story uses TURNS(), so the turn number itself is part of the state.
 */
export function splitState(state: InkStoryState, turnIsRead: boolean): SplitState {
  const flows = state._namedFlows ? [...state._namedFlows.values()] : [state._currentFlow];
  const divert = state.divertedPointer.isNull ? null : state.divertedPointer.path!.componentsString;
  const key = JSON.stringify([
    flows.map(flowKey),
    state._currentFlow.name,
    state.evaluationStack.length ? inkJson(state.evaluationStack) : null,
    divert,
    turnIsRead ? state.currentTurnIndex : null,
    state.storySeed,
    state.previousRandom,
  ]);
  return { key, counts: stateCounts(state) };
}

export function stateCounts(state: InkStoryState): StateCounts {
  return {
    visits: state._visitCounts,
    turnIndices: state._turnIndices,
    turn: state.currentTurnIndex,
    globals: state.variablesState._globalVariables,
    variables: state.variablesState,
    seen: new Map(),
  };
}

/**
 * inkjs's test for equal values (`RuntimeObjectsEqual`), answered directly for the plain values globals
 * mostly hold: values of different classes differ, and truths, numbers and strings compare by value.
 */
function sameValue(variables: InkVariablesState, value: object, declared: object): boolean {
  if (value === declared) return true;
  const plain = value.constructor;
  if (plain !== declared.constructor) return false;
  if (plain === IntValue || plain === BoolValue || plain === FloatValue || plain === StringValue)
    return (value as IntValue).value === (declared as IntValue).value;
  return variables.RuntimeObjectsEqual(value, declared);
}

/** A global as inkjs saves it, or null while it holds its declared value (inkjs saves only the others). */
function globalValue(counts: StateCounts, name: string): string | null {
  const { variables } = counts;
  const value = counts.globals.get(name);
  if (value === undefined || value === null) return null;
  const declared = variables._defaultGlobalVariables.get(name);
  if (declared !== undefined && declared !== null && sameValue(variables, value as object, declared as object)) return null;
  return valueFingerprint(value as object);
}

/** The value a read of `key` ("v:path", "t:path" or "g:variable") sees in these counts. */
function readValue(counts: StateCounts, key: string): number | string | null {
  let value = counts.seen.get(key);
  if (value === undefined) {
    value = readUncached(counts, key);
    counts.seen.set(key, value);
  }
  return value;
}

function readUncached(counts: StateCounts, key: string): number | string | null {
  const path = key.slice(2);
  if (key.startsWith('v:')) return counts.visits.get(path) ?? 0;
  if (key.startsWith('g:')) return globalValue(counts, path);
  // TURNS_SINCE reads the distance to the last visit, which moves with the turn number.
  const last = counts.turnIndices.get(path);
  return last === undefined ? null : counts.turn - last;
}

/**
 * What the given reads would see, as one string: equal strings mean `agreeOn` holds. The values are
 * numbers, ink values as JSON (which never holds a raw newline) and null (written as nothing).
 */
export function readFingerprint(counts: StateCounts, reads: readonly string[]): string {
  let fingerprint = '';
  for (let i = 0; i < reads.length; i++) {
    const value = readValue(counts, reads[i]!);
    fingerprint += i === 0 ? `${value ?? ''}` : `\n${value ?? ''}`;
  }
  return fingerprint;
}

/** True when every read key sees the same value in both. */
export function agreeOn(a: StateCounts, b: StateCounts, reads: Iterable<string>): boolean {
  for (const key of reads) if (readValue(a, key) !== readValue(b, key)) return false;
  return true;
}
