import type { ScenarioMeta } from '../core/story/scenario';
import { el } from '../dom/el';
import { channelNames } from '../core/stage/labels';

export interface MenuActions {
  open(meta: ScenarioMeta): void;
  /** The learner's standing in a scenario (not started, in progress, best result and attempts). */
  status?(meta: ScenarioMeta): string;
}

/** The title and scenario menu: one card per story, in the stories' `# order`. */
export function menuScreen(scenarios: ScenarioMeta[], actions: MenuActions): HTMLElement {
  const list = el('ul', { class: 'scenario-list', role: 'list' });
  scenarios.forEach((meta, i) => {
    const details = [
      meta.channel ? channelNames[meta.channel] : null,
      meta.minutes ? `about ${meta.minutes} ${meta.minutes === 1 ? 'minute' : 'minutes'}` : null,
      `up to ${meta.decisions} ${meta.decisions === 1 ? 'decision' : 'decisions'}`,
    ]
      .filter(Boolean)
      .join(' · ');
    list.append(
      el(
        'li',
        {},
        el(
          'button',
          { class: 'scenario-card', type: 'button', 'data-scenario': meta.id, onclick: () => actions.open(meta) },
          el(
            'span',
            { class: 'scenario-heading' },
            el('span', { class: 'scenario-number', 'aria-hidden': 'true' }, String(i + 1)),
            el('span', { class: 'scenario-title' }, meta.title),
          ),
          meta.brief ? el('span', { class: 'scenario-brief' }, meta.brief) : null,
          el('span', { class: 'scenario-details' }, details),
          actions.status ? el('span', { class: 'scenario-status', 'data-status': meta.id }, actions.status(meta)) : null,
        ),
      ),
    );
  });
  return el(
    'section',
    { class: 'screen menu', 'aria-labelledby': 'menu-title' },
    el('p', { class: 'brand' }, 'Glasshouse'),
    el('h1', { id: 'menu-title' }, 'Hard conversations, safely practiced'),
    el(
      'p',
      { class: 'lead' },
      'Pick a scenario. You take one side of the conversation; at the end you see how each choice landed, and what the other person really thought.',
    ),
    scenarios.length ? list : el('p', { role: 'status' }, 'No scenarios found in stories/.'),
  );
}
