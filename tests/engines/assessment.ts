/**
 * An assessment as a learner sits it, in any engine: the trainer's link, the name typed once, no
 * coaching or running scores, the debrief, the attempt limit and the summary. What the summary
 * must say is worked out by the game's own core and formatter from the scripted path, never
 * written down by hand.
 */
import { attemptFromSession } from '../../src/core/records/attempt-from-session';
import { verdictText } from '../../src/ui/attempt-report';
import { percentText } from '../../src/ui/labels';
import { playScripted, type ScriptedPath } from '../scenarios/scripted-paths';
import type { EnginePage } from './engine-page';

export interface AssessmentLink {
  scenario: string;
  /** The trainer's pass mark (`pass=`). */
  passMark: number;
}

/** The trainer's link, with `debug=audio` so the test can read which sounds the game asked for. */
export const assessmentQuery = ({ scenario, passMark }: AssessmentLink) =>
  `?mode=assessment&scenario=${scenario}&pass=${passMark}&debug=audio`;

/** What the summary must show for one learner who played `path` under `link`. */
export function expectedSummary(link: AssessmentLink, path: ScriptedPath, learner: string) {
  const now = new Date();
  const attempt = attemptFromSession(playScripted(link.scenario, path), {
    id: 'expected',
    learner,
    mode: 'assessment',
    startedAt: now,
    finishedAt: now,
    passMark: link.passMark,
  });
  const { passed } = attempt.result;
  return {
    learner,
    passed,
    overall: `${percentText(attempt.result.overall.percent)} overall`,
    verdict: verdictText(attempt),
    tally: `${passed ? 1 : 0} of 1 scenario passed.`,
    choices: attempt.choices.map((choice) => choice.label),
    ending: attempt.result.ending ? `Ending: ${attempt.result.ending.title} (${attempt.result.ending.stars} of 5 stars)` : null,
  };
}

/** The summary screen as read: the learner's name, the tally, and the one scenario's report. */
export function summaryShown(page: EnginePage) {
  return page.evaluate(() => {
    const report = document.querySelector('.summary .attempt-report');
    const verdict = report?.querySelector('.report-result .verdict');
    return {
      learner: document.querySelector('#summary-title')?.textContent ?? '',
      tally: document.querySelector('.summary-overall')?.textContent ?? '',
      overall: report?.querySelector('.report-result strong')?.textContent ?? '',
      verdict: verdict?.textContent ?? '',
      verdictClass: verdict?.classList.contains('pass') ? 'pass' : verdict?.classList.contains('fail') ? 'fail' : '',
      choices: [...(report?.querySelectorAll('.report-choice-label') ?? [])].map((label) => label.textContent ?? ''),
      ending: report?.querySelector('.report-ending')?.textContent ?? null,
    };
  });
}

/** Whether the play screen shows any coaching or running score: an assessment must show none. */
export function coachingShown(page: EnginePage): Promise<string[]> {
  return page.evaluate(() => {
    const seen: string[] = [];
    const coaching = document.querySelector<HTMLElement>('.coaching');
    if (coaching && !coaching.hidden && coaching.textContent?.trim()) seen.push(`coaching: ${coaching.textContent.trim()}`);
    if (document.querySelector('#feedback-toggle')) seen.push('the coaching toggle');
    if (document.querySelector('#screen')?.textContent?.includes('Scores so far')) seen.push('“Scores so far”');
    return seen;
  });
}
