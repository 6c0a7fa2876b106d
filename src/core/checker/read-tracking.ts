/**
 * Records which visit counts, turn numbers and global variables a story reads while the explorer
 * plays it, and which globals and turn indices it writes (for the line cache).
 *
 * Once-only choices (`*`) make Ink count visits, so two paths that meet at the same point often
 * differ only in counts; and flags such as `VAR apologized` often stop mattering once the story
 * has used them. A value matters for what follows only if something reads it, so the explorer
 * keys states without them and compares just the values that were read. The inkjs
 * compiler builds its stories from the `inkjs/engine` classes, so patching that StoryState once
 * sees every read; outside an exploration the recorder is null and the patch does nothing.
 */
import { Story } from 'inkjs/engine/Story';
import { StoryState } from 'inkjs/engine/StoryState';
import { VariablesState } from 'inkjs/engine/VariablesState';
import { traceRead, traceWrite } from './value-trace.ts';

/**
 * Hears each read; `exact` is false for an integer global read as a tagged value (value-trace.ts),
 * which is a read of the line's future but, for the line itself, only as far as the trace says.
 */
type Recorder = (key: string, exact: boolean) => void;

/** Hears every write as it is made, and the writes a lookahead made when inkjs takes it back. */
export interface WriteRecorder {
  wrote(key: string): void;
  undone(key: string): void;
}

let recorder: Recorder | null = null;
let writeRecorder: WriteRecorder | null = null;
/**
 * Writes made since inkjs took a snapshot at a newline to look ahead for glue: when the line ends
 * there after all, it restores the snapshot and those writes never happened (the next Continue()
 * makes them again). Null while no lookahead is running.
 */
let lookaheadWrites: string[] | null = null;
let incrementing = false;
let assigning = false;

interface CountedContainer {
  path: { toString(): string };
}

interface PatchableState {
  VisitCountForContainer(container: CountedContainer): number;
  IncrementVisitCountForContainer(container: CountedContainer): void;
  VisitCountAtPathString(path: string): number;
  TurnsSinceForContainer(container: CountedContainer): number;
  RecordTurnIndexVisitToContainer(container: CountedContainer): void;
}

const proto = StoryState.prototype as unknown as PatchableState;
const visitCount = proto.VisitCountForContainer;
const incrementVisitCount = proto.IncrementVisitCountForContainer;
const visitCountAtPath = proto.VisitCountAtPathString;
const turnsSince = proto.TurnsSinceForContainer;
const recordTurnIndex = proto.RecordTurnIndexVisitToContainer;

proto.VisitCountForContainer = function (this: PatchableState, container) {
  if (recorder && !incrementing) recorder(`v:${container.path.toString()}`, true);
  return visitCount.call(this, container);
};
proto.IncrementVisitCountForContainer = function (this: PatchableState, container) {
  // Incrementing reads the old count to write the new one: that is not a read by the story.
  incrementing = true;
  try {
    incrementVisitCount.call(this, container);
  } finally {
    incrementing = false;
  }
};
proto.VisitCountAtPathString = function (this: PatchableState, path) {
  if (recorder) recorder(`v:${path}`, true);
  return visitCountAtPath.call(this, path);
};
proto.TurnsSinceForContainer = function (this: PatchableState, container) {
  if (recorder) recorder(`t:${container.path.toString()}`, true);
  return turnsSince.call(this, container);
};

function wrote(key: string): void {
  if (!writeRecorder) return;
  writeRecorder.wrote(key);
  lookaheadWrites?.push(key);
}

proto.RecordTurnIndexVisitToContainer = function (this: PatchableState, container) {
  wrote(`t:${container.path.toString()}`);
  recordTurnIndex.call(this, container);
};

interface PatchableStory {
  StateSnapshot(): void;
  RestoreStateSnapshot(): void;
  DiscardSnapshot(): void;
}

const storyProto = Story.prototype as unknown as PatchableStory;
const stateSnapshot = storyProto.StateSnapshot;
const restoreStateSnapshot = storyProto.RestoreStateSnapshot;
const discardSnapshot = storyProto.DiscardSnapshot;

storyProto.StateSnapshot = function (this: PatchableStory) {
  stateSnapshot.call(this);
  lookaheadWrites = [];
};
storyProto.RestoreStateSnapshot = function (this: PatchableStory) {
  restoreStateSnapshot.call(this);
  const undone = lookaheadWrites ?? [];
  lookaheadWrites = null;
  if (writeRecorder) for (const key of undone) writeRecorder.undone(key);
};
storyProto.DiscardSnapshot = function (this: PatchableStory) {
  // The lookahead's state is kept: its writes stand.
  discardSnapshot.call(this);
  lookaheadWrites = null;
};

interface PatchableVariables {
  GetRawVariableWithName(name: string, contextIndex: number): unknown;
  Assign(assignment: unknown, value: unknown): void;
  GlobalVariableExistsWithName(name: string): boolean;
  SetGlobal(name: string | null, value: unknown): void;
}

const variablesProto = VariablesState.prototype as unknown as PatchableVariables;
const rawVariable = variablesProto.GetRawVariableWithName;
const assign = variablesProto.Assign;
const setGlobal = variablesProto.SetGlobal;

variablesProto.GetRawVariableWithName = function (this: PatchableVariables, name, contextIndex) {
  const value = rawVariable.call(this, name, contextIndex);
  if (!recorder || assigning || (contextIndex !== 0 && contextIndex !== -1) || !this.GlobalVariableExistsWithName(name)) return value;
  // While a value trace is active, an integer may come back tagged: then only what the story does with it is a read.
  const traced = traceRead(name, value);
  recorder(`g:${name}`, traced === value);
  return traced;
};
variablesProto.Assign = function (this: PatchableVariables, assignment, value) {
  // Assigning looks the variable up to follow `ref` pointers: that is a write, not a read.
  assigning = true;
  try {
    assign.call(this, assignment, value);
  } finally {
    assigning = false;
  }
};

variablesProto.SetGlobal = function (this: PatchableVariables, name, value) {
  if (name !== null) {
    wrote(`g:${name}`);
    traceWrite(name);
  }
  setGlobal.call(this, name, value);
};

/** Runs `action` with every count read reported to `record`. */
export function trackingReads<T>(record: Recorder, action: () => T): T {
  const previous = recorder;
  recorder = record;
  try {
    return action();
  } finally {
    recorder = previous;
  }
}

/**
 * Runs `action` with every write the story makes to a global ("g:name") or to a turn index
 * ("t:path") reported to `record`, and the writes of a lookahead that inkjs took back. Visit
 * counts need no recording: they only ever go up by one, so the difference says what was added.
 */
export function trackingWrites<T>(record: WriteRecorder, action: () => T): T {
  const previous = writeRecorder;
  writeRecorder = record;
  try {
    return action();
  } finally {
    writeRecorder = previous;
  }
}
