/**
 * What the xAPI and cmi5 platforms read off a play session, in the statement builder's words:
 * the choice just made, and the verdict at the ending (against the pass mark the platform uses).
 */
import { attemptPassed } from '../../core/records/attempt';
import { criticalReason } from '../../core/records/attempt-from-session';
import type { AnsweredChoice } from '../../core/records/xapi-statements';
import { overallTotal, type ScenarioResult } from '../../core/scoring/result';
import type { Rubric } from '../../core/scoring/rubric';
import type { ChoiceMade } from '../../core/session/session-events';
import { scoreAgreeingWithVerdict } from '../scorm/verdict-score';

export function answeredChoice(choice: ChoiceMade, rubric: Rubric): AnsweredChoice {
  const deltas = { ...(choice.option.tags.score ?? {}) };
  return {
    decision: choice.decision.number,
    options: choice.decision.options.map(({ index, label }) => ({ index, label })),
    optionIndex: choice.option.index,
    deltas,
    overallDelta: overallTotal(deltas, rubric),
    critical: criticalReason(choice.option),
  };
}

export interface Verdict {
  /** The percent to report: the attempt's, or moved just across the pass mark to agree with `passed`. */
  readonly percent: number;
  readonly passed: boolean;
}

/**
 * The verdict against `passMark` (percent), the game's rules applied: a critical mistake fails, a
 * 1-2 star ending fails, a 5-star ending passes. Without a pass mark of the platform's own, it is
 * the result's verdict (the rubric's pass mark). The reported percent agrees with the verdict, as
 * an LMS that judges by score (cmi5's masteryScore) would otherwise contradict it.
 */
export function verdictFor(result: ScenarioResult, passMark: number | null): Verdict {
  const percent = result.overall.percent;
  const passed =
    passMark === null
      ? result.passed
      : attemptPassed(
          percent,
          passMark,
          result.ending,
          result.criticalMistakes.map((mistake) => mistake.reason),
        );
  return { percent: scoreAgreeingWithVerdict(percent, passed, passMark).percent, passed };
}
