/**
 * Where an attempt's record goes: local storage today; SCORM 1.2, SCORM 2004, xAPI and cmi5
 * later. Each of them hears the same four things and keeps what it can (an LMS keeps the suspend
 * data in `cmi.suspend_data`, an LRS gets statements), so the session never knows which is plugged in.
 */
import type { ScenarioResult } from '../scoring/result.ts';
import type { ModeName } from '../session/mode-policy.ts';

/** Enough to rebuild an unfinished attempt exactly: the choices, on the story they were made in. */
export interface SuspendData {
  /** The story's fingerprint when saved: choices only replay on the story they were made in. */
  readonly storyVersion: string;
  /** Authored option positions, in order: they replay under any shown order. */
  readonly choices: readonly number[];
  /**
   * The attempt's shown-order seed, so a resume shows every decision as before. Absent in saves
   * made before the shuffle (shown in authored order): the game resumes those with a new seed.
   */
  readonly shuffleSeed?: number | null;
}

interface AttemptStarted {
  readonly scenarioId: string;
  readonly storyVersion: string;
  readonly mode: ModeName;
  /** True when the attempt continues from suspend data (or a replay from a decision). */
  readonly resumed: boolean;
  readonly at: Date;
}

interface AttemptProgressed {
  readonly scenarioId: string;
  /** 0-based number of the decision just taken. */
  readonly decision: number;
  readonly optionIndex: number;
  readonly label: string;
  readonly deltas: Readonly<Record<string, number>>;
  readonly suspendData: SuspendData;
  readonly at: Date;
}

interface AttemptCompleted {
  readonly scenarioId: string;
  readonly storyVersion: string;
  readonly result: ScenarioResult;
  readonly ending: { readonly title: string; readonly stars: number } | null;
  readonly choices: readonly number[];
  readonly at: Date;
}

export interface RecordSink {
  started(attempt: AttemptStarted): void;
  /** After every choice, with the suspend data to keep so a closed tab resumes there. */
  progressed(progress: AttemptProgressed): void;
  /** The attempt reached an ending: its result, and the suspend data is no longer needed. */
  completed(completion: AttemptCompleted): void;
  /** The suspend data kept for a scenario, if any. */
  suspendData(scenarioId: string): SuspendData | null;
}
