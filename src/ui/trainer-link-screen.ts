/**
 * A trainer's form for the URL contract: mode, scenarios, learner, attempts, pass mark and
 * feedback, built into a link with `launchLink` and copied (the clipboard, or else a selected
 * field to copy by hand).
 */
import {
  defaultLaunchSettings,
  launchLink,
  learnerNameMaxLength,
  tidyLearnerName,
  type LaunchSettings,
} from '../core/settings/launch-settings';
import { modes, type Mode } from '../core/settings/modes';
import type { ScenarioMeta } from '../core/story/scenario';
import { el } from '../dom/el';

export interface TrainerLinkActions {
  back(): void;
}

function numberOrNull(text: string, min: number, max: number): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}

export function trainerLinkScreen(scenarios: readonly ScenarioMeta[], gameAddress: string, actions: TrainerLinkActions): HTMLElement {
  const mode = el(
    'select',
    { id: 'link-mode', name: 'mode' },
    ...modes.map((name) => el('option', { value: name, selected: name === 'assessment' }, name)),
  );
  const boxes = scenarios.map((meta) => ({
    meta,
    box: el('input', { type: 'checkbox', checked: true, value: meta.id, 'data-link-scenario': meta.id }),
  }));
  const learner = el('input', { id: 'link-learner', type: 'text', maxlength: learnerNameMaxLength, autocomplete: 'off' });
  const attempts = el('input', { id: 'link-attempts', type: 'number', min: 1, max: 99, step: 1, value: '1' });
  const pass = el('input', { id: 'link-pass', type: 'number', min: 0, max: 100, step: 1, placeholder: 'the rubric’s' });
  const feedback = el(
    'select',
    { id: 'link-feedback' },
    el('option', { value: '' }, 'as the mode decides'),
    el('option', { value: 'on' }, 'on'),
    el('option', { value: 'off' }, 'off'),
  );
  const output = el('input', { id: 'link-output', type: 'text', readonly: true, class: 'link-output' });
  const status = el('p', { role: 'status', class: 'link-status' });

  const build = (): string => {
    const chosen = boxes.filter(({ box }) => box.checked).map(({ meta }) => meta.id);
    const name = tidyLearnerName(learner.value);
    const settings: LaunchSettings = {
      ...defaultLaunchSettings,
      mode: mode.value as Mode,
      scenario: chosen.length === 1 ? chosen[0]! : null,
      scenarios: chosen.length > 1 && chosen.length < scenarios.length ? chosen : null,
      learner: name === '' ? null : name,
      attempts: numberOrNull(attempts.value, 1, 99),
      passMark: numberOrNull(pass.value, 0, 100),
      feedback: feedback.value === '' ? null : feedback.value === 'on',
    };
    const link = launchLink(gameAddress, settings);
    output.value = link;
    return link;
  };

  const copy = async () => {
    const link = build();
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = 'The link is copied: paste it into your message to the learners.';
    } catch {
      // Clipboard access is refused on file:// and in some frames: select the link to copy by hand.
      output.focus();
      output.select();
      status.textContent = 'The link is selected below: press Ctrl+C (or ⌘C) to copy it.';
    }
  };

  const field = (label: string, control: HTMLElement, id: string) =>
    el('div', { class: 'field' }, el('label', { for: id }, label), control);
  const form = el(
    'form',
    {
      class: 'trainer-link-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void copy();
      },
    },
    field('Mode', mode, 'link-mode'),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Scenarios'),
      ...boxes.map(({ meta, box }) => el('label', { class: 'check' }, box, ` ${meta.title}`)),
    ),
    field('Learner name (optional)', learner, 'link-learner'),
    field('Attempts per scenario', attempts, 'link-attempts'),
    field('Pass mark in percent', pass, 'link-pass'),
    field('Coaching after each choice', feedback, 'link-feedback'),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Build and copy the link'),
      el('button', { type: 'button', onclick: actions.back }, 'Back to scenarios'),
    ),
    field('The link', output, 'link-output'),
    status,
  );
  form.addEventListener('input', () => build());
  build();
  return el(
    'section',
    { class: 'screen trainer-link', 'aria-labelledby': 'trainer-link-title' },
    el('p', { class: 'brand' }, 'For trainers'),
    el('h1', { id: 'trainer-link-title' }, 'A link for your learners'),
    el('p', { class: 'lead' }, 'Choose how the game opens; the link carries these settings, and the game checks every one of them.'),
    form,
  );
}
