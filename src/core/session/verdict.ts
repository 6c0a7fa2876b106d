/**
 * The one sentence the debrief (and the summary, and exports) shows when the verdict is not the
 * percent alone: a critical mistake, or an ending whose rating decided the pass or the fail.
 */
import type { CriticalMistake, ScenarioResult } from '../scoring/result.ts';

/**
 * A whole percent, as the interface shows it, but never rounded across the pass mark: 69.6% shows
 * as "69.6%" against a 70% mark, so the sentence cannot read "failed at 70%".
 */
export function percentWords(percent: number, passMark: number): string {
  const rounded = Math.round(percent);
  const crosses = percent < passMark !== rounded < passMark;
  return `${crosses ? percent.toFixed(1) : rounded}%`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "a critical mistake at decision 3 (Belittled her in writing)", numbered from 1 for people. */
function mistakesWords(mistakes: readonly CriticalMistake[]): string {
  const numbers = listWords(mistakes.map((m) => String(m.decision + 1)));
  const reasons = mistakes.map((m) => m.reason).join('; ');
  return mistakes.length === 1
    ? `a critical mistake at decision ${numbers} (${reasons})`
    : `critical mistakes at decisions ${numbers} (${reasons})`;
}

/**
 * Explains the verdict in one sentence, or returns null when the percent alone decided it and no
 * critical mistake was made (the percent and the pass mark then say it all).
 *
 *   "Failed: a critical mistake at decision 3 (Belittled her in writing), though the score was 82%."
 */
export function explainVerdict(result: ScenarioResult): string | null {
  const score = percentWords(result.overall.percent, result.passMark);
  const mark = `${result.passMark}%`;
  if (result.criticalMistakes.length > 0) {
    const mistakes = mistakesWords(result.criticalMistakes);
    return result.passedOnPercent
      ? `Failed: ${mistakes}, though the score was ${score}.`
      : `Failed: ${mistakes}, and the score was ${score}, below the ${mark} pass mark.`;
  }
  const ending = result.ending;
  if (result.overruledBy === 'low-ending' && ending) {
    return `Failed: the conversation ended in '${ending.title}', rated ${ending.stars} ${ending.stars === 1 ? 'star' : 'stars'}, though the score was ${score}.`;
  }
  if (result.overruledBy === 'high-ending' && ending) {
    return `Passed: the conversation ended in '${ending.title}', rated ${ending.stars} stars, though the score was ${score}, below the ${mark} pass mark.`;
  }
  return null;
}
