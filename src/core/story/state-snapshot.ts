/**
 * Copies an inkjs StoryState in memory, deeply enough that playing on from the copy never changes
 * the original: the checker restores each explored state once per option, and a copy costs a small
 * fraction of inkjs's JSON save and load.
 *
 * inkjs has no public deep copy. `CopyAndStartPatching` (what its own newline lookahead uses) copies
 * the call stack, the output stream and the pointers, but shares everything else with the original
 * and records changes in a patch that is later applied to the shared parts. So after it, this module
 * gives the copy its own visit counts, turn indices, global variables, choices (each choice keeps the
 * thread it was generated in, which choosing it then plays on) and other flows. Only the fields
 * typed below are touched; their names are the same in the engine files and in the bundled runtime.
 */

interface InkPointer {
  readonly isNull: boolean;
  readonly container: { readonly path: { readonly componentsString: string } } | null;
  readonly index: number;
  Resolve(): { readonly path: { toString(): string } } | null;
}

interface InkCallStackElement {
  readonly currentPointer: InkPointer;
  readonly inExpressionEvaluation: boolean;
  readonly type: number;
  readonly temporaryVariables: ReadonlyMap<string, unknown>;
  /** Where a function call's output began in the output stream (-1 once it printed text). */
  readonly functionStartInOutputStream: number;
  readonly evaluationStackHeightWhenPushed: number;
}

export interface InkThread {
  readonly threadIndex: number;
  readonly callstack: readonly InkCallStackElement[];
  readonly previousPointer: InkPointer;
  Copy(): InkThread;
}

interface InkCallStack {
  readonly _threads: readonly InkThread[];
  ThreadWithIndex(index: number): InkThread | null;
}

interface InkChoice {
  readonly text: string;
  readonly sourcePath: string;
  readonly pathStringOnChoice: string;
  readonly isInvisibleDefault: boolean;
  readonly tags: readonly string[] | null;
  threadAtGeneration: InkThread | null;
}

export interface InkFlow {
  readonly name: string;
  callStack: InkCallStack;
  outputStream: unknown[];
  currentChoices: InkChoice[];
}

export interface InkVariablesState {
  _globalVariables: Map<string, unknown>;
  readonly _defaultGlobalVariables: ReadonlyMap<string, unknown>;
  variableChangedEventCallbacks: unknown[];
  _changedVariablesForBatchObs: Set<string> | null;
  _batchObservingVariableChanges: boolean;
  _listDefsOrigin: unknown;
  patch: unknown;
  callStack: InkCallStack;
  /** inkjs's own test for a global equal to its declared value (its saves leave those out). */
  RuntimeObjectsEqual(a: unknown, b: unknown): boolean;
  GlobalVariableExistsWithName(name: string): boolean;
  /** A variable's value as a plain JavaScript value. */
  $(name: string): unknown;
}

/** The fields of an inkjs StoryState the copy and the checker's state key read. */
export interface InkStoryState {
  readonly story: unknown;
  _currentFlow: InkFlow;
  _namedFlows: Map<string, InkFlow> | null;
  _patch: unknown;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  variablesState: InkVariablesState;
  readonly callStack: InkCallStack;
  readonly evaluationStack: readonly unknown[];
  readonly divertedPointer: InkPointer & { readonly path: { readonly componentsString: string } | null };
  /** Writable for the checker's line cache, which sets a replayed line's counts. */
  currentTurnIndex: number;
  readonly storySeed: number;
  readonly previousRandom: number;
  CopyAndStartPatching(forBackgroundSave: boolean): InkStoryState;
  RestoreAfterPatch(): void;
}

/** A story state held in memory for restoring later; nothing plays on it (restoring copies it). */
export type StateSnapshot = InkStoryState & { readonly __snapshot: unique symbol };

type Constructor<T> = new (...args: unknown[]) => T;

function constructorOf<T extends object>(instance: T): Constructor<T> {
  return instance.constructor as Constructor<T>;
}

/** A choice with its own copy of its thread: choosing a choice plays on in that thread. */
function copyChoice(choice: InkChoice): InkChoice {
  // inkjs's Choice.Clone() drops the choice's tags, so copy every field and then the thread.
  const copy = Object.assign(Object.create(Object.getPrototypeOf(choice) as object) as InkChoice, choice);
  copy.threadAtGeneration = choice.threadAtGeneration?.Copy() ?? null;
  return copy;
}

function copyFlow(flow: InkFlow, story: unknown): InkFlow {
  const copy = new (constructorOf(flow))(flow.name, story);
  copy.callStack = new (constructorOf(flow.callStack))(flow.callStack);
  copy.outputStream = flow.outputStream.slice();
  copy.currentChoices = flow.currentChoices.map(copyChoice);
  return copy;
}

function copyVariables(variables: InkVariablesState, callStack: InkCallStack): InkVariablesState {
  // The constructor returns the Proxy that lets ink read variables by name; set fields through it.
  const copy = new (constructorOf(variables))(callStack, variables._listDefsOrigin);
  // Values are immutable ink objects, so copying the map is enough.
  copy._globalVariables = new Map(variables._globalVariables);
  // Set once when the story starts and never changed after.
  (copy as { _defaultGlobalVariables: ReadonlyMap<string, unknown> })._defaultGlobalVariables = variables._defaultGlobalVariables;
  // The story's own observer (it reports changed variables to the story's listeners).
  copy.variableChangedEventCallbacks = variables.variableChangedEventCallbacks;
  copy._batchObservingVariableChanges = variables._batchObservingVariableChanges;
  copy._changedVariablesForBatchObs = variables._changedVariablesForBatchObs && new Set(variables._changedVariablesForBatchObs);
  copy.patch = null;
  return copy;
}

/** A copy of `state` that shares nothing that playing on changes. */
export function copyStoryState(state: InkStoryState): InkStoryState {
  // Between two calls to Continue() inkjs has applied its lookahead patch; a patch here would
  // mean copying in the middle of Continue(), where the counts are split between two places.
  if (state._patch !== null) throw new Error('copyStoryState: the story state is in the middle of Continue()');
  const copy = state.CopyAndStartPatching(false);
  // CopyAndStartPatching pointed the shared variables at the copy: point them back.
  state.RestoreAfterPatch();
  copy._patch = null;
  copy._currentFlow.currentChoices = copy._currentFlow.currentChoices.map(copyChoice);
  if (copy._namedFlows) {
    for (const [name, flow] of copy._namedFlows) if (flow !== copy._currentFlow) copy._namedFlows.set(name, copyFlow(flow, state.story));
  }
  copy.variablesState = copyVariables(state.variablesState, copy.callStack);
  copy._visitCounts = new Map(state._visitCounts);
  copy._turnIndices = new Map(state._turnIndices);
  return copy;
}
