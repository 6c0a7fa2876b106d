/** Asks the learner's name once, before an assessment (prefilled from the trainer's `learner=`). */
import { learnerNameMaxLength, tidyLearnerName } from '../core/settings/launch-settings';
import { el } from '../dom/el';

export function learnerPrompt(prefill: string, done: (name: string) => void): HTMLElement {
  const input = el('input', {
    id: 'learner-name',
    type: 'text',
    required: true,
    maxlength: learnerNameMaxLength,
    autocomplete: 'name',
    value: prefill,
  });
  const problem = el('p', { class: 'field-problem', id: 'learner-problem', role: 'alert' });
  return el(
    'section',
    { class: 'screen learner-prompt', 'aria-labelledby': 'learner-title' },
    el('p', { class: 'brand' }, 'Assessment'),
    el('h1', { id: 'learner-title' }, 'Who is taking this assessment?'),
    el(
      'p',
      { class: 'lead' },
      'Your name goes on your results and your certificate. There is no coaching during an assessment: you see how each choice scored at the end.',
    ),
    el(
      'form',
      {
        onsubmit: (event: Event) => {
          event.preventDefault();
          const name = tidyLearnerName(input.value);
          if (name === '') {
            problem.textContent = 'Please enter your name.';
            input.focus();
            return;
          }
          done(name);
        },
      },
      el('div', { class: 'field' }, el('label', { for: 'learner-name' }, 'Your name'), input),
      problem,
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Continue')),
    ),
  );
}
