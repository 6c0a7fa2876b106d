/**
 * One finished attempt as a reader sees it: the verdict, the result per competency, the ending and
 * the choices made with their score changes. The summary page prints one per scenario, and a past
 * attempt whose story has since changed opens as this compact debrief.
 */
import type { Attempt } from '../core/records/attempt';
import type { Rubric } from '../core/scoring/rubric';
import { el } from '../dom/el';
import { dateText, describeDeltas, percentText, starsText } from './labels';

const finishedText = dateText({ dateStyle: 'medium', timeStyle: 'short' });

export function attemptTime(attempt: Attempt): string {
  return finishedText(new Date(attempt.finishedAt));
}

export function verdictText(attempt: Attempt): string {
  const { passed, passMark, criticalMistakes } = attempt.result;
  if (passed) return `Passed (pass mark ${passMark}%)`;
  if (criticalMistakes.length > 0) return `Not passed: a critical mistake (${criticalMistakes.join('; ')})`;
  return `Not passed (pass mark ${passMark}%)`;
}

/** The attempt's report; `headingLevel` places it under the page's own headings. */
export function attemptReport(attempt: Attempt, rubric: Rubric, headingLevel: 2 | 3 = 2): HTMLElement {
  const heading = headingLevel === 2 ? 'h2' : 'h3';
  const sub = headingLevel === 2 ? 'h3' : 'h4';
  const { result } = attempt;
  const competencies = el(
    'table',
    { class: 'report-competencies' },
    el('caption', {}, 'Result per competency'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Competency'), el('th', { scope: 'col' }, 'Score'))),
    el(
      'tbody',
      {},
      ...result.competencies.map((c) =>
        el('tr', { 'data-competency': c.id }, el('th', { scope: 'row' }, c.name), el('td', {}, percentText(c.percent))),
      ),
    ),
  );
  const choices = el(
    'ol',
    { class: 'report-choices' },
    ...attempt.choices.map((choice) =>
      el(
        'li',
        {},
        el('span', { class: 'report-choice-label' }, choice.label),
        ' ',
        el('span', { class: 'report-choice-deltas' }, `(${describeDeltas(choice.deltas, rubric)})`),
        choice.critical ? el('strong', { class: 'report-critical' }, ` Critical mistake: ${choice.critical}`) : null,
      ),
    ),
  );
  return el(
    'section',
    { class: 'attempt-report', 'data-attempt': attempt.id, 'data-scenario': attempt.scenarioId },
    el(heading, {}, attempt.scenarioTitle),
    el('p', { class: 'report-meta' }, `${attempt.mode === 'assessment' ? 'Assessment' : 'Practice'}, finished ${attemptTime(attempt)}`),
    el(
      'p',
      { class: 'report-result' },
      el('strong', {}, `${percentText(result.overall.percent)} overall`),
      ' · ',
      el('span', { 'aria-label': `${result.stars} of 5 stars` }, starsText(result.stars)),
      ' · ',
      el('span', { class: `verdict ${result.passed ? 'pass' : 'fail'}` }, verdictText(attempt)),
    ),
    result.ending ? el('p', { class: 'report-ending' }, `Ending: ${result.ending.title} (${result.ending.stars} of 5 stars)`) : null,
    competencies,
    el(sub, {}, 'Choices made'),
    choices,
  );
}

/** A past attempt whose story has changed since: the compact debrief of what was kept. */
export function storedAttemptScreen(attempt: Attempt, rubric: Rubric, back: () => void): HTMLElement {
  return el(
    'section',
    { class: 'screen debrief stored', 'aria-labelledby': 'stored-title', 'data-attempt': attempt.id },
    el('p', { class: 'brand' }, 'Debrief'),
    el('h1', { id: 'stored-title' }, attempt.scenarioTitle),
    el('p', {}, 'This story has changed since this attempt, so here is what was kept of it.'),
    attemptReport(attempt, rubric),
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: back }, 'Back to past attempts')),
  );
}
