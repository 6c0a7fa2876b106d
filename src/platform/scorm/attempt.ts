/**
 * What the learning-record mapping needs from a finished attempt: deliberately minimal and local,
 * so that the records' own attempt type can change without touching the SCORM code (the
 * composition root maps one onto the other).
 */

export interface AttemptChoice {
  /** 0-based number of the decision in the playthrough. */
  decision: number;
  /** The option's index in the story's authored order, wherever it was shown. */
  optionIndex: number;
  label: string;
  /** Score changes by competency id, such as `{ empathy: 2, value: 1 }`. */
  deltas: Readonly<Record<string, number>>;
  /** The rubric-weighted sum of `deltas`. */
  overallDelta: number;
  critical: boolean;
  /** When it was chosen, in epoch milliseconds, if known. */
  chosenAt?: number;
}

interface CompetencyOutcome {
  id: string;
  /** 0 to 100; null when the scenario does not score this competency. */
  percent: number | null;
}

export interface FinishedAttempt {
  scenarioId: string;
  /** Epoch milliseconds. Together with the scenario id it names the attempt uniquely. */
  startedAt: number;
  choices: readonly AttemptChoice[];
  /** Overall percent, 0 to 100. */
  percent: number;
  /** Pass or fail as the result already decided it, critical-mistake rule included. */
  passed: boolean;
  /** Every competency of the rubric, in rubric order: objective indexes follow this order. */
  competencies: readonly CompetencyOutcome[];
}
