/**
 * Endings that agree with the verdict: per ending, the overall percent range of the paths that
 * reach it and whether some of them pass and some fail (on their score and critical mistakes, the
 * way the game judges them before the ending's own rating is applied). A 1-2 star ending that some
 * path passes, or a 5-star ending that some path fails, is an error: the result and the ending
 * would tell opposite stories.
 */
import { failingEndingStars, passingEndingStars, place } from '../scoring/result.ts';
import type { Rubric } from '../scoring/rubric.ts';
import type { ScoreRange } from '../scoring/score-range.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { EndingPaths } from './exploration.ts';

/** One ending's entry in the checker's JSON (`endingsDetail`). */
export interface EndingDetail {
  title: string;
  stars: number;
  /** The lowest and highest overall percent of the paths that reach it. */
  percent: { min: number; max: number };
  /** Some path reaching it passes on its percent and took no critical option. */
  somePathPasses: boolean;
  /** Some path reaching it fails on its percent, or took a critical option. */
  somePathFails: boolean;
  /** Some path reaching it took a critical option. */
  criticalPaths: boolean;
}

/** A percent as the JSON shows it: exact to two decimals, so 66.67 rather than 66.666666. */
function rounded(percent: number): number {
  return Math.round(percent * 100) / 100;
}

export function endingsDetail(paths: readonly EndingPaths[], overall: ScoreRange, rubric: Rubric): EndingDetail[] {
  const percent = (total: number) => place(total, overall).percent;
  return paths.map((ending) => ({
    title: ending.title,
    stars: ending.stars,
    percent: { min: rounded(percent(ending.total.min)), max: rounded(percent(ending.total.max)) },
    somePathPasses: ending.cleanTotal !== null && percent(ending.cleanTotal.max) >= rubric.passMark,
    somePathFails: ending.critical || (ending.cleanTotal !== null && percent(ending.cleanTotal.min) < rubric.passMark),
    criticalPaths: ending.critical,
  }));
}

/** The fairness errors, at each ending's line. */
export function fairnessErrors(paths: readonly EndingPaths[], details: readonly EndingDetail[], rubric: Rubric): Diagnostic[] {
  const errors: Diagnostic[] = [];
  details.forEach((detail, i) => {
    const where = { file: paths[i]!.file, line: paths[i]!.line };
    const name = `the ${detail.stars}-star ending '${detail.title}'`;
    if (detail.stars <= failingEndingStars && detail.somePathPasses) {
      errors.push({
        ...where,
        message:
          `${name} can pass: a path that reaches it scores up to ${detail.percent.max}% (pass mark ${rubric.passMark}%) with no critical mistake. ` +
          `A 1-2 star ending must never pass: score the options that lead here lower, or mark the signature mistake on the way '# critical: REASON'`,
      });
    }
    if (detail.stars >= passingEndingStars && detail.somePathFails) {
      const why = detail.criticalPaths
        ? 'a path that reaches it took a critical option'
        : `a path that reaches it scores only ${detail.percent.min}% (pass mark ${rubric.passMark}%)`;
      errors.push({
        ...where,
        message: `${name} can fail: ${why}. A 5-star ending must never fail: score the options that lead here higher, or keep the paths that fail away from it`,
      });
    }
  });
  return errors;
}
