/**
 * Splits an inkjs save into what identifies a story state for scoring (the key) and the values
 * that only matter if read (visit counts, turn numbers, global variables).
 */

export interface StateCounts {
  visits: Record<string, number>;
  /** Global variables that differ from their declared values (inkjs saves only those). */
  variables: Record<string, unknown>;
  turnIndices: Record<string, number>;
  turn: number;
}

export interface SplitState {
  key: string;
  counts: StateCounts;
}

interface ThreadJson {
  threadIndex: number;
  [field: string]: unknown;
}

interface FlowJson {
  callstack: { threads: ThreadJson[]; threadCounter?: number };
  outputStream?: unknown;
  choiceThreads?: Record<string, ThreadJson>;
  currentChoices?: Array<{ originalThreadIndex: number; [field: string]: unknown }>;
  [field: string]: unknown;
}

/**
 * Thread numbers are names handed out by a counter, so paths that evaluated different numbers of
 * choices number the same threads differently. Renaming them in order of appearance keeps the
 * meaning and lets such states meet.
 */
function renumberThreads(flow: FlowJson): void {
  const names = new Map<number, number>();
  const rename = (index: number): number => {
    if (!names.has(index)) names.set(index, names.size);
    return names.get(index)!;
  };
  for (const thread of flow.callstack.threads) thread.threadIndex = rename(thread.threadIndex);
  for (const choice of flow.currentChoices ?? []) choice.originalThreadIndex = rename(choice.originalThreadIndex);
  if (flow.choiceThreads) {
    const renamed: Record<string, ThreadJson> = {};
    for (const [index, thread] of Object.entries(flow.choiceThreads)) {
      const name = rename(Number(index));
      thread.threadIndex = name;
      renamed[String(name)] = thread;
    }
    flow.choiceThreads = Object.fromEntries(Object.entries(renamed).sort(([a], [b]) => Number(a) - Number(b)));
  }
  delete flow.callstack.threadCounter;
}

/**
 * @param turnIsRead the story uses TURNS(), so the turn number itself is part of the state.
 */
export function splitState(stateJson: string, turnIsRead: boolean): SplitState {
  const state = JSON.parse(stateJson) as Record<string, unknown> & {
    flows: Record<string, FlowJson>;
    visitCounts: Record<string, number>;
    turnIndices: Record<string, number>;
    turnIdx: number;
    variablesState: Record<string, unknown>;
  };
  const counts: StateCounts = {
    visits: state.visitCounts,
    variables: state.variablesState,
    turnIndices: state.turnIndices,
    turn: state.turnIdx,
  };
  delete (state as Partial<typeof state>).visitCounts;
  delete (state as Partial<typeof state>).variablesState;
  delete (state as Partial<typeof state>).turnIndices;
  if (!turnIsRead) delete (state as Partial<typeof state>).turnIdx;
  for (const flow of Object.values(state.flows)) {
    // What was already printed cannot change what comes next.
    delete flow.outputStream;
    renumberThreads(flow);
  }
  return { key: JSON.stringify(state), counts };
}

/** The value a read of `key` ("v:path", "t:path" or "g:variable") sees in these counts. */
function readValue(counts: StateCounts, key: string): number | string | null {
  const path = key.slice(2);
  if (key.startsWith('v:')) return counts.visits[path] ?? 0;
  // An absent variable holds its declared value, the same in every state.
  if (key.startsWith('g:')) return path in counts.variables ? JSON.stringify(counts.variables[path]) : null;
  // TURNS_SINCE reads the distance to the last visit, which moves with the turn number.
  const last = counts.turnIndices[path];
  return last === undefined ? null : counts.turn - last;
}

/** What the given reads would see, as one string: equal strings mean `agreeOn` holds. */
export function readFingerprint(counts: StateCounts, reads: readonly string[]): string {
  return JSON.stringify(reads.map((key) => readValue(counts, key)));
}

/** True when every read key sees the same value in both. */
export function agreeOn(a: StateCounts, b: StateCounts, reads: Iterable<string>): boolean {
  for (const key of reads) if (readValue(a, key) !== readValue(b, key)) return false;
  return true;
}
