/** What the menu shows of the learner's records: each card's standing, and the way to results, summary and trainer link. */
import type { ScenarioStanding } from '../app/store';
import type { ScenarioMeta } from '../core/story/scenario';
import { el } from '../dom/el';
import { percentText, starsText } from './labels';

function attemptsText(count: number): string {
  return `${count} ${count === 1 ? 'attempt' : 'attempts'}`;
}

/** "Not started", "In progress", or "Best 82% ★★★★☆, passed · 2 attempts". */
export function standingText(standing: ScenarioStanding): string {
  if (standing.kind === 'not-started') return 'Not started';
  const best = standing.best
    ? `best ${percentText(standing.best.result.overall.percent)} ${starsText(standing.best.result.stars)}, ${standing.best.result.passed ? 'passed' : 'not passed'} · ${attemptsText(standing.attempts)}`
    : null;
  if (standing.kind === 'in-progress') return best ? `In progress · ${best}` : 'In progress';
  return best ? best.charAt(0).toUpperCase() + best.slice(1) : 'Not started';
}

export interface MenuRecordsActions {
  attempts(): void;
  summary(): void;
  trainerLink(): void;
  hasAttempts: boolean;
}

export function menuRecordsTools(actions: MenuRecordsActions): HTMLElement {
  return el(
    'nav',
    { class: 'records-tools actions', 'aria-label': 'Results' },
    el('button', { type: 'button', 'data-records': 'attempts', onclick: actions.attempts }, 'Past attempts and export'),
    el(
      'button',
      { type: 'button', 'data-records': 'summary', disabled: !actions.hasAttempts, onclick: actions.summary },
      'Summary and certificate',
    ),
    el('button', { type: 'button', 'data-records': 'trainer-link', onclick: actions.trainerLink }, 'Trainer link'),
  );
}

/** The briefing when the trainer's attempt limit is used up. */
export function limitReachedScreen(meta: ScenarioMeta, used: number, actions: { summary(): void; back(): void }): HTMLElement {
  return el(
    'section',
    { class: 'screen briefing limit-reached', 'aria-labelledby': 'briefing-title' },
    el('p', { class: 'brand' }, 'Briefing'),
    el('h1', { id: 'briefing-title' }, meta.title),
    el(
      'p',
      { class: 'lead', role: 'status' },
      `You have used the ${attemptsText(used)} this assessment allows for this scenario. Your results are in your summary.`,
    ),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', class: 'primary', onclick: actions.summary }, 'Summary and certificate'),
      el('button', { type: 'button', onclick: actions.back }, 'Back to scenarios'),
    ),
  );
}
