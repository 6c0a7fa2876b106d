/**
 * The projector's debrief: the learner debrief's facts laid out for a room, one screen at a time
 * and stepped with the clicker. First the result and the ending, then one decision per screen: the
 * room's choice, the room's vote beside every option's score, and what the counterpart thought.
 */
import { projectorCommandFor } from '../../app/presenter/projector-keys';
import type { PlaySession } from '../../core/session/play-session';
import { transcriptOf } from '../../core/session/transcript';
import type { Rubric } from '../../core/scoring/rubric';
import { el } from '../../dom/el';
import { counterpartFirstName, describeDeltas, percentText, starsText } from '../labels';

export interface ProjectorDebriefActions {
  again(): void;
  menu(): void;
}

export interface ProjectorDebrief {
  element: HTMLElement;
  stop(): void;
}

export function projectorDebrief(
  session: PlaySession,
  rubric: Rubric,
  votes: Readonly<Record<string, readonly number[]>>,
  actions: ProjectorDebriefActions,
): ProjectorDebrief {
  const meta = session.scenario.meta;
  const result = session.result();
  const counterpart = counterpartFirstName(meta, 'They');
  const turns = transcriptOf(session);
  const pages: HTMLElement[] = [
    el(
      'div',
      { class: 'projector-debrief-page' },
      el('h2', {}, session.ending ? `Ending: ${session.ending.title}` : 'The conversation is over'),
      el(
        'p',
        { class: 'projector-debrief-overall' },
        `${percentText(result.overall.percent)} overall · `,
        el('span', { 'aria-label': `${result.stars} of 5 stars` }, starsText(result.stars)),
        ` · ${result.passed ? 'passed' : 'not passed'} (pass mark ${result.passMark}%)`,
      ),
      el(
        'ul',
        { class: 'projector-debrief-competencies' },
        ...result.competencies.map((c) => el('li', {}, `${c.name}: ${percentText(c.percent)}`)),
      ),
    ),
    ...turns.map(({ decision, thoughts }) => {
      const counts = votes[String(decision.number)] ?? [];
      const total = counts.reduce((sum, n) => sum + n, 0);
      return el(
        'div',
        { class: 'projector-debrief-page', 'data-decision': decision.number + 1 },
        el('h2', {}, `Decision ${decision.number + 1} of ${turns.length}`),
        el(
          'table',
          { class: 'projector-debrief-options' },
          el(
            'thead',
            {},
            el('tr', {}, el('th', { scope: 'col' }, 'Option'), el('th', { scope: 'col' }, 'The room'), el('th', { scope: 'col' }, 'Score')),
          ),
          el(
            'tbody',
            {},
            ...decision.options.map((option, position) =>
              el(
                'tr',
                { class: position === decision.chosen ? 'chosen' : '' },
                el('td', {}, position === decision.chosen ? `${option.label} (chosen)` : option.label),
                el(
                  'td',
                  { 'data-votes': counts[position] ?? 0 },
                  total ? `${counts[position] ?? 0} (${Math.round(((counts[position] ?? 0) / total) * 100)}%)` : '—',
                ),
                el('td', {}, describeDeltas(option.tags.score, rubric)),
              ),
            ),
          ),
        ),
        el(
          'p',
          { class: 'projector-debrief-thought' },
          `What ${counterpart} thought: `,
          thoughts.length ? thoughts.join(' ') : '(no thought recorded)',
        ),
      );
    }),
  ];
  let page = 0;
  const counter = el('p', { class: 'projector-debrief-counter', 'aria-live': 'polite' });
  const slot = el('div', { class: 'projector-debrief-slot' });
  const show = (next: number) => {
    page = Math.max(0, Math.min(pages.length - 1, next));
    slot.replaceChildren(pages[page]!);
    counter.textContent = `${page + 1} of ${pages.length} · PageDown: next · PageUp: back`;
    element.dataset.page = String(page + 1);
  };
  const element = el(
    'section',
    { class: 'screen projector projector-debrief', 'aria-labelledby': 'projector-debrief-title', 'data-mode': 'projector' },
    el('header', { class: 'projector-bar' }, el('h1', { id: 'projector-debrief-title' }, `Debrief · ${meta.title}`), counter),
    slot,
    el(
      'nav',
      { class: 'projector-controls', 'aria-label': 'Debrief controls' },
      el('button', { type: 'button', onclick: () => show(page - 1) }, '◀ Back'),
      el('button', { type: 'button', onclick: () => show(page + 1) }, 'Next ▶'),
      el('button', { type: 'button', onclick: () => actions.again() }, 'Run again'),
      el('button', { type: 'button', onclick: () => actions.menu() }, 'Menu'),
    ),
  );
  const onKey = (event: KeyboardEvent) => {
    const command = projectorCommandFor(event);
    if (command?.kind === 'advance') show(page + 1);
    else if (command?.kind === 'back') show(page - 1);
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  show(0);
  return { element, stop: () => document.removeEventListener('keydown', onKey) };
}
