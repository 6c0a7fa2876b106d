/**
 * The two CSV exports of the design ("What is kept, and what a trainer gets out"): one row per
 * attempt and one row per choice, with one column per competency of the rubric after the fixed
 * columns. `attempt` numbers a learner's attempts at a scenario 1, 2, 3 in the order finished, so
 * that the rows of the two files join on learner, scenario and attempt.
 */
import { byFinishTime, type Attempt } from './attempt.ts';
import { csvDocument, type CsvCell } from './csv.ts';

const attemptColumns = ['learner', 'scenario', 'attempt', 'mode', 'started', 'finished', 'percent', 'stars', 'passed', 'ending'] as const;
const choiceColumns = ['learner', 'scenario', 'attempt', 'decision', 'option', 'label', 'critical'] as const;

/** Percentages to one decimal place: what a trainer reads, without float noise like 66.66666666666667. */
function percent(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Each attempt with its number among the same learner's attempts at the same scenario. */
function numbered(attempts: readonly Attempt[]): { attempt: Attempt; number: number }[] {
  const counts = new Map<string, number>();
  return [...attempts].sort(byFinishTime).map((attempt) => {
    const key = JSON.stringify([attempt.learner, attempt.scenarioId]);
    const number = (counts.get(key) ?? 0) + 1;
    counts.set(key, number);
    return { attempt, number };
  });
}

/** One row per attempt, then each competency's percent (empty where the scenario does not score it). */
export function attemptsCsv(attempts: readonly Attempt[], competencyIds: readonly string[]): string {
  const rows = numbered(attempts).map(({ attempt, number }): CsvCell[] => {
    const { result } = attempt;
    const byId = new Map(result.competencies.map((c) => [c.id, c.percent]));
    return [
      attempt.learner,
      attempt.scenarioId,
      number,
      attempt.mode,
      attempt.startedAt,
      attempt.finishedAt,
      percent(result.overall.percent),
      result.stars,
      result.passed,
      result.ending?.title ?? '',
      ...competencyIds.map((id) => {
        const value = byId.get(id);
        return value === undefined ? null : percent(value);
      }),
    ];
  });
  return csvDocument([...attemptColumns, ...competencyIds], rows);
}

/**
 * One row per choice: the decision (numbered from 1, as a trainer counts), the authored option
 * (from 1), its label, the author's reason when it was critical (else empty), then each
 * competency's delta (empty where the option does not move it).
 */
export function choicesCsv(attempts: readonly Attempt[], competencyIds: readonly string[]): string {
  const rows = numbered(attempts).flatMap(({ attempt, number }) =>
    attempt.choices.map((choice): CsvCell[] => [
      attempt.learner,
      attempt.scenarioId,
      number,
      choice.decision + 1,
      choice.option + 1,
      choice.label,
      choice.critical ?? '',
      ...competencyIds.map((id) => choice.deltas[id] ?? null),
    ]),
  );
  return csvDocument([...choiceColumns, ...competencyIds], rows);
}
