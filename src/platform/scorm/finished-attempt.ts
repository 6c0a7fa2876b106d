/** The game's attempt record, seen as the SCORM mapping's FinishedAttempt. */
import type { Attempt } from '../../core/records/attempt';
import { overallTotal } from '../../core/scoring/result';
import type { Rubric } from '../../core/scoring/rubric';
import type { FinishedAttempt } from './attempt';

/** `chosenAt` holds when each decision (by number) was taken in this session, where known. */
export function finishedAttemptFrom(attempt: Attempt, rubric: Rubric, chosenAt: ReadonlyMap<number, number>): FinishedAttempt {
  const percents = new Map(attempt.result.competencies.map((c) => [c.id, c.percent]));
  return {
    scenarioId: attempt.scenarioId,
    startedAt: Date.parse(attempt.startedAt),
    choices: attempt.choices.map((choice) => {
      const at = chosenAt.get(choice.decision);
      return {
        decision: choice.decision,
        optionIndex: choice.option,
        label: choice.label,
        deltas: choice.deltas,
        overallDelta: overallTotal(choice.deltas, rubric),
        critical: choice.critical !== null,
        ...(at === undefined ? {} : { chosenAt: at }),
      };
    }),
    percent: attempt.result.overall.percent,
    passed: attempt.result.passed,
    competencies: rubric.competencies.map((c) => ({ id: c.id, percent: percents.get(c.id) ?? null })),
  };
}
