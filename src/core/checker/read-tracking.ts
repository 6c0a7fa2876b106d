/**
 * Records which visit counts, turn numbers and global variables a story reads while the explorer
 * plays it, and which globals and turn indices it writes (for the segment cache).
 *
 * Once-only choices (`*`) make Ink count visits, so two paths that meet at the same point often
 * differ only in counts; and flags such as `VAR apologized` often stop mattering once the story
 * has used them. A value matters for what follows only if something reads it, so the explorer
 * keys states without them and compares just the values that were read. The inkjs
 * compiler builds its stories from the `inkjs/engine` classes, so patching that StoryState once
 * sees every read; outside an exploration the recorder is null and the patch does nothing.
 */
import { StoryState } from 'inkjs/engine/StoryState';
import { VariablesState } from 'inkjs/engine/VariablesState';

type Recorder = (key: string) => void;

let recorder: Recorder | null = null;
let writeRecorder: Recorder | null = null;
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
  if (recorder && !incrementing) recorder(`v:${container.path.toString()}`);
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
  if (recorder) recorder(`v:${path}`);
  return visitCountAtPath.call(this, path);
};
proto.TurnsSinceForContainer = function (this: PatchableState, container) {
  if (recorder) recorder(`t:${container.path.toString()}`);
  return turnsSince.call(this, container);
};

proto.RecordTurnIndexVisitToContainer = function (this: PatchableState, container) {
  if (writeRecorder) writeRecorder(`t:${container.path.toString()}`);
  recordTurnIndex.call(this, container);
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
  if (recorder && !assigning && (contextIndex === 0 || contextIndex === -1) && this.GlobalVariableExistsWithName(name))
    recorder(`g:${name}`);
  return rawVariable.call(this, name, contextIndex);
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
  if (writeRecorder && name !== null) writeRecorder(`g:${name}`);
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
 * ("t:path") reported to `record`. Visit counts need no recording: they only ever go up by one.
 */
export function trackingWrites<T>(record: Recorder, action: () => T): T {
  const previous = writeRecorder;
  writeRecorder = record;
  try {
    return action();
  } finally {
    writeRecorder = previous;
  }
}
