/**
 * The summary and certificate of one learner: name, date, and for each scenario the attempt that
 * counts (the latest assessment, else the best practice), with its result per competency, verdict
 * and choices. Laid out to print on A4 and Letter (print rules in records.css).
 */
import type { Attempt } from '../core/records/attempt';
import type { Rubric } from '../core/scoring/rubric';
import { el } from '../dom/el';
import { attemptReport } from './attempt-report';
import { dateText } from './labels';

export interface SummaryActions {
  chooseLearner(learner: string): void;
  back(): void;
}

/** Per scenario, the attempt that counts: the latest assessment when there is one, else the latest. */
export function countingAttempts(attempts: readonly Attempt[]): Attempt[] {
  const byScenario = new Map<string, Attempt>();
  for (const attempt of attempts) {
    const kept = byScenario.get(attempt.scenarioId);
    if (!kept || attempt.mode === 'assessment' || kept.mode !== 'assessment') byScenario.set(attempt.scenarioId, attempt);
  }
  return [...byScenario.values()];
}

const dayText = dateText({ dateStyle: 'long' });

export function summaryScreen(
  learner: string,
  learners: readonly string[],
  attempts: readonly Attempt[],
  rubric: Rubric,
  actions: SummaryActions,
  today = new Date(),
): HTMLElement {
  const counting = countingAttempts(attempts.filter((attempt) => attempt.learner === learner));
  const passed = counting.filter((attempt) => attempt.result.passed).length;
  const picker =
    learners.length > 1
      ? el(
          'label',
          { class: 'no-print' },
          'Learner ',
          el(
            'select',
            { onchange: (event: Event) => actions.chooseLearner((event.target as HTMLSelectElement).value) },
            ...learners.map((name) => el('option', { value: name, selected: name === learner }, name || '(no name given)')),
          ),
        )
      : null;
  return el(
    'section',
    { class: 'screen summary', 'aria-labelledby': 'summary-title' },
    el(
      'div',
      { class: 'actions no-print' },
      el('button', { type: 'button', class: 'primary', onclick: () => window.print() }, 'Print or save as PDF'),
      el('button', { type: 'button', onclick: actions.back }, 'Back'),
      picker,
    ),
    el('p', { class: 'brand' }, 'Glasshouse · Summary of results'),
    el('h1', { id: 'summary-title' }, learner || 'Learner'),
    el('p', { class: 'summary-date' }, `Date: ${dayText(today)}`),
    el(
      'p',
      { class: 'summary-overall' },
      counting.length === 0
        ? 'No finished scenarios yet.'
        : `${passed} of ${counting.length} ${counting.length === 1 ? 'scenario' : 'scenarios'} passed.`,
    ),
    ...counting.map((attempt) => attemptReport(attempt, rubric)),
  );
}
