import type { ScenarioMeta } from '../core/story/scenario';
import { counterpartText } from '../core/story/tags';
import { el } from '../dom/el';
import { channelNames } from '../core/stage/labels';

export interface BriefingActions {
  start(): void;
  resume: (() => void) | null;
  back(): void;
}

/** Who you are, who you are talking to, how, and for how long. */
export function briefingScreen(meta: ScenarioMeta, actions: BriefingActions): HTMLElement {
  const facts = el('dl', { class: 'facts' });
  const add = (term: string, value: string | undefined) => {
    if (value) facts.append(el('dt', {}, term), el('dd', {}, value));
  };
  // Some roles are written as a sentence ("You are Jordan Pike of Pike Social..."): a "You are"
  // label before them would read "You are | You are Jordan Pike".
  add(/^you\b/i.test(meta.role ?? '') ? 'Your role' : 'You are', meta.role);
  add('Talking with', meta.counterpart && counterpartText(meta.counterpart));
  add('Channel', meta.channel ? channelNames[meta.channel] : undefined);
  add('Time', meta.minutes ? `about ${meta.minutes} minutes, up to ${meta.decisions} decisions` : `up to ${meta.decisions} decisions`);
  return el(
    'section',
    { class: 'screen briefing', 'aria-labelledby': 'briefing-title' },
    el('p', { class: 'brand' }, 'Briefing'),
    el('h1', { id: 'briefing-title' }, meta.title),
    meta.brief ? el('p', { class: 'lead' }, meta.brief) : null,
    facts,
    el(
      'div',
      { class: 'actions' },
      actions.resume ? el('button', { type: 'button', class: 'primary', onclick: actions.resume }, 'Resume where you left off') : null,
      el(
        'button',
        { type: 'button', class: actions.resume ? '' : 'primary', onclick: actions.start },
        actions.resume ? 'Start again' : 'Start',
      ),
      el('button', { type: 'button', onclick: actions.back }, 'Back to scenarios'),
    ),
  );
}
