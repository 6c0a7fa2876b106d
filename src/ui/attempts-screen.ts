/**
 * The learner's past attempts, newest first, each of which opens its debrief again; and the
 * records going out and coming in: CSV per attempt and per choice, JSON of everything, and a JSON
 * import that merges without duplicating an attempt.
 */
import type { Attempt } from '../core/records/attempt';
import { el } from '../dom/el';
import { attemptTime, verdictText } from './attempt-report';
import { percentText, starsText } from './labels';

export interface AttemptsActions {
  open(attempt: Attempt): void;
  exportAttemptsCsv(): void;
  exportChoicesCsv(): void;
  exportJson(): void;
  /** Reads an exported file; returns the sentence to show (how many were added, or what was wrong). */
  importJson(text: string): string;
  summary(): void;
  back(): void;
}

export function attemptsScreen(attempts: readonly Attempt[], actions: AttemptsActions): HTMLElement {
  const status = el('p', { class: 'import-status', role: 'status' });
  const fileInput = el('input', { type: 'file', accept: '.json,application/json', id: 'import-file', class: 'sr-only' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      status.textContent = actions.importJson(text);
      fileInput.value = '';
    });
  });
  const rows = [...attempts]
    .reverse()
    .map((attempt) =>
      el(
        'tr',
        { 'data-attempt': attempt.id, 'data-scenario': attempt.scenarioId },
        el('th', { scope: 'row' }, attempt.scenarioTitle),
        el('td', {}, attemptTime(attempt)),
        el('td', {}, attempt.learner || '—'),
        el('td', {}, attempt.mode === 'assessment' ? 'Assessment' : 'Practice'),
        el(
          'td',
          {},
          `${percentText(attempt.result.overall.percent)} `,
          el('span', { 'aria-label': `${attempt.result.stars} of 5 stars` }, starsText(attempt.result.stars)),
        ),
        el('td', {}, verdictText(attempt)),
        el(
          'td',
          {},
          el('button', { type: 'button', 'data-open-attempt': attempt.id, onclick: () => actions.open(attempt) }, 'Open its debrief'),
        ),
      ),
    );
  const table = el(
    'table',
    { class: 'attempts-table' },
    el('caption', { class: 'sr-only' }, 'Past attempts, newest first'),
    el(
      'thead',
      {},
      el('tr', {}, ...['Scenario', 'Finished', 'Learner', 'Mode', 'Result', 'Verdict', ''].map((name) => el('th', { scope: 'col' }, name))),
    ),
    el('tbody', {}, ...rows),
  );
  const hasAttempts = attempts.length > 0;
  return el(
    'section',
    { class: 'screen attempts', 'aria-labelledby': 'attempts-title' },
    el('p', { class: 'brand' }, 'Your results'),
    el('h1', { id: 'attempts-title' }, 'Past attempts'),
    hasAttempts ? table : el('p', {}, 'No finished attempts yet. Each one is kept here the moment you reach an ending.'),
    el('h2', {}, 'Take your results elsewhere'),
    el(
      'div',
      { class: 'actions' },
      el(
        'button',
        { type: 'button', 'data-export': 'attempts-csv', disabled: !hasAttempts, onclick: actions.exportAttemptsCsv },
        'Download attempts (CSV)',
      ),
      el(
        'button',
        { type: 'button', 'data-export': 'choices-csv', disabled: !hasAttempts, onclick: actions.exportChoicesCsv },
        'Download choices (CSV)',
      ),
      el('button', { type: 'button', 'data-export': 'json', onclick: actions.exportJson }, 'Download everything (backup file)'),
      el('label', { class: 'button-like', for: 'import-file' }, 'Import a backup file'),
      fileInput,
    ),
    status,
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', class: 'primary', disabled: !hasAttempts, onclick: actions.summary }, 'Summary and certificate'),
      el('button', { type: 'button', onclick: actions.back }, 'Back to scenarios'),
    ),
  );
}
