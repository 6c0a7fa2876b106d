/**
 * The facilitator's presenter window (`?presenter&scenario=ID`, opened by the projector): what the
 * room sees now, the next line as a preview, the decision's discussion prompt, every option with
 * its score changes, feedback and the room's vote, the timer, and buttons for every projector key.
 * The room never sees this window. Everything comes from the projector's state messages.
 */
import type { ProjectorCommand } from '../../app/presenter/projector-keys';
import { projectorCommandFor, projectorKeyHelp } from '../../app/presenter/projector-keys';
import type { ProjectorState } from '../../app/presenter/projector-state';
import type { Rubric } from '../../core/scoring/rubric';
import { el } from '../../dom/el';
import { PresenterSideLink } from '../../app/presenter/presenter-side-link';
import { describeDeltas, pageTitle } from '../labels';
import { timerText } from './timer-text';

export function mountPresenterPage(root: HTMLElement, scenario: string, rubric: Rubric | null): void {
  document.body.classList.add('presenter-body');
  const status = el('p', { class: 'presenter-status', role: 'status' }, 'Connecting to the projector…');
  const title = el('h1', {}, 'Presenter window');
  const timer = el('p', { class: 'presenter-timer' }, 'Timer not started');
  const flags = el('p', { class: 'presenter-flags' });
  const roomNow = el('div', { class: 'presenter-now' });
  const nextLine = el('p', { class: 'presenter-next' });
  const discuss = el('p', { class: 'presenter-discuss' });
  const options = el('ol', { class: 'presenter-options' });
  let latest: ProjectorState | null = null;
  let tick: ReturnType<typeof setInterval> | undefined;

  const link = new PresenterSideLink(scenario, {
    state: (state) => render(state),
    connection: (connected) => {
      status.textContent = connected
        ? 'Connected to the projector.'
        : link.hasOpener
          ? 'Waiting for the projector window…'
          : 'No projector window: open this from the projector view (button or P).';
      status.dataset.connected = String(connected);
    },
  });
  const send = (command: ProjectorCommand) => link.send(command);
  const button = (label: string, command: ProjectorCommand, name: string) =>
    el('button', { type: 'button', 'data-command': name, onclick: () => send(command) }, label);

  root.replaceChildren(
    el(
      'main',
      { class: 'presenter' },
      el('header', { class: 'presenter-bar' }, title, status),
      el(
        'nav',
        { class: 'presenter-controls', 'aria-label': 'Projector controls' },
        button('◀ Back', { kind: 'back' }, 'back'),
        button('Next ▶', { kind: 'advance' }, 'advance'),
        button('Reveal scores (R)', { kind: 'reveal' }, 'reveal'),
        button('Blank (B)', { kind: 'blank' }, 'blank'),
        button('Timer (T)', { kind: 'timer' }, 'timer'),
      ),
      el(
        'section',
        { class: 'presenter-grid' },
        el('div', {}, el('h2', {}, 'On the room’s screen'), roomNow, el('h2', {}, 'Next line'), nextLine, timer, flags),
        el('div', {}, el('h2', {}, 'Discuss'), discuss, el('h2', {}, 'Options, scores and the room’s vote'), options),
      ),
      el(
        'details',
        { class: 'presenter-keys' },
        el('summary', {}, 'Keys'),
        el('dl', {}, ...projectorKeyHelp.flatMap(([k, m]) => [el('dt', {}, k), el('dd', {}, m)])),
      ),
    ),
  );
  // The projector's keys work here too, so the facilitator can stay in this window.
  document.addEventListener('keydown', (event) => {
    if ((event.target as HTMLElement | null)?.closest('input')) return;
    const command = projectorCommandFor(event);
    if (!command || command.kind === 'fullscreen' || command.kind === 'presenter') return;
    event.preventDefault();
    send(command);
  });

  function render(state: ProjectorState): void {
    latest = state;
    const view = state.view;
    document.title = pageTitle('Presenter', view.scenario.title);
    title.textContent = `Presenter · ${view.scenario.title}`;
    const lastShown = state.segment
      .filter((entry) => entry.kind === 'line')
      .slice(0, state.linesShown)
      .at(-1);
    roomNow.replaceChildren(
      el(
        'p',
        {},
        state.pickedLabel !== null
          ? `The room chose “${state.pickedLabel}”; its consequence is hidden until you advance.`
          : lastShown && lastShown.kind === 'line'
            ? lastShown.text
            : 'The scenario’s opening (nothing shown yet).',
      ),
      el(
        'p',
        { class: 'presenter-position' },
        view.decisionNumber === null
          ? view.ending
            ? `Ending: ${view.ending.title}`
            : 'The story is over'
          : `Decision ${view.decisionNumber + 1} · line ${state.linesShown} of ${state.segmentLines}${state.optionsVisible ? ' · options on screen' : ''}`,
      ),
    );
    nextLine.textContent =
      state.facilitator.nextLine ??
      (state.optionsVisible ? 'The options are on screen.' : view.decisionNumber === null ? 'Next: the debrief.' : 'Next: the options.');
    discuss.textContent = state.facilitator.discuss ?? 'No discussion prompt for this decision.';
    flags.textContent = [
      view.display.revealed ? 'Scores revealed to the room' : 'Scores hidden from the room',
      view.display.blanked ? 'Screen BLANKED' : 'Screen showing',
    ].join(' · ');
    flags.dataset.revealed = String(view.display.revealed);
    flags.dataset.blanked = String(view.display.blanked);
    const decision = view.decisionNumber;
    const votes = decision === null ? [] : (state.votes[String(decision)] ?? []);
    options.replaceChildren(
      ...state.facilitator.options.map((option) => {
        const count = el('input', {
          type: 'number',
          min: 0,
          max: 999,
          value: votes[option.position] ?? 0,
          'aria-label': `Room votes for option ${option.position + 1}`,
          'data-vote': option.position + 1,
        });
        count.addEventListener('change', () => {
          if (decision !== null)
            send({ kind: 'vote', decision, position: option.position, count: Math.max(0, Math.floor(Number(count.value) || 0)) });
        });
        return el(
          'li',
          { class: state.highlighted === option.position ? 'highlighted' : undefined, 'data-option': option.position + 1 },
          el('p', { class: 'presenter-option-label' }, `${option.position + 1}. ${option.label}`),
          el('p', { class: 'presenter-deltas' }, rubric ? describeDeltas(option.deltas, rubric) : JSON.stringify(option.deltas)),
          option.feedback ? el('p', { class: 'presenter-feedback' }, option.feedback) : null,
          option.discuss ? el('p', { class: 'presenter-feedback' }, `Discuss: ${option.discuss}`) : null,
          el(
            'p',
            { class: 'presenter-vote' },
            el('label', {}, 'Room votes ', count),
            el(
              'button',
              {
                type: 'button',
                onclick: () =>
                  decision !== null &&
                  send({ kind: 'vote', decision, position: option.position, count: (votes[option.position] ?? 0) + 1 }),
              },
              '+1',
            ),
            el(
              'button',
              {
                type: 'button',
                'data-pick': option.position + 1,
                disabled: !state.optionsVisible,
                onclick: () => send({ kind: 'pick', position: option.position }),
              },
              'Take this option',
            ),
          ),
        );
      }),
    );
    drawTimer();
  }

  function drawTimer(): void {
    clearInterval(tick);
    const value = latest?.view.display.timer ?? null;
    const draw = () =>
      (timer.textContent = value
        ? `Timer ${timerText(value, Date.now())}${value.startedAt === null ? ' (stopped)' : ' (running)'}`
        : 'Timer not started');
    draw();
    timer.dataset.running = String(value?.startedAt != null);
    if (value?.startedAt != null) tick = setInterval(draw, 250);
  }
}
